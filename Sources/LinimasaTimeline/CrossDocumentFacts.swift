// What the timeline gathers across documents, added one document at a time.
import LinimasaCore
import LinimasaExtract

/// The timeline's facts that span documents: events merged (`EventMerger`), entities merged
/// by id, and legal instruments by id. Documents are added in path order, so a run can add
/// each as the files before it finish and then drop what the document itself held.
struct CrossDocumentFacts {
  private(set) var events: EventMerger
  /// Per entity id: the first report of it, that document's language, and every alias and
  /// role any document gives.
  private var entities: [String: (first: DocumentEntity, language: Language, aliases: [String], roles: [EntityRole])] =
    [:]
  /// Per instrument id: its first citation and the first title each language gives.
  private var instruments: [String: (first: LegalCitation, titles: [Language: String])] = [:]

  init(eventTypes: [String: EventType]) {
    events = EventMerger(eventTypes: eventTypes)
  }

  /// Adds the document's events, entities and citations.
  mutating func add(_ document: DocumentRecord) {
    events.add(document)
    for entity in document.entities {
      var entry = entities[entity.id] ?? (entity, document.language, [], [])
      for alias in entity.aliases where !entry.aliases.contains(alias) { entry.aliases.append(alias) }
      for role in entity.roles where !entry.roles.contains(role) { entry.roles.append(role) }
      entities[entity.id] = entry
    }
    for citation in document.legalCitations {
      var entry = instruments[citation.id] ?? (citation, [:])
      if entry.titles[document.language] == nil, let title = citation.title {
        entry.titles[document.language] = title
      }
      instruments[citation.id] = entry
    }
  }

  /// Entities merged by id, sorted by id; the lexicon's names and aliases where it has them.
  func timelineEntities(lexicon: [String: EntityEntry]) -> [TimelineEntity] {
    entities.keys.sorted().compactMap { id in
      guard let entry = entities[id] else { return nil }
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
        fromLexicon: entry.first.fromLexicon)
    }
  }

  /// The instruments cited, sorted by id, each described by its first citation; titles from
  /// the statute lexicon, else the first each language gives.
  func legalInstruments(statutes: [String: Statute]) -> [LegalInstrument] {
    instruments.keys.sorted().compactMap { id in
      guard let (first, cited) = instruments[id] else { return nil }
      let titles: [(language: String, title: String)]
      if let statute = statutes[id] {
        titles = [("id", statute.titleIndonesian), ("en", statute.titleEnglish)]
      } else {
        titles = Language.supported.compactMap { language in cited[language].map { (language.rawValue, $0) } }
      }
      return LegalInstrument(
        id: id, instrument: first.instrument, number: first.number, year: first.year, titles: titles)
    }
  }
}
