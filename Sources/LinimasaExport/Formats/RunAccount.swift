// The run's account, which every format carries: its counts and every input it skipped.
import LinimasaCore
import LinimasaTimeline

/// What a run read and made, as every output carries it: the counts (the JSON's
/// `summary`, and the line printed at the end of a run) and each skipped input with its
/// reason, so no format hides an input.
public enum RunAccount {
  /// "44 files, 46 inputs: 45 processed, 1 skipped (1 empty), 219 events, 0 warnings";
  /// byte-identical copies, when there are any, after the documents ("45 processed, 3
  /// identical copies, ...").
  public static func line(_ timeline: Timeline) -> String {
    let reasons = timeline.skippedByReason.map { "\($0.count) \($0.code)" }
    let skipped =
      "\(timeline.skipped.count) skipped" + (reasons.isEmpty ? "" : " (" + reasons.joined(separator: ", ") + ")")
    let copies = timeline.copies.isEmpty ? "" : "\(timeline.copies.count) identical copies, "
    return
      "\(timeline.filesSeen) files, \(timeline.inputsSeen) inputs: \(timeline.documents.count) processed, \(copies)"
      + "\(skipped), \(timeline.events.count) events, \(timeline.warningCount) warnings"
  }

  /// The counts, as the JSON's `summary` object.
  static func summary(_ timeline: Timeline) -> JSONValue {
    .object([
      JSONMember("files", .int(timeline.filesSeen)),
      JSONMember("inputsSeen", .int(timeline.inputsSeen)),
      JSONMember("documents", .int(timeline.documents.count)),
      JSONMember("copies", .int(timeline.copies.count)),
      JSONMember("skipped", .int(timeline.skipped.count)),
      JSONMember("skippedByReason", .object(timeline.skippedByReason.map { JSONMember($0.code, .int($0.count)) })),
      JSONMember("events", .int(timeline.events.count)),
      JSONMember("warnings", .int(timeline.warningCount)),
    ])
  }

  /// A byte-identical copy, as the JSON's `copies` items.
  static func copy(_ copy: DocumentCopy) -> JSONValue {
    .object([JSONMember("path", .string(copy.path)), JSONMember("document", .string(copy.document))])
  }

  /// A skipped input, as the JSON's `skipped` items.
  static func skipped(_ input: SkippedInput) -> JSONValue {
    .object([
      JSONMember("path", .string(input.path)),
      JSONMember("code", .string(input.reason.code)),
      JSONMember("reason", .string(input.reason.message)),
    ])
  }
}
