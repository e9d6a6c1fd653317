// Cuts an article body into paragraphs, with spans into the raw text.
import LinimasaCore

/// Splits text into paragraphs. Scraped news puts one paragraph per line; text wrapped at
/// a fixed width (e-mail, some archives) puts one paragraph per blank-line separated
/// block instead, which is recognised from its line lengths and line endings.
/// CRLF and lone CR line ends are handled; spans exclude surrounding white space.
public enum ParagraphSplitter {
  public static func split(_ bytes: UnsafeBufferPointer<UInt8>, body: Range<Int>) -> [ByteSpan] {
    let lines = lineSpans(bytes, body: body)
    guard looksHardWrapped(bytes, lines) else { return lines.compactMap { $0 } }
    var paragraphs: [ByteSpan] = []
    var blockStart: Int?
    var blockEnd = 0
    for line in lines {
      guard let line else {
        if let start = blockStart { paragraphs.append(ByteSpan(start, blockEnd)) }
        blockStart = nil
        continue
      }
      if blockStart == nil { blockStart = line.start }
      blockEnd = line.end
    }
    if let start = blockStart { paragraphs.append(ByteSpan(start, blockEnd)) }
    return paragraphs
  }

  /// Each line's trimmed span, or nil for a blank line.
  static func lineSpans(_ bytes: UnsafeBufferPointer<UInt8>, body: Range<Int>) -> [ByteSpan?] {
    var lines: [ByteSpan?] = []
    var start = body.lowerBound
    var index = body.lowerBound
    func finish(_ end: Int) {
      var lower = start, upper = end
      while lower < upper && isBlank(bytes, lower, upper) { lower += blankWidth(bytes, lower) }
      while upper > lower && isTrailingBlank(bytes, lower, upper) { upper -= trailingBlankWidth(bytes, upper) }
      lines.append(lower < upper ? ByteSpan(lower, upper) : nil)
    }
    while index < body.upperBound {
      let byte = bytes[index]
      if byte == 0x0A || byte == 0x0D {
        finish(index)
        if byte == 0x0D && index + 1 < body.upperBound && bytes[index + 1] == 0x0A { index += 1 }
        start = index + 1
      }
      index += 1
    }
    if start < body.upperBound { finish(body.upperBound) }
    return lines
  }

  /// Hard wrapping: most lines that continue a block are 40–100 bytes long and end
  /// mid-sentence, and there are enough of them to judge.
  static func looksHardWrapped(_ bytes: UnsafeBufferPointer<UInt8>, _ lines: [ByteSpan?]) -> Bool {
    var continued = 0, wrappedLike = 0
    for index in lines.indices.dropLast() {
      guard let line = lines[index], lines[index + 1] != nil else { continue }
      continued += 1
      let last = bytes[line.end - 1]
      let endsSentence = last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
        || last == UInt8(ascii: "\"") || last == UInt8(ascii: ":")
      if (40...100).contains(line.count) && !endsSentence { wrappedLike += 1 }
    }
    return continued >= 6 && wrappedLike * 10 >= continued * 7
  }

  // White space at either end of a line: ASCII blanks and U+00A0 no-break space.
  private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
    blankWidth(bytes, index) > 0 && index + blankWidth(bytes, index) <= end
  }

  private static func blankWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
    if ASCII.isSpace(bytes[index]) { return 1 }
    if bytes[index] == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0 { return 2 }
    if bytes[index] == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF { return 3 }
    return 0
  }

  private static func isTrailingBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    trailingBlankWidth(bytes, end) > 0 && end - trailingBlankWidth(bytes, end) >= start
  }

  private static func trailingBlankWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int {
    if ASCII.isSpace(bytes[end - 1]) { return 1 }
    if end >= 2 && bytes[end - 2] == 0xC2 && bytes[end - 1] == 0xA0 { return 2 }
    return 0
  }
}
