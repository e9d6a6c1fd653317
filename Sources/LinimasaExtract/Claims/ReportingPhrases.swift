// The phrases that attribute what follows to a source ("menurut", "according to").
import LinimasaCore

/// The reporting words and phrases of every language (`reporting-words.txt`), read word by
/// word: a phrase's first word alone already reports ("according" as a speech verb), and
/// its other words ("to") may follow any first word.
struct ReportingPhrases: Sendable {
  /// Each phrase's lowercase words.
  let phrases: [[String]]
  /// The phrases' first words ("menurut", "according").
  let firstWords: LowercaseWordSet
  /// The phrases' other words ("to").
  let laterWords: LowercaseWordSet

  init(lexicons: Lexicons) {
    phrases = Language.supported.flatMap { lexicons[$0].words(.reportingWords) }.sorted()
      .map { $0.split(separator: " ").map(String.init) }
    firstWords = LowercaseWordSet(Set(phrases.map { $0[0] }))
    laterWords = LowercaseWordSet(Set(phrases.flatMap { $0.dropFirst() }))
  }

  /// How many words the longest phrase written out at `index` of `words` takes, or nil.
  func length(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [TextWord], at index: Int) -> Int? {
    guard firstWords.contains(bytes, words[index].range, hash: words[index].hash) else { return nil }
    var longest: Int?
    for phrase in phrases
    where phrase.count > longest ?? 0 && index + phrase.count <= words.count
      && phrase.indices.allSatisfy({ ByteSearch.lowercasedEquals(bytes, words[index + $0].range, phrase[$0]) })
    {
      longest = phrase.count
    }
    return longest
  }

  /// How many words the longest phrase opening with `word` has after it (0 for none).
  func wordsAfter(_ bytes: UnsafeBufferPointer<UInt8>, _ word: TextWord) -> Int {
    phrases.filter { ByteSearch.lowercasedEquals(bytes, word.range, $0[0]) }.map { $0.count - 1 }.max() ?? 0
  }
}
