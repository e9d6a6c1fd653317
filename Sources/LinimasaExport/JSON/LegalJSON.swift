// The `legalReferences[]` objects of the JSON contract.
import LinimasaCore
import LinimasaTimeline

/// Renders a legal instrument as the contract's LegalInstrument object.
enum LegalJSON {
  static func value(_ instrument: LegalInstrument) -> JSONValue {
    .object([
      JSONMember("id", .string(instrument.id)),
      JSONMember("instrument", .string(instrument.instrument)),
      JSONMember("number", .optional(instrument.number)),
      JSONMember("year", instrument.year.map { .int($0) } ?? .null),
      JSONMember("title", .object(instrument.titles.map { JSONMember($0.language, .string($0.title)) })),
      JSONMember("citations", .array(instrument.citations.map { document, citation, text in
        .object([
          JSONMember("document", .string(document)),
          JSONMember("articles", .array(citation.articles.map(JSONValue.string))),
          JSONMember("clauses", .array(citation.clauses.map(JSONValue.string))),
          JSONMember("text", .string(text)),
          JSONMember("span", .span(citation.span)),
        ])
      })),
    ])
  }
}
