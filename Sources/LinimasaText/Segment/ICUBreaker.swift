// The only Swift code that talks to the ICU shim.
internal import CLinimasaICU
import LinimasaCore

/// ICU could not open or run a break iterator.
public struct SegmentationError: Error, Sendable, CustomStringConvertible {
  public let code: Int32
  public let operation: String
  public var description: String { "ICU \(operation) failed: \(String(cString: lnm_icu_error_name(code)))" }
}

/// One ICU break iterator (sentence or word) with reusable buffers. Not thread-safe:
/// each worker owns its own.
public final class ICUBreaker {
  public enum Kind { case sentence, word }

  private let handle: OpaquePointer
  private var offsets: [Int32] = Array(repeating: 0, count: 256)
  private var statuses: [Int32] = Array(repeating: 0, count: 256)
  private let kind: Kind

  /// Opens an ICU break iterator of `kind` for `locale` ("" is ICU's root locale).
  public init(_ kind: Kind, locale: String = "") throws(SegmentationError) {
    var error: Int32 = 0
    let opened = lnm_breaker_open(kind == .sentence ? Int32(LNM_BREAK_SENTENCE) : Int32(LNM_BREAK_WORD), locale, &error)
    guard let opened else { throw SegmentationError(code: error, operation: "ubrk_open") }
    handle = opened
    self.kind = kind
  }

  deinit { lnm_breaker_close(handle) }

  /// Calls `body` with each boundary after the start of `bytes[range]` (an absolute byte
  /// offset) and its rule status for word breakers (0 for sentence breakers), in order.
  /// - Complexity: O(n) in the range's length.
  public func forEachBoundary(
    _ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, _ body: (Int, Int32) -> Void
  ) throws(SegmentationError) {
    guard !range.isEmpty, let base = bytes.baseAddress else { return }
    guard range.count < Int(Int32.max) else { throw SegmentationError(code: 1, operation: "text over 2 GiB") }
    while true {
      var error: Int32 = 0
      let capacity = Int32(offsets.count)
      let count = offsets.withUnsafeMutableBufferPointer { offsetBuffer in
        statuses.withUnsafeMutableBufferPointer { statusBuffer in
          lnm_breaker_boundaries(
            handle, base + range.lowerBound, Int32(range.count), offsetBuffer.baseAddress,
            kind == .word ? statusBuffer.baseAddress : nil, capacity, &error)
        }
      }
      if count < 0 { throw SegmentationError(code: error, operation: "ubrk_next") }
      if count > capacity {
        offsets = Array(repeating: 0, count: Int(count))
        statuses = Array(repeating: 0, count: Int(count))
        continue
      }
      let isWord = kind == .word
      offsets.withUnsafeBufferPointer { offsetBuffer in
        statuses.withUnsafeBufferPointer { statusBuffer in
          for index in 0..<Int(count) {
            body(range.lowerBound + Int(offsetBuffer[index]), isWord ? statusBuffer[index] : 0)
          }
        }
      }
      return
    }
  }
}
