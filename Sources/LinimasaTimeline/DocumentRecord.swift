// What the timeline keeps of each document.
import LinimasaCore
import LinimasaExtract
import LinimasaText

/// Cleaning counts as reported per document.
public struct CleaningCounts: Sendable, Equatable, Codable {
  public var paragraphsIn = 0
  public var paragraphsKept = 0
  public var duplicatesRemoved = 0
  public var boilerplateRemoved = 0
  /// Title, byline, timestamp and caption lines (read as metadata, not article text).
  public var metadataLines = 0
}

/// What the timeline keeps of one document once its text stages are done.
public struct DocumentRecord: Sendable {
  /// Stable id derived from the relative path (see `DocumentIDs`).
  public var id: String
  public let path: String
  public let format: InputFormat
  public let language: Language
  public let metadata: DocumentMetadata
  public let cleaning: CleaningCounts
  public let sentenceCount: Int
  /// Legal citations (their text is in `details`). This, `entities`, `events` and
  /// `eventTexts` are emptied once a run has gathered them into the timeline.
  public internal(set) var legalCitations: [LegalCitation]
  /// Entities the document names (where, with the text there, is in `details`).
  public internal(set) var entities: [DocumentEntity]
  /// What only the JSON output's documents, claims, entity mentions and citations show
  /// (and the other formats' claims); nil once a run that does not keep details has
  /// handed it to its `DocumentObserver` (see `RunOptions.keepsDetails`).
  public internal(set) var details: DocumentDetails?
  public internal(set) var events: [DocumentEvent]
  /// The text at each event source's and event date's span.
  public internal(set) var eventTexts: [ByteSpan: String]
  /// Fingerprints of the kept paragraphs long enough to tell a syndicated copy by.
  public let paragraphFingerprints: [UInt64]
  /// The document this one is a syndicated copy of (see `Syndication`), and how many
  /// paragraphs they share.
  public internal(set) var copyOf: String?
  public internal(set) var sharedParagraphs = 0
  public let warnings: [String]

  public init(analysis: DocumentAnalysis, facts: DocumentFacts) {
    id = analysis.article.path
    path = analysis.article.path
    format = analysis.article.format
    language = analysis.language
    var metadata = analysis.metadata
    metadata.published = facts.published
    self.metadata = metadata
    legalCitations = facts.legalCitations
    entities = facts.entities.entities.values.sorted { $0.id < $1.id }
    details = DocumentDetails(
      claims: facts.claims,
      temporalExpressions: facts.temporalExpressions.map { ($0, analysis.article.text($0.span)) },
      citationTexts: facts.legalCitations.map { analysis.article.text($0.span) },
      mentions: facts.entities.mentions.map { ($0, analysis.article.text($0.span)) })
    events = facts.events
    var eventTexts: [ByteSpan: String] = [:]
    for event in facts.events {
      for span in event.sources + (event.date.map { [$0.span] } ?? []) {
        eventTexts[span] = analysis.article.text(span)
      }
    }
    self.eventTexts = eventTexts
    paragraphFingerprints = Syndication.fingerprints(analysis)
    var counts = CleaningCounts()
    counts.paragraphsIn = analysis.cleaning.paragraphs.count
    counts.paragraphsKept = analysis.cleaning.keptCount
    counts.duplicatesRemoved = analysis.cleaning.duplicateCount
    counts.boilerplateRemoved = analysis.cleaning.boilerplateCount
    counts.metadataLines =
      counts.paragraphsIn - counts.paragraphsKept - counts.duplicatesRemoved - counts.boilerplateRemoved
    cleaning = counts
    sentenceCount = analysis.segmentation.sentences.count
    warnings = analysis.warnings
  }

  /// Keeps only the metadata: drops the details (once the run's observer has seen them)
  /// and what the timeline has gathered across documents (`CrossDocumentFacts`).
  mutating func keepOnlyMetadata() {
    details = nil
    legalCitations = []
    entities = []
    events = []
    eventTexts = [:]
  }

  /// The timeline id of the document's claim at `index`.
  public func claimID(_ index: Int) -> String { Self.claimID(document: id, index: index) }

  /// The timeline id of the claim at `index` of the document with id `document`.
  static func claimID(document: String, index: Int) -> String { "\(document)#c\(index + 1)" }
}

/// The parts of a document record that only the JSON output shows, with the text at each span.
public struct DocumentDetails: Sendable {
  /// What the document quotes or reports people saying; events refer to them by index.
  public let claims: [Claim]
  /// Temporal expressions, resolved against the publication date.
  public let temporalExpressions: [(expression: TemporalExpression, text: String)]
  /// The text of each of the record's `legalCitations`.
  public let citationTexts: [String]
  /// Where the document names each entity.
  public let mentions: [(mention: EntityMention, text: String)]
}
