// Finds quotations inside a paragraph.
import Foundation
import LinimasaCore

/// Pairs quotation marks within one paragraph: straight double quotes alternate open and
/// close; curly “ opens and ” closes (a ” before a word, with nothing open, opens too); two
/// apostrophes `''` (typewriter quotes some archives keep) alternate like straight quotes.
/// A quotation opened with a straight quote may close with ” (outlets mix the two), past
/// any “…” pair nested in it; one opened with “ may close with a straight quote right after
/// a comma or a sentence's end (`“… nonsecure," Clinton wrote`). An opening mark without a closing one runs to the end of the
/// paragraph and never beyond, so one stray mark cannot swallow an article. A quotation the
/// paragraph before left open may go on in this one: then a first mark that closes
/// (straight after a word or a period, `pribadinya.”tulis Puan`) closes a quotation that
/// starts at the paragraph's start.
enum QuotationFinder {
  private enum Mark { case straight, opening, closing, apostrophes }
  private enum Kind { case straight, curly, apostrophes }

  static func quotations(
    _ bytes: UnsafeBufferPointer<UInt8>, in span: ByteSpan, continuing: Bool = false
  ) -> [Quotation] {
    var result: [Quotation] = []
    var open: (offset: Int, kind: Kind)?
    // Curly quotations opened inside a straight one and not yet closed.
    var nested = 0
    var index = nextMark(bytes, from: span.start, to: span.end)
    while index < span.end, mark(bytes, at: index, end: span.end) == nil {
      index = nextMark(bytes, from: index + 1, to: span.end)
    }
    if continuing, index < span.end, index > span.start, !ASCII.isSpace(bytes[index - 1]),
      let (mark, length) = mark(bytes, at: index, end: span.end), mark != .opening
    {
      result.append(Quotation(span: ByteSpan(span.start, index + length), isClosed: true))
      index += length
    }
    while index < span.end {
      index = nextMark(bytes, from: index, to: span.end)
      guard index < span.end else { break }
      guard let (mark, length) = mark(bytes, at: index, end: span.end) else {
        index += 1
        continue
      }
      switch mark {
      case .straight:
        if let opened = open, opened.kind == .straight {
          result.append(Quotation(span: ByteSpan(opened.offset, index + 1), isClosed: true))
          open = nil
        } else if open == nil {
          open = (index, .straight)
          nested = 0
        } else if let opened = open, opened.kind == .curly, index > span.start,
          [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!")].contains(bytes[index - 1]),
          index + 1 == span.end || ASCII.isSpace(bytes[index + 1])
        {
          // “… nonsecure," Clinton wrote: a straight mark after the closing punctuation
          // closes a curly quotation too.
          result.append(Quotation(span: ByteSpan(opened.offset, index + 1), isClosed: true))
          open = nil
        }
      case .apostrophes:
        // `'''` closes an inner quotation and the outer one ("exploit it,''' he said") or
        // opens both ("say, '''Sir, ..."): it closes after a word, else it opens.
        let closes = index > span.start && !ASCII.isSpace(bytes[index - 1])
        if let opened = open, opened.kind == .apostrophes, closes {
          result.append(Quotation(span: ByteSpan(opened.offset, index + length), isClosed: true))
          open = nil
        } else if open == nil, length == 2 || !closes {
          open = (index, .apostrophes)
        }
      case .opening:
        if open == nil {
          open = (index, .curly)
        } else if open?.kind == .straight {
          nested += 1
        } else if let opened = open, opened.kind == .curly, index > span.start,
          [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!")].contains(bytes[index - 1]),
          index + 3 == span.end || ASCII.isSpace(bytes[index + 3])
        {
          // “It's unusual,“ said …: a “ right after the closing punctuation closes.
          result.append(Quotation(span: ByteSpan(opened.offset, index + 3), isClosed: true))
          open = nil
        }
      case .closing:
        if open == nil, index + 3 < span.end, bytes[index + 3] != UInt8(ascii: " "),
          index == span.start || ASCII.isSpace(bytes[index - 1])
        {
          // Some outlets open a quotation with ” too: at the paragraph's start or after a
          // space, before a word.
          open = (index, .curly)
        } else if let opened = open, opened.kind != .apostrophes {
          if opened.kind == .straight && nested > 0 {
            nested -= 1
          } else {
            result.append(Quotation(span: ByteSpan(opened.offset, index + 3), isClosed: true))
            open = nil
          }
        }
      }
      index += length
    }
    if let opened = open {
      result.append(Quotation(span: ByteSpan(opened.offset, span.end), isClosed: false))
    }
    return result
  }

  /// The quotation mark at `index` and its length in bytes: a straight quote, a curly “ or
  /// ” (E2 80 9C / 9D), or a run of two or three apostrophes; nil for another character.
  private static func mark(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (Mark, Int)? {
    if bytes[index] == UInt8(ascii: "\"") { return (.straight, 1) }
    if bytes[index] == UInt8(ascii: "'") {
      var run = 1
      while index + run < end, bytes[index + run] == UInt8(ascii: "'") { run += 1 }
      return (2...3).contains(run) ? (.apostrophes, run) : nil
    }
    guard bytes[index] == 0xE2, index + 2 < end, bytes[index + 1] == 0x80 else { return nil }
    switch bytes[index + 2] {
    case 0x9C: return (.opening, 3)
    case 0x9D: return (.closing, 3)
    default: return nil
    }
  }

  /// The first straight quote, apostrophe or 0xE2 lead byte (curly quotes start with it) at
  /// or after `start`, found with `memchr`; `end` when there is none.
  private static func nextMark(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
    guard let base = bytes.baseAddress, start < end else { return end }
    func find(_ byte: UInt8) -> Int {
      guard let found = memchr(base + start, Int32(byte), end - start) else { return end }
      return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
    return min(find(UInt8(ascii: "\"")), find(0xE2), find(UInt8(ascii: "'")))
  }
}
