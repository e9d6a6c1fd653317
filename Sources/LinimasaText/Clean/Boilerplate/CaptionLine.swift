// Photo captions recognised by their credit ("(FOTO: ANTARA/Rina)", "REUTERS/Ajeng").
import LinimasaCore

/// A caption credit: a closing parenthesis whose group names a source and a person with
/// a slash ("(Tribunnews.com/Jeprima)", "(ANTARA FOTO/Galih Pradipta)", "(Reuters/Ajeng
/// Dinar Ulfiana)"), or a trailing
/// "Foto:"/"Photo:" credit. Leading "Foto:" lines are furniture phrases in the lexicon.
enum CaptionLine {
  static func hasCredit(_ bytes: UnsafeBufferPointer<UInt8>, _ span: ByteSpan, mentionsPhoto: Bool) -> Bool {
    var end = span.end
    while end > span.start && (bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: " ")) { end -= 1 }
    if end - span.start >= 5 && bytes[end - 1] == UInt8(ascii: ")"), creditGroup(bytes, span.start..<(end - 1)) {
      return true
    }
    guard mentionsPhoto else { return false }
    let range = span.range
    for marker in [" foto: ", " photo: ", "(foto: ", "(photo: ", " foto/", "(foto/"] as [StaticString] {
      if ByteSearch.contains(bytes, range, marker) { return true }
    }
    return ByteSearch.firstIndex(bytes, range, "foto:") == span.start || ByteSearch.firstIndex(bytes, range, "photo:") == span.start
  }

  /// Whether the parenthesized group ending at `inner.upperBound` is "SOURCE/Name": the
  /// source in capitals, a domain or "Foto"/"Photo", the name capitalized and digit-free.
  private static func creditGroup(_ bytes: UnsafeBufferPointer<UInt8>, _ inner: Range<Int>) -> Bool {
    var open = inner.upperBound - 1
    while open >= inner.lowerBound && inner.upperBound - open <= 80 && bytes[open] != UInt8(ascii: "(") { open -= 1 }
    guard open >= inner.lowerBound, bytes[open] == UInt8(ascii: "(") else { return false }
    let group = (open + 1)..<inner.upperBound
    guard let slash = group.first(where: { bytes[$0] == UInt8(ascii: "/") }) else { return false }
    let before = trimmed(bytes, group.lowerBound..<slash)
    let after = trimmed(bytes, (slash + 1)..<group.upperBound)
    guard !before.isEmpty, !after.isEmpty, ASCII.isUpper(bytes[after.lowerBound]),
      !after.contains(where: { ASCII.isDigit(bytes[$0]) })
    else { return false }
    let allCaps = !before.contains { ASCII.isLower(bytes[$0]) } && before.contains { ASCII.isUpper(bytes[$0]) }
    return allCaps || ByteSearch.contains(bytes, before, ".com") || ByteSearch.firstIndex(bytes, before, "foto") == before.lowerBound
      || ByteSearch.firstIndex(bytes, before, "photo") == before.lowerBound
      || (isOutletName(bytes, before) && isShortName(bytes, after) && standsAfterASentence(bytes, open, inner))
  }

  /// Whether the group opening at `open` follows a full stop (or opens the line): "…in
  /// Jakarta. (Reuters/Ajeng)", not "…on the budget (Jakarta/Bandung)".
  private static func standsAfterASentence(_ bytes: UnsafeBufferPointer<UInt8>, _ open: Int, _ inner: Range<Int>) -> Bool {
    var before = open
    while before > inner.lowerBound && bytes[before - 1] == 0x20 { before -= 1 }
    return before == inner.lowerBound || bytes[before - 1] == UInt8(ascii: ".")
  }

  /// "Reuters", "Pawarta Jateng": one to three capitalized words of letters.
  private static func isOutletName(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    let words = bytes[range].split(separator: 0x20)
    return (1...3).contains(words.count)
      && words.allSatisfy { word in ASCII.isUpper(word.first ?? 0) && word.allSatisfy(ASCII.isLetter) }
  }

  /// "Ajeng Dinar Ulfiana": one to four capitalized words of letters.
  private static func isShortName(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    let words = bytes[range].split(separator: 0x20)
    return (1...4).contains(words.count)
      && words.allSatisfy { word in ASCII.isUpper(word.first ?? 0) && word.allSatisfy { ASCII.isLetter($0) || $0 == UInt8(ascii: ".") } }
  }

  private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound, upper = range.upperBound
    while lower < upper && bytes[lower] == 0x20 { lower += 1 }
    while upper > lower && bytes[upper - 1] == 0x20 { upper -= 1 }
    return lower..<upper
  }
}
