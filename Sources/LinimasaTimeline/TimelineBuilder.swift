// A timeline built one document at a time, as a run finishes them.
import LinimasaCore
import LinimasaExtract
import LinimasaText

/// Builds a timeline from documents added in path order (a run adds each as the files
/// before it finish): each document's events, entities and citations are gathered across
/// documents as it comes (`CrossDocumentFacts`), so a run need not hold them all.
public struct TimelineBuilder {
  private var facts: CrossDocumentFacts
  private var documents: [DocumentRecord] = []
  private let statutes: [String: Statute]
  private let lexiconEntities: [String: EntityEntry]
  /// Whether added records keep their details and what the timeline gathered from them;
  /// without, a record keeps only its metadata once added (its details were handed to the
  /// run's `DocumentObserver`).
  private let keepsDetails: Bool

  public init(
    statutes: [String: Statute], lexiconEntities: [String: EntityEntry], eventTypes: [String: EventType],
    keepsDetails: Bool = true
  ) {
    facts = CrossDocumentFacts(eventTypes: eventTypes)
    self.statutes = statutes
    self.lexiconEntities = lexiconEntities
    self.keepsDetails = keepsDetails
  }

  /// A builder with the lexicons' statutes, entities and event types.
  public init(lexicons: Lexicons, keepsDetails: Bool = true) {
    self.init(
      statutes: lexicons.statutes, lexiconEntities: lexicons.entities, eventTypes: lexicons.eventTypes,
      keepsDetails: keepsDetails)
  }

  /// Adds the next document in path order, with its id.
  public mutating func add(_ record: DocumentRecord) {
    facts.add(record)
    var record = record
    if !keepsDetails { record.keepOnlyMetadata() }
    documents.append(record)
  }

  /// The timeline of the documents added, their byte-identical `copies` and the inputs
  /// `skipped`.
  public func timeline(skipped: [SkippedInput], copies: [DocumentCopy] = []) -> Timeline {
    Timeline(
      orderedDocuments: documents, copies: copies, skipped: skipped, statutes: statutes,
      lexiconEntities: lexiconEntities, facts: facts)
  }
}
