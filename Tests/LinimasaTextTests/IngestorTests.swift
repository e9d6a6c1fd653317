import LinimasaCore
import LinimasaTestSupport
@testable import LinimasaText
import Testing

@Suite struct MarkdownIngestionTests {
  @Test func readsFrontMatterAndKeepsSpansIntoTheWholeFile() throws {
    let text = """
      ---
      title: "Kominfo Layangkan Surat ke KPU"
      source: Suluh Daring
      url: https://suluh.example/2023/11/29/kominfo
      published: 2023-11-29
      language: id
      authors:
        - Fajar Wicaksono
        - Rina Sari
      tags: [kpu, data]
      ---
      Jakarta - Isi berita.

      """
    let article = try #require(Fixtures.article(text, path: "a.md"))
    #expect(article.metadata.title == "Kominfo Layangkan Surat ke KPU")
    #expect(article.metadata.source == "Suluh Daring")
    #expect(article.metadata.published?.iso == "2023-11-29")
    #expect(article.metadata.language == .indonesian)
    #expect(article.metadata.authors == ["Fajar Wicaksono", "Rina Sari"])
    #expect(String(decoding: article.bytes[article.body], as: UTF8.self) == "Jakarta - Isi berita.\n")
    #expect(article.bytes.count == text.utf8.count)
  }

  @Test func markdownWithoutFrontMatterIsAllBody() throws {
    let article = try #require(Fixtures.article("Hanya isi.\n", path: "a.md"))
    #expect(article.body == 0..<11)
  }

  @Test(arguments: [
    ("---\ntitle: x\nisi tanpa penutup\n", "malformed front-matter: line 1: front matter opened with '---' is never closed"),
    ("---\ntitle: x\n", "malformed front-matter: line 1: front matter opened with '---' is never closed"),
    (
      "---\ntitle: \"x\n---\nisi\n",
      "malformed front-matter: line 2: found unexpected end of stream (while scanning a quoted scalar)"
    ),
    ("---\ntitle: Berita: KPU\n---\nisi\n", "malformed front-matter: line 2: mapping values are not allowed in this context"),
    ("---\n- satu\n- dua\n---\nisi\n", "malformed front-matter: line 2: front matter must be 'key: value' lines"),
    ("---\ntitle: x\nsource: *nowhere\n---\nisi\n", "malformed front-matter: line 3: found undefined alias"),
    ("---\ntitle: x\n---\n\n", "Markdown body has no text"),
  ])
  func malformedFrontMatterIsSkippedWithItsLine(text: String, reason: String) {
    #expect(Fixtures.skipReason(text, path: "a.md") == reason)
  }

  /// Front matter is YAML, read whole by Yams: block scalars, escapes, anchors and
  /// aliases, flow and block lists, comments; nested maps are accepted and left out.
  @Test func frontMatterIsReadAsYAML() throws {
    let text = """
      ---
      # exported by a CMS
      title: >-
        Kebocoran data pemilih:
        KPU menelusuri
      author: &reporter "Rina\\u0020Marlina"
      byline: *reporter
      tags: [pemilu, "data pribadi"]
      categories:
        - nasional
        - hukum
      seo:
        description: tidak dipakai
      date: 2023-12-04  # a comment after the value
      ---
      Jakarta - Komisi Pemilihan Umum menelusuri dugaan kebocoran data pemilih pada Senin.

      """
    let article = try #require(Fixtures.article(text, path: "a.md"))
    #expect(article.metadata.title == "Kebocoran data pemilih: KPU menelusuri")
    #expect(article.metadata.authors == ["Rina Marlina"])
    #expect(article.metadata.published?.iso == "2023-12-04")
    #expect(article.warnings.isEmpty)
    let block = try #require(try FrontMatter.parse(Array(text.utf8)))
    #expect(block.values["categories"] == ["nasional", "hukum"] && block.values["tags"] == ["pemilu", "data pribadi"])
    #expect(block.values["seo"] == nil && block.lines["date"] == 14)
    #expect(String(decoding: Array(text.utf8)[block.bodyStart...], as: UTF8.self).hasPrefix("Jakarta - "))
  }

  @Test func unreadableDateBecomesAWarning() throws {
    let article = try #require(Fixtures.article("---\npublished: kemarin sore\n---\nIsi.\n", path: "a.md"))
    #expect(article.metadata.published == nil)
    #expect(article.warnings == ["front matter line 2: cannot read the date 'kemarin sore'; ignored"])
  }
}

