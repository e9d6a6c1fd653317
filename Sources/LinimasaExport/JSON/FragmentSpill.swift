// Rendered pieces of output kept on disk until the output is written.
import Foundation

/// An append-only store of rendered UTF-8 text: an unlinked temporary file (gone when the process
/// ends, however it ends), or memory. Appends may come from several threads.
final class FragmentSpill: @unchecked Sendable {
  /// Where a piece is.
  struct Piece: Sendable {
    let offset: Int
    let length: Int
  }

  private enum Storage {
    case memory([UInt8])
    case file(descriptor: Int32, folder: String)
  }

  private let lock = NSLock()
  private var storage: Storage
  private var end = 0
  /// The first write that failed; appends stop there and `read` reports it.
  private var failure: String?

  /// A spill in memory.
  init() {
    storage = .memory([])
  }

  /// A spill file in `folder`, removed from it at once (its space is freed on close or exit).
  init(folder: String) throws(FragmentSpillError) {
    var template = Array(((folder as NSString).appendingPathComponent(".linimasa-spill-XXXXXX")).utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw FragmentSpillError(
        description: "cannot make a temporary file in '\(folder)': \(String(cString: strerror(errno)))")
    }
    unlink(template)
    storage = .file(descriptor: descriptor, folder: folder)
  }

  deinit {
    if case .file(let descriptor, _) = storage { close(descriptor) }
  }

  /// Stores `text`; where it is.
  func append(_ text: [UInt8]) -> Piece {
    text.withUnsafeBufferPointer { bytes in
      lock.lock()
      defer { lock.unlock() }
      let piece = Piece(offset: end, length: bytes.count)
      guard failure == nil else { return piece }
      switch storage {
      case .memory(var buffer):
        storage = .memory([])
        buffer.append(contentsOf: bytes)
        storage = .memory(buffer)
      case .file(let descriptor, let folder):
        if let error = Self.writeAll(bytes, to: descriptor, at: end) {
          failure = "cannot write a temporary file in '\(folder)': \(error)"
        }
      }
      end += bytes.count
      return piece
    }
  }

  /// The text of `piece`.
  func read(_ piece: Piece) throws(FragmentSpillError) -> [UInt8] {
    lock.lock()
    defer { lock.unlock() }
    if let failure { throw FragmentSpillError(description: failure) }
    guard piece.length > 0 else { return [] }
    switch storage {
    case .memory(let buffer):
      return Array(buffer[piece.offset..<piece.offset + piece.length])
    case .file(let descriptor, let folder):
      var error: String?
      let text = [UInt8](unsafeUninitializedCapacity: piece.length) { buffer, initialized in
        while initialized < piece.length {
          let count = pread(
            descriptor, buffer.baseAddress! + initialized, piece.length - initialized,
            off_t(piece.offset + initialized))
          if count < 0 && errno == EINTR { continue }
          guard count > 0 else {
            error = count < 0 ? String(cString: strerror(errno)) : "the file ended early"
            return
          }
          initialized += count
        }
      }
      if let error { throw FragmentSpillError(description: "cannot read a temporary file in '\(folder)': \(error)") }
      return text
    }
  }

  private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32, at offset: Int) -> String? {
    var done = 0
    while done < bytes.count {
      let count = pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
      if count < 0 {
        if errno == EINTR { continue }
        return String(cString: strerror(errno))
      }
      done += count
    }
    return nil
  }
}

/// A spill file could not be made, written or read.
public struct FragmentSpillError: Error, CustomStringConvertible {
  public let description: String
}
