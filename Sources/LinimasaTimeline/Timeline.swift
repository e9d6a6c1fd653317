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
  /// Temporal expressions with their text, resolved against `metadata.published`.
  public let temporalExpressions: [(expression: TemporalExpression, text: String)]
  /// Legal citations with their text.
  public let legalCitations: [(citation: LegalCitation, text: String)]
  /// Entities the document names, and where (with the text there).
  public let entities: [DocumentEntity]
  public let mentions: [(mention: EntityMention, text: String)]
  public let claims: [Claim]
  public let events: [DocumentEvent]
  /// The text at each event source's and event date's span.
  public let eventTexts: [ByteSpan: String]
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
    temporalExpressions = facts.temporalExpressions.map { ($0, analysis.article.text($0.span)) }
    legalCitations = facts.legalCitations.map { ($0, analysis.article.text($0.span)) }
    entities = facts.entities.entities.values.sorted { $0.id < $1.id }
    mentions = facts.entities.mentions.map { ($0, analysis.article.text($0.span)) }
    claims = facts.claims
    events = facts.events
    var eventTexts: [ByteSpan: String] = [:]
    for event in facts.events {
      for span in event.sources + (event.date.map { [$0.span] } ?? []) { eventTexts[span] = analysis.article.text(span) }
    }
    self.eventTexts = eventTexts
    paragraphFingerprints = Syndication.fingerprints(analysis)
    var counts = CleaningCounts()
    counts.paragraphsIn = analysis.cleaning.paragraphs.count
    counts.paragraphsKept = analysis.cleaning.keptCount
    counts.duplicatesRemoved = analysis.cleaning.duplicateCount
    counts.boilerplateRemoved = analysis.cleaning.boilerplateCount
    counts.metadataLines = counts.paragraphsIn - counts.paragraphsKept - counts.duplicatesRemoved - counts.boilerplateRemoved
    cleaning = counts
    sentenceCount = analysis.segmentation.sentences.count
    warnings = analysis.warnings
  }

  /// The timeline id of the document's claim at `index`.
  public func claimID(_ index: Int) -> String { "\(id)#c\(index + 1)" }
}

/// A legal instrument and every place the documents cite it.
public struct LegalInstrument: Sendable {
  public let id: String
  public let instrument: String
  public let number: String?
  public let year: Int?
  /// Titles by language code ("id", "en"): the statute lexicon's, else the one a citing
  /// document gives in its own language.
  public let titles: [(language: String, title: String)]
  /// (document id, citation, text), in document order.
  public let citations: [(document: String, citation: LegalCitation, text: String)]
}

/// An entity across documents: its names, roles and every mention.
public struct TimelineEntity: Sendable {
  public let id: String
  public let type: EntityType
  public let name: String
  /// Names by language code, whichever are known.
  public let names: [(language: String, name: String)]
  public let aliases: [String]
  public let roles: [EntityRole]
  public let fromLexicon: Bool
  /// (document id, span, text), in document then text order.
  public let mentions: [(document: String, span: ByteSpan, text: String)]
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
  /// Claims in document order.
  public private(set) var claims: [TimelineClaim] = []
  /// Events in time order (a month before its days, undated last), then by id.
  public private(set) var events: [TimelineEvent] = []
  /// How many inputs (files, and records of dumps) were seen.
  public var inputsSeen: Int { documents.count + skipped.count }

  public init(
    documents: [DocumentRecord], skipped: [SkippedInput], statutes: [String: Statute] = [:],
    lexiconEntities: [String: EntityEntry] = [:], eventTypes: [String: EventType] = [:]
  ) {
    self.documents = documents.sorted { PathOrder.precedes($0.path, $1.path) }
    self.skipped = skipped.sorted()
    DocumentIDs.assign(&self.documents)
    Syndication.markCopies(&self.documents)
    legalReferences = Self.instruments(self.documents, statutes: statutes)
    entities = Self.entities(self.documents, lexicon: lexiconEntities)
    claims = self.documents.flatMap { document in
      document.claims.indices.map { TimelineClaim(id: document.claimID($0), document: document.id, claim: document.claims[$0]) }
    }
    let names = EventNames(
      lexicon: lexiconEntities, discovered: Dictionary(entities.filter { !$0.fromLexicon }.map { ($0.id, $0.name) }) { first, _ in first })
    events = EventMerger(eventTypes: eventTypes, names: names).events(self.documents)
  }

  /// The timeline with only the events `filter` keeps; documents, entities, claims and
  /// legal references stay whole, so every kept event still resolves.
  public func filtered(_ filter: EventFilter) -> Timeline {
    var copy = self
    copy.events = events.filter(filter.keeps)
    return copy
  }

