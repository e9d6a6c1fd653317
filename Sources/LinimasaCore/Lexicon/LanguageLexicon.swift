// The language data of one language, as loaded from Lexicons/<code>/.

/// How a furniture phrase is compared with a paragraph (both normalized to lowercase
/// with runs of spaces folded).
public enum FurnitureMatch: String, Sendable, CaseIterable {
  /// The whole paragraph equals the phrase (trailing punctuation ignored).
  case line
  /// The paragraph starts with the phrase.
  case prefix
  /// The phrase occurs anywhere in the paragraph.
  case contains
}

/// A phrase that marks a paragraph as page furniture (menus, promos, related links).
public struct FurniturePhrase: Sendable, Hashable {
  public let match: FurnitureMatch
  /// Lowercased, spaces folded.
  public let phrase: String
  /// What kind of furniture: `menu`, `related-link`, `promo`, `widget`, `caption`, ...
  public let label: String
}

/// The role a byline label introduces.
public enum BylineRole: String, Sendable, CaseIterable {
  case author, editor, photographer
}

/// An abbreviation after which a sentence does not end.
public struct Abbreviation: Sendable, Hashable {
  /// As written, including the final period ("No.", "S.H.").
  public let text: String
  /// Whether the abbreviation may also close a sentence ("dll.", "etc.") when the next
  /// word is capitalized.
  public let mayEndSentence: Bool
}

/// Everything Linimasa knows about one language.
public struct LanguageLexicon: Sendable {
  /// Keyed by the lowercased abbreviation, period included.
  public internal(set) var abbreviations: [String: Abbreviation] = [:]
  /// Lowercased function words.
  public internal(set) var stopWords: Set<String> = []
  public internal(set) var furniture: [FurniturePhrase] = []
  /// Lowercased month names and abbreviations (no trailing period) to 1...12.
  public internal(set) var months: [String: Int] = [:]
  /// Lowercased weekday names to ISO weekday 1 (Monday) ... 7 (Sunday).
  public internal(set) var weekdays: [String: Int] = [:]
  /// Lowercased byline labels ("penulis", "laporan wartawan") to the role they introduce.
  public internal(set) var bylineLabels: [String: BylineRole] = [:]
  /// Lowercased words that may introduce a timestamp line ("diperbarui", "updated").
  public internal(set) var timestampLabels: Set<String> = []

  public init() {}
}

/// A news outlet: its display name and the ways it is written.
public struct Outlet: Sendable, Hashable {
  /// The display name used in `documents[].source` ("ANTARA", "Tribunnews").
  public let name: String
  /// Host names without "www." ("tribunnews.com").
  public let domains: [String]
  /// Other spellings, compared case-insensitively ("ANTARA News", "Antaranews").
  public let aliases: [String]
}
