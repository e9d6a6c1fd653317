// A document record as `linimasa map` writes it and `linimasa merge` reads it back.
import LinimasaCore
import LinimasaExtract
import LinimasaText

/// A record is written without its id, its copy-of and its shared paragraphs: a run
/// gives those once it has every document (`DocumentIDs`, `Syndication`). Reading
/// refuses a record whose events name claims it does not have, or whose citations and
/// their texts disagree, so a damaged partial is an error, never a crash later.
extension DocumentRecord: Codable {
  private enum CodingKeys: String, CodingKey {
    case path, format, language, metadata, cleaning, sentenceCount, legalCitations, entities, details, events,
      eventTexts, paragraphFingerprints, warnings
  }

  /// The text at one span (the record's `eventTexts` as a list).
  private struct SpanText: Codable {
    let span: ByteSpan
    let text: String
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    path = try container.decode(String.self, forKey: .path)
    id = path
    format = try container.decode(InputFormat.self, forKey: .format)
    language = try container.decode(Language.self, forKey: .language)
    metadata = try container.decode(DocumentMetadata.self, forKey: .metadata)
    cleaning = try container.decode(CleaningCounts.self, forKey: .cleaning)
    sentenceCount = try container.decode(Int.self, forKey: .sentenceCount)
    legalCitations = try container.decode([LegalCitation].self, forKey: .legalCitations)
    entities = try container.decode([DocumentEntity].self, forKey: .entities)
    details = try container.decodeIfPresent(DocumentDetails.self, forKey: .details)
    events = try container.decode([DocumentEvent].self, forKey: .events)
    eventTexts = Dictionary(
      try container.decode([SpanText].self, forKey: .eventTexts).map { ($0.span, $0.text) }) { first, _ in first }
    paragraphFingerprints = try container.decode([UInt64].self, forKey: .paragraphFingerprints)
    warnings = try container.decode([String].self, forKey: .warnings)
    copyOf = nil
    if let details {
      let claimCount = details.claims.count
      if let event = events.first(where: { $0.claims.contains { !(0..<claimCount).contains($0) } }) {
        throw DecodingError.dataCorruptedError(
          forKey: .events, in: container,
          debugDescription: "an event (\(event.type)) names claim indexes \(event.claims) of \(claimCount) claims")
      }
      guard details.citationTexts.count == legalCitations.count else {
        throw DecodingError.dataCorruptedError(
          forKey: .details, in: container,
          debugDescription: "\(details.citationTexts.count) citation texts for \(legalCitations.count) citations")
      }
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(path, forKey: .path)
    try container.encode(format, forKey: .format)
    try container.encode(language, forKey: .language)
    try container.encode(metadata, forKey: .metadata)
    try container.encode(cleaning, forKey: .cleaning)
    try container.encode(sentenceCount, forKey: .sentenceCount)
    try container.encode(legalCitations, forKey: .legalCitations)
    try container.encode(entities, forKey: .entities)
    try container.encodeIfPresent(details, forKey: .details)
    try container.encode(events, forKey: .events)
    try container.encode(
      eventTexts.sorted { $0.key < $1.key }.map { SpanText(span: $0.key, text: $0.value) }, forKey: .eventTexts)
    try container.encode(paragraphFingerprints, forKey: .paragraphFingerprints)
    try container.encode(warnings, forKey: .warnings)
  }
}

/// Details are written with each span's text beside it.
extension DocumentDetails: Codable {
  private enum CodingKeys: String, CodingKey { case claims, temporalExpressions, citationTexts, mentions }

  private struct TextedExpression: Codable {
    let expression: TemporalExpression
    let text: String
  }

  private struct TextedMention: Codable {
    let mention: EntityMention
    let text: String
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    claims = try container.decode([Claim].self, forKey: .claims)
    temporalExpressions = try container.decode([TextedExpression].self, forKey: .temporalExpressions).map {
      ($0.expression, $0.text)
    }
    citationTexts = try container.decode([String].self, forKey: .citationTexts)
    mentions = try container.decode([TextedMention].self, forKey: .mentions).map { ($0.mention, $0.text) }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(claims, forKey: .claims)
    try container.encode(
      temporalExpressions.map { TextedExpression(expression: $0.expression, text: $0.text) },
      forKey: .temporalExpressions)
    try container.encode(citationTexts, forKey: .citationTexts)
    try container.encode(mentions.map { TextedMention(mention: $0.mention, text: $0.text) }, forKey: .mentions)
  }
}