  /// The ids of the entities whose id, name or alias is `query` (case-insensitive).
  public func entityIDs(matching query: String) -> Set<String> {
    let folded = query.lowercased()
    return Set(entities.filter { entity in
      entity.id.lowercased() == folded || ([entity.name] + entity.names.map(\.name) + entity.aliases).contains { $0.lowercased() == folded }
    }.map(\.id))
  }

  /// Entities merged by id across documents, sorted by id.
  static func entities(_ documents: [DocumentRecord], lexicon: [String: EntityEntry]) -> [TimelineEntity] {
    var found: [String: (first: DocumentEntity, language: Language, aliases: [String], roles: [EntityRole], mentions: [(String, ByteSpan, String)])] = [:]
    for document in documents {
      for entity in document.entities {
        var entry = found[entity.id] ?? (entity, document.language, [], [], [])
        for alias in entity.aliases where !entry.aliases.contains(alias) { entry.aliases.append(alias) }
        for role in entity.roles where !entry.roles.contains(role) { entry.roles.append(role) }
        found[entity.id] = entry
      }
      for (mention, text) in document.mentions {
        found[mention.entity]?.mentions.append((document.id, mention.span, text))
      }
    }
    return found.keys.sorted().compactMap { id in
      guard let entry = found[id] else { return nil }
      let names: [(language: String, name: String)]
      if let lexical = lexicon[id] {
        names = [("id", lexical.nameIndonesian), ("en", lexical.nameEnglish)]
      } else {
        names = [(entry.language.rawValue, entry.first.name)]
      }
      let name = lexicon[id]?.nameIndonesian ?? entry.first.name
      let aliases = (entry.aliases + (lexicon[id]?.aliases ?? [])).reduce(into: [String]()) { list, alias in
        if alias != name && !list.contains(alias) { list.append(alias) }
      }
      return TimelineEntity(
        id: id, type: entry.first.type, name: name, names: names, aliases: aliases.sorted(), roles: entry.roles,
        fromLexicon: entry.first.fromLexicon, mentions: entry.mentions.map { (document: $0.0, span: $0.1, text: $0.2) })
    }
  }

  /// Citations grouped by instrument id, sorted by id; citations in document then text order.
  static func instruments(_ documents: [DocumentRecord], statutes: [String: Statute]) -> [LegalInstrument] {
    var byID: [String: [(document: DocumentRecord, citation: LegalCitation, text: String)]] = [:]
    for document in documents {
      for (citation, text) in document.legalCitations { byID[citation.id, default: []].append((document, citation, text)) }
    }
    return byID.keys.sorted().compactMap { id in
      guard let cited = byID[id], let first = cited.first?.citation else { return nil }
      var titles: [(language: String, title: String)] = []
      if let statute = statutes[id] {
        titles = [("id", statute.titleIndonesian), ("en", statute.titleEnglish)]
      } else {
        for language in Language.supported {
          if let title = cited.first(where: { $0.document.language == language && $0.citation.title != nil })?.citation.title {
            titles.append((language.rawValue, title))
          }
        }
      }
      return LegalInstrument(
        id: id, instrument: first.instrument, number: first.number, year: first.year, titles: titles,
        citations: cited.map { ($0.document.id, $0.citation, $0.text) })
    }
  }
}

/// Document ids: the relative path without its extension, with characters other than
/// letters, digits, "/", "-", "_" and "." replaced by "-" and a JSONL record's line as
/// "-N"; when two paths would share an id, both keep their extension.
public enum DocumentIDs {
  static func assign(_ documents: inout [DocumentRecord]) {
    let short = documents.map { id(for: $0.path, keepExtension: false) }
    var counts: [String: Int] = [:]
    for id in short { counts[id, default: 0] += 1 }
    for index in documents.indices {
      documents[index].id = counts[short[index]] == 1 ? short[index] : id(for: documents[index].path, keepExtension: true)
    }
  }

  public static func id(for path: String, keepExtension: Bool) -> String {
    var base = path
    var record = ""
    if let hash = base.lastIndex(of: "#") {
      record = "-" + base[base.index(after: hash)...]
      base = String(base[..<hash])
    }
    if !keepExtension, let dot = base.lastIndex(of: "."), let slash = base.lastIndex(of: "/") ?? Optional(base.startIndex),
      dot > slash, dot != base.startIndex
    {
      base = String(base[..<dot])
    }
    let cleaned = String(base.unicodeScalars.map { scalar -> Character in
      let allowed = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        || "/-_.".unicodeScalars.contains(scalar)
      return allowed ? Character(scalar) : "-"
    })
    return cleaned + record
  }
}
