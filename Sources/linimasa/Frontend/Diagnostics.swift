// Messages on standard error.
import Foundation

/// Writes diagnostics to standard error, prefixed with the program name.
enum Diagnostics {
  static func error(_ message: String) { write("linimasa: error: \(message)\n") }
  static func warning(_ message: String) { write("linimasa: warning: \(message)\n") }
  static func note(_ message: String) { write("linimasa: \(message)\n") }

  static func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

/// A failure the command reports with a message and exit status 2.
struct CommandFailure: Error, CustomStringConvertible {
  let description: String
}
