// Events across documents: merged, summarised in both languages, in time order.
import LinimasaCore
import LinimasaExtract

/// When an event happened, as precisely as the text says.
public struct EventDate: Sendable, Equatable {
  public enum Resolution: String, Sendable {
    /// The text gives the full date.
    case explicit
    /// A partial date ("Senin (27/11)", "kemarin") placed against the publication date.
    case anchored
    /// No date of its own: the document's publication date stands in.
    case publication
    /// No way to place it.
    case unresolved
  }

  /// The day, month or year, or a range of them ("last week"); nil when unresolved.
  public let value: TemporalValue?
  /// The words that give the date, if the text gives one.
  public let text: String?
  public let resolution: Resolution
  /// Where the words that give the date are: the document and span (when the text dates it).
  public let document: String?
  public let span: ByteSpan?

  /// What the date rests on: the text of a report, the publication date alone, or nothing.
  public enum Basis: String, Sendable { case text, publication, none }

  public var basis: Basis {
    switch resolution {
    case .explicit, .anchored: .text
    case .publication: .publication
    case .unresolved: .none
    }
  }

  /// The precision of the value (of its ends, for a range).
  public var precision: CivilDate.Precision? { value?.start.precision }
}

/// A sentence that reports an event.
public struct EventSource: Sendable, Hashable {
  public let document: String
  public let span: ByteSpan
  public let text: String
  /// The document this source's document is a syndicated copy of, if any.
  public let copyOf: String?
}

/// An event of the timeline, with every document that reports it.
public struct TimelineEvent: Sendable {
  /// Stable: the date, type and a hash of where it was first reported.
  public let id: String
  public let date: EventDate
  public let type: String
  /// The summary by language code ("en", "id"), always both, from the type's templates.
  public let summary: [(language: String, text: String)]
  /// The words of a report that tell it, by language code, for each language its
  /// reports are in (never translated).
  public let headline: [(language: String, text: String)]
  public let actors: [EventActor]
  /// Claim ids.
  public let claims: [String]
  /// Legal instrument ids.
  public let legalReferences: [String]
  public let sources: [EventSource]
  /// Sources that are not syndicated copies of one another.
  public var independentSources: Int {
    Set(sources.map { $0.copyOf ?? $0.document }).count
  }
}

/// Which events to keep: those overlapping a date window and naming given entities.
public struct EventFilter: Sendable {
  /// The first and last day, month or year of the window (inclusive); nil for open.
  public var from: CivilDate?
  public var to: CivilDate?
  /// Entity ids; an event must name at least one (any role). Empty for all.
  public var actors: Set<String>

  public init(from: CivilDate? = nil, to: CivilDate? = nil, actors: Set<String> = []) {
    self.from = from
    self.to = to
    self.actors = actors
  }

  /// Whether the window ends before it starts.
  public var windowIsEmpty: Bool {
    guard let from, let to else { return false }
    return TemporalValue.date(to).days.last < TemporalValue.date(from).days.first
  }

  /// Whether the event's date overlaps the window (an event without a date value never
  /// does when the window is set) and it names one of the actors.
  public func keeps(_ event: TimelineEvent) -> Bool {
    if !actors.isEmpty && !event.actors.contains(where: { actors.contains($0.entity) }) { return false }
    guard from != nil || to != nil else { return true }
    guard let value = event.date.value else { return false }
    let (first, last) = value.days
    if let from, last < TemporalValue.date(from).days.first { return false }
    if let to, first > TemporalValue.date(to).days.last { return false }
    return true
  }
}

/// The timeline's events in time order, each made whole when read: until then a merged
/// event keeps its sources and claims as numbers (`SourceRef`, `ClaimRef`), since one may
/// have thousands of sources and a run's events together far more than its documents.
public struct TimelineEvents: RandomAccessCollection, Sendable {
  /// An event without its sources and claims, and those as numbers.
  struct Compact: Sendable {
    let event: TimelineEvent
    let sources: [SourceRef]
    let claims: [ClaimRef]
  }

  /// What the numbers refer to: the documents' ids and the sources' sentences, by number,
  /// and the documents that are syndicated copies (document id to original's id).
  struct References: Sendable {
    let documentIDs: [String]
    let sentences: [String]
    let copies: [String: String]

    func source(_ source: SourceRef) -> EventSource {
      let document = documentIDs[Int(source.document)]
      return EventSource(
        document: document, span: source.span, text: source.sentence >= 0 ? sentences[Int(source.sentence)] : "",
        copyOf: copies[document])
    }

    func claimID(_ claim: ClaimRef) -> String {
      DocumentRecord.claimID(document: documentIDs[Int(claim.document)], index: Int(claim.index))
    }
  }

  private let compact: [Compact]
  private let references: References

  init(_ compact: [Compact], references: References) {
    self.compact = compact
    self.references = references
  }

  /// No events.
  public init() {
    self.init([], references: References(documentIDs: [], sentences: [], copies: [:]))
  }

  public var startIndex: Int { compact.startIndex }
  public var endIndex: Int { compact.endIndex }

  /// The event at `position`, made whole.
  public subscript(position: Int) -> TimelineEvent {
    let item = compact[position]
    let event = item.event
    return TimelineEvent(
      id: event.id, date: event.date, type: event.type, summary: event.summary, headline: event.headline,
      actors: event.actors,
      claims: item.claims.map(references.claimID), legalReferences: event.legalReferences,
      sources: item.sources.map(references.source))
  }

  /// The events `isIncluded` keeps, still kept as numbers.
  public func keeping(_ isIncluded: (TimelineEvent) throws -> Bool) rethrows -> TimelineEvents {
    TimelineEvents(try indices.filter { try isIncluded(self[$0]) }.map { compact[$0] }, references: references)
  }
}
