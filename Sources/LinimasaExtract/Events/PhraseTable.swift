// Lexicon phrases matched against a sentence's words.
import LinimasaCore

/// Phrases of one or more words, each with a value, looked up by the folded hash of their
/// first word; at a word, the longest phrase that matches wins.
struct PhraseTable<Value: Sendable>: Sendable {
  private var byFirstWord: [UInt64: [(words: [UInt64], value: Value)]] = [:]

  /// The table of `phrases`; of two phrases of equal length starting with the same word,
  /// the one given first is tried first.
  init(_ phrases: [(phrase: String, value: Value)]) {
    for (phrase, value) in phrases {
      let words = EntityMatcher.words(phrase)
      guard let first = words.first else { continue }
      byFirstWord[first, default: []].append((words, value))
    }
    byFirstWord = byFirstWord.mapValues { candidates in
      // A stable sort: longest first, the given order among equals.
      candidates.enumerated().sorted { ($0.element.words.count, -$0.offset) > ($1.element.words.count, -$1.offset) }
        .map(\.element)
    }
  }

  /// The longest phrase starting at `words[index]`, with how many words it takes.
  func match(_ words: [TextWord], at index: Int) -> (value: Value, count: Int)? {
    guard let candidates = byFirstWord[words[index].hash] else { return nil }
    for candidate in candidates where index + candidate.words.count <= words.count {
      if (0..<candidate.words.count).allSatisfy({ words[index + $0].hash == candidate.words[$0] }) {
        return (candidate.value, candidate.words.count)
      }
    }
    return nil
  }

  /// Whether some phrase starts with the word whose folded hash is `hash`.
  func starts(with hash: UInt64) -> Bool { byFirstWord[hash] != nil }
}
