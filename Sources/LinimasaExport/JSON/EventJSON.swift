// The `events[]` objects of the JSON contract.
import LinimasaCore
import LinimasaTimeline

/// Renders a timeline event as the contract's Event object.
enum EventJSON {
  static func value(_ event: TimelineEvent) -> JSONValue {
    .object([
      JSONMember("id", .string(event.id)),
      JSONMember("date", date(event.date)),
      JSONMember("type", .string(event.type)),
      JSONMember("summary", .object(event.summary.map { JSONMember($0.language, .string($0.text)) })),
      JSONMember(
        "actors",
        .array(
          event.actors.map { actor in
            .object([JSONMember("entity", .string(actor.entity)), JSONMember("role", .string(actor.role.rawValue))])
          })),
      JSONMember("claims", .array(event.claims.map(JSONValue.string))),
      JSONMember("legalReferences", .array(event.legalReferences.map(JSONValue.string))),
      JSONMember("sources", .array(event.sources.map(source))),
      JSONMember("independentSources", .int(event.independentSources)),
    ])
  }

  static func date(_ date: EventDate) -> JSONValue {
    .object([
      JSONMember("value", .optional(date.value?.iso)),
      JSONMember("text", .optional(date.text)),
      JSONMember("resolution", .string(date.resolution.rawValue)),
      JSONMember("precision", .optional(date.precision?.rawValue)),
    ])
  }

  static func source(_ source: EventSource) -> JSONValue {
    .object([
      JSONMember("document", .string(source.document)),
      JSONMember("span", .span(source.span)),
      JSONMember("text", .string(source.text)),
      JSONMember("copyOf", .optional(source.copyOf)),
    ])
  }
}
