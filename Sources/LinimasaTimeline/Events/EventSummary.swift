// An event's summary in both languages, from its type's templates.
import LinimasaCore
import LinimasaExtract

/// Fills an event type's templates (`common/event-types.tsv`) with the event's actors in
/// the roles the text gave them: the first agent (for a statement, the first speaker that
/// is a person, else the first speaker), the first target, and for a statement the topic
/// its claims speak of most (a type's topic phrase, "the data leak"), else the first entity
/// it names besides its speakers. A statement whose every claim is a denial takes the
/// "denial" type's templates.
struct EventSummary {
  let types: [String: EventType]
  let names: EventNames

  /// The summary by language code, in code order.
  func summaries(type: String, actors: [EventActor], topics: [String], denies: Bool, named: [String])
    -> [(language: String, text: String)]
  {
    let isStatement = type == EventType.statement
    let template = isStatement && denies ? types[EventType.denial] ?? types[type] : types[type]
    let speakers = actors.filter { $0.role == .speaker }.map(\.entity)
    let agent =
      isStatement
      ? speakers.first { $0.hasPrefix(EntityType.person.prefix + ":") } ?? speakers.first
      : actors.first { $0.role == .agent }?.entity
    let target = actors.first { $0.role == .target }?.entity
    let topicType = topics.first { types[$0] != nil }
    let topicEntity = isStatement ? named.first { !speakers.contains($0) } : nil
    return Language.supported.sorted { $0.rawValue < $1.rawValue }.map { language in
      var values: [SummaryTemplate.Slot: String] = [:]
      if let agent { values[.agent] = names.name(of: agent, in: language) }
      if let target { values[.target] = names.name(of: target, in: language) }
      if let topic = topicType.flatMap({ types[$0]?.topics[language] }) ?? topicEntity.map({
        names.name(of: $0, in: language)
      }) {
        values[.topic] = topic
      }
      let chosen = agent == nil ? template?.summariesWithoutAgent[language] : template?.summaries[language]
      return (language.rawValue, Self.capitalized(chosen?.render(values) ?? type))
    }
  }

  /// The text with its first letter in capitals ("[{target} is ]arrested" without a target).
  static func capitalized(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }
}

/// The names summaries use: an organisation's short name ("Kominfo", "KPU") when the
/// lexicon has one, else the name in the summary's language; a person's full name.
struct EventNames: Sendable {
  let lexicon: [String: EntityEntry]
  /// Names of entities the entity lexicon does not list (found in the text, or places of the
  /// gazetteers), by language code.
  let discovered: [String: [String: String]]

  func name(of entity: String, in language: Language) -> String {
    guard let entry = lexicon[entity] else {
      let names = discovered[entity]
      return names?[language.rawValue] ?? names?.values.sorted().first ?? entity
    }
    if entry.type == .organization || entry.type == .group,
      let short = entry.aliases.first(where: { alias in
        !alias.contains(" ") && alias.count <= 12 && alias.first?.isUppercase == true
      })
    {
      return short
    }
    return language == .english ? entry.nameEnglish : entry.nameIndonesian
  }
}
