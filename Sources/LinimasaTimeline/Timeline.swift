// The finished result of a run: what the exporters render.
import LinimasaCore
import LinimasaExtract
import LinimasaText

/// Cleaning counts as reported per document.
public struct CleaningCounts: Sendable, Equatable {
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

/// The timeline of a run: documents in path order and every input that was skipped.
public struct Timeline: Sendable {
  public var documents: [DocumentRecord]
  public var skipped: [SkippedInput]
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
  public var inputsSeen: Int { documents.count + skipped.count }
  /// How many files (and other paths found, such as a link loop) the inputs came from: a
  /// dump counts once however many records it holds.
  public var filesSeen: Int {
    Set((documents.map(\.path) + skipped.map(\.path)).map(DocumentIDs.file(of:))).count
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
    var facts = CrossDocumentFacts(eventTypes: eventTypes)
    for document in documents { facts.add(document) }
    self.init(
      orderedDocuments: documents, skipped: skipped, statutes: statutes, lexiconEntities: lexiconEntities, facts: facts)
  }

  /// The timeline of documents in path order, with their ids, whose events, entities and
  /// citations `facts` has gathered in that order.
  init(
    orderedDocuments documents: [DocumentRecord], skipped: [SkippedInput], statutes: [String: Statute],
    lexiconEntities: [String: EntityEntry], facts: CrossDocumentFacts
  ) {
    self.documents = documents
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

/// Document ids: the relative path without its extension, with characters other than
/// letters, digits, "/", "-", "_" and "." replaced by "-" and a JSONL record's line as
/// "-N". The ids are fixed by the input files alone, so a document knows its id as soon as
/// it is read: the documents of two files that would share an id keep their extension, and
/// so do a dump's (".json", ".jsonl") records and a file whose id one of them could take
/// ("dump-3" beside "dump.jsonl").
public struct DocumentIDs: Sendable {
  /// The files whose documents keep their extension.
  private let keepingExtension: Set<String>

  /// Ids for the documents of these files (their paths, without "#N"; a file may be
  /// listed once per document).
  public init(files: some Sequence<String>) {
    var byShortID: [String: [String]] = [:]
    for file in Set(files) { byShortID[Self.id(for: file, keepExtension: false), default: []].append(file) }
    var keeping = Set<String>()
    for (shortID, sharing) in byShortID {
      if sharing.count > 1 { keeping.formUnion(sharing) }
      guard let dash = shortID.lastIndex(of: "-"), !shortID[shortID.index(after: dash)...].isEmpty,
        shortID[shortID.index(after: dash)...].allSatisfy({ $0.isASCII && $0.isNumber })
      else { continue }
      let dumps = byShortID[String(shortID[..<dash])]?.filter(Self.isDump) ?? []
      if !dumps.isEmpty { keeping.formUnion(sharing + dumps) }
    }
    keepingExtension = keeping
  }

  /// The id of the document at `path` ("file" or "file#N").
  public func id(for path: String) -> String {
    Self.id(for: path, keepExtension: keepingExtension.contains(Self.file(of: path)))
  }

  /// The file a document comes from: its path without a dump record's "#N".
  public static func file(of path: String) -> String {
    path.lastIndex(of: "#").map { String(path[..<$0]) } ?? path
  }

  /// Gives each document its id.
  static func assign(_ documents: inout [DocumentRecord], using ids: DocumentIDs) {
    for index in documents.indices { documents[index].id = ids.id(for: documents[index].path) }
  }

  private static func isDump(_ file: String) -> Bool {
    file.hasSuffix(".json") || file.hasSuffix(".jsonl")
  }

  public static func id(for path: String, keepExtension: Bool) -> String {
    var base = path
    var record = ""
    if let hash = base.lastIndex(of: "#") {
      record = "-" + base[base.index(after: hash)...]
      base = String(base[..<hash])
    }
    if !keepExtension, let dot = base.lastIndex(of: "."),
      let slash = base.lastIndex(of: "/") ?? Optional(base.startIndex),
      dot > slash, dot != base.startIndex
    {
      base = String(base[..<dot])
    }
    let cleaned = String(
      base.unicodeScalars.map { scalar -> Character in
        let allowed =
          ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
          || "/-_.".unicodeScalars.contains(scalar)
        return allowed ? Character(scalar) : "-"
      })
    return cleaned + record
  }
}
