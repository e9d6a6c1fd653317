// Writes output files so that readers see the old file or the new one, never a mix.
import Foundation

/// Writes to a temporary file beside the target, flushes it to disk and renames it over
/// the target. An interrupted run leaves the previous output untouched; the temporary
/// file is removed when SIGINT or SIGTERM arrives.
enum AtomicFile {
  /// Fails early, before any work, when `path`'s folder is missing or not writable.
  static func checkWritable(_ path: String) throws {
    if path.hasSuffix("/") {
      throw CommandFailure(
        description: "'\(path)' names a folder: give a file name, or --format all to write every format into a folder")
    }
    let folder = (path as NSString).deletingLastPathComponent
    let directory = folder.isEmpty ? "." : folder
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw CommandFailure(description: "cannot write '\(path)': folder '\(directory)' does not exist")
    }
    // A file made and removed: permissions alone do not tell (root, read-only mounts, ACLs).
    let probe = directory + "/.linimasa-probe-\(getpid())"
    let descriptor = open(probe, O_WRONLY | O_CREAT | O_EXCL, 0o600)
    guard descriptor >= 0 else {
      throw CommandFailure(
        description:
          "cannot write '\(path)': folder '\(directory)' is not writable (\(String(cString: strerror(errno))))")
    }
    close(descriptor)
    unlink(probe)
  }

  static func write(_ text: String, to path: String) throws {
    try write(to: path) { emit in try emit(Array(text.utf8)) }
  }

  /// Writes what `body` hands its `emit` function, piece by piece, then renames.
  static func write(to path: String, _ body: (_ emit: @escaping ([UInt8]) throws -> Void) throws -> Void) throws {
    let folder = (path as NSString).deletingLastPathComponent
    let temporary = (folder.isEmpty ? "" : folder + "/") + ".\((path as NSString).lastPathComponent).tmp-\(getpid())"
    InterruptCleanup.shared.register(temporary)
    defer { InterruptCleanup.shared.unregister(temporary) }
    let existed = FileManager.default.fileExists(atPath: path)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else {
      throw CommandFailure(description: "cannot write '\(path)': \(String(cString: strerror(errno)))")
    }
    var failure: String?
    do {
      try body { text in
        if let error = text.withUnsafeBufferPointer({ Self.writeAll($0, to: descriptor) }) {
          throw CommandFailure(description: error)
        }
      }
    } catch {
      failure = "\(error)"
    }
    if failure == nil && fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
    close(descriptor)
    if failure == nil && rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
    if let failure {
      unlink(temporary)
      throw CommandFailure(
        description: "cannot write '\(path)': \(failure)" + (existed ? "; the previous file is unchanged" : ""))
    }
  }
}

extension AtomicFile {
  /// Writes every byte to `descriptor`, retrying interrupted writes; the error, if any.
  static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> String? {
    var written = 0
    while written < bytes.count {
      let count = Foundation.write(descriptor, bytes.baseAddress.map { $0 + written }, bytes.count - written)
      if count < 0 {
        if errno == EINTR { continue }
        return String(cString: strerror(errno))
      }
      written += count
    }
    return nil
  }
}

/// Removes registered temporary files when the process is interrupted, then exits with
/// 128 + the signal number, as shells expect. Takes over SIGINT and SIGTERM when first
/// used: call `activate` before a run's work starts.
final class InterruptCleanup: @unchecked Sendable {
  static let shared = InterruptCleanup()

  /// Takes over SIGINT and SIGTERM now, and lets a write past the file size limit fail
  /// with an error (EFBIG) instead of killing the process (SIGXFSZ).
  static func activate() {
    _ = shared
    signal(SIGXFSZ, SIG_IGN)
  }

  private let lock = NSLock()
  private var paths: Set<String> = []
  private var sources: [DispatchSourceSignal] = []

  private init() {
    for signalNumber in [SIGINT, SIGTERM] {
      signal(signalNumber, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
      source.setEventHandler { [weak self] in self?.interrupted(signalNumber) }
      source.resume()
      sources.append(source)
    }
  }

  func register(_ path: String) {
    lock.lock()
    paths.insert(path)
    lock.unlock()
  }

  func unregister(_ path: String) {
    lock.lock()
    paths.remove(path)
    lock.unlock()
  }

  private func interrupted(_ signalNumber: Int32) {
    lock.lock()
    for path in paths { unlink(path) }
    lock.unlock()
    Diagnostics.error("interrupted (signal \(signalNumber)); no partly written output was left behind")
    exit(128 + signalNumber)
  }
}
