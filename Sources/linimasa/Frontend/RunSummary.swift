// The account printed at the end of a run.
import LinimasaTimeline

/// The one-line account printed at the end of every run that read its inputs: the same
/// numbers as the JSON's `summary`.
enum RunSummary {
  static func line(_ timeline: Timeline) -> String {
    let reasons = timeline.skippedByReason.map { "\($0.count) \($0.code)" }
    let skipped =
      "\(timeline.skipped.count) skipped" + (reasons.isEmpty ? "" : " (" + reasons.joined(separator: ", ") + ")")
    return
      "\(timeline.filesSeen) files, \(timeline.inputsSeen) inputs: \(timeline.documents.count) processed, \(skipped), "
      + "\(timeline.events.count) events, \(timeline.warningCount) warnings"
  }
}
