// The field names scrapers use for the same article properties, in order of preference.
import Foundation
import LinimasaCore

/// Maps the keys of JSON objects and front matter to article properties.
enum ArticleFields {
  static let text = ["text", "content", "maintext", "raw_text", "body", "article_text", "articlebody"]
  static let title = ["title", "headline"]
  static let published = [
    "published", "date", "publish_date", "date_publish", "published_at", "pubdate", "datepublished",
    "published_time", "publication_date", "date_published",
  ]
  static let url = ["url", "source_url", "link", "canonical_url", "canonical", "permalink"]
  static let authors = ["author", "authors", "byline", "creator"]
  static let source = ["source", "sitename", "site_name", "publisher", "outlet", "hostname", "source_domain"]
  static let language = ["language", "lang", "inlanguage"]

  /// Builds metadata from a lookup of (lowercased) keys; unreadable values become warnings.
  static func metadata(
    lookup: (String) -> [String]?, where location: (String) -> String, dates: DateGrammar,
    outlets: OutletDirectory, names: BylineNames, warnings: inout [String]
  ) -> ArticleMetadata {
    var metadata = ArticleMetadata()
    func first(_ keys: [String]) -> (key: String, value: String)? {
      for key in keys {
        if let value = lookup(key)?.first(where: { !$0.trimmingSpaces().isEmpty }) {
          return (key, value.trimmingSpaces())
        }
      }
      return nil
    }
    metadata.title = first(title)?.value
    metadata.url = first(url)?.value
    if let (key, value) = first(source) {
      metadata.source = outlets.displayName(forSourceField: value, isHost: key == "hostname" || key == "source_domain")
    }
    if let (key, value) = first(published) {
      if let date = dates.parseMetadataDate(value) {
        metadata.published = date
      } else {
        warnings.append("\(location(key)): cannot read the date '\(value.prefix(60))'; ignored")
      }
    }
    if let (key, value) = first(language) {
      let code = value.lowercased().prefix(2)
      if let language = Language(rawValue: String(code)), language != .undetermined {
        metadata.language = language
      } else {
        warnings.append("\(location(key)): language '\(value.prefix(20))' is not id or en; detected instead")
      }
    }
    for key in authors {
      guard let values = lookup(key) else { continue }
      metadata.authors = values.flatMap(names.split)
      if !metadata.authors.isEmpty { break }
    }
    return metadata
  }
}
