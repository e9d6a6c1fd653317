// The `events[]` objects of the JSON contract.
import LinimasaCore
import LinimasaTimeline

/// Renders a timeline event as the contract's Event object.
enum EventJSON {
  /// Writes the Event object to `stream` source by source: a merged event may have
  /// thousands.
  static func write(_ event: TimelineEvent, to stream: inout PrettyJSONStream) throws {
    try stream.beginObject()
    for member in members(event) { try stream.member(member.key, member.value) }
    try stream.key("sources")
    try stream.beginArray()
    for item in event.sources { try stream.value(source(item)) }
    try stream.end()
    try stream.member("independentSources", .int(event.independentSources))
    try stream.end()
  }

  /// The members before `sources`.
  private static func members(_ event: TimelineEvent) -> [JSONMember] {
    [
      JSONMember("id", .string(event.id)),
      JSONMember("date", date(event.date)),
      JSONMember("dateBasis", .string(event.date.basis.rawValue)),
      JSONMember("type", .string(event.type)),
      JSONMember("headline", headline(event)),
      JSONMember("summary", .object(event.summary.map { JSONMember($0.language, .string($0.text)) })),
      JSONMember(
        "actors",
        .array(
          event.actors.map { actor in
            .object([JSONMember("entity", .string(actor.entity)), JSONMember("role", .string(actor.role.rawValue))])
          })),
      JSONMember("claims", .array(event.claims.map(JSONValue.string))),
      JSONMember("legalReferences", .array(event.legalReferences.map(JSONValue.string))),
    ]
  }

  static func date(_ date: EventDate) -> JSONValue {
    .object([
      JSONMember("value", .optional(date.value?.iso)),
      JSONMember("text", .optional(date.text)),
      JSONMember("resolution", .string(date.resolution.rawValue)),
      JSONMember("precision", .optional(date.precision?.rawValue)),
      JSONMember("document", .optional(date.document)),
      JSONMember("span", date.span.map(JSONValue.span) ?? .null),
    ])
  }

  /// The headline by language code, for the languages its reports are in.
  static func headline(_ event: TimelineEvent) -> JSONValue {
    .object(event.headline.map { JSONMember($0.language, .string($0.text)) })
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
