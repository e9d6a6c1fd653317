// The only Swift code that talks to the ICU shim.
internal import CLinimasaICU
import LinimasaCore

/// ICU could not open or run a break iterator.
public struct SegmentationError: Error, Sendable, CustomStringConvertible {
  public let code: Int32
  public let operation: String
  public var description: String { "ICU \(operation) failed: \(String(cString: lnm_icu_error_name(code)))" }
}

/// ICU's sentence and word iterators over one shared text, with reusable buffers. Not
/// thread-safe: each worker owns its own.
public final class ICUBreaker {
  private let handle: OpaquePointer
  private var offsets: [Int32] = Array(repeating: 0, count: 256)
  private var statuses: [Int32] = Array(repeating: 0, count: 256)
  /// Where the current text lies in the caller's buffer.
  private var textRange = 0..<0

  /// Opens ICU's iterators for `locale` ("" is ICU's root locale).
  public init(locale: String = "") throws(SegmentationError) {
    var error: Int32 = 0
    guard let opened = lnm_segmenter_open(locale, &error) else {
      throw SegmentationError(code: error, operation: "ubrk_open")
    }
    handle = opened
  }

  deinit { lnm_segmenter_close(handle) }

  /// Makes `bytes[span]` the text both iterators read (line breaks count as spaces).
  /// `bytes` must stay alive while boundaries of this text are asked for.
  /// - Complexity: O(n) in the span's length.
  public func setText(_ bytes: UnsafeBufferPointer<UInt8>, span: ByteSpan) throws(SegmentationError) {
    guard let base = bytes.baseAddress, !span.isEmpty else {
      textRange = 0..<0
      return
    }
    guard span.end < Int(Int32.max) else { throw SegmentationError(code: 1, operation: "text over 2 GiB") }
    var error: Int32 = 0
    var start = Int32(span.start), end = Int32(span.end)
    if lnm_segmenter_set_text(handle, base, &start, &end, 1, &error) != 0 {
      throw SegmentationError(code: error, operation: "ubrk_setText")
    }
    textRange = span.range
  }

  /// Calls `body` with each sentence boundary inside `span` of the current text (absolute
  /// byte offsets; the last is `span.end`).
  public func forEachSentenceBoundary(in span: ByteSpan, _ body: (Int) -> Void) {
    run(span, words: false) { offset, _ in body(offset) }
  }

  /// Calls `body` with each word boundary inside `span` of the current text (absolute byte
  /// offsets) and ICU's rule status of the segment ending there (0–99: no letters or digits).
  public func forEachWordBoundary(in span: ByteSpan, _ body: (Int, Int32) -> Void) {
    run(span, words: true, body)
  }

  private func run(_ span: ByteSpan, words: Bool, _ body: (Int, Int32) -> Void) {
    guard textRange.lowerBound <= span.start, span.end <= textRange.upperBound, span.start < span.end else { return }
    let start = Int32(span.start), end = Int32(span.end)
    while true {
      let capacity = Int32(offsets.count)
      let count = offsets.withUnsafeMutableBufferPointer { offsetBuffer in
        statuses.withUnsafeMutableBufferPointer { statusBuffer in
          words
            ? lnm_segmenter_words(handle, start, end, offsetBuffer.baseAddress, statusBuffer.baseAddress, capacity)
            : lnm_segmenter_sentences(handle, start, end, offsetBuffer.baseAddress, capacity)
        }
      }
      if count > capacity {
        offsets = Array(repeating: 0, count: Int(count))
        statuses = Array(repeating: 0, count: Int(count))
        continue
      }
      offsets.withUnsafeBufferPointer { offsetBuffer in
        statuses.withUnsafeBufferPointer { statusBuffer in
          for index in 0..<Int(count) {
            body(Int(offsetBuffer[index]), words ? statusBuffer[index] : 0)
          }
        }
      }
      return
    }
  }
}
