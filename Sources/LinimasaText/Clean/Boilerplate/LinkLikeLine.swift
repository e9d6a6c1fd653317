// Lines that are mostly a URL or an e-mail address.

/// A line counts as a link when URLs or e-mail addresses make up most of its bytes, when
/// it has at most three words besides them ("Sumber: https://..."), or when it is a
/// Markdown image alone ("![caption](https://...)").
enum LinkLikeLine {

  static func matches(_ text: String, wordCount: Int) -> Bool {
    if text.hasPrefix("!["), text.hasSuffix(")"), text.contains("](") { return true }
    let pieces = text.split(separator: " ")
    var linkBytes = 0, linkPieces = 0
    for piece in pieces where isLink(piece) {
      linkBytes += piece.utf8.count
      linkPieces += 1
    }
    guard linkPieces > 0 else { return false }
    return linkBytes * 2 >= text.utf8.count || pieces.count - linkPieces <= 3
  }

  static func isLink(_ piece: Substring) -> Bool {
    let lower = piece.lowercased()
    if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") { return true }
    if let at = lower.firstIndex(of: "@"), at != lower.startIndex, lower[at...].contains(".") { return true }
    return false
  }
}
