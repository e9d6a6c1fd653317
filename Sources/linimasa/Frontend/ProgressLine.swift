// A progress line on standard error for long runs in a terminal.
import Foundation

/// Rewrites one line on a terminal's standard error as files are done.
final class ProgressLine: @unchecked Sendable {
  /// Runs with fewer files finish too fast for a progress line to help.
  static let minimumFiles = 200
  private let lock = NSLock()
  private var lastPercent = -1
  private var shown = false

  /// A progress line when standard error is a terminal, else nil.
  static func forTerminal() -> ProgressLine? {
    Diagnostics.standardErrorIsTerminal ? ProgressLine() : nil
  }

  func update(_ done: Int, _ total: Int) {
    guard total >= Self.minimumFiles else { return }
    let percent = done * 100 / total
    lock.lock()
    defer { lock.unlock() }
    guard percent != lastPercent else { return }
    lastPercent = percent
    shown = true
    Diagnostics.write("\r\u{1B}[Klinimasa: \(done)/\(total) files (\(percent)%)")
  }

  func finish() {
    lock.lock()
    defer { lock.unlock() }
    if shown { Diagnostics.write("\r\u{1B}[K") }
  }
}
