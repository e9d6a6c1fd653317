// The `legalReferences[]` objects of the JSON contract.
import LinimasaCore
import LinimasaTimeline

/// Renders a legal instrument as the contract's LegalInstrument object.
enum LegalJSON {
  /// The LegalInstrument object's members but the last, `citations` (which each document
  /// holds).
  static func members(_ instrument: LegalInstrument) -> [JSONMember] {
    [
      JSONMember("id", .string(instrument.id)),
      JSONMember("instrument", .string(instrument.instrument)),
      JSONMember("number", .optional(instrument.number)),
      JSONMember("year", instrument.year.map { .int($0) } ?? .null),
      JSONMember("title", .object(instrument.titles.map { JSONMember($0.language, .string($0.title)) })),
    ]
  }
}
