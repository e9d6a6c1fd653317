// Splits a byline value into people's names.
import Foundation
import LinimasaCore

/// Names in a byline value: "A dan B", "A and B", "A, B", "A & B"; editors' initials in
/// parentheses ("(ant)") and trailing outlet notes are dropped.
struct BylineNames: Sendable {
  /// The words that join two names (`byline-joiners.txt`: "dan", "and"), as written.
  let joiners: Set<String>

  init(lexicons: Lexicons) {
    joiners = Set(Language.supported.flatMap { lexicons[$0].words(.bylineJoiners) })
  }

  func split(_ value: String) -> [String] {
    var names: [String] = []
    var current = Substring(value.prefix { $0 != "(" })
    // Separators: "," ";" "/" "&" and the joining words ("dan", "and").
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
        if joiners.contains(String(word)) {
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
