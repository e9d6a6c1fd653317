// Finds quotations inside a paragraph.
import Foundation
import LinimasaCore

/// Pairs quotation marks within one paragraph: straight double quotes alternate open and
/// close; curly “ opens and ” closes (a ” before a word, with nothing open, opens too). An opening mark without a closing one runs to the
/// end of the paragraph and never beyond, so one stray mark cannot swallow an article.
enum QuotationFinder {
  static func quotations(_ bytes: UnsafeBufferPointer<UInt8>, in span: ByteSpan) -> [Quotation] {
    var result: [Quotation] = []
    var open: (offset: Int, curly: Bool)?
    var index = span.start
    while index < span.end {
      index = nextMark(bytes, from: index, to: span.end)
      guard index < span.end else { break }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        if let opened = open, !opened.curly {
          result.append(Quotation(span: ByteSpan(opened.offset, index + 1), isClosed: true))
          open = nil
        } else if open == nil {
          open = (index, false)
        }
        index += 1
      } else if byte == 0xE2 && index + 2 < span.end && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9D) {
        if bytes[index + 2] == 0x9C {
          if open == nil { open = (index, true) }
        } else if open == nil, index + 3 < span.end, bytes[index + 3] != UInt8(ascii: " "),
          index == span.start || ASCII.isSpace(bytes[index - 1])
        {
          // Some outlets open a quotation with ” too: at the paragraph's start or after a
          // space, before a word.
          open = (index, true)
        } else if let opened = open, opened.curly {
          result.append(Quotation(span: ByteSpan(opened.offset, index + 3), isClosed: true))
          open = nil
        }
        index += 3
      } else {
        index += 1
      }
    }
    if let opened = open {
      result.append(Quotation(span: ByteSpan(opened.offset, span.end), isClosed: false))
    }
    return result
  }

  /// The first straight quote or 0xE2 lead byte (curly quotes start with it) at or after
  /// `start`, found with `memchr`; `end` when there is none.
  private static func nextMark(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
    guard let base = bytes.baseAddress, start < end else { return end }
    func find(_ byte: UInt8) -> Int {
      guard let found = memchr(base + start, Int32(byte), end - start) else { return end }
      return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
    return min(find(UInt8(ascii: "\"")), find(0xE2))
  }
}
