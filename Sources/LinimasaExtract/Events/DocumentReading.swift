// One document as the event stages read it: its sentences with their words and clauses,
// and what the earlier stages found in them.
import LinimasaCore
import LinimasaText

/// What the event stages share about one document (a class: read by many methods and
/// closures, never copied).
final class DocumentReading {
  let extractor: EventExtractor
  let language: Language
  /// The publication date facts were anchored to.
  let published: CivilDate?
  let bytes: UnsafeBufferPointer<UInt8>
  /// The document's words.
  let tokens: TokenTable
  /// The kept sentences, in text order, with their words and clauses.
  let sentences: [ByteSpan]
  let readings: [ClauseReading]
  let quotations: [ByteSpan]
  /// The dateline's span ("JAKARTA (ANTARA) -"), whose outlet is no actor.
  let dateline: ByteSpan?
  let entities: EntityAnalysis
  /// Mentions outside the dateline, of entities that are not outlets, in text order.
  let mentions: [EntityMention]
  /// Dates with a value.
  let dates: [TemporalExpression]
  let claims: [Claim]
  /// The claims that lie (in part) in each sentence, by sentence index.
  let claimsBySentence: [[Int]]
  /// The keys of the people's names, by entity id (see `fullestName(of:)`).
  let personNameKeys: [String: PersonNameKey]

  init(
    analysis: DocumentAnalysis, published: CivilDate?, bytes: UnsafeBufferPointer<UInt8>, entities: EntityAnalysis,
    dates: [TemporalExpression], claims: [Claim], extractor: EventExtractor
  ) {
    self.extractor = extractor
    self.published = published
    self.bytes = bytes
    language = analysis.language
    sentences = analysis.segmentation.sentences.map(\.span)
    tokens = analysis.segmentation.tokens
    readings = sentences.map { [tokens] span in
      ClauseReading(words: tokens.words(bytes, span), bytes: bytes, vocabulary: extractor.markers)
    }
    quotations = analysis.segmentation.quotations.map(\.span)
    self.entities = entities
    let dateline = analysis.cleaning.dateline?.span
    self.dateline = dateline
    mentions = entities.mentions.filter { mention in
      guard let entity = entities.entities[mention.entity] else { return false }
      return !(dateline?.overlaps(mention.span) ?? false) && !extractor.isOutlet(entity)
    }
    self.dates = dates.filter { $0.value != nil }
    self.claims = claims
    let sentences = self.sentences
    claimsBySentence = sentences.map { sentence in claims.indices.filter { claims[$0].span.overlaps(sentence) } }
    personNameKeys = entities.entities.values.filter { $0.type == .person }.reduce(into: [:]) { keys, person in
      keys[person.id] = PersonNameKey(person.name)
    }
  }

