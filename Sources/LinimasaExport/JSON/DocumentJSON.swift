// The `documents[]` objects of the JSON contract.
import LinimasaCore
import LinimasaText
import LinimasaTimeline

/// Renders a document record as the contract's Document object's members.
enum DocumentJSON {
  /// "+07:00" for 420 minutes.
  static func offset(_ minutes: Int) -> String {
    let sign = minutes < 0 ? "-" : "+"
    let hours = abs(minutes) / 60
    let rest = abs(minutes) % 60
    return sign + (hours < 10 ? "0" : "") + String(hours) + ":" + (rest < 10 ? "0" : "") + String(rest)
  }

  static func members(_ document: DocumentRecord, details: DocumentDetails) -> [JSONMember] {
    let metadata = document.metadata
    let published: JSONValue =
      metadata.published.map { date in
        .object([JSONMember("value", .string(date.value.iso)), JSONMember("basis", .string(date.basis.rawValue))])
      } ?? .null
    let cleaning = document.cleaning
    return [
      JSONMember("id", .string(document.id)),
      JSONMember("path", .string(document.path)),
      JSONMember("format", .string(document.format.rawValue)),
      JSONMember("language", .string(document.language.rawValue)),
      JSONMember("title", .optional(metadata.title)),
      JSONMember("source", .optional(metadata.source)),
      JSONMember("dateline", .optional(metadata.dateline)),
      JSONMember("url", .optional(metadata.url)),
      JSONMember("authors", .array(metadata.authors.map(JSONValue.string))),
      JSONMember("editors", .array(metadata.editors.map(JSONValue.string))),
      JSONMember("published", published),
      JSONMember("copyOf", .optional(document.copyOf)),
      JSONMember("sharedParagraphs", .int(document.sharedParagraphs)),
      JSONMember(
        "cleaning",
        .object([
          JSONMember("paragraphsIn", .int(cleaning.paragraphsIn)),
          JSONMember("paragraphsKept", .int(cleaning.paragraphsKept)),
          JSONMember("duplicatesRemoved", .int(cleaning.duplicatesRemoved)),
          JSONMember("boilerplateRemoved", .int(cleaning.boilerplateRemoved)),
          JSONMember("metadataLines", .int(cleaning.metadataLines)),
        ])),
      JSONMember("sentences", .int(document.sentenceCount)),
      JSONMember(
        "temporalExpressions",
        .array(
          details.temporalExpressions.map { expression, text in
            .object([
              JSONMember("text", .string(text)),
              JSONMember("span", .span(expression.span)),
              JSONMember("value", .optional(expression.value?.iso)),
              JSONMember("resolution", .string(expression.resolution.rawValue)),
              JSONMember("partOfDay", .optional(expression.partOfDay)),
              JSONMember("time", .optional(expression.time)),
              JSONMember("timeZone", .optional(expression.timeZone)),
              JSONMember("utcOffset", .optional(expression.utcOffsetMinutes.map(Self.offset))),
            ])
          })),
      JSONMember("warnings", .array(document.warnings.map(JSONValue.string))),
    ]
  }
}
