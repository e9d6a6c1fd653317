// An event as one self-contained JSON object: what JSON Lines and the HTML page carry.
import LinimasaCore
import LinimasaTimeline

/// Renders an event like the contract's Event object, with what it refers to resolved
/// inline: actors with their type and names, claims with their speaker's names, legal
/// references with their titles, and sources with their document's metadata.
enum ResolvedEventJSON {
  static func value(_ event: TimelineEvent, index: ExportIndex) -> JSONValue {
    .object([
      JSONMember("record", .string("event")),
      JSONMember("id", .string(event.id)),
      JSONMember("date", EventJSON.date(event.date)),
      JSONMember("dateBasis", .string(event.date.basis.rawValue)),
      JSONMember("type", .string(event.type)),
      JSONMember("headline", EventJSON.headline(event)),
      JSONMember("summary", .object(event.summary.map { JSONMember($0.language, .string($0.text)) })),
      JSONMember("actors", .array(event.actors.map { actor in
        .object([
          JSONMember("entity", .string(actor.entity)),
          JSONMember("role", .string(actor.role.rawValue)),
          JSONMember("type", .optional(index.entities[actor.entity]?.type.rawValue)),
          JSONMember("names", names(of: actor.entity, index: index)),
        ])
      })),
      JSONMember("claims", .array(event.claims.map { claim(id: $0, index: index) })),
      JSONMember("legalReferences", .array(event.legalReferences.map { legal(id: $0, index: index) })),
      JSONMember("sources", .array(event.sources.map { source($0, index: index) })),
      JSONMember("independentSources", .int(event.independentSources)),
    ])
  }

  /// `{"id": ..., "en": ...}`: the entity's name in each language (its main name where the
  /// language has none).
  static func names(of entity: String, index: ExportIndex) -> JSONValue {
    .object(ExportIndex.languages.map { JSONMember($0, .string(index.name(of: entity, in: $0))) })
  }

  /// A claim no event holds, as a record of its own (JSON Lines): `{"record": "quote", ...}`.
  static func quote(_ claim: TimelineClaim, index: ExportIndex) -> JSONValue {
    guard case .object(let members) = self.claim(id: claim.id, index: index) else { return .null }
    return .object([JSONMember("record", .string("quote"))] + members)
  }

  static func claim(id: String, index: ExportIndex) -> JSONValue {
    guard let record = index.claims[id] else {
      return .object([JSONMember("id", .string(id))])
    }
    let claim = record.claim
    let date: JSONValue = claim.date.map { expression in
      .object([
        JSONMember("value", .optional(expression.value?.iso)),
        JSONMember("resolution", .string(expression.resolution.rawValue)),
      ])
    } ?? .null
    return .object([
      JSONMember("id", .string(id)),
      JSONMember("speaker", .optional(claim.speaker)),
      JSONMember("speakerNames", claim.speaker.map { names(of: $0, index: index) } ?? .null),
      JSONMember("kind", .string(claim.kind.rawValue)),
      JSONMember("stance", .string(claim.stance.rawValue)),
      JSONMember("text", .string(claim.text)),
      JSONMember("date", date),
      JSONMember("document", .string(record.document)),
      JSONMember("span", .span(claim.span)),
    ])
  }

  static func legal(id: String, index: ExportIndex) -> JSONValue {
    let instrument = index.legalReferences[id]
    return .object([
      JSONMember("id", .string(id)),
      JSONMember("instrument", .optional(instrument?.instrument)),
      JSONMember("number", .optional(instrument?.number)),
      JSONMember("year", instrument?.year.map { .int($0) } ?? .null),
      JSONMember("title", .object((instrument?.titles ?? []).map { JSONMember($0.language, .string($0.title)) })),
    ])
  }

  static func source(_ source: EventSource, index: ExportIndex) -> JSONValue {
    let document = index.documents[source.document]
    let metadata = document?.metadata
    let published: JSONValue = metadata?.published.map { date in
      .object([JSONMember("value", .string(date.value.iso)), JSONMember("basis", .string(date.basis.rawValue))])
    } ?? .null
    return .object([
      JSONMember("document", .string(source.document)),
      JSONMember("path", .optional(document?.path)),
      JSONMember("title", .optional(metadata?.title)),
      JSONMember("source", .optional(metadata?.source)),
      JSONMember("url", .optional(metadata?.url)),
      JSONMember("published", published),
      JSONMember("span", .span(source.span)),
      JSONMember("text", .string(source.text)),
      JSONMember("copyOf", .optional(source.copyOf)),
    ])
  }
}
