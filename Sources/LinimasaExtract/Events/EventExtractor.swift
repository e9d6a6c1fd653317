// Happenings a document reports, and the statements its claims make.
import LinimasaCore
import LinimasaText

/// Someone taking part in an event, and how.
public struct EventActor: Sendable, Hashable {
  public enum Role: String, Sendable, CaseIterable { case agent, speaker, target, other }

  public let entity: String
  public let role: Role

  public init(entity: String, role: Role) {
    self.entity = entity
    self.role = role
  }
}

/// An event as one document reports it.
public struct DocumentEvent: Sendable, Equatable {
  /// An `EventType` id ("letter", "statement").
  public let type: String
  /// The date the text gives the event, or nil when it gives none.
  public var date: TemporalExpression?
  public var actors: [EventActor]
  /// Indexes into the document's claims.
  public var claims: [Int]
  /// Legal instrument ids cited where the event is reported.
  public var legalReferences: [String]
  /// The sentences that report it.
  public var sources: [ByteSpan]
}

/// Finds a document's events:
/// - a statement for each speaker and occasion they were quoted on (their claims grouped);
/// - a happening for each sentence outside quotations whose trigger word (the event
///   lexicon's, longest match first) comes with a date in the same sentence. Its agent is
///   the last person, organisation or group named before the trigger; its target the first
///   named after it; the speaker of a claim made in that sentence is its speaker.
/// Events of the same type, date and a shared actor are one event with every sentence as a source.
public struct EventExtractor: Sendable {
  /// Trigger phrases as word-hash sequences, grouped by their first word, longest first.
  let triggers: [UInt64: [(words: [UInt64], type: String)]]

  public init(lexicons: Lexicons) {
    var triggers: [UInt64: [(words: [UInt64], type: String)]] = [:]
    for language in Language.supported {
      for (phrase, trigger) in lexicons[language].eventTriggers.sorted(by: { $0.key < $1.key }) {
        let words = EntityMatcher.words(phrase)
        guard let first = words.first else { continue }
        triggers[first, default: []].append((words, trigger.type))
      }
    }
    self.triggers = triggers.mapValues { $0.sorted { ($0.words.count, $0.type) > ($1.words.count, $1.type) } }
  }

  public func extract(
    _ analysis: DocumentAnalysis, entities: EntityAnalysis, dates: [TemporalExpression], citations: [LegalCitation],
    claims: [Claim]
  ) -> [DocumentEvent] {
    analysis.article.bytes.withUnsafeBufferPointer { bytes in
      var events = statements(claims)
      let quotations = analysis.segmentation.quotations.map(\.span)
      let kept = analysis.cleaning.paragraphs.filter(\.isKept).map(\.span)
      for sentence in analysis.segmentation.sentences where kept.contains(where: { $0.contains(sentence.span) }) {
        let words = EntityMatcher.words(bytes, sentence.span)
        guard let (type, trigger) = firstTrigger(words, outside: quotations, entities: entities),
          let date = nearestDate(to: trigger, in: sentence.span, dates: dates)
        else { continue }
        let inSentence = entities.mentions.filter { sentence.span.contains($0.span) }
        var actors: [EventActor] = []
        func add(_ entity: String, _ role: EventActor.Role) {
          if !actors.contains(where: { $0.entity == entity }) { actors.append(EventActor(entity: entity, role: role)) }
        }
        let takesPart = { (mention: EntityMention) in
          [.person, .organization, .group].contains(entities.entities[mention.entity]?.type)
        }
        if let agent = inSentence.last(where: { $0.span.end <= trigger.start && takesPart($0) }) { add(agent.entity, .agent) }
        if let target = inSentence.first(where: { $0.span.start >= trigger.end && takesPart($0) }) { add(target.entity, .target) }
        let claimIndexes = claims.indices.filter { claims[$0].span.overlaps(sentence.span) }
        for index in claimIndexes { if let speaker = claims[index].speaker { add(speaker, .speaker) } }
        for mention in inSentence { add(mention.entity, .other) }
        guard actors.contains(where: { $0.role != .other }) else { continue }
        events.append(DocumentEvent(
          type: type, date: date, actors: actors, claims: claimIndexes,
          legalReferences: Self.unique(citations.filter { sentence.span.contains($0.span) }.map(\.id)),
          sources: [sentence.span]))
      }
      return Self.merged(events)
    }
  }

