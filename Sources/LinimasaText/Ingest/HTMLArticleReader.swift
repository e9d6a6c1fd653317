// Saved web pages: the article's paragraphs without scripts, menus and sidebars.
import Foundation
import LinimasaCore

/// Extracts article text from HTML with a single forward scan (no tree, so deeply nested
/// markup costs nothing extra). Text inside script/style/nav/header/footer/aside and
/// other non-content elements is dropped; block elements end paragraphs; when the page
/// has an `<article>` (else `<main>`) only its text is kept. The document's raw text is
/// the extracted paragraphs, one per line, and spans index that text.
struct HTMLArticleReader {
  /// Elements whose whole content is left out.
  static let droppedElements: Set<String> = [
    "script", "style", "nav", "header", "footer", "aside", "noscript", "template", "form", "svg",
    "iframe", "button", "select", "textarea", "object", "canvas", "menu", "dialog",
  ]
  /// Elements whose content is raw text (no tags inside).
  static let rawTextElements: Set<String> = ["script", "style", "textarea", "title"]
  /// Elements that start or end a paragraph.
  static let blockElements: Set<String> = [
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "br", "article", "section",
    "blockquote", "figcaption", "figure", "td", "th", "tr", "table", "pre", "main", "dd", "dt",
    "dl", "hr", "body", "address", "caption", "summary", "details",
  ]
  /// Class or id words that mark page furniture even on generic elements.
  static let furnitureClassWords: Set<String> = [
    "share", "sharing", "social", "related", "comment", "comments", "advert", "ads", "advertisement",
    "breadcrumb", "breadcrumbs", "newsletter", "sidebar", "navbar", "promo", "popular", "cookie",
  ]
  static let voidElements: Set<String> = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
  ]

  let dates: DateGrammar
  let outlets: OutletDirectory
  let names: BylineNames

  func read(_ bytes: [UInt8], path: String) -> Result<SourceArticle, SkippedInput> {
    var scan = HTMLScan(bytes: bytes, dropsFurnitureClasses: true)
    scan.run()
    // A class word on the story's own wrapper ("entry-content no-share") can drop it all:
    // then the page is read again without the class words, never refused for one.
    if !scan.paragraphs.contains(where: { !$0.text.isEmpty }) {
      scan = HTMLScan(bytes: bytes, dropsFurnitureClasses: false)
      scan.run()
    }
    let chosen: [HTMLScan.Paragraph]
    if scan.paragraphs.contains(where: \.inArticle) {
      chosen = scan.paragraphs.filter(\.inArticle)
    } else if scan.paragraphs.contains(where: \.inMain) {
      chosen = scan.paragraphs.filter(\.inMain)
    } else {
      chosen = scan.paragraphs
    }
    let text = chosen.map(\.text).joined(separator: "\n")
    guard !text.isEmpty else {
      return .failure(SkippedInput(path: path, reason: .blank("HTML page")))
    }
    var warnings: [String] = []
    let meta = scan.meta
    let metadata = ArticleFields.metadata(
      lookup: { key in meta[key].map { [$0] } }, where: { "meta '\($0)'" }, dates: dates, outlets: outlets,
      names: names, warnings: &warnings)
    var article = SourceArticle(path: path, format: .html, bytes: Array(text.utf8), metadata: metadata, warnings: warnings)
    if let title = article.metadata.title, let site = meta["site_name"] {
      article.metadata.title = Self.removingSiteSuffix(title, site: site)
    }
    return .success(article)
  }

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

/// The forward scan behind HTMLArticleReader.
private struct HTMLScan {
  struct Paragraph {
    let text: String
    let inArticle: Bool
    let inMain: Bool
  }

  let bytes: [UInt8]
  /// Whether an element whose class or id has a furniture word is dropped.
  let dropsFurnitureClasses: Bool
  var position = 0
  var paragraphs: [Paragraph] = []
  /// Metadata under ArticleFields keys ("title", "published", "url", "author", "source", ...).
  var meta: [String: String] = [:]
  private var current: [UInt8] = []
  private var pendingSpace = false
  private var articleDepth = 0
  private var mainDepth = 0
  /// While dropping an element: its name and how deeply it is nested in itself.
  private var dropping: (name: String, depth: Int)?
  private var titleText: String?

  init(bytes: [UInt8], dropsFurnitureClasses: Bool) {
    self.bytes = bytes
    self.dropsFurnitureClasses = dropsFurnitureClasses
  }

