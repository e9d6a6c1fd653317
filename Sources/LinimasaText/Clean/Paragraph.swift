// A paragraph after cleaning: where it is, and why it was removed if it was.
import LinimasaCore

/// A feature that marks a paragraph as page furniture rather than article text.
public enum BoilerplateFeature: Sendable, Equatable {
  /// Matches a phrase of `Lexicons/<lang>/furniture.tsv`.
  case furniture(phrase: String, label: String)
  /// A short non-sentence line in the run of lines before the article text.
  case headerRun
  /// A short non-sentence line in the run of lines after the article text.
  case footerRun
  /// Mostly a URL or e-mail address.
  case linkLike
  /// Page numbers ("12", "1 2 3").
  case pagination
  /// "Label: Headline Of Another Story" between paragraphs.
  case relatedLink
  /// A long line without sentence punctuation and almost no stop words: a menu row.
  case lowStopWordDensity
  /// A headline listed under a section heading ("Most Read", "Berita Populer").
  case sectionList

  var description: String {
    switch self {
    case .furniture(let phrase, let label): return "furniture phrase \"\(phrase)\" (\(label))"
    case .headerRun: return "header run"
    case .footerRun: return "footer run"
    case .linkLike: return "link-like line"
    case .pagination: return "pagination"
    case .relatedLink: return "related-link line"
    case .lowStopWordDensity: return "low stop-word density"
    case .sectionList: return "listed under a section heading"
    }
  }
}

/// Why a paragraph is not part of the article text. Paragraph numbers are 1-based.
public enum RemovalReason: Sendable, Equatable, CustomStringConvertible {
  /// The headline, read into the document's title.
  case title
  /// "Penulis: ...", "By ...": read into the document's authors or editors.
  case byline
  /// A line that only gives the publication date and time.
  case timestamp
  /// A photo caption: describes a picture, not the story's text.
  case caption
  case boilerplate(BoilerplateFeature)
  /// A repeat of paragraph `of` (1-based); `near` when it differs by small edits;
  /// `block` is the repeated run (1-based, inclusive) it belongs to, if any.
  case duplicate(of: Int, near: Bool, block: ClosedRange<Int>?)

  public var description: String {
    switch self {
    case .title: return "title"
    case .byline: return "byline"
    case .timestamp: return "timestamp"
    case .caption: return "caption"
    case .boilerplate(let feature): return "boilerplate: \(feature.description)"
    case .duplicate(let original, let near, let block):
      var text = "\(near ? "near-duplicate" : "duplicate") of #\(original)"
      if let block { text += " (repeated block #\(block.lowerBound)–#\(block.upperBound))" }
      return text
    }
  }

  public var isDuplicate: Bool {
    if case .duplicate = self { return true }
    return false
  }

  public var isBoilerplate: Bool {
    if case .boilerplate = self { return true }
    return false
  }
}

/// One paragraph of a document with the cleaning verdict.
public struct CleanParagraph: Sendable, Equatable {
  /// 0-based position among the document's paragraphs.
  public let index: Int
  public let span: ByteSpan
  public let wordCount: Int
  /// Its words with case, punctuation and quote styles ignored, as one hash: equal for
  /// exact repeats, here or in another document.
  public let contentKey: UInt64
  /// nil when the paragraph is kept as article text.
  public internal(set) var removal: RemovalReason?
  /// The paragraph's own language (`und` for short or removed paragraphs).
  public internal(set) var language: Language = .undetermined

  public var isKept: Bool { removal == nil }
}
