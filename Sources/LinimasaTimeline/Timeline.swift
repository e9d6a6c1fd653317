// The finished result of a run: what the exporters render.
import LinimasaCore
import LinimasaExtract
import LinimasaText

/// A legal instrument the documents cite (the citations themselves are in each document).
public struct LegalInstrument: Sendable {
  public let id: String
  public let instrument: String
  public let number: String?
  public let year: Int?
  /// Titles by language code ("id", "en"): the statute lexicon's, else the one a citing
  /// document gives in its own language.
  public let titles: [(language: String, title: String)]
}

/// An entity across documents: its names and roles (the mentions are in each document).
public struct TimelineEntity: Sendable {
  public let id: String
  public let type: EntityType
  public let name: String
  /// Names by language code, whichever are known.
  public let names: [(language: String, name: String)]
  public let aliases: [String]
  public let roles: [EntityRole]
  public let fromLexicon: Bool
}

/// A claim with its document and a stable id.
public struct TimelineClaim: Sendable {
  public let id: String
  public let document: String
  public let claim: Claim
}

/// An input whose bytes are those of a document already in the timeline (the same article
/// saved twice): listed once, as that document, with this path recorded as its copy.
public struct DocumentCopy: Sendable, Equatable {
  /// The copy's path.
  public let path: String
  /// The id of the document it is a copy of.
  public let document: String

  public init(path: String, document: String) {
    self.path = path
    self.document = document
  }
}

/// The timeline of a run: documents in path order, the byte-identical copies of them, and
/// every input that was skipped.
public struct Timeline: Sendable {
  public var documents: [DocumentRecord]
  public var skipped: [SkippedInput]
  /// Inputs byte-identical to a document listed (`DocumentCopy`), in path order.
  public internal(set) var copies: [DocumentCopy] = []
  /// What each event type of the timeline is called in each language (the event lexicon's
  /// topic: "data leak" / "kebocoran data"), for labels; a type without one is missing.
  public private(set) var typeNames: [String: [(language: String, name: String)]] = [:]
  /// Legal instruments by id.
  public private(set) var legalReferences: [LegalInstrument] = []
  /// Entities by id.
  public private(set) var entities: [TimelineEntity] = []
  /// The ids documents gave people and organizations the timeline knows by another id (a
  /// form of the same name, see `EntityVariants`), with that id: a document's mentions and
  /// claims under such an id are that entity's. `entities`, `claims` and `events` use the
  /// new ids.
  public private(set) var renamedEntities: [String: String] = [:]
  /// Claims in document order, of the documents that kept their details.
  public private(set) var claims: [TimelineClaim] = []
  /// Events in time order (a month before its days, undated last), then by id.
  public private(set) var events = TimelineEvents()
  /// How many inputs (files, and records of dumps) were seen.
  public var inputsSeen: Int { documents.count + copies.count + skipped.count }
  /// How many files (and other paths found, such as a link loop) the inputs came from: a
  /// dump counts once however many records it holds.
  public var filesSeen: Int {
    Set((documents.map(\.path) + copies.map(\.path) + skipped.map(\.path)).map(DocumentIDs.file(of:))).count
  }
  /// How many inputs were skipped for each reason code, sorted by code.
  public var skippedByReason: [(code: String, count: Int)] {
    Dictionary(grouping: skipped, by: \.reason.code).map { ($0.key, $0.value.count) }.sorted { $0.code < $1.code }
  }
  /// Warnings over all documents.
  public var warningCount: Int { documents.reduce(0) { $0 + $1.warnings.count } }

  /// The timeline of these documents; `ids` are the run's (by default, those of the
  /// documents' own files).
  public init(
    documents: [DocumentRecord], skipped: [SkippedInput], statutes: [String: Statute] = [:],
    lexiconEntities: [String: EntityEntry] = [:], eventTypes: [String: EventType] = [:], ids: DocumentIDs? = nil
  ) {
    var documents = documents.sorted { PathOrder.precedes($0.path, $1.path) }
    DocumentIDs.assign(&documents, using: ids ?? DocumentIDs(files: documents.map { DocumentIDs.file(of: $0.path) }))
    var builder = TimelineBuilder(statutes: statutes, lexiconEntities: lexiconEntities, eventTypes: eventTypes)
    for document in documents { builder.add(document) }
    self = builder.timeline(skipped: skipped)
  }

  /// The timeline of documents in path order, with their ids, whose events, entities and
  /// citations `facts` has gathered in that order.
  init(
    orderedDocuments documents: [DocumentRecord], copies: [DocumentCopy], skipped: [SkippedInput],
    statutes: [String: Statute], lexiconEntities: [String: EntityEntry], facts: CrossDocumentFacts
  ) {
    self.documents = documents
    self.copies = copies
    self.skipped = skipped.sorted()
    Syndication.markCopies(&self.documents)
    legalReferences = facts.legalInstruments(statutes: statutes)
    let renames = facts.renames()
    renamedEntities = renames
    entities = facts.timelineEntities(lexicon: lexiconEntities, renames: renames)
    claims = self.documents.flatMap { document in
      let claims = document.details?.claims ?? []
      return claims.indices.map { index in
        let claim = claims[index]
        return TimelineClaim(
          id: document.claimID(index), document: document.id,
          claim: claim.speaker.flatMap { renames[$0] }.map(claim.withSpeaker) ?? claim)
      }
    }
    let names = EventNames(
      lexicon: lexiconEntities,
      discovered: Dictionary(
        entities.filter { lexiconEntities[$0.id] == nil }.map { entity in
          (entity.id, Dictionary(entity.names.map { ($0.language, $0.name) }) { first, _ in first })
        }) { first, _ in first })
    let copies = Dictionary(self.documents.compactMap { document in document.copyOf.map { (document.id, $0) } }) {
      first, _ in first
    }
    events = facts.events.takeEvents(names: names, copies: copies, renames: renames)
    var typeNames: [String: [(language: String, name: String)]] = [:]
    for event in events where typeNames[event.type] == nil {
      guard let type = facts.events.eventTypes[event.type] else { continue }
      typeNames[event.type] = type.topics.sorted { $0.key < $1.key }.map { language, topic in
        (language.rawValue, Self.label(topic))
      }
    }
    self.typeNames = typeNames
  }

  /// A topic as a label: without its leading article ("the data leak": "data leak").
  static func label(_ topic: String) -> String {
    for article in ["the ", "a ", "an "] where topic.lowercased().hasPrefix(article) {
      return String(topic.dropFirst(article.count))
    }
    return topic
  }

  /// The claims (of the documents that kept their details) that no event holds, in
  /// document order: the outputs list them apart, so every claim is shown once.
  public var claimsOutsideEvents: [TimelineClaim] {
    var held = Set<String>()
    for event in events { held.formUnion(event.claims) }
    return claims.filter { !held.contains($0.id) }
  }

  /// The timeline with only the events `filter` keeps; documents, entities, claims and
  /// legal references stay whole, so every kept event still resolves.
  public func filtered(_ filter: EventFilter) -> Timeline {
    var copy = self
    copy.events = events.keeping(filter.keeps)
    return copy
  }

  /// The ids of the entities whose id, name or alias is `query` (case-insensitive).
  public func entityIDs(matching query: String) -> Set<String> {
    let folded = query.lowercased()
    return Set(
      entities.filter { entity in
        entity.id.lowercased() == folded
          || ([entity.name] + entity.names.map(\.name) + entity.aliases).contains { $0.lowercased() == folded }
      }.map(\.id))
  }
}