  mutating func run() {
    while position < bytes.count {
      if bytes[position] == UInt8(ascii: "<") {
        if startsWith("<!--") {
          skipPast("-->")
        } else if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "!") || bytes[position + 1] == UInt8(ascii: "?") {
          skipPast(">")
        } else if let tag = readTag() {
          handle(tag)
        } else {
          appendText(byte: bytes[position])
          position += 1
        }
      } else if bytes[position] == UInt8(ascii: "&") {
        appendEntity()
      } else {
        appendText(byte: bytes[position])
        position += 1
      }
    }
    flush()
    if meta["title"] == nil, let titleText, !titleText.isEmpty { meta["title"] = titleText }
  }

  private struct Tag {
    var name: String
    var closing: Bool
    var selfClosing: Bool
    var attributes: [String: String]
  }

  private func startsWith(_ literal: String) -> Bool {
    let utf8 = Array(literal.utf8)
    guard position + utf8.count <= bytes.count else { return false }
    for (offset, byte) in utf8.enumerated() where ASCII.lowercased(bytes[position + offset]) != byte { return false }
    return true
  }

  private mutating func skipPast(_ terminator: String) {
    let utf8 = Array(terminator.utf8)
    while position < bytes.count {
      if startsWith(terminator) {
        position += utf8.count
        return
      }
      position += 1
    }
  }

  /// Reads a tag at `position` ("<" already there); nil when it is not a tag after all.
  private mutating func readTag() -> Tag? {
    var index = position + 1
    var closing = false
    if index < bytes.count && bytes[index] == UInt8(ascii: "/") {
      closing = true
      index += 1
    }
    let nameStart = index
    while index < bytes.count, ASCII.isLetter(bytes[index]) || ASCII.isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "-") {
      index += 1
    }
    guard index > nameStart, ASCII.isLetter(bytes[nameStart]) else { return nil }
    let name = String(decoding: bytes[nameStart..<index].map(ASCII.lowercased), as: UTF8.self)
    var attributes: [String: String] = [:]
    var selfClosing = false
    while index < bytes.count && bytes[index] != UInt8(ascii: ">") {
      let byte = bytes[index]
      if ASCII.isSpace(byte) {
        index += 1
        continue
      }
      if byte == UInt8(ascii: "/") {
        selfClosing = true
        index += 1
        continue
      }
      let keyStart = index
      while index < bytes.count, !ASCII.isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="),
        bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/")
      {
        index += 1
      }
      let key = String(decoding: bytes[keyStart..<index].map(ASCII.lowercased), as: UTF8.self)
      if index == keyStart {
        index += 1
        continue
      }
      var value = ""
      if index < bytes.count && bytes[index] == UInt8(ascii: "=") {
        index += 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
          let quote = bytes[index]
          let valueStart = index + 1
          index = valueStart
          while index < bytes.count && bytes[index] != quote { index += 1 }
          value = HTMLEntities.decode(bytes[valueStart..<min(index, bytes.count)])
          index += 1
        } else {
          let valueStart = index
          while index < bytes.count && !ASCII.isSpace(bytes[index]) && bytes[index] != UInt8(ascii: ">") { index += 1 }
          value = HTMLEntities.decode(bytes[valueStart..<index])
        }
      }
      if attributes[key] == nil { attributes[key] = value }
    }
    position = min(index + 1, bytes.count)
    return Tag(name: name, closing: closing, selfClosing: selfClosing, attributes: attributes)
  }

  private mutating func handle(_ tag: Tag) {
    if let drop = dropping {
      if tag.name == drop.name && !HTMLArticleReader.voidElements.contains(tag.name) {
        if tag.closing {
          dropping = drop.depth <= 1 ? nil : (drop.name, drop.depth - 1)
        } else if !tag.selfClosing {
          dropping = (drop.name, drop.depth + 1)
        }
      }
      return
    }
    if tag.closing {
      if tag.name == "article" { articleDepth = max(0, articleDepth - 1) }
      if tag.name == "main" { mainDepth = max(0, mainDepth - 1) }
      if HTMLArticleReader.blockElements.contains(tag.name) { flush() }
      return
    }
    switch tag.name {
    case "meta": readMeta(tag.attributes)
    case "link":
      if tag.attributes["rel"]?.lowercased() == "canonical", let href = tag.attributes["href"] { meta["url"] = href }
    case "html":
      if let lang = tag.attributes["lang"] { meta["language"] = lang }
    case "title":
      titleText = readRawText(until: "title").trimmingSpaces()
      return
    default: break
    }
    if HTMLArticleReader.rawTextElements.contains(tag.name) && tag.name != "title" && !tag.selfClosing {
      _ = readRawText(until: tag.name)
      return
    }
    if HTMLArticleReader.voidElements.contains(tag.name) || tag.selfClosing {
      if tag.name == "br" || tag.name == "hr" { flush() }
      return
    }
    if HTMLArticleReader.droppedElements.contains(tag.name) || isFurniture(tag) {
      flush()
      dropping = (tag.name, 1)
      return
    }
    if tag.name == "article" { flush(); articleDepth += 1 }
    if tag.name == "main" { flush(); mainDepth += 1 }
    if HTMLArticleReader.blockElements.contains(tag.name) { flush() }
  }

  /// Whether the element's class or id names page furniture; never `<html>` or `<body>`,
  /// whose classes describe the page ("has-sidebar"), not a part of it.
  private func isFurniture(_ tag: Tag) -> Bool {
    guard dropsFurnitureClasses, tag.name != "html", tag.name != "body" else { return false }
    for key in ["class", "id"] {
      guard let value = tag.attributes[key]?.lowercased() else { continue }
      let words = value.split { !$0.isLetter }
      if words.contains(where: { HTMLArticleReader.furnitureClassWords.contains(String($0)) }) { return true }
    }
    return false
  }

  private mutating func readMeta(_ attributes: [String: String]) {
    guard let content = attributes["content"] else { return }
    let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
    let mapped: String?
    switch key {
    case "og:title", "twitter:title": mapped = "title"
    case "article:published_time", "pubdate", "datepublished", "publish-date", "date", "dc.date": mapped = "published"
    case "author", "article:author", "dc.creator": mapped = "author"
    case "og:site_name": mapped = "site_name"
    case "og:url": mapped = "url"
    case "language", "content-language", "og:locale": mapped = "language"
    default: mapped = nil
    }
    guard let mapped, meta[mapped] == nil else { return }
    meta[mapped] = content
    if mapped == "site_name" && meta["source"] == nil { meta["source"] = content }
  }

  /// The text up to `</name>`, consumed.
  private mutating func readRawText(until name: String) -> String {
    let start = position
    let terminator = "</" + name
    while position < bytes.count && !startsWith(terminator) { position += 1 }
    let text = HTMLEntities.decode(bytes[start..<position])
    skipPast(">")
    return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  private mutating func appendText(byte: UInt8) {
    guard dropping == nil else { return }
    if ASCII.isSpace(byte) {
      pendingSpace = true
      return
    }
    if pendingSpace && !current.isEmpty { current.append(0x20) }
    pendingSpace = false
    current.append(byte)
  }

  private mutating func appendEntity() {
    var end = position + 1
    while end < bytes.count && end - position < 12 && bytes[end] != UInt8(ascii: ";") && !ASCII.isSpace(bytes[end]) {
      end += 1
    }
    if end < bytes.count && bytes[end] == UInt8(ascii: ";"), let decoded = HTMLEntities.scalar(bytes[(position + 1)..<end]) {
      position = end + 1
      if decoded == "\u{A0}" {
        appendText(byte: 0x20)
      } else {
        for byte in String(decoded).utf8 { appendText(byte: byte) }
      }
    } else {
      appendText(byte: bytes[position])
      position += 1
    }
  }

  private mutating func flush() {
    pendingSpace = false
    guard !current.isEmpty else { return }
    paragraphs.append(Paragraph(
      text: String(decoding: current, as: UTF8.self), inArticle: articleDepth > 0, inMain: mainDepth > 0))
    current.removeAll(keepingCapacity: true)
  }
}

