// Photo captions recognised by their credit ("(FOTO: ANTARA/Rina)", "REUTERS/Ajeng").
import Foundation

/// A caption credit: a closing parenthesis whose group names a source and a person with
/// a slash ("(Tribunnews.com/Jeprima)", "(ANTARA FOTO/Galih Pradipta)"), or a trailing
/// "Foto:"/"Photo:" credit. Leading "Foto:" lines are furniture phrases in the lexicon.
enum CaptionLine {
  static func hasCredit(_ text: String) -> Bool {
    var trimmed = Substring(text)
    while let last = trimmed.last, last == "." || last == " " { trimmed.removeLast() }
    if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") {
      let group = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
      if let slash = group.firstIndex(of: "/"), group.count <= 80 {
        let before = group[..<slash].trimmingCharacters(in: .whitespaces)
        let after = group[group.index(after: slash)...].trimmingCharacters(in: .whitespaces)
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
