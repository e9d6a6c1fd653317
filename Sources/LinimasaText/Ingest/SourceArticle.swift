// One article as read from its input, before any cleaning.
import LinimasaCore

/// The input formats Linimasa reads, by file extension.
public enum InputFormat: String, Sendable, Codable, CaseIterable {
  case text = "txt"
  case markdown = "md"
  case json
  case jsonLines = "jsonl"
  case html

  /// The format of a file name's extension (case-insensitive), or nil when unsupported.
  public init?(fileExtension: String) {
    switch fileExtension.lowercased() {
    case "txt", "text": self = .text
    case "md", "markdown": self = .markdown
    case "json": self = .json
    case "jsonl", "ndjson": self = .jsonLines
    case "html", "htm", "xhtml": self = .html
    default: return nil
    }
  }
}

/// Metadata an input states about itself (front matter, JSON fields, HTML meta tags).
public struct ArticleMetadata: Sendable, Equatable {
  public var title: String?
  public var source: String?
  public var url: String?
  public var published: CivilDate?
  public var language: Language?
  public var authors: [String] = []

  public init() {}
}

/// An article's raw text and what its container said about it.
public struct SourceArticle: Sendable {
  /// Relative path as found under the input root; `path#N` for record N of a dump.
  public let path: String
  public let format: InputFormat
  /// The raw text as UTF-8: every span in the output indexes these bytes.
  public let bytes: [UInt8]
  /// The byte range holding the article body (after a Markdown front matter block).
  public let body: Range<Int>
  public var metadata: ArticleMetadata
  /// Problems that did not stop the article from being read (replaced bytes, ...).
  public var warnings: [String]

  public init(
    path: String, format: InputFormat, bytes: [UInt8], body: Range<Int>? = nil,
    metadata: ArticleMetadata = ArticleMetadata(), warnings: [String] = []
  ) {
    self.path = path
    self.format = format
    self.bytes = bytes
    self.body = body ?? 0..<bytes.count
    self.metadata = metadata
    self.warnings = warnings
  }

  /// The raw text of `span`.
  public func text(_ span: ByteSpan) -> String {
    String(decoding: bytes[span.range], as: UTF8.self)
  }
}
