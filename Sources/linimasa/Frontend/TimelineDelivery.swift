// How the commands that make a timeline end: written, accounted for, an exit status.
import ArgumentParser
import Foundation
import LinimasaExport
import LinimasaTimeline
import LinimasaTimeline

/// The end `extract` and `merge` share: the timeline made with the JSON writer watching
/// its documents (when JSON is written), its events filtered, written in the chosen
/// format (or all of them), each skipped input named and the run's account printed last
/// on standard error (unless `--quiet`), and the exit status: 0, 1 when inputs were
/// skipped, 2 when nothing usable was found (then nothing is written) or something failed.
struct TimelineDelivery {
  let output: OutputOptions
  let format: TimelineFormat
  let events: EventOptions
  /// Threads for writing the JSON.
  let threads: Int

  /// Why `format` and `output` cannot go together, if they cannot.
  static func validate(format: TimelineFormat, output: OutputOptions) throws {
    if format == .all && output.path == "-" {
      throw ValidationError("--format all writes several files: give a folder with -o")
    }
  }

  /// Runs `make` (given the run's options: the JSON writer as observer, whether records
  /// keep their details) and delivers its timeline.
  func deliver(_ make: (_ observer: TimelineJSONWriter?, _ keepsDetails: Bool) throws -> Timeline) throws {
    InterruptCleanup.activate()
    Diagnostics.quiet = output.quiet
    // The run's account comes last, once its inputs were read, whether or not it failed after.
    var account: Timeline?
    defer { account.map { Diagnostics.note(RunAccount.line($0)) } }
    try Diagnostics.reportingFailures {
      if format == .all { try output.prepareFolder() } else { try output.checkWritable() }
      let writesJSON = format == .json || format == .all
      // Without JSON output nothing is spilled: no temporary file.
      let json = try TimelineJSONWriter(spillFolder: writesJSON ? output.spillFolder(all: format == .all) : nil)
      let timeline = try make(writesJSON ? json : nil, format != .json)
      for skip in timeline.skipped { Diagnostics.skipped(skip) }
      account = timeline
      // Nothing usable: no output (a previous one stays as it was); the skips are named above.
      if timeline.documents.isEmpty {
        throw CommandFailure(description: "no usable article among \(timeline.inputsSeen) input(s)")
      }
      let shown = try events.apply(to: timeline)
      account = shown
      if format == .all {
        for single in TimelineFormat.allCases where single != .all {
          try AtomicFile.write(to: (output.path as NSString).appendingPathComponent(single.fileName)) { emit in
            try single.write(shown, json: json, threads: threads, to: emit)
          }
        }
      } else {
        try output.write { emit in try format.write(shown, json: json, threads: threads, to: emit) }
      }
      if !timeline.skipped.isEmpty { throw ExitCode(1) }
    }
  }
}
