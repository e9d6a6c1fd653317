// Splits a byline value into people's names.
import Foundation

/// Names in a byline value: "A dan B", "A and B", "A, B", "A & B"; editors' initials in
/// parentheses ("(ant)") and trailing outlet notes are dropped.
enum BylineNames {
  static func split(_ value: String) -> [String] {
    var names: [String] = []
    var current = Substring(value.prefix { $0 != "(" })
    // Separators: "," ";" "/" "&" and the words "dan" / "and".
    var pieces: [Substring] = []
    var start = current.startIndex
    var index = current.startIndex
    while index < current.endIndex {
      let character = current[index]
      if character == "," || character == ";" || character == "/" || character == "&" {
        pieces.append(current[start..<index])
        start = current.index(after: index)
      }
      index = current.index(after: index)
    }
    pieces.append(current[start..<current.endIndex])
    for piece in pieces {
      var words: [Substring] = []
      for word in piece.split(separator: " ") {
        if word == "dan" || word == "and" {
          if !words.isEmpty { names.append(words.joined(separator: " ")) }
          words = []
        } else {
          words.append(word)
        }
      }
      if !words.isEmpty { names.append(words.joined(separator: " ")) }
    }
    current = ""
    return names.filter { name in name.count <= 60 && name.contains(where: \.isLetter) }
  }
}
