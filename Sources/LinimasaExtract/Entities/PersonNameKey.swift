// A person's name reduced so that spellings of one name compare equal.
import LinimasaCore

/// A person's name as each word's first letter and the consonants after it ("Abdul Kharis
/// Almasyahari" → "abdl khrs almsyhr"): news spell one Indonesian name with its vowels
/// varying ("Almasyhari", "Almasyahari"). An apostrophe joins ("Asy'ari" is "Asyari"); an
/// initial ("A.") is a word of one letter.
public struct PersonNameKey: Sendable, Hashable {
  public let words: [String]

  public init(_ name: String) {
    if let words = Self.asciiWords(name) {
      self.words = words
      return
    }
    words = name.lowercased().filter { $0 != "'" && $0 != "\u{2019}" }.split { !$0.isLetter }.map { word in
      String(word.prefix(1) + word.dropFirst().filter { !"aeiou".contains($0) })
    }
  }

  /// The same words for an ASCII name, read as bytes; nil for any other name.
  private static func asciiWords(_ name: String) -> [String]? {
    var name = name
    return name.withUTF8 { bytes -> [String]? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      var words: [String] = []
      var word: [UInt8] = []
      for byte in bytes where byte != UInt8(ascii: "'") {
        if ASCII.isLetter(byte) {
          let lower = ASCII.lowercased(byte)
          if word.isEmpty || !Self.vowels.contains(lower) { word.append(lower) }
        } else if !word.isEmpty {
          words.append(String(decoding: word, as: UTF8.self))
          word.removeAll(keepingCapacity: true)
        }
      }
      if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
      return words
    }
  }

  private static let vowels: Set<UInt8> = Set("aeiou".utf8)

  /// Whether the two keys name one person in a statement: the shorter, of two words or
  /// more, begins the longer ("Abdul Kharis" and "Abdul Kharis Almasyhari").
  public func matches(_ other: PersonNameKey) -> Bool {
    let (shorter, longer) = words.count <= other.words.count ? (words, other.words) : (other.words, words)
    return shorter.count >= 2 && Array(longer.prefix(shorter.count)) == shorter
  }

  /// The words that are not initials.
  public var fullWords: [String] { words.filter { $0.count > 1 } }

  /// Whether the two keys are forms of one name: equal, or one a short form of the other
  /// (see `isShortForm(of:)`); each with two words that are not initials.
  public func isVariant(of other: PersonNameKey) -> Bool {
    fullWords.count >= 2 && other.fullWords.count >= 2
      && (self == other || isShortForm(of: other) || other.isShortForm(of: self))
  }

  /// Whether this name, of two words or more that are not initials, is `longer` shortened:
  /// its start ("Abdul Kharis" of "Abdul Kharis Almasyhari"), or its first and last words
  /// with some words between, in order ("Semuel Pangerapan", "Semuel A. Pangerapan" of
  /// "Semuel Abrijani Pangerapan"). An initial stands for any word it begins ("M. Guntur
  /// Hamzah" of "Muhammad Guntur Hamzah").
  public func isShortForm(of longer: PersonNameKey) -> Bool {
    guard self != longer, words.count <= longer.words.count, fullWords.count >= 2,
      let first = words.first, let last = words.last, Self.same(first, longer.words[0])
    else { return false }
    if zip(words, longer.words).allSatisfy(Self.same) { return true }
    guard let longerLast = longer.words.last, Self.same(last, longerLast) else { return false }
    var next = 1
    for word in words.dropFirst().dropLast() {
      guard let at = longer.words[next..<(longer.words.count - 1)].firstIndex(where: { Self.same(word, $0) }) else {
        return false
      }
      next = at + 1
    }
    return true
  }

  /// Whether two words of keys are one: equal, or one an initial of the other.
  private static func same(_ word: String, _ other: String) -> Bool {
    word == other || (word.count == 1 && other.first == word.first) || (other.count == 1 && word.first == other.first)
  }
}
