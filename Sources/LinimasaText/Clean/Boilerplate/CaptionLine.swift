// Photo captions recognised by their credit ("(FOTO: ANTARA/Rina)", "REUTERS/Ajeng").
import Foundation
import LinimasaCore

/// A caption credit: a closing parenthesis whose group names a source and a person with
/// a slash ("(Tribunnews.com/Jeprima)", "(ANTARA FOTO/Galih Pradipta)"), or a trailing
/// "Foto:"/"Photo:" credit. Leading "Foto:" lines are furniture phrases in the lexicon.
enum CaptionLine {
  /// A cheap test on bytes: a closing parenthesis at the end whose group has a slash.
  static func mayHaveCredit(_ bytes: UnsafeBufferPointer<UInt8>, _ span: ByteSpan) -> Bool {
    var end = span.end
    while end > span.start && (bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: " ")) { end -= 1 }
    guard end > span.start, bytes[end - 1] == UInt8(ascii: ")") else { return false }
    var index = end - 2
    while index >= max(span.start, end - 90) && bytes[index] != UInt8(ascii: "(") {
      if bytes[index] == UInt8(ascii: "/") { return true }
      index -= 1
    }
    return false
  }

  static func hasCredit(_ text: String) -> Bool {
    var trimmed = Substring(text)
    while let last = trimmed.last, last == "." || last == " " { trimmed.removeLast() }
    if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") {
      let group = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
      if let slash = group.firstIndex(of: "/"), group.count <= 80 {
        let before = String(group[..<slash]).trimmingSpaces()
        let after = String(group[group.index(after: slash)...]).trimmingSpaces()
        let sourceLooksLikeCredit = before.uppercased() == before || before.lowercased().contains(".com")
          || before.lowercased().hasPrefix("foto") || before.lowercased().hasPrefix("photo")
        if !before.isEmpty, !after.isEmpty, sourceLooksLikeCredit, after.first?.isUppercase ?? false,
          !after.contains(where: \.isNumber)
        {
          return true
        }
      }
    }
    let lower = trimmed.lowercased()
    for marker in [" foto: ", " photo: ", "(foto: ", "(photo: ", " foto/", "(foto/"] where lower.contains(marker) {
      return true
    }
    return false
  }
}
