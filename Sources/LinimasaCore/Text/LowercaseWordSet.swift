// Membership of text words in small sets of lowercase words, without building strings.

/// A set of lowercase words that words of UTF-8 text are looked up in as
/// `set.contains(String(decoding: word, as: UTF8.self).lowercased())` would, building a
/// string only for words that are not ASCII.
public struct LowercaseWordSet: Sendable {
  /// The words as given.
  public let words: Set<String>
  /// Each word by its `WordScanner.foldedHash`.
  private let byHash: WordTable<String>

  public init(_ words: Set<String>) {
    self.words = words
    byHash = WordTable(words.map { (WordScanner.foldedHash($0), $0) })
  }

  /// Whether `bytes[range]`, lowercased, is one of the words; `hash` is its `foldedHash`.
  public func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64) -> Bool {
    if range.contains(where: { bytes[$0] >= 0x80 }) {
      return words.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercased())
    }
    guard let candidate = byHash[hash] else { return false }
    return ByteSearch.lowercasedEquals(bytes, range, candidate)
  }
}
