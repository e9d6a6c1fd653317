// Saved web pages: the article's paragraphs without scripts, menus and sidebars.
import Foundation
import LinimasaCore

/// Reads a saved page: libxml2 parses it (`HTMLTree`, in the encoding `HTMLInput`
/// decides), `HTMLMainText` finds the story by its content, and the meta tags give the
/// metadata. The document's raw text is the story's paragraphs, one per line, and spans
/// index that text.
struct HTMLArticleReader {
  let dates: DateGrammar
  let outlets: OutletDirectory
  let names: BylineNames

  func read(_ raw: [UInt8], path: String) -> Result<SourceArticle, SkippedInput> {
    let input: HTMLInput
    switch HTMLInput.decide(raw) {
    case .success(let decided): input = decided
    case .failure(let error): return .failure(SkippedInput(path: path, reason: error.reason))
    }
    guard let tree = HTMLTree(bytes: input.bytes, encoding: input.encoding) else {
      return .failure(SkippedInput(path: path, reason: .blank("HTML page")))
    }
    let text = HTMLMainText(tree: tree).paragraphs().joined(separator: "\n")
    guard !text.isEmpty else {
      return .failure(SkippedInput(path: path, reason: .blank("HTML page")))
    }
    var warnings = input.warnings
    let meta = Self.metadata(tree)
    let metadata = ArticleFields.metadata(
      lookup: { key in meta[key].map { [$0] } }, where: { "meta '\($0)'" }, dates: dates, outlets: outlets,
      names: names, warnings: &warnings)
    var article = SourceArticle(path: path, format: .html, bytes: Array(text.utf8), metadata: metadata, warnings: warnings)
    if let title = article.metadata.title, let site = meta["site_name"] {
      article.metadata.title = Self.removingSiteSuffix(title, site: site)
    }
    return .success(article)
  }

  /// Metadata under ArticleFields keys ("title", "published", "url", "author", "source",
  /// "language", ...) from the meta tags, the canonical link, `<html lang>` and `<title>`.
  static func metadata(_ tree: HTMLTree) -> [String: String] {
    var meta: [String: String] = [:]
    var titleText: String?
    for (index, node) in tree.nodes.enumerated() {
      switch node.name {
      case "meta":
        guard let content = node.attributes["content"] else { continue }
        let key = (node.attributes["property"] ?? node.attributes["name"] ?? node.attributes["itemprop"] ?? "").lowercased()
        guard let mapped = metaKeys[key], meta[mapped] == nil else { continue }
        meta[mapped] = content
        if mapped == "site_name" && meta["source"] == nil { meta["source"] = content }
      case "link":
        if node.attributes["rel"]?.lowercased() == "canonical", let href = node.attributes["href"], meta["url"] == nil {
          meta["url"] = href
        }
      case "html":
        if let lang = node.attributes["lang"], meta["language"] == nil { meta["language"] = lang }
      case "title":
        if titleText == nil {
          titleText = tree.nodes[index].children.map { tree.nodes[$0].text }.joined()
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
      default: continue
      }
    }
    if meta["title"] == nil, let titleText, !titleText.isEmpty { meta["title"] = titleText }
    return meta
  }

  /// Meta tag names and properties, and the ArticleFields key each gives.
  static let metaKeys: [String: String] = [
    "og:title": "title", "twitter:title": "title",
    "article:published_time": "published", "pubdate": "published", "datepublished": "published",
    "publish-date": "published", "date": "published", "dc.date": "published",
    "author": "author", "article:author": "author", "dc.creator": "author",
    "og:site_name": "site_name", "og:url": "url",
    "language": "language", "content-language": "language", "og:locale": "language",
  ]

  /// "Headline | Outlet" or "Headline - Outlet" loses the outlet part.
  static func removingSiteSuffix(_ title: String, site: String) -> String {
    for separator in [" | ", " - ", " – ", " — "] {
      if let range = title.range(of: separator, options: .backwards),
        String(title[range.upperBound...]).trimmingSpaces().lowercased() == site.lowercased()
      {
        return String(title[..<range.lowerBound]).trimmingSpaces()
      }
    }
    return title
  }
}
