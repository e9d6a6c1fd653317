// Matches paragraphs against the furniture phrases of the lexicon.
import LinimasaCore

/// Finds the furniture phrase a paragraph shows: the whole line ("Berita Populer"), its
/// start ("Baca juga: ..."), or, for short paragraphs, anywhere ("di WhatsApp Anda").
/// Phrases and paragraphs are compared as sequences of word hashes under
/// `FurnitureNormalizer`'s rules, with hash lookups, so long lists stay cheap.
final class FurniturePhraseMatcher: Sendable {
  private let lines: WordTable<FurniturePhrase>
  private let prefixes: WordTable<FurniturePhrase>
  /// `contains` phrases, found by the hash of their first word.
  private let containedFirstWords: WordTable<Int>
  private let contained: [(words: [UInt64], phrase: FurniturePhrase)]
  private let longestPrefix: Int
  private let longestLine: Int
  /// `contains` phrases are only looked for in paragraphs up to this many words (promo
  /// lines are short; running text is not searched for them).
  static let containsMaximumWords = 25

  init(phrases: [FurniturePhrase]) {
    var lines: [(UInt64, FurniturePhrase)] = []
    var prefixes: [(UInt64, FurniturePhrase)] = []
    var contained: [(words: [UInt64], phrase: FurniturePhrase)] = []
    var longestLine = 0, longestPrefix = 0
    // The first phrase listed wins, so entries are added in reverse.
    for phrase in phrases.reversed() {
      let words = Self.words(phrase.phrase)
      let key = Self.key(words[...])
      switch phrase.match {
      case .line:
        lines.append((key, phrase))
        longestLine = max(longestLine, words.count)
      case .prefix:
        prefixes.append((key, phrase))
        longestPrefix = max(longestPrefix, words.count)
      case .contains:
        if !words.isEmpty { contained.insert((words, phrase), at: 0) }
      }
    }
    self.longestLine = longestLine
    self.longestPrefix = longestPrefix
    self.lines = WordTable(lines)
    self.prefixes = WordTable(prefixes)
    self.contained = contained
    // Several phrases may share a first word; the table keeps the first one's position and
    // matching scans on from there.
    containedFirstWords = WordTable(contained.enumerated().reversed().map { ($0.element.words[0], $0.offset) })
  }

  /// The phrase `bytes[span]` shows; `wordCount` (from `ParagraphFeatures`) spares long
  /// paragraphs the tokens only short ones can use.
  func match(_ bytes: UnsafeBufferPointer<UInt8>, _ span: ByteSpan, wordCount: Int) -> FurniturePhrase? {
    let limit = wordCount > Self.containsMaximumWords
      ? max(longestPrefix, longestLine + 3) : max(longestPrefix, longestLine, Self.containsMaximumWords) + 1
    let tokens = FurnitureNormalizer.tokens(bytes, span, limit: limit)
    let words = tokens.map(\.hash)
    if words.count <= longestLine + 2 {
      if let phrase = lines[Self.key(words[...])] { return phrase }
      // A line phrase may carry a colon or page numbers ("Halaman:", "Halaman 2 dari 3").
      let trimmed = zip(words, tokens).filter { !$0.1.isNumber }.map(\.0)
      let withoutColon = trimmed.last == FurnitureNormalizer.colonHash ? Array(trimmed.dropLast()) : trimmed
      if withoutColon.count != words.count, let phrase = lines[Self.key(withoutColon[...])] { return phrase }
    }
    for count in stride(from: min(longestPrefix, words.count), through: 1, by: -1) {
      if let phrase = prefixes[Self.key(words[0..<count])] { return phrase }
    }
    guard wordCount <= Self.containsMaximumWords, words.count <= Self.containsMaximumWords, !contained.isEmpty
    else { return nil }
    for start in words.indices {
      guard let first = containedFirstWords[words[start]] else { continue }
      for candidate in contained[first...] where candidate.words[0] == words[start] {
        if words[start...].starts(with: candidate.words) { return candidate.phrase }
      }
    }
    return nil
  }

  private static func words(_ phrase: String) -> [UInt64] {
    Array(phrase.utf8).withUnsafeBufferPointer { buffer in
      FurnitureNormalizer.tokens(buffer, ByteSpan(0, buffer.count), limit: .max).map(\.hash)
    }
  }

  private static func key(_ words: ArraySlice<UInt64>) -> UInt64 {
    var hash: UInt64 = 0x1234_5678_9abc_def1
    for word in words { hash = (hash ^ word) &* 0x100_0000_01b3 }
    return hash ^ UInt64(words.count)
  }
}
