// The timeline as the JSON contract of docs/timeline-json.md (schemaVersion "1").
import LinimasaCore
import LinimasaTimeline

/// Renders a timeline as the contract's JSON document, byte-identical for equal timelines.
public enum TimelineJSON {
  public static func format(_ timeline: Timeline) -> String {
    JSONWriter.pretty(value(timeline))
  }

  /// The contract document as a JSON tree (what `format` serializes).
  public static func value(_ timeline: Timeline) -> JSONValue {
    let warnings = timeline.documents.reduce(0) { $0 + $1.warnings.count }
    return .object([
      JSONMember("schemaVersion", .string(LinimasaVersion.schema)),
      JSONMember("generator", .object([
        JSONMember("name", .string(LinimasaVersion.name)), JSONMember("version", .string(LinimasaVersion.current)),
      ])),
      JSONMember("summary", .object([
        JSONMember("inputsSeen", .int(timeline.inputsSeen)),
        JSONMember("documents", .int(timeline.documents.count)),
        JSONMember("skipped", .int(timeline.skipped.count)),
        JSONMember("events", .int(timeline.events.count)),
        JSONMember("warnings", .int(warnings)),
      ])),
      JSONMember("documents", .array(timeline.documents.map(DocumentJSON.value))),
      JSONMember("entities", .array(timeline.entities.map(EntityJSON.value))),
      JSONMember("legalReferences", .array(timeline.legalReferences.map(LegalJSON.value))),
      JSONMember("claims", .array(timeline.claims.map(EntityJSON.claim))),
      JSONMember("events", .array(timeline.events.map(EventJSON.value))),
      JSONMember("skipped", .array(timeline.skipped.map { skipped in
        .object([
          JSONMember("path", .string(skipped.path)),
          JSONMember("code", .string(skipped.reason.code)),
          JSONMember("reason", .string(skipped.reason.message)),
        ])
      })),
    ])
  }
}