  /// One statement per speaker and occasion: a claim the text dates opens an occasion on
  /// that date (or dates the speaker's undated one); an undated claim joins the speaker's
  /// last occasion ("..., he added").
  func statements(_ claims: [Claim]) -> [DocumentEvent] {
    var events: [DocumentEvent] = []
    for (index, claim) in claims.enumerated() {
      guard let speaker = claim.speaker else { continue }
      let own = events.indices.filter { events[$0].actors.first?.entity == speaker }
      let existing: Int?
      if let date = claim.date?.value {
        existing = own.first { events[$0].date?.value == date } ?? own.last { events[$0].date == nil }
      } else {
        existing = own.last
      }
      if let existing {
        if events[existing].date == nil { events[existing].date = claim.date }
        events[existing].claims.append(index)
        if !events[existing].sources.contains(claim.span) { events[existing].sources.append(claim.span) }
      } else {
        events.append(DocumentEvent(
          type: EventType.statement, date: claim.date, actors: [EventActor(entity: speaker, role: .speaker)],
          claims: [index], legalReferences: [], sources: [claim.span]))
      }
    }
    return events
  }

  /// The first trigger of the sentence that is not inside a quotation or a name, with its type.
  func firstTrigger(_ words: [TextWord], outside quotations: [ByteSpan], entities: EntityAnalysis) -> (String, ByteSpan)? {
    var index = 0
    while index < words.count {
      defer { index += 1 }
      let start = words[index].range.lowerBound
      guard let candidates = triggers[words[index].hash],
        !quotations.contains(where: { $0.start <= start && start < $0.end }),
        !entities.mentions.contains(where: { $0.span.start <= start && start < $0.span.end })
      else { continue }
      for candidate in candidates where index + candidate.words.count <= words.count {
        guard (0..<candidate.words.count).allSatisfy({ words[index + $0].hash == candidate.words[$0] }) else { continue }
        return (candidate.type, ByteSpan(start, words[index + candidate.words.count - 1].range.upperBound))
      }
    }
    return nil
  }

  /// The resolved date of the sentence nearest the trigger.
  func nearestDate(to trigger: ByteSpan, in sentence: ByteSpan, dates: [TemporalExpression]) -> TemporalExpression? {
    dates.filter { sentence.contains($0.span) && $0.value != nil }.min { lhs, rhs in
      distance(lhs.span, trigger) < distance(rhs.span, trigger)
    }
  }

  func distance(_ span: ByteSpan, _ other: ByteSpan) -> Int {
    span.end <= other.start ? other.start - span.end : max(0, span.start - other.end)
  }

  /// Events of one type on the same date sharing an actor other than a bystander, as one.
  static func merged(_ events: [DocumentEvent]) -> [DocumentEvent] {
    var result: [DocumentEvent] = []
    for event in events {
      let principal = Set(event.actors.filter { $0.role != .other }.map(\.entity))
      if let index = result.firstIndex(where: { other in
        other.type == event.type && other.date?.value == event.date?.value
          && !principal.isDisjoint(with: other.actors.filter { $0.role != .other }.map(\.entity))
      }) {
        for actor in event.actors where !result[index].actors.contains(where: { $0.entity == actor.entity }) {
          result[index].actors.append(actor)
        }
        result[index].claims = unique(result[index].claims + event.claims)
        result[index].legalReferences = unique(result[index].legalReferences + event.legalReferences)
        result[index].sources = unique(result[index].sources + event.sources)
      } else {
        result.append(event)
      }
    }
    return result
  }

  static func unique<Element: Hashable>(_ items: [Element]) -> [Element] {
    var seen = Set<Element>()
    return items.filter { seen.insert($0).inserted }
  }
}
