// Matches paragraphs against the furniture phrases of the lexicon.
import LinimasaCore

/// Finds the furniture phrase a paragraph shows: the whole line ("Berita Populer"), its
/// start ("Baca juga: ..."), or, for short paragraphs, anywhere ("di WhatsApp Anda").
/// Line and prefix phrases are looked up in hash sets, so long lists stay cheap.
struct FurniturePhraseMatcher {
  private var lines: [String: FurniturePhrase] = [:]
  private var prefixes: [String: FurniturePhrase] = [:]
  private var contained: [FurniturePhrase] = []
  private var longestPrefixWords = 0
  /// `contains` phrases are only looked for in paragraphs up to this many words.
  static let containsMaximumWords = 40

  init(phrases: [FurniturePhrase]) {
    for phrase in phrases {
      switch phrase.match {
      case .line: lines[phrase.phrase] = lines[phrase.phrase] ?? phrase
      case .prefix:
        prefixes[phrase.phrase] = prefixes[phrase.phrase] ?? phrase
        longestPrefixWords = max(longestPrefixWords, phrase.phrase.split(separator: " ").count)
      case .contains: contained.append(phrase)
      }
    }
  }

  func match(_ text: String, wordCount: Int) -> FurniturePhrase? {
    var normalized = FurnitureNormalizer.normalize(text)
    if let phrase = lines[normalized] { return phrase }
    // A line phrase may be followed by a colon ("Halaman:", "Tags:").
    if normalized.hasSuffix(" :") {
      normalized.removeLast(2)
      if let phrase = lines[normalized] { return phrase }
    }
    let words = normalized.split(separator: " ")
    // Pagination-style lines: the phrase plus page numbers ("Halaman 2", "Page 1 of 3").
    let withoutNumbers = words.filter { !$0.allSatisfy(\.isNumber) }.joined(separator: " ")
    if withoutNumbers != normalized, let phrase = lines[withoutNumbers] { return phrase }
    if longestPrefixWords > 0 {
      for count in stride(from: min(longestPrefixWords, words.count), through: 1, by: -1) {
        if let phrase = prefixes[words[0..<count].joined(separator: " ")] { return phrase }
      }
    }
    guard wordCount <= Self.containsMaximumWords else { return nil }
    let padded = " " + normalized + " "
    return contained.first { padded.contains(" " + $0.phrase + " ") }
  }
}
