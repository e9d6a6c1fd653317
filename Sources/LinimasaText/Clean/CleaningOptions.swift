// The tuning numbers of the cleaning stage, in one place, each with its reason.

/// Thresholds used by boilerplate detection and deduplication.
public struct CleaningOptions: Sendable {
  /// A paragraph reads as prose when it has at least this many words and ends like a
  /// sentence. Menus, widgets and headlines fall short of one or the other.
  public var proseMinimumWords = 5
  /// ...or when it is this long, even without a final period (scrapers drop some).
  public var proseWithoutPunctuationWords = 25
  /// Stop-word share below which a long unpunctuated line reads as a list of links.
  public var menuMaximumStopWordShare = 0.05
  /// Lines at least this long can be menus judged by stop-word share.
  public var menuMinimumWords = 6
  /// Titles are looked for in the first this many paragraphs...
  public var headerSearchLimit = 40
  /// ...and datelines in the first this many prose paragraphs among them (a dateline opens
  /// the article's first paragraph; a caption or two may come before it).
  public var datelineSearchProseParagraphs = 4
  /// Exact repeats shorter than this many words are removed only inside a repeated block
  /// ("Ya." twice in an interview is not a scraping error).
  public var exactDuplicateMinimumWords = 3
  /// Near-duplicates need this many words on both sides...
  public var nearDuplicateMinimumWords = 8
  /// ...and a word-level edit similarity (1 - distance / longer length) of at least this.
  public var nearDuplicateSimilarity = 0.85
  /// Paragraphs longer than this many words are compared exactly only.
  public var nearDuplicateMaximumWords = 3000
  /// A byline line has at most this many words.
  public var bylineMaximumWords = 14

  public init() {}
}
