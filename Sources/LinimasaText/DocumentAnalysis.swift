// Everything the text stages learn about one article.
import LinimasaCore

/// How the publication date was learnt, in order of trust.
public enum PublicationBasis: String, Sendable, Codable {
  /// Front matter, JSON fields or HTML meta tags.
  case metadata
  /// A date in the article's URL.
  case url
  /// A timestamp line in the text.
  case text
  /// Reasoned from the dates the text mentions.
  case inferred
}

/// A publication date and where it came from.
public struct PublicationDate: Sendable, Equatable, Codable {
  public let value: CivilDate
  public let basis: PublicationBasis

  public init(value: CivilDate, basis: PublicationBasis) {
    self.value = value
    self.basis = basis
  }
}

/// Resolved document metadata: the input's own fields first, then what the text shows.
public struct DocumentMetadata: Sendable, Equatable, Codable {
  public var title: String?
  public var source: String?
  public var dateline: String?
  public var url: String?
  public var authors: [String] = []
  public var editors: [String] = []
  public var published: PublicationDate?
}

/// One article after ingestion, cleaning, segmentation and language identification.
/// This is the heavy, per-document form; the timeline keeps only what it needs from it.
public struct DocumentAnalysis: Sendable {
  public let article: SourceArticle
  public let language: Language
  public let metadata: DocumentMetadata
  public let cleaning: CleaningResult
  public let segmentation: Segmentation
  public let warnings: [String]
}
