// A person's name reduced so that spellings of one name compare equal.
import LinimasaCore

/// A person's name as the consonants of each word ("Abdul Kharis Almasyahari" →
/// "bdl khrs lmsyhr"): news spell one Indonesian name with its vowels varying
/// ("Almasyhari", "Almasyahari"). Two keys name one person when the shorter, of two words
/// or more, begins the longer ("Abdul Kharis" and "Abdul Kharis Almasyhari").
public struct PersonNameKey: Sendable, Hashable {
  public let words: [String]

  public init(_ name: String) {
    words = name.lowercased().split { !$0.isLetter }.map { word in
      String(word.filter { !"aeiou".contains($0) })
    }.filter { !$0.isEmpty }
  }

  /// Whether the two keys name one person.
  public func matches(_ other: PersonNameKey) -> Bool {
    let (shorter, longer) = words.count <= other.words.count ? (words, other.words) : (other.words, words)
    return shorter.count >= 2 && Array(longer.prefix(shorter.count)) == shorter
  }
}
