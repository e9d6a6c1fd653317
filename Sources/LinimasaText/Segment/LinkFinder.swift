// URLs and e-mail addresses, which word segmentation must keep whole.
import LinimasaCore

/// Finds URLs ("https://…", "www.…") and e-mail addresses in a span. A link runs to the
/// next white space, without trailing punctuation or closing brackets and quotes.
enum LinkFinder {
  static func links(_ bytes: UnsafeBufferPointer<UInt8>, in span: ByteSpan) -> [ByteSpan] {
    var result: [ByteSpan] = []
    var index = span.start
    while index < span.end {
      guard index == span.start || ASCII.isSpace(bytes[index - 1]) || bytes[index - 1] == UInt8(ascii: "(")
        || bytes[index - 1] == UInt8(ascii: "\"")
      else {
        index += 1
        continue
      }
      var end = index
      while end < span.end && !ASCII.isSpace(bytes[end]) { end += 1 }
      if isLink(bytes, index..<end) {
        while end > index, let last = Optional(bytes[end - 1]),
          [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: ")"),
           UInt8(ascii: "\""), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(last)
        {
          end -= 1
        }
        result.append(ByteSpan(index, end))
      }
      index = max(end, index + 1)
    }
    return result
  }

  private static func isLink(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard range.count >= 6 else { return false }
    func starts(_ literal: StaticString) -> Bool {
      let count = literal.utf8CodeUnitCount
      guard range.count > count else { return false }
      return literal.withUTF8Buffer { expected in
        (0..<count).allSatisfy { ASCII.lowercased(bytes[range.lowerBound + $0]) == expected[$0] }
      }
    }
    if starts("http://") || starts("https://") || starts("www.") { return true }
    // user@host.tld
    guard let at = range.first(where: { bytes[$0] == UInt8(ascii: "@") }), at > range.lowerBound else { return false }
    return (at + 1..<range.upperBound).contains { bytes[$0] == UInt8(ascii: ".") }
      && ASCII.isWordByte(bytes[range.upperBound - 1])
  }
}
