// Word lists of every language's lexicon as the folded hashes the extractors look words up by.

extension Lexicons {
  /// The entries of one word list, over every language's lexicon.
  public func words(of list: WordList) -> Set<String> {
    Set(Language.supported.flatMap { self[$0].words(list) })
  }

  /// The folded hashes of one word list, over every language's lexicon.
  public func foldedHashes(of list: WordList) -> Set<UInt64> {
    Set(words(of: list).map(WordScanner.foldedHash))
  }

  /// The one-word clause markers of `kind`, over every language's lexicon, as folded hashes.
  public func oneWordMarkers(_ kind: ClauseMarker.Kind) -> Set<UInt64> {
    Set(
      Language.supported.flatMap { self[$0].clauseMarkers }.filter { $0.kind == kind && $0.words.count == 1 }
        .map { WordScanner.foldedHash($0.words[0]) })
  }
}