@Suite struct JSONIngestionTests {
  @Test func bylineJoinersComeFromTheLexicons() throws {
    let json = Array(#"{"author": "Ayu Lestari dan Budi Santoso serta Rina Sari", "text": "Baris satu."}"#.utf8)
    let bundled = Ingestor(lexicons: Fixtures.lexicons).read(json, path: "a.json", format: .json)
    guard case .success(let article)? = bundled.first else { Issue.record("not read"); return }
    #expect(article.metadata.authors == ["Ayu Lestari", "Budi Santoso serta Rina Sari"])
    // A joiner an overlay lexicon adds takes effect.
    let overlay = try Repository.folder("byline-joiners", files: ["id/byline-joiners.txt": "serta\n"])
    let lexicons = try Lexicons.load(from: [Repository.lexicons.path, overlay.path])
    guard case .success(let joined)? = Ingestor(lexicons: lexicons).read(json, path: "a.json", format: .json).first
    else { Issue.record("not read"); return }
    #expect(joined.metadata.authors == ["Ayu Lestari", "Budi Santoso", "Rina Sari"])
  }

  @Test func readsTrafilaturaShape() throws {
    let json = #"{"title": "T", "author": "A; B", "hostname": "www.tribunnews.com", "date": "2023-12-04", "url": "https://x.example/a", "text": "Baris satu.\nBaris dua."}"#
    let article = try #require(Fixtures.article(json, path: "a.json"))
    #expect(String(decoding: article.bytes, as: UTF8.self) == "Baris satu.\nBaris dua.")
    #expect(article.metadata.source == "Tribunnews")
    #expect(article.metadata.authors == ["A", "B"])
    #expect(article.metadata.published?.iso == "2023-12-04")
  }

  @Test func readsNewspaperAndNewsPleaseShapes() throws {
    let newspaper = #"{"title": "T", "authors": ["Maya Kartika"], "publish_date": "2024-06-25T10:00:00+07:00", "text": "Isi."}"#
    let article = try #require(Fixtures.article(newspaper, path: "a.json"))
    #expect(article.metadata.authors == ["Maya Kartika"])
    #expect(article.metadata.published?.iso == "2024-06-25")
    let newsPlease = #"{"maintext": "Isi.", "date_publish": "2024-06-25 10:00:00", "source_domain": "kompas.com"}"#
    let other = try #require(Fixtures.article(newsPlease, path: "b.json"))
    #expect(other.metadata.published?.iso == "2024-06-25")
    #expect(other.metadata.source == "Kompas.com")
  }

  @Test func reportsMalformedJSONWithLineAndColumn() {
    #expect(Fixtures.skipReason("{\n  \"text\": \"x\",\n  oops\n}", path: "a.json")
      == "malformed json: line 3, column 3: expected a string key")
    #expect(Fixtures.skipReason(#"{"title": "no body"}"#, path: "a.json")
      == "no 'text' or 'content' field with a string value")
    #expect(Fixtures.skipReason("[1]", path: "a.json") == "malformed json: item 1: expected an article object")
  }

  @Test func readsJSONLinesAndReportsTheBadLine() {
    let dump = """
      {"text": "Satu."}
      {"text": "Dua.",
      {"text": "Tiga."}

      {"content": "Empat."}
      """
    let results = Fixtures.read(dump, path: "d.jsonl")
    let paths = results.map { result -> String in
      switch result {
      case .success(let article): return "ok " + article.path
      case .failure(let skipped): return "skip " + skipped.path + " " + skipped.reason.message
      }
    }
    #expect(paths == [
      "ok d.jsonl#1", "skip d.jsonl#2 malformed json: line 2, column 17: expected a string key", "ok d.jsonl#3",
      "ok d.jsonl#5",
    ])
  }
}

@Suite struct FormatTests {
  @Test func unsupportedExtensionsAreNamed() {
    #expect(SkipReason.unsupported(extension: "pdf").message
      == "unsupported file type ('.pdf'); expected .txt, .md, .json, .jsonl, .html or .htm")
  }

  @Test func readsCRLFAndCRLineEnds() throws {
    for separator in ["\r\n", "\r"] {
      let text = ["Jakarta (ANTARA) - Kalimat pertama yang cukup panjang untuk prosa.", "Kalimat kedua juga cukup panjang di sini."]
        .joined(separator: separator)
      let analysis = try #require(try Fixtures.analyze(text))
      #expect(analysis.cleaning.paragraphs.count == 2)
      #expect(analysis.article.text(analysis.cleaning.paragraphs[1].span) == "Kalimat kedua juga cukup panjang di sini.")
    }
  }
}
