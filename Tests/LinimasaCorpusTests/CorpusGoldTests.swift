// Hand-checked truth (Tests/Gold/) that the text stages must meet on every corpus article.
import Foundation
import LinimasaCore
import LinimasaTestSupport
import LinimasaText
import Testing

@Suite struct CorpusGoldTests {
  static func strings(_ gold: JSONValue, _ key: String, field: String? = nil) -> [String] {
    (gold[key]?.arrayValue ?? []).compactMap { item -> String? in
      guard let field else { return item.stringValue }
      return item[field]?.stringValue
    }
  }

  @Test(arguments: CorpusFixtures.goldPaths)
  func goldSnippetsAreExactSubstrings(path: String) throws {
    let gold = try #require(CorpusFixtures.gold[path])
    let article = try #require(CorpusFixtures.articles[path], "gold names \(path), which is not in Corpus/")
    let text = String(decoding: article.bytes, as: UTF8.self)
    let snippets = Self.strings(gold, "dates", field: "text") + Self.strings(gold, "legal", field: "text")
      + Self.strings(gold, "quotes", field: "begins") + Self.strings(gold, "kept")
    for snippet in snippets {
      #expect(text.contains(snippet), "\(path): '\(snippet)' is not in the article")
    }
    // Page furniture of an HTML page may be dropped with its element, so it is looked for
    // in the page's source.
    let source = article.format == .html
      ? try String(contentsOf: Repository.corpus.appendingPathComponent(path), encoding: .utf8) : text
    for snippet in Self.strings(gold, "removed") {
      #expect(source.contains(snippet), "\(path): '\(snippet)' is not in the article")
    }
  }

  @Test(arguments: CorpusFixtures.goldPaths)
  func cleaningKeepsArticleTextAndRemovesFurniture(path: String) throws {
    let gold = try #require(CorpusFixtures.gold[path])
    let analysis = try #require(try CorpusFixtures.analysis(path))
    let paragraphs = analysis.cleaning.paragraphs.map { (analysis.article.text($0.span), $0) }
    for snippet in Self.strings(gold, "kept") {
      let holders = paragraphs.filter { $0.0.contains(snippet) }
      #expect(holders.contains { $0.1.isKept }, "\(path): not kept: \(snippet)")
    }
    for snippet in Self.strings(gold, "removed") {
      let holders = paragraphs.filter { $0.0.contains(snippet) }
      #expect(!holders.contains { $0.1.isKept }, "\(path): not removed: \(snippet)")
      #expect(!holders.isEmpty || analysis.article.format == .html, "\(path): not found: \(snippet)")
    }
    if let expected = gold["duplicatesRemoved"]?.intValue {
      #expect(analysis.cleaning.duplicateCount == expected, "\(path): duplicates")
    }
  }

  @Test(arguments: CorpusFixtures.goldPaths)
  func languageIsRightForDocumentsAndLongParagraphs(path: String) throws {
    let gold = try #require(CorpusFixtures.gold[path])
    let analysis = try #require(try CorpusFixtures.analysis(path))
    let expected = try #require(gold["language"]?.stringValue)
    #expect(analysis.language.rawValue == expected, "\(path)")
    for paragraph in analysis.cleaning.paragraphs where paragraph.isKept && paragraph.wordCount >= 20 {
      #expect(paragraph.language.rawValue == expected, "\(path) #\(paragraph.index + 1)")
    }
  }

  @Test(arguments: CorpusFixtures.goldPaths)
  func publicationDateMatchesWhatTheArticleShows(path: String) throws {
    let gold = try #require(CorpusFixtures.gold[path])
    let analysis = try #require(try CorpusFixtures.analysis(path))
    #expect(analysis.metadata.published?.value.iso == gold["published"]?.stringValue, "\(path)")
    // An inferred date is reasoned, not shown, so gold files do not record it.
    let facts = CorpusFixtures.facts.extract(analysis)
    if facts.published?.basis != .inferred {
      #expect(facts.published?.value.iso == gold["published"]?.stringValue, "\(path)")
    }
  }

  /// See: issue 2 — seed 000 repeats its whole text after the first paragraph.
  @Test func seedWithRepeatedTextKeepsElevenParagraphs() throws {
    let analysis = try #require(try CorpusFixtures.analysis("id/000_ab1b19cd05ee95ab.txt"))
    #expect(analysis.cleaning.keptCount == 11)
    #expect(analysis.cleaning.duplicateCount == 10)
  }

  /// See: issue 2 — seed 001 mixes menus, promos and "Baca juga" lines into the text.
  @Test func seedWithFurnitureKeepsEveryArticleParagraph() throws {
    let analysis = try #require(try CorpusFixtures.analysis("id/001_5ac4a427768830dd.txt"))
    let kept = analysis.cleaning.paragraphs.filter(\.isKept).map { analysis.article.text($0.span) }
    #expect(kept.count == 13)
    #expect(kept.first?.hasPrefix("TRIBUNNEWS.COM, JAKARTA - ") == true)
    #expect(kept.last?.hasPrefix("Tindakan tersebut sebagaimana diatur dalam Pasal 30 Ayat (2)") == true)
    #expect(!kept.contains { $0.hasPrefix("Baca juga") || $0.count < 40 })
  }
}
