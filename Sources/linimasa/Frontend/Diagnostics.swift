// Messages on standard error.
import ArgumentParser
import Foundation
import LinimasaCore
import LinimasaEval
import LinimasaExport
import LinimasaRun
import LinimasaStore
import LinimasaText

/// Writes diagnostics to standard error, prefixed with the program name.
enum Diagnostics {
  /// Set by `--quiet`: notes (skipped inputs, the run's account) are not written; errors
  /// and warnings still are.
  nonisolated(unsafe) static var quiet = false

  static func error(_ message: String) { write("linimasa: error: \(message)\n") }
  static func warning(_ message: String) { write("linimasa: warning: \(message)\n") }
  static func note(_ message: String) {
    if !quiet { write("linimasa: \(message)\n") }
  }

  /// Names a skipped input with its reason, as `path: reason`.
  static func skipped(_ input: SkippedInput) { note("\(input.path): \(input.reason.message)") }

  static func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

/// A failure the command reports with a message and exit status 2.
struct CommandFailure: ReportedFailure {
  let description: String
}

/// An error a command reports as it is, "linimasa: error: <description>", with exit
/// status 2: the run could not go on (bad options, unreadable lexicons or partials, a
/// store of another producer, ICU failing).
protocol ReportedFailure: Error, CustomStringConvertible {}

extension PartialError: ReportedFailure {}
extension StoreError: ReportedFailure {}
extension SegmentationError: ReportedFailure {}
extension GoldArticle.Failure: ReportedFailure {}
extension EvalFloors.Failure: ReportedFailure {}
extension FragmentSpillError: ReportedFailure {}

extension Diagnostics {
  /// `body`'s value; a `ReportedFailure` it throws is written as an error and becomes
  /// exit status 2.
  static func reportingFailures<Value>(_ body: () throws -> Value) throws -> Value {
    do {
      return try body()
    } catch let failure as any ReportedFailure {
      error(failure.description)
      throw ExitCode(2)
    }
  }
}
