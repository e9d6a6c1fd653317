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
  private let colonHash = FurnitureNormalizer.colonHash
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
    return withUnsafeTemporaryAllocation(of: FurnitureNormalizer.Token.self, capacity: limit) { buffer in
      let count = FurnitureNormalizer.tokens(bytes, span, into: buffer)
      return match(UnsafeBufferPointer(rebasing: buffer[0..<count]), wordCount: wordCount)
    }
  }

  private func match(_ tokens: UnsafeBufferPointer<FurnitureNormalizer.Token>, wordCount: Int) -> FurniturePhrase? {
    if tokens.count <= longestLine + 2 {
      if let phrase = lines[Self.key(tokens[...])] { return phrase }
      // A line phrase may carry a colon or page numbers ("Halaman:", "Halaman 2 dari 3").
      let lastWord = tokens.lastIndex { !$0.isNumber }
      let dropsColon = lastWord.map { tokens[$0].hash == colonHash } ?? false
      if dropsColon || tokens.contains(where: \.isNumber) {
        var hash = Self.keySeed, count = 0
        for (position, token) in tokens.enumerated() where !token.isNumber && !(dropsColon && position == lastWord) {
          hash = Self.keyStep(hash, token.hash)
          count += 1
        }
        if let phrase = lines[hash ^ UInt64(count)] { return phrase }
      }
    }
    // Prefixes, longest first.
    for count in stride(from: min(longestPrefix, tokens.count), through: 1, by: -1) {
      if let phrase = prefixes[Self.key(tokens[0..<count])] { return phrase }
    }
    guard wordCount <= Self.containsMaximumWords, tokens.count <= Self.containsMaximumWords, !contained.isEmpty
    else { return nil }
    for start in tokens.indices {
      guard let first = containedFirstWords[tokens[start].hash] else { continue }
      for candidate in contained[first...] where candidate.words[0] == tokens[start].hash {
        if tokens[start...].lazy.map(\.hash).starts(with: candidate.words) { return candidate.phrase }
      }
    }
    return nil
  }

  private static func words(_ phrase: String) -> [UInt64] {
    Array(phrase.utf8).withUnsafeBufferPointer { buffer in
      FurnitureNormalizer.tokens(buffer, ByteSpan(0, buffer.count), limit: .max).map(\.hash)
    }
  }

  private static let keySeed: UInt64 = 0x1234_5678_9abc_def1

  private static func keyStep(_ hash: UInt64, _ word: UInt64) -> UInt64 { (hash ^ word) &* 0x100_0000_01b3 }

  /// The key of a word sequence (order-sensitive, length included).
  private static func key(_ words: ArraySlice<UInt64>) -> UInt64 {
    words.reduce(keySeed, keyStep) ^ UInt64(words.count)
  }

  private static func key(_ tokens: Slice<UnsafeBufferPointer<FurnitureNormalizer.Token>>) -> UInt64 {
    tokens.reduce(keySeed) { keyStep($0, $1.hash) } ^ UInt64(tokens.count)
  }
}
