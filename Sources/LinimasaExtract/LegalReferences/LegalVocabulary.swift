// The words the legal extractor compares, from every language's lexicon.
import LinimasaCore
import LinimasaText

/// The legal vocabulary of `Lexicons/<lang>/legal-*`, one mixed table per role over every
/// supported language. Phrases are read as the extractor reads text, as lowercased tokens
/// ("undang-undang" is "undang", "-", "undang"), longest first.
struct LegalVocabulary: Sendable {
  /// A phrase's tokens.
  typealias Tokens = [String]

  /// Written forms of instrument types by their first token.
  let instrumentForms: [String: [(tokens: Tokens, form: InstrumentForm)]]
  let anaphora: [(tokens: Tokens, anaphor: LegalAnaphor)]
  /// Heads written in full, with the abbreviation statutes' short names start with.
  let statuteHeads: [(tokens: Tokens, abbreviation: String)]
  let criminalCodeNames: [(tokens: Tokens, name: CriminalCodeName)]
  let articleWords: Set<String>
  let clauseWords: Set<String>
  let letterWords: Set<String>
  let numberWords: Set<String>
  let yearWords: Set<String>
  let titleWords: Set<String>
  let titleConnectors: Set<String>
  let titleDeterminers: Set<String>
  let articleConnectors: Set<String>
  let amendingWords: Set<String>
  let ministerialPrefixes: [String]
  /// What joins an instrument to the articles after it.
  let junctoWords: [Tokens]
  /// What joins one cited article to the next: the juncto words and the article joiners.
  let articleJoiners: [Tokens]
  let rangeWords: [Tokens]
  let ordinalPrefixes: [Tokens]

  init(lexicons: Lexicons) {
    let languages = Language.supported.map { lexicons[$0] }
    let forms = languages.flatMap(\.instrumentForms).map { (tokens: Self.tokens($0.phrase), form: $0) }
    instrumentForms = Dictionary(grouping: Self.longestFirst(forms) { $0.tokens }) { $0.tokens[0] }
    anaphora = Self.longestFirst(
      languages.flatMap(\.legalAnaphora).map { (tokens: Self.tokens($0.phrase), anaphor: $0) }) { $0.tokens }
    statuteHeads = Self.longestFirst(
      languages.flatMap(\.statuteHeadAbbreviations).sorted { $0.key < $1.key }
        .map { (tokens: Self.tokens($0.key), abbreviation: $0.value) }) { $0.tokens }
    criminalCodeNames = Self.longestFirst(
      languages.flatMap(\.criminalCodeNames).map { (tokens: Self.tokens($0.phrase), name: $0) }) { $0.tokens }
    articleWords = lexicons.words(of: .legalArticleWords)
    clauseWords = lexicons.words(of: .legalClauseWords)
    letterWords = lexicons.words(of: .legalLetterWords)
    numberWords = lexicons.words(of: .legalNumberWords)
    yearWords = lexicons.words(of: .legalYearWords)
    titleWords = lexicons.words(of: .legalTitleWords)
    titleConnectors = lexicons.words(of: .legalTitleConnectors)
    titleDeterminers = lexicons.words(of: .legalTitleDeterminers)
    articleConnectors = lexicons.words(of: .legalArticleConnectors)
    amendingWords = lexicons.words(of: .legalAmendingWords)
    ministerialPrefixes = lexicons.words(of: .legalMinisterialPrefixes).sorted()
    junctoWords = Self.phrases(lexicons.words(of: .legalJunctoWords))
    articleJoiners = Self.phrases(lexicons.words(of: .legalJunctoWords).union(lexicons.words(of: .legalArticleJoiners)))
    rangeWords = Self.phrases(lexicons.words(of: .legalRangeWords))
    ordinalPrefixes = Self.phrases(lexicons.words(of: .legalOrdinalPrefixes))
  }

  /// The first words a citation may start with besides numbers and short names: article
  /// and number words, and the first tokens of instrument forms, full heads, criminal code
  /// names and anaphora.
  var startWords: Set<String> {
    articleWords.union(numberWords).union(instrumentForms.keys)
      .union(statuteHeads.map { $0.tokens[0] })
      .union(criminalCodeNames.map { $0.tokens[0] })
      .union(anaphora.map { $0.tokens[0] })
  }

  /// Whether `word` is a one-word name of a ministry's regulation ("permenkominfo").
  func isMinisterialRegulation(_ word: String) -> Bool {
    ministerialPrefixes.contains { word.hasPrefix($0) && word.count > $0.count }
  }

  /// The tokens of a lexicon phrase, as the extractor reads text.
  static func tokens(_ phrase: String) -> Tokens {
    DateGrammar.tokenize(phrase).map(\.text)
  }

  /// `phrases` as tokens, longest first, then in the order of their text.
  static func phrases(_ phrases: Set<String>) -> [Tokens] {
    longestFirst(phrases.sorted().map(tokens)) { $0 }
  }

  /// `entries` whose `tokens` are not empty, longest first, in their order otherwise.
  static func longestFirst<Entry>(_ entries: [Entry], by tokens: (Entry) -> Tokens) -> [Entry] {
    entries.enumerated().filter { !tokens($0.element).isEmpty }
      .sorted { (tokens($1.element).count, $0.offset) < (tokens($0.element).count, $1.offset) }
      .map(\.element)
  }
}
