// Messages on standard error.
import Foundation
import LinimasaCore

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
struct CommandFailure: Error, CustomStringConvertible {
  let description: String
}
