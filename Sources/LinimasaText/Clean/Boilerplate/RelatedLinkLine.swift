// "Label: Headline Of Another Story" lines between paragraphs.

/// A short label and colon, then a headline: mostly capitalized words and no closing
/// period. Catches related-article links whose label the lexicon does not list.
enum RelatedLinkLine {
  static func matches(_ text: String) -> Bool {
    guard let colon = text.firstIndex(of: ":") else { return false }
    let label = text[..<colon].split(separator: " ")
    let headline = text[text.index(after: colon)...].split(separator: " ")
    guard (1...3).contains(label.count), label.allSatisfy({ $0.first?.isUppercase ?? false }),
      headline.count >= 3, headline.count <= 25
    else { return false }
    guard let last = headline.last?.last, !".!?\"”".contains(last) else { return false }
    let capitalized = headline.filter { word in word.first.map { $0.isUppercase || $0.isNumber } ?? false }
    return capitalized.count * 2 >= headline.count
  }
}