/// HTML character references.
enum HTMLEntities {
  static let named: [String: Unicode.Scalar] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ldquo": "\u{201C}",
    "rdquo": "\u{201D}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "hellip": "\u{2026}", "mdash": "\u{2014}",
    "ndash": "\u{2013}", "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}", "laquo": "\u{AB}",
    "raquo": "\u{BB}", "bull": "\u{2022}", "middot": "\u{B7}", "deg": "\u{B0}", "times": "\u{D7}",
    "eacute": "\u{E9}", "egrave": "\u{E8}", "agrave": "\u{E0}", "ccedil": "\u{E7}", "uuml": "\u{FC}",
    "ouml": "\u{F6}", "auml": "\u{E4}", "shy": "\u{AD}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
  ]

  /// The scalar of a reference's name ("amp", "#39", "#x27"), or nil.
  static func scalar(_ name: ArraySlice<UInt8>) -> Unicode.Scalar? {
    guard let first = name.first else { return nil }
    if first == UInt8(ascii: "#") {
      let digits = name.dropFirst()
      let isHex = digits.first.map { $0 | 0x20 == UInt8(ascii: "x") } ?? false
      let text = String(decoding: isHex ? digits.dropFirst() : digits, as: UTF8.self)
      guard let value = UInt32(text, radix: isHex ? 16 : 10), value != 0 else { return nil }
      return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
    return named[String(decoding: name, as: UTF8.self)]
  }

  /// `bytes` with references replaced.
  static func decode(_ bytes: ArraySlice<UInt8>) -> String {
    guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
    var out = String.UnicodeScalarView()
    var index = bytes.startIndex
    var runStart = index
    while index < bytes.endIndex {
      if bytes[index] == UInt8(ascii: "&"),
        let semicolon = bytes[index..<min(bytes.endIndex, index + 12)].firstIndex(of: UInt8(ascii: ";")),
        let scalar = scalar(bytes[(index + 1)..<semicolon])
      {
        out.append(contentsOf: String(decoding: bytes[runStart..<index], as: UTF8.self).unicodeScalars)
        out.append(scalar)
        index = semicolon + 1
        runStart = index
      } else {
        index += 1
      }
    }
    out.append(contentsOf: String(decoding: bytes[runStart..<bytes.endIndex], as: UTF8.self).unicodeScalars)
    return String(out)
  }
}
