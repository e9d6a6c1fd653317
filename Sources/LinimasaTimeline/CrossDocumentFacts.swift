// What the timeline gathers across documents, added one document at a time.
import LinimasaCore
import LinimasaExtract

/// The timeline's facts that span documents: events merged (`EventMerger`), entities merged
/// by id, and legal instruments by id. Documents are added in path order, so a run can add
/// each as the files before it finish and then drop what the document itself held.
struct CrossDocumentFacts {
  private(set) var events: EventMerger
  /// Per entity id: the first report of it, that document's language, every alias and
  /// role any document gives, and how many documents name it.
  private var entities:
    [String: (first: DocumentEntity, language: Language, aliases: [String], roles: [EntityRole], documents: Int)] =
      [:]
  /// Per person id: up to `contextSize` other entities (not places) that documents naming
  /// the person name, the first in path order (see `EntityVariants.Entity.context`).
  private var personContexts: [String: Set<String>] = [:]
  private static let contextSize = 64
  /// Per instrument id: its first citation and the first title each language gives.
  private var instruments: [String: (first: LegalCitation, titles: [Language: String])] = [:]

  init(eventTypes: [String: EventType]) {
    events = EventMerger(eventTypes: eventTypes)
  }

  /// Adds the document's events, entities and citations.
  mutating func add(_ document: DocumentRecord) {
    events.add(document)
    for entity in document.entities {
      var entry = entities[entity.id] ?? (entity, document.language, [], [], 0)
      entry.documents += 1
      for alias in entity.aliases where !entry.aliases.contains(alias) { entry.aliases.append(alias) }
      for role in entity.roles where !entry.roles.contains(role) { entry.roles.append(role) }
      entities[entity.id] = entry
    }
    let context = document.entities.filter { $0.type != .place }.map(\.id)
    for person in document.entities where person.type == .person {
      var held = personContexts[person.id] ?? []
      for id in context where held.count < Self.contextSize && id != person.id { held.insert(id) }
      personContexts[person.id] = held
    }
    for citation in document.legalCitations {
      var entry = instruments[citation.id] ?? (citation, [:])
      if entry.titles[document.language] == nil, let title = citation.title {
        entry.titles[document.language] = title
      }
      instruments[citation.id] = entry
    }
  }

  /// The id each entity named in another form elsewhere is renamed to (see
  /// `EntityVariants`), by its own id.
  func renames() -> [String: String] {
    func described(_ type: EntityType) -> [EntityVariants.Entity] {
      entities.filter { $0.value.first.type == type }.map { id, entry in
        EntityVariants.Entity(
          id: id, name: entry.first.name, aliases: entry.aliases, fromLexicon: entry.first.fromLexicon,
          documents: entry.documents, context: personContexts[id] ?? [])
      }
    }
    return EntityVariants.renames(people: described(.person), organizations: described(.organization))
  }

  /// Entities merged by id, each renamed one (`renames`) into the entity it is renamed to,
  /// sorted by id; the lexicon's names and aliases where it has them. A renamed entity's
  /// name and aliases are the merged entity's aliases.
  func timelineEntities(lexicon: [String: EntityEntry], renames: [String: String]) -> [TimelineEntity] {
    var merged: [String: (aliases: [String], roles: [EntityRole])] = [:]
    // Each entity's own name and roles first, then those of the variants renamed into it.
    for id in entities.keys.sorted(by: { (renames[$0] != nil ? 1 : 0, $0) < (renames[$1] != nil ? 1 : 0, $1) }) {
      guard let entry = entities[id] else { continue }
      let into = renames[id] ?? id
      var held = merged[into] ?? ([], [])
      let names = renames[id] == nil ? entry.aliases : [entry.first.name] + entry.aliases
      for alias in names where !held.aliases.contains(alias) { held.aliases.append(alias) }
      for role in entry.roles where !held.roles.contains(role) { held.roles.append(role) }
      merged[into] = held
    }
    return merged.keys.sorted().compactMap { id in
      guard let entry = entities[id], let held = merged[id] else { return nil }
      let names: [(language: String, name: String)]
      if let lexical = lexicon[id] {
        names = [("id", lexical.nameIndonesian), ("en", lexical.nameEnglish)]
      } else {
        names = [(entry.language.rawValue, entry.first.name)]
      }
      let name = lexicon[id]?.nameIndonesian ?? entry.first.name
      let aliases = (held.aliases + (lexicon[id]?.aliases ?? [])).reduce(into: [String]()) { list, alias in
        if alias != name && !list.contains(alias) { list.append(alias) }
      }
      return TimelineEntity(
        id: id, type: entry.first.type, name: name, names: names, aliases: aliases.sorted(), roles: held.roles,
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