  func text(_ span: ByteSpan) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[span.range]), as: UTF8.self)
  }

  /// The entity's type; for one the document resolves but never names (a referring noun's
  /// lexicon referent, "Police said"), the type its id's prefix gives ("org:polri").
  func type(of entity: String) -> EntityType? {
    if let type = entities.entities[entity]?.type { return type }
    let prefix = entity.prefix { $0 != ":" }
    return EntityType.allCases.first { $0.prefix == prefix }
  }

  /// Whether the entity can do or undergo what happens: a person, an organisation or a group.
  func takesPart(_ entity: String) -> Bool {
    [.person, .organization, .group].contains(type(of: entity))
  }

  /// Whether the entity can be what something is done to: also a system or a place.
  func canUndergo(_ entity: String) -> Bool {
    type(of: entity).map { $0 != .place } ?? false
  }

  /// Whether the date begins after the publication day (a day's grace for time zones):
  /// what lies there is planned, not yet done or said.
  func liesAhead(_ date: TemporalExpression) -> Bool {
    guard let first = date.value?.days.first, let published else { return false }
    return first > TemporalValue.date(published).days.last + 1
  }

  /// Whether `entity` is a news outlet.
  func isOutlet(_ entity: String) -> Bool {
    entities.entities[entity].map(extractor.isOutlet) ?? false
  }

  /// The mentions inside `span`.
  func mentions(in span: ByteSpan) -> [EntityMention] {
    mentions[mentionCount(startingBefore: span.start)...].prefix { $0.span.start < span.end }
      .filter { span.contains($0.span) }
  }

  /// How many mentions start before byte `offset` (found by binary search: `mentions` are
  /// in text order).
  func mentionCount(startingBefore offset: Int) -> Int {
    var low = 0, high = mentions.count
    while low < high {
      let middle = (low + high) / 2
      if mentions[middle].span.start < offset { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The organisations a person speaks for (their roles'), when the document names them.
  func organizations(of entity: String) -> [String] {
    (entities.entities[entity]?.roles ?? []).compactMap(\.organization).filter { entities.entities[$0] != nil }
  }

  /// Who a pronoun at byte `offset` stands for: the nearest entity named before it of the
  /// kinds given. A pronoun opening its sentence continues the last sentence's subject: the
  /// entity named in its first words, or none when a noun phrase opens it ("The attackers
  /// used Brain Cipher … on Bank Syariah Indonesia. They demanded …": not the bank).
  func antecedent(before offset: Int, kinds: Set<EntityType>) -> String? {
    if let sentence = sentences.firstIndex(where: { $0.range.contains(offset) }), sentence > 0,
      readings[sentence].words.first?.range.lowerBound == offset
    {
      // The last sentence's first words, past a dateline.
      let afterDateline = dateline?.end ?? 0
      let previous = readings[sentence - 1]
      if let first = previous.words.firstIndex(where: { $0.range.lowerBound >= afterDateline }),
        first + 3 < previous.words.count
      {
        let opening = previous.words[first].range.lowerBound..<previous.words[first + 2].range.upperBound
        if let subject = mentions(in: sentences[sentence - 1]).first(where: { opening.contains($0.span.start) }) {
          if kinds.contains(type(of: subject.entity) ?? .other) { return subject.entity }
        } else if previous.kinds(at: first).contains(.determiner) {
          return nil
        }
      }
    }
    return mentions.last { $0.span.end <= offset && kinds.contains(type(of: $0.entity) ?? .other) }?.entity
  }

  /// The person the document names most fully by the name of `entity` ("Abdul Kharis" is
  /// "Abdul Kharis Almasyhari" when the document gives both; see `PersonNameKey`), else
  /// `entity` itself.
  func fullestName(of entity: String) -> String {
    guard let key = personNameKeys[entity] else { return entity }
    return entities.entities.values.filter { other in
      guard other.id != entity, let otherKey = personNameKeys[other.id] else { return false }
      return otherKey.words.count > key.words.count && otherKey.matches(key)
    }.min { ($0.name.count, $0.id) > ($1.name.count, $1.id) }?.id ?? entity
  }

  /// Whether the claim's verb presents it as the speaker's own deed ("mengklaim", "claimed").
  func isSelfClaim(_ claim: Int) -> Bool {
    guard let verb = claims[claim].verb, let sentence = sentenceIndexes(overlapping: verb).first,
      let index = readings[sentence].wordIndex(startingAt: verb.start)
    else { return false }
    return readings[sentence].kinds(at: index).contains(.selfClaim)
  }

  /// The sentence indexes a span covers.
  func sentenceIndexes(overlapping span: ByteSpan) -> [Int] {
    sentences.indices.filter { sentences[$0].overlaps(span) }
  }

  /// Numbers of four or more digits the span gives, with their separators dropped
  /// ("252.327.304" and "252,327,304" are both "252327304").
  func figures(in span: ByteSpan) -> [String] {
    var found: [String] = []
    for token in tokens.tokens(bytes, of: span) where token.shape.contains(.number) {
      let digits = bytes[token.range].filter(ASCII.isDigit)
      if digits.count >= 4 { found.append(String(decoding: digits, as: UTF8.self)) }
    }
    return found
  }
}

extension DocumentReading {
  /// The document event of a statement: its speakers, claims, sentences and topics.
  func event(of draft: StatementDraft, citations: [LegalCitation]) -> DocumentEvent {
    var actors: [EventActor] = draft.speakers.map { EventActor(entity: $0, role: .speaker) }
    // Who the speaker speaks of: the people, bodies and groups their claims name; a body
    // the speaker holds a role in speaks through them ("Lolly said Bawaslu is studying …");
    // one they call on or fault is their target ("Saya harap KPU lebih berhati-hati").
    let bodies = Set(draft.speakers.flatMap(organizations(of:)))
    for claim in draft.claims {
      for mention in mentions(in: claims[claim].content) where takesPart(mention.entity) && !isOutlet(mention.entity) {
        let role: EventActor.Role =
          bodies.contains(mention.entity) ? .speaker : isAddressed(mention) ? .target : .other
        actors.join(EventActor(entity: mention.entity, role: role))
      }
    }
    let sources = draft.sentences.sorted().map { sentences[$0] }
    var topics: [String] = []
    for topic in draft.topics where !topics.contains(topic) { topics.append(topic) }
    var made = event(
      type: EventType.statement, date: draft.date, actors: actors, claims: draft.claims, sources: sources,
      topics: topics, headline: Headline(document: self).statement(draft), citations: citations)
    made.denies = draft.claims.allSatisfy { claims[$0].stance == .denied }
    made.quoteOpenings = draft.claims.compactMap { claims[$0].kind == .direct ? quoteOpening(claims[$0].content) : nil }
    return made
  }

  /// How many words a quotation's opening has: enough that two articles quoting the same
  /// opening quote the same words, not a common phrase.
  static let quoteOpeningWords = 8

  /// A fingerprint of the first `quoteOpeningWords` words of a quotation (case and
  /// punctuation ignored), or nil for a shorter one. Articles cut a quotation at different
  /// places, rarely at its start.
  func quoteOpening(_ span: ByteSpan) -> UInt64? {
    let words = tokens.tokens(bytes, of: span).prefix(Self.quoteOpeningWords).map(\.foldedHash)
    return words.count == Self.quoteOpeningWords ? DuplicateNormalizer.key(words) : nil
  }

  /// The document event of a happening: its reports' sentences, date and participants,
  /// headed by the words of its first dated report (else its first).
  func event(of draft: HappeningDraft, citations: [LegalCitation]) -> DocumentEvent {
    let sources = draft.sentences.map { sentences[$0] }
    let lead = draft.reports.filter { $0.date != nil }.min { $0.sentence < $1.sentence }
      ?? draft.reports.filter(\.standsAlone).min { $0.sentence < $1.sentence }
      ?? draft.reports.min { $0.sentence < $1.sentence }
    var claims: [Int] = []
    for sentence in draft.sentences {
      for claim in claimsBySentence[sentence] where !claims.contains(claim) { claims.append(claim) }
    }
    var made = event(
      type: draft.type, date: draft.date, actors: draft.actors, claims: claims.sorted(), sources: sources, topics: [],
      headline: lead.map(Headline(document: self).happening) ?? "", citations: citations)
    made.standsAlone = draft.reports.contains(where: \.standsAlone)
    return made
  }

  private func event(
    type: String, date: TemporalExpression?, actors: [EventActor], claims: [Int], sources: [ByteSpan],
    topics: [String], headline: String, citations: [LegalCitation]
  ) -> DocumentEvent {
    var legal: [String] = []
    for citation in citations where sources.contains(where: { $0.contains(citation.span) }) {
      if !legal.contains(citation.id) { legal.append(citation.id) }
    }
    var mentioned: [String] = []
    for source in sources {
      for mention in mentions(in: source) where !mentioned.contains(mention.entity) { mentioned.append(mention.entity) }
    }
    var figures: [String] = []
    for figure in sources.flatMap(figures(in:)) where !figures.contains(figure) { figures.append(figure) }
    return DocumentEvent(
      type: type, date: date, actors: actors, claims: claims, legalReferences: legal, sources: sources, topics: topics,
      headline: headline, mentioned: mentioned, figures: figures, denies: false, standsAlone: true)
  }
}
