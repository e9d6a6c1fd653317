// Unlabelled credit lines: "Keyla Supharta | June 25, 2024, 12:39 AM".
import Foundation
import LinimasaCore

/// A line holding the author's name and the publication timestamp with no label,
/// separated by a bar or a bullet ("Keyla Supharta | June 25, 2024, 12:39 AM",
/// "Rina Wulandari • Senin, 4 Desember 2023 14:05 WIB").
struct CreditLine: Equatable {
  var authors: [String]
  var date: CivilDate

  private static let separators: Set<Character> = ["|", "•", "·"]
  private static let maximumNameWords = 4

  /// The credit in `line`, or nil unless one part is a timestamp and every other part a
  /// short run of capitalized names.
  static func parse(_ line: String, dates: DateGrammar) -> CreditLine? {
    let parts = line.split(whereSeparator: separators.contains).map { $0.trimmingCharacters(in: .whitespaces) }
    guard parts.count >= 2 else { return nil }
    var date: CivilDate?
    var authors: [String] = []
    for part in parts where !part.isEmpty {
      if date == nil, let stamp = dates.timestampDate(part) {
        date = stamp
      } else if isName(part) {
        authors.append(part)
      } else {
        return nil
      }
    }
    guard let date, !authors.isEmpty else { return nil }
    return CreditLine(authors: authors, date: date)
  }

  /// "Keyla Supharta", "M. Rizki Pratama": two to four capitalized words of letters.
  private static func isName(_ part: String) -> Bool {
    let words = part.split(separator: " ")
    guard (2...maximumNameWords).contains(words.count) else { return false }
    return words.allSatisfy { word in
      guard let first = word.first, first.isUppercase else { return false }
      return word.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’" }
    }
  }
}
