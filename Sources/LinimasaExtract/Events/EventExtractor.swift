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
///   one nearest its date (a date in the dateline dates none). Its agent is the last person,
///   organisation or group named before the trigger (not the one reporting it), or a
///   referring noun nearer it ("the council"); its target the first named after it, or a
///   referring noun before that; the speaker of a claim made in that sentence is its speaker;
/// - an undated happening for a sentence with a trigger and no date, when it names an agent
///   or a target (one that only its speaker names is what they said about it);
/// - a statement for each speaker and occasion they were quoted on (their claims grouped),
///   unless its sentences report a happening, which then carries its claims; a statement
///   the text never dates joins the dated happening its speaker takes part in.
/// Reports of one family (see `EventType.family`) on the same date with a shared agent,
/// speaker or target are one event, every sentence a source. An undated report joins the
/// first dated one it shares someone with, else the first of its family whose date is
/// within a month of publication (and a dated report an undated one alike): a happening
/// told with and without its date ("the letter", "the ruling"). An undated report is news,
/// not the leak of a year before.
public struct EventExtractor: Sendable {
  /// Trigger phrases as word-hash sequences, grouped by their first word, longest first.
  let triggers: [UInt64: [(words: [UInt64], type: String)]]
  /// Each type's family (types that may name the same happening).
  let families: [String: String]
  /// Nouns that stand for an entity named elsewhere ("the council").
  let referringNouns: ReferringNouns

  public init(lexicons: Lexicons) {
    self.init(lexicons: lexicons, referringNouns: ReferringNouns(lexicons: lexicons))
  }

  /// The same, sharing referring nouns already built from `lexicons`.
  init(lexicons: Lexicons, referringNouns: ReferringNouns) {
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
    self.referringNouns = referringNouns
  }

  public func extract(
    _ analysis: DocumentAnalysis, published: CivilDate?, entities: EntityAnalysis, dates: [TemporalExpression],
    citations: [LegalCitation], claims: [Claim]
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
      return Self.folding(
        statements(claims, entities: entities), into: merged(happenings, published: published), entities: entities)
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
      dates.filter { sentence.contains($0.span) && $0.value != nil }.min {
        distance($0.span, span) < distance($1.span, span)
      }
      .map { (type: type, trigger: span, date: $0) }
    }
    var nearest: [(type: String, trigger: ByteSpan, date: TemporalExpression)] = []
    for candidate in dated {
      if let index = nearest.firstIndex(where: { $0.date.span == candidate.date.span }) {
        if distance(candidate.date.span, candidate.trigger) < distance(nearest[index].date.span, nearest[index].trigger)
        {
          nearest[index] = candidate
        }
      } else {
        nearest.append(candidate)
      }
    }
    if nearest.isEmpty, let first = found.first {
      return [
        happening(
          in: sentence, words: words, type: first.type, trigger: first.span, date: nil, entities: entities,
          citations: citations, claims: claims)
      ]
      .compactMap { $0 }
    }
    return nearest.compactMap {
      happening(
        in: sentence, words: words, type: $0.type, trigger: $0.trigger, date: $0.date, entities: entities,
        citations: citations, claims: claims)
    }
  }

  /// The happening of one trigger and its date, with its participants; nil when the
  /// sentence names no one and nothing (a place or a thing alone is an "other" participant),
  /// or, undated, no agent or target. A referring noun nearer the trigger than any name
  /// stands for its agent ("An ethics council on Tuesday removed Anwar Usman"), one after
  /// the trigger before any name for its target ("sent a letter to the commission").
  func happening(
    in sentence: ByteSpan, words: [TextWord], type: String, trigger: ByteSpan, date: TemporalExpression?,
    entities: EntityAnalysis,
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
    // The nearest of a name and a referring noun before the trigger; after it, the first.
    let named = inSentence.last { $0.span.end <= trigger.start && takesPart($0) && !speakers.contains($0.entity) }
    let agentNoun = words.last { word in
      referringNouns.isNoun(word) && word.range.lowerBound >= (named?.span.end ?? sentence.start)
        && word.range.upperBound <= trigger.start
    }
    if let agent = referringNouns.referent(of: agentNoun, in: entities).flatMap({ speakers.contains($0) ? nil : $0 })
      ?? named?.entity
    {
      add(agent, type == EventType.statement ? .speaker : .agent)
    }
    let target = inSentence.first { $0.span.start >= trigger.end && takesPart($0) }
    let targetNoun = words.first { word in
      referringNouns.isNoun(word) && word.range.lowerBound >= trigger.end
        && word.range.upperBound <= (target?.span.start ?? sentence.end)
    }
    if let target = referringNouns.referent(of: targetNoun, in: entities) ?? target?.entity { add(target, .target) }
    for mention in inSentence { add(mention.entity, .other) }
    guard !actors.isEmpty else { return nil }
    // Undated, a happening only its speaker names is what they said about it.
    guard date != nil || actors.contains(where: { $0.role == .agent || $0.role == .target }) else { return nil }
    return DocumentEvent(
      type: type, date: date, actors: actors, claims: claimIndexes,
      legalReferences: Self.unique(citations.filter { sentence.contains($0.span) }.map(\.id)), sources: [sentence])
  }

  /// The sentence's triggers outside quotations and names, each with its type: the
  /// longest match at each word, the first of each type.
  func triggers(_ words: [TextWord], outside quotations: [ByteSpan], entities: EntityAnalysis) -> [(
    type: String, span: ByteSpan
  )] {
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
}
