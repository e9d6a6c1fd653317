// Recognises the dateline that opens a news article's first paragraph.
import Foundation
import LinimasaCore

/// A dateline: the place and the outlet named before the dash that opens the text.
public struct Dateline: Sendable, Equatable {
  /// "Jakarta" (capitalized as a name even when the dateline shouts it).
  public let place: String?
  /// The outlet as its display name, when the dateline names one.
  public let outlet: String?
  /// The dateline's own bytes, up to and including the dash.
  public let span: ByteSpan
}

/// Parses datelines by their shape rather than by a list of outlets: a short prefix of
/// capitalized words, optionally with a parenthesized or comma-separated outlet and a
/// date, ending in a dash ("-", "--", "–", "—") followed by the first sentence.
/// Examples: "Jakarta (ANTARA) -", "TRIBUNNEWS.COM, JAKARTA -", "JAKARTA, KOMPAS.com -",
/// "Jakarta, CNN Indonesia --", "JAKARTA, Nov 30 (Reuters) -", "Jakarta -".
public struct DatelineParser: Sendable {
  let outlets: OutletDirectory
  let months: Set<String>
  /// The prefix before the dash is at most this many bytes.
  static let maximumPrefixBytes = 64

  public init(lexicons: Lexicons) {
    outlets = OutletDirectory(outlets: lexicons.outlets)
    var months: Set<String> = []
    for language in Language.supported { months.formUnion(lexicons[language].months.keys) }
    self.months = months
  }

  /// The dateline opening `paragraph` (whose bytes start at `offset` in the raw text).
  public func parse(_ paragraph: String, offset: Int) -> Dateline? {
    parse(prefix: Array(paragraph.utf8.prefix(Self.maximumPrefixBytes + 8)), offset: offset)
  }

  /// The dateline opening the paragraph `bytes[span]`.
  public func parse(_ bytes: UnsafeBufferPointer<UInt8>, span: ByteSpan) -> Dateline? {
    let end = min(span.end, span.start + Self.maximumPrefixBytes + 8)
    return parse(prefix: Array(bytes[span.start..<end]), offset: span.start)
  }

  private func parse(prefix utf8: [UInt8], offset: Int) -> Dateline? {
    guard let (prefixEnd, dashEnd) = findDash(utf8) else { return nil }
    let prefix = String(decoding: utf8[0..<prefixEnd], as: UTF8.self).trimmingSpaces()
    guard !prefix.isEmpty else { return nil }
    // The text after the dash must start a sentence.
    var next = dashEnd
    while next < utf8.count && utf8[next] == 0x20 { next += 1 }
    guard next < utf8.count, ASCII.isUpper(utf8[next]) || utf8[next] == UInt8(ascii: "\"") || utf8[next] >= 0xC0 else {
      return nil
    }
    guard let (place, outlet) = components(of: prefix) else { return nil }
    return Dateline(place: place, outlet: outlet, span: ByteSpan(offset, offset + dashEnd))
  }

  /// The end of the prefix and of the dash after it: " - ", " -- ", " – ", " — ", "-- ".
  private func findDash(_ utf8: [UInt8]) -> (Int, Int)? {
    var index = 1
    while index < min(utf8.count, Self.maximumPrefixBytes) {
      let byte = utf8[index]
      var width = 0
      if byte == UInt8(ascii: "-") {
        width = index + 1 < utf8.count && utf8[index + 1] == UInt8(ascii: "-") ? 2 : 1
      } else if byte == 0xE2 && index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0x93 || utf8[index + 2] == 0x94) {
        width = 3
      }
      if width > 0 {
        let spaceBefore = utf8[index - 1] == 0x20 || utf8[index - 1] == UInt8(ascii: ")")
        let after = index + width
        if spaceBefore && after < utf8.count && utf8[after] == 0x20 { return (index, after) }
        // A hyphen inside a word ("Jawa-Bali") is not a dateline dash.
        index += width
        continue
      }
      // Sentence punctuation before any dash means this is already running text.
      if byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "\"") { return nil }
      index += 1
    }
    return nil
  }

  /// Place and outlet from the prefix, or nil when it is not dateline-shaped.
  private func components(of prefix: String) -> (String?, String?)? {
    var parenthesized: [String] = []
    var rest = ""
    var depth = 0
    var group = ""
    for character in prefix {
      if character == "(" {
        depth += 1
        group = ""
      } else if character == ")" && depth > 0 {
        depth -= 1
        parenthesized.append(group.trimmingSpaces())
        rest.append(",")
      } else if depth > 0 {
        group.append(character)
      } else {
        rest.append(character)
      }
    }
    guard depth == 0, parenthesized.count <= 1 else { return nil }
    let parts = rest.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    let nameParts = parts.filter { !isDatePart($0) }
    guard nameParts.count == parts.count || nameParts.count >= 1 else { return nil }
    guard nameParts.allSatisfy(isNameLike), (1...2).contains(nameParts.count) else { return nil }
    if let outletName = parenthesized.first {
      guard isNameLike(outletName) || outletName.contains("."), nameParts.count == 1 else { return nil }
      return (Self.placeName(nameParts[0]), outlets.outlet(forDatelineName: outletName))
    }
    if nameParts.count == 2 {
      let firstIsOutlet = nameParts[0].contains(".") && !nameParts[1].contains(".")
      let outletPart = firstIsOutlet ? nameParts[0] : nameParts[1]
      let placePart = firstIsOutlet ? nameParts[1] : nameParts[0]
      return (Self.placeName(placePart), outlets.outlet(forDatelineName: outletPart))
    }
    let only = nameParts[0]
    if only.contains(".") { return (nil, outlets.outlet(forDatelineName: only)) }
    // A bare place needs to be short: "Jakarta -", "BANDA ACEH -".
    guard only.split(separator: " ").count <= 3 else { return nil }
    return (Self.placeName(only), nil)
  }

  /// 1–4 words, each starting with a capital letter (dots allowed inside: "Kompas.com").
  private func isNameLike(_ part: String) -> Bool {
    let words = part.utf8.split(separator: UInt8(ascii: " "))
    guard (1...4).contains(words.count) else { return false }
    return words.allSatisfy { word in
      guard let first = word.first, ASCII.isUpper(first) || first >= 0xC0 else { return false }
      return word.allSatisfy { byte in
        ASCII.isLetter(byte) || byte >= 0x80 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "'")
          || byte == UInt8(ascii: "-")
      }
    }
  }

  private func isDatePart(_ part: String) -> Bool {
    guard part.utf8.contains(where: ASCII.isDigit) else { return false }
    return part.utf8.split(separator: UInt8(ascii: " ")).allSatisfy { word in
      if word.allSatisfy({ ASCII.isDigit($0) || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".") }) { return true }
      let letters = word.prefix { $0 != UInt8(ascii: ".") }.map(ASCII.lowercased)
      return months.contains(String(decoding: letters, as: UTF8.self))
    }
  }

  /// "JAKARTA" → "Jakarta", "BANDA ACEH" → "Banda Aceh"; mixed case is kept.
  static func placeName(_ text: String) -> String {
    guard text == text.uppercased() else { return text }
    return text.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
  }
}
