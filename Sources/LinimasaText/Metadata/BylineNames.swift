// Splits a byline value into people's names.
import Foundation

/// Names in a byline value: "A dan B", "A and B", "A, B", "A & B"; editors' initials in
/// parentheses ("(ant)") and trailing outlet notes are dropped.
enum BylineNames {
  static func split(_ value: String) -> [String] {
    var text = value
    if let parenthesis = text.firstIndex(of: "(") { text = String(text[..<parenthesis]) }
    for separator in [" dan ", " and ", " & ", ";", "/"] {
      text = text.replacingOccurrences(of: separator, with: ",")
    }
    return text.split(separator: ",").map { String($0).trimmingSpaces() }.filter { name in
      !name.isEmpty && name.count <= 60 && name.contains(where: \.isLetter)
    }
  }
}
