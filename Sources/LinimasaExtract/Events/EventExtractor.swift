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

extension Array where Element == EventActor {
  /// Adds `actor`; an entity already here as a bystander takes the actor's role.
  public mutating func join(_ actor: EventActor) {
    if let index = firstIndex(where: { $0.entity == actor.entity }) {
      if self[index].role == .other { self[index] = actor }
    } else {
      append(actor)
    }
  }

  /// Who takes part, for telling whether two reports are of one event: the agents,
  /// speakers and targets, or, for a happening with none (an earthquake, an outage), the
  /// places and things it names.
  public var participants: Set<String> {
    let leading = filter { $0.role != .other }
    return Set((leading.isEmpty ? self : leading).map(\.entity))
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
/// - a happening for each sentence outside quotations with a trigger word (the event
///   lexicon's, longest match first) and a date in the sentence: of several triggers, the
///   one nearest its date. Its agent is the last person, organisation or group named before
///   the trigger (not the one reporting it); its target the first named after it; the
///   speaker of a claim made in that sentence is its speaker;
/// - an undated happening for a sentence with a trigger and no date, when it names an agent
///   or a target (one that only its speaker names is what they said about it);
/// - a statement for each speaker and occasion they were quoted on (their claims grouped),
///   unless its sentences report a happening, which then carries its claims; a statement
///   the text never dates joins the dated happening its speaker takes part in.
/// Reports of one family (see `EventType.family`) on the same date with a shared agent,
/// speaker or target are one event, every sentence a source. An undated report joins a
/// dated one it shares someone with, else the first dated one of its family: a kind of
/// happening the document dates, told again without the date ("the letter", "the ruling").
public struct EventExtractor: Sendable {
  /// Trigger phrases as word-hash sequences, grouped by their first word, longest first.
  let triggers: [UInt64: [(words: [UInt64], type: String)]]
  /// Each type's family (types that may name the same happening).
  let families: [String: String]
  /// Nouns that stand for an entity named elsewhere ("the council").
  let referringNouns: ReferringNouns

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
    families = lexicons.eventTypes.mapValues(\.family)
    referringNouns = ReferringNouns(lexicons: lexicons)
  }

  public func extract(
    _ analysis: DocumentAnalysis, entities: EntityAnalysis, dates: [TemporalExpression], citations: [LegalCitation],
    claims: [Claim]
  ) -> [DocumentEvent] {
    analysis.article.bytes.withUnsafeBufferPointer { bytes in
      let quotations = analysis.segmentation.quotations.map(\.span)
      // Segmentation holds the sentences of kept paragraphs only.
      let happenings = analysis.segmentation.sentences.flatMap { sentence in
        let words = EntityMatcher.words(bytes, sentence.span)
        let commas = sentence.span.range.filter { bytes[$0] == UInt8(ascii: ",") }
        return self.happenings(
          in: sentence.span, words: words, commas: commas, quotations: quotations, entities: entities, dates: dates,
          citations: citations, claims: claims)
      }
      return Self.folding(statements(claims, entities: entities), into: merged(happenings), entities: entities)
    }
  }

  /// The happenings a sentence reports: for each date it gives, the trigger nearest that
  /// date ("Suhartoyo, who joined the court in 2015, was one of the judges who dissented
  /// from the ruling read on 16 October 2023" is an appointment and a dissent); with no
  /// date, its first trigger's, undated.
  func happenings(
    in sentence: ByteSpan, words: [TextWord], commas: [Int], quotations: [ByteSpan], entities: EntityAnalysis,
    dates: [TemporalExpression], citations: [LegalCitation], claims: [Claim]
  ) -> [DocumentEvent] {
    let distance = { (date: ByteSpan, trigger: ByteSpan) in Self.distance(date, trigger, commas: commas) }
    let found = triggers(words, outside: quotations, entities: entities)
    let dated = found.compactMap { type, span in
      dates.filter { sentence.contains($0.span) && $0.value != nil }.min { distance($0.span, span) < distance($1.span, span) }
        .map { (type: type, trigger: span, date: $0) }
    }
    var nearest: [(type: String, trigger: ByteSpan, date: TemporalExpression)] = []
    for candidate in dated {
      if let index = nearest.firstIndex(where: { $0.date.span == candidate.date.span }) {
        if distance(candidate.date.span, candidate.trigger) < distance(nearest[index].date.span, nearest[index].trigger) {
          nearest[index] = candidate
        }
      } else {
        nearest.append(candidate)
      }
    }
    if nearest.isEmpty, let first = found.first {
      return [happening(in: sentence, words: words, type: first.type, trigger: first.span, date: nil, entities: entities, citations: citations, claims: claims)]
        .compactMap { $0 }
    }
    return nearest.compactMap {
      happening(in: sentence, words: words, type: $0.type, trigger: $0.trigger, date: $0.date, entities: entities, citations: citations, claims: claims)
    }
  }

  /// The happening of one trigger and its date, with its participants; nil when the
  /// sentence names no one and nothing (a place or a thing alone is an "other" participant),
  /// or, undated, no agent or target. A referring noun nearer the trigger than any name
  /// stands for its agent ("An ethics council on Tuesday removed Anwar Usman").
  func happening(
    in sentence: ByteSpan, words: [TextWord], type: String, trigger: ByteSpan, date: TemporalExpression?, entities: EntityAnalysis,
    citations: [LegalCitation], claims: [Claim]
  ) -> DocumentEvent? {
    let inSentence = entities.mentions.filter { sentence.contains($0.span) }
    var actors: [EventActor] = []
    func add(_ entity: String, _ role: EventActor.Role) { actors.join(EventActor(entity: entity, role: role)) }
    let takesPart = { (mention: EntityMention) in
      [.person, .organization, .group].contains(entities.entities[mention.entity]?.type)
    }
    // Who reports it in this sentence is its speaker, not its agent ("Usman said the
    // ministry sent a letter"); whoever makes a statement is its speaker.
    let claimIndexes = claims.indices.filter { claims[$0].span.overlaps(sentence) }
    let speakers = Set(claimIndexes.compactMap { claims[$0].speaker })
    for speaker in speakers.sorted() { add(speaker, .speaker) }
    let named = inSentence.last { $0.span.end <= trigger.start && takesPart($0) && !speakers.contains($0.entity) }
    let referred = words.last { word in
      word.range.upperBound <= trigger.start && word.range.lowerBound >= (named?.span.end ?? sentence.start)
        && referringNouns.noun(word.hash) != nil
    }.flatMap { word in referringNouns.noun(word.hash).flatMap { referringNouns.referent(of: $0, at: word.range.lowerBound, in: entities) } }
    if let agent = referred.flatMap({ speakers.contains($0) ? nil : $0 }) ?? named?.entity {
      add(agent, type == EventType.statement ? .speaker : .agent)
    }
    if let target = inSentence.first(where: { $0.span.start >= trigger.end && takesPart($0) }) { add(target.entity, .target) }
    for mention in inSentence { add(mention.entity, .other) }
    guard !actors.isEmpty else { return nil }
    // Undated, a happening only its speaker names is what they said about it.
    guard date != nil || actors.contains(where: { $0.role == .agent || $0.role == .target }) else { return nil }
    return DocumentEvent(
      type: type, date: date, actors: actors, claims: claimIndexes,
      legalReferences: Self.unique(citations.filter { sentence.contains($0.span) }.map(\.id)), sources: [sentence])
  }

  /// Statements whose every sentence reports one happening (of the statement's date, when
  /// it has one) are folded into it: the claims and the speaker join the happening, which is
  /// what the timeline shows.
  static func folding(_ statements: [DocumentEvent], into happenings: [DocumentEvent], entities: EntityAnalysis) -> [DocumentEvent] {
    var happenings = happenings
    var kept: [DocumentEvent] = []
    for statement in statements {
      let hosts = statement.sources.map { source in
        happenings.firstIndex { happening in
          (statement.date == nil || happening.date?.value == statement.date?.value) && happening.sources.contains { $0.overlaps(source) }
        }
      }
      guard let first = hosts.first, let host = first ?? occasion(of: statement, among: happenings, entities: entities),
        hosts.allSatisfy({ $0 == first })
      else {
        kept.append(statement)
        continue
      }
      for actor in statement.actors { happenings[host].actors.join(actor) }
      happenings[host].claims = unique(happenings[host].claims + statement.claims)
    }
    return kept + happenings
  }

  /// The happening an undated statement comments on: of the dated happenings its speaker
  /// (or the organisation the speaker holds a role in) is an agent or speaker of, the
  /// nearest before it in the text, else the nearest after ("The ministry sent the KPU a
  /// letter on Tuesday. … The ministry said it was waiting for a reply").
  static func occasion(of statement: DocumentEvent, among happenings: [DocumentEvent], entities: EntityAnalysis) -> Int? {
    guard statement.date == nil, let speaker = statement.actors.first?.entity,
      let position = statement.sources.first?.start
    else { return nil }
    let speaking = Set([speaker] + (entities.entities[speaker]?.roles.compactMap(\.organization) ?? []))
    let candidates = happenings.indices.filter {
      happenings[$0].date != nil && happenings[$0].actors.contains { speaking.contains($0.entity) && [.agent, .speaker].contains($0.role) }
    }
    let start = { (index: Int) in happenings[index].sources.map(\.start).min() ?? 0 }
    return candidates.filter { start($0) <= position }.max { start($0) < start($1) }
      ?? candidates.filter { start($0) > position }.min { start($0) < start($1) }
  }

  /// One statement per speaker and occasion: a claim the text dates opens an occasion on
  /// that date (or dates the speaker's undated one); an undated claim joins the speaker's
  /// last occasion ("..., he added"). A speaker's remarks the text never dates are a
  /// statement only when the speaker is an organisation, a group or a person holding a
  /// role; a private person's undated remarks stay claims.
  func statements(_ claims: [Claim], entities: EntityAnalysis) -> [DocumentEvent] {
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
    return events.filter { event in
      guard event.date == nil, let speaker = event.actors.first.flatMap({ entities.entities[$0.entity] }) else { return true }
      return speaker.type != .person || !speaker.roles.isEmpty
    }
  }

  /// The sentence's triggers outside quotations and names, each with its type: the
  /// longest match at each word, the first of each type.
  func triggers(_ words: [TextWord], outside quotations: [ByteSpan], entities: EntityAnalysis) -> [(type: String, span: ByteSpan)] {
    var found: [(type: String, span: ByteSpan)] = []
    var index = 0
    while index < words.count {
      let start = words[index].range.lowerBound
      guard let candidates = triggers[words[index].hash],
        !quotations.contains(where: { $0.start <= start && start < $0.end }),
        !entities.mentions.contains(where: { $0.span.start <= start && start < $0.span.end }),
        let match = candidates.first(where: { candidate in
          index + candidate.words.count <= words.count
            && (0..<candidate.words.count).allSatisfy { words[index + $0].hash == candidate.words[$0] }
        })
      else {
        index += 1
        continue
      }
      if !found.contains(where: { $0.type == match.type }) {
        found.append((match.type, ByteSpan(start, words[index + match.words.count - 1].range.upperBound)))
      }
      index += match.words.count
    }
    return found
  }

  /// How far a date is from a trigger: the bytes between them, and far more when a comma
  /// stands between (the date then belongs to another clause: ", yang ... pada 2021,").
  static func distance(_ date: ByteSpan, _ trigger: ByteSpan, commas: [Int]) -> Int {
    let between = date.end <= trigger.start ? date.end..<trigger.start : trigger.end..<max(trigger.end, date.start)
    return between.count + (commas.contains { between.contains($0) } ? 1_000 : 0)
  }

  /// Events of one family on the same date sharing an actor other than a bystander, as one.
  func merged(_ events: [DocumentEvent]) -> [DocumentEvent] {
    var result: [DocumentEvent] = []
    for event in events {
      let participants = event.actors.participants
      let sharesActor = { (other: DocumentEvent) in
        families[other.type, default: other.type] == families[event.type, default: event.type]
          && !participants.isDisjoint(with: other.actors.participants)
      }
      // Same date; else an undated report joins a dated one it shares someone with, else the
      // first dated one of its family ("the letter", told again: the story told first).
      let sameFamily = { (other: DocumentEvent) in families[other.type, default: other.type] == families[event.type, default: event.type] }
      let index = result.firstIndex { sharesActor($0) && $0.date?.value == event.date?.value }
        ?? result.firstIndex { sharesActor($0) && ($0.date == nil) != (event.date == nil) }
        ?? (event.date == nil ? result.firstIndex { sameFamily($0) && $0.date != nil } : nil)
      if let index {
        if result[index].date == nil { result[index].date = event.date }
        for actor in event.actors { result[index].actors.join(actor) }
        result[index].claims = Self.unique(result[index].claims + event.claims)
        result[index].legalReferences = Self.unique(result[index].legalReferences + event.legalReferences)
        result[index].sources = Self.unique(result[index].sources + event.sources)
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
