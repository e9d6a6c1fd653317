// Finds the lexicon's entities in text with one pass over the words.
import LinimasaCore

/// A word of the text: its bytes and its case-folded hash.
struct TextWord {
  let range: Range<Int>
  let hash: UInt64
}

/// Matches every name and alias of the entity lexicon in one pass over a text's words:
/// candidates are looked up by the hash of their first word and the longest match wins.
/// Acronyms ("KPU") match only in capitals, so "kpu" in a URL does not; other names must
/// start with a capital letter, as proper nouns do.
public struct EntityMatcher: Sendable {
  struct Pattern: Sendable {
    let words: [UInt64]
    let entity: String
    /// The acronym to match byte for byte, or nil for a name.
    let exact: [UInt8]?
  }

  /// Candidates by the hash of their first word, longest first, for the lookup on every
  /// word of the text.
  let patternsByFirstWord: WordTable<[Pattern]>

  public init(entities: [String: EntityEntry]) {
    var patterns: [UInt64: [Pattern]] = [:]
    patterns.reserveCapacity(entities.count * 2)
    // Candidates are ordered below; entries need no order here (a tie is one entity's two
    // spellings of the same words, which match alike).
    for entry in entities.values {
      var forms: [String] = []
      for form in [entry.nameIndonesian, entry.nameEnglish] + entry.aliases where !forms.contains(form) {
        forms.append(form)
        let words = Self.words(form)
        guard let first = words.first else { continue }
        let exact = words.count == 1 && Self.isAcronym(form) ? Array(form.utf8) : nil
        patterns[first, default: []].append(Pattern(words: words, entity: entry.id, exact: exact))
      }
    }
    // Longest first; sorted in place, and only where a word starts more than one name.
    for index in patterns.indices where patterns.values[index].count > 1 {
      patterns.values[index].sort { ($0.words.count, $0.entity) > ($1.words.count, $1.entity) }
    }
    patternsByFirstWord = WordTable(Array(patterns))
  }

  /// Two or more characters, none lowercase, at least one a letter ("KPU", "BSSN").
  static func isAcronym(_ form: String) -> Bool {
    // In ASCII text every character is one byte (a line holds no "\r\n").
    guard form.utf8.allSatisfy({ $0 < 0x80 }) else {
      return form.count >= 2 && form.allSatisfy { !$0.isLowercase } && form.contains(where: \.isLetter)
    }
    return form.utf8.count >= 2 && !form.utf8.contains(where: ASCII.isLower)
      && form.utf8.contains(where: ASCII.isLetter)
  }

  static func words(_ text: String) -> [UInt64] {
    var hashes: [UInt64] = []
    forEachWordHash(in: text) { hashes.append($0) }
    return hashes
  }

  /// Calls `body` with the folded hash of each word of `text`, in order.
  static func forEachWordHash(in text: String, _ body: (UInt64) -> Void) {
    var text = text
    text.withUTF8 { buffer in
      WordScanner.forEachWord(in: buffer, range: 0..<buffer.count) { body($0.foldedHash) }
    }
  }

  /// The lexicon entity named at word `index`, and the index after the name.
  func match(_ words: [TextWord], at index: Int, bytes: UnsafeBufferPointer<UInt8>) -> (entity: String, end: Int)? {
    guard let candidates = patternsByFirstWord[words[index].hash] else { return nil }
    for pattern in candidates where index + pattern.words.count <= words.count {
      guard (0..<pattern.words.count).allSatisfy({ words[index + $0].hash == pattern.words[$0] }) else { continue }
      let start = words[index].range.lowerBound
      if let exact = pattern.exact {
        guard words[index].range.count == exact.count,
          exact.indices.allSatisfy({ bytes[start + $0] == exact[$0] })
        else { continue }
      } else if !ASCII.isUpper(bytes[start]) {
        continue
      }
      return (pattern.entity, index + pattern.words.count)
    }
    return nil
  }
}

extension TokenTable {
  /// The tokens of `bytes[span]`: the table's own, or a scan of the span alone when its
  /// edge cuts a word or no scanned paragraph holds it (a title from the metadata).
  func tokens(_ bytes: UnsafeBufferPointer<UInt8>, of span: ByteSpan) -> ArraySlice<Token> {
    if let range = tokens(in: span) { return tokens[range] }
    return scanned(bytes, span).tokens[...]
  }

  /// The words of `bytes[span]` as names are matched in: each without a name ending
  /// ("Widodo’s", "KPU-nya"), so the name still matches.
  func words(_ bytes: UnsafeBufferPointer<UInt8>, _ span: ByteSpan) -> [TextWord] {
    tokens(bytes, of: span).map { TextWord(range: $0.stem, hash: $0.stemHash) }
  }
}
