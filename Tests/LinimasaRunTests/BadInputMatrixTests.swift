import Foundation
import LinimasaCore
import LinimasaRun
import LinimasaTestSupport
import LinimasaText
import LinimasaTimeline
import Testing

/// What scrapers save, at its worst (docs/RELIABILITY.md). Each input sits in a folder
/// beside a good article: the run never stops, the good article is always processed, and
/// the bad input is either processed (with a warning where it was repaired) or in
/// `skipped` with its exact reason.
@Suite struct BadInputMatrixTests {
  static let good = Array(
    "Jakarta - Menteri Komunikasi dan Informatika Budi Arie Setiadi mengatakan pada Senin (4/12/2023) bahwa data pemilih aman.\n"
      .utf8)

  /// Runs the pipeline over a new folder holding `good.txt` and `files`; `prepare` may
  /// change the folder first, `progress` sees each file done.
  func run(
    _ files: [String: [UInt8]], jobs: Int = 1, configuration: TextConfiguration = PipelineTests.configuration,
    prepare: (URL) throws -> Void = { _ in }, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws -> Timeline {
    let folder = try Repository.temporaryFolder("matrix")
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, bytes) in files.merging(["good.txt": Self.good], uniquingKeysWith: { first, _ in first }) {
      let url = folder.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(bytes).write(to: url)
    }
    try prepare(folder)
    let timeline = try Pipeline(configuration: configuration).run(
      inputs: [folder.path], options: RunOptions(jobs: jobs, progress: progress))
    #expect(timeline.documents.contains { $0.path == "good.txt" && $0.warnings.isEmpty }, "good.txt was not processed")
    #expect(timeline.inputsSeen == timeline.documents.count + timeline.copies.count + timeline.skipped.count)
    return timeline
  }

  /// The reason `path` was skipped, if it was.
  func reason(_ timeline: Timeline, _ path: String) -> String? {
    timeline.skipped.first { $0.path == path }?.reason.message
  }

  /// The warnings of the document at `path`, if it was processed.
  func warnings(_ timeline: Timeline, _ path: String) -> [String]? {
    timeline.documents.first { $0.path == path }?.warnings
  }

  @Test func emptyFile() throws {
    let timeline = try run(["empty.txt": []])
    #expect(reason(timeline, "empty.txt") == "empty file")
  }

  @Test func binaryFile() throws {
    var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    png += (0..<512).map { UInt8(truncatingIfNeeded: $0 &* 37) }
    let timeline = try run(["photo.txt": png])
    #expect(reason(timeline, "photo.txt") == "binary file (control bytes from offset 6)")
  }

  @Test func truncatedUTF8IsRepairedAndReported() throws {
    // The file ends inside "é" (C3 A9).
    let cut = Self.good + Array("\nKata dia, data itu disimpan di server kafe".utf8) + [0xC3]
    let timeline = try run(["cut.txt": cut])
    #expect(
      warnings(timeline, "cut.txt") == [
        "invalid UTF-8 at byte \(cut.count - 1) (1 sequence replaced with U+FFFD; spans refer to the repaired text)"
      ])
  }

  @Test func utf16WithoutByteOrderMarkIsRecognised() throws {
    let text = String(decoding: Self.good, as: UTF8.self)
    let timeline = try run(["wide.txt": text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }])
    #expect(
      warnings(timeline, "wide.txt") == [
        "no byte-order mark; decoded as UTF-16 (little-endian) from its NUL byte pattern"
      ])
  }

  @Test func nulBytesInTextBecomeSpaces() throws {
    let timeline = try run(["nul.txt": Array(Self.good[..<10]) + [0, 0] + Self.good[10...]])
    #expect(warnings(timeline, "nul.txt") == ["2 NUL bytes from offset 10 replaced with spaces"])
  }

  @Test func aFiftyMegabyteSingleLineFileIsTooLargeForAnArticle() throws {
    let line = Array(repeating: Array("Data pemilih bocor lagi, kata dia. ".utf8), count: 1_500_000).joined()
    let timeline = try run(["one-line.txt": Array(line)])
    #expect(
      reason(timeline, "one-line.txt")
        == "too large for an article: 52500000 bytes, over the limit of 16777216 (see --max-article-mb)")
  }

  @Test func aTwoHundredMegabyteArticleIsNotEvenRead() throws {
    let timeline = try run([:]) { folder in
      // A sparse file: its size is all that is looked at.
      let path = folder.appendingPathComponent("huge.txt").path
      #expect(FileManager.default.createFile(atPath: path, contents: nil))
      #expect(truncate(path, 200 << 20) == 0)
    }
    #expect(
      reason(timeline, "huge.txt")
        == "too large for an article: 209715200 bytes, over the limit of 16777216 (see --max-article-mb)")
  }

  @Test func aDumpHoldsItsRecordsToTheLimitOneByOne() throws {
    let small = TextConfiguration(lexicons: PipelineTests.configuration.lexicons, maximumArticleBytes: 200)
    let long = String(repeating: "Kalimat panjang sekali. ", count: 20)
    let dump = "{\"text\": \"Jakarta - Satu dua tiga empat lima.\"}\n{\"text\": \"\(long)\"}\n"
    let timeline = try run(["dump.jsonl": Array(dump.utf8)], configuration: small)
    #expect(timeline.documents.map(\.path).contains("dump.jsonl#1"))
    #expect(
      reason(timeline, "dump.jsonl#2")
        == "too large for an article: 480 bytes, over the limit of 200 (see --max-article-mb)")
  }

  @Test func aHundredThousandTinyFiles() throws {
    let count = 100_000
    let timeline = try run([:], jobs: 2) { folder in
      let tiny = folder.appendingPathComponent("tiny")
      try FileManager.default.createDirectory(at: tiny, withIntermediateDirectories: true)
      // Each file its own article: byte-identical ones would be one document and copies.
      for index in 0..<count {
        let text = Data("Jakarta - Satu dua tiga \(index).\n".utf8)
        #expect(FileManager.default.createFile(atPath: tiny.path + "/\(index).txt", contents: text))
      }
    }
    #expect(timeline.documents.count == count + 1)
    // A count, not the list: a failure would print a hundred thousand entries.
    #expect(timeline.skipped.count == 0)
    #expect(timeline.filesSeen == count + 1)
  }

  @Test func quotesLeftOpenAcrossAWholeArticle() throws {
    let paragraphs = (1...40).map {
      "“Paragraf \($0) dibuka dengan tanda kutip yang tidak pernah ditutup, kata pejabat itu."
    }
    let text = "Jakarta - " + paragraphs.joined(separator: "\n\n") + "\n"
    let bytes = Array(text.utf8)
    let timeline = try run(["open-quotes.txt": bytes])
    let document = try #require(timeline.documents.first { $0.path == "open-quotes.txt" })
    #expect(document.warnings.isEmpty)
    // Each paragraph is one quotation, none running on past its paragraph.
    let claims = try #require(document.details?.claims)
    #expect(claims.count == paragraphs.count)
    #expect(claims.allSatisfy { !bytes[$0.span.start..<$0.span.end].contains(UInt8(ascii: "\n")) })
  }

  @Test func tenThousandDatesInOneArticle() throws {
    let dates = (0..<10_000).map { "\($0 % 28 + 1)/\($0 % 12 + 1)/\(2000 + $0 % 24)" }
    let text = "Jakarta - Tanggal yang disebut: " + dates.joined(separator: ", ") + ".\n"
    let timeline = try run(["dates.txt": Array(text.utf8)])
    let document = try #require(timeline.documents.first { $0.path == "dates.txt" })
    #expect(document.details?.temporalExpressions.count == 10_000)
  }

  @Test func malformedFrontMatter() throws {
    let timeline = try run(["bad.md": Array("---\ntitle: Kebocoran data\ndate 2023-12-04\n---\nIsi berita.\n".utf8)])
    #expect(
      reason(timeline, "bad.md") == "malformed front-matter: line 3: could not find expected ':' (while scanning a simple key)")
  }

  @Test func malformedJSON() throws {
    let timeline = try run(["dump.json": Array("[{\"text\": \"Satu dua tiga.\"}, {\"text\": }]".utf8)])
    #expect(reason(timeline, "dump.json") == "malformed json: line 1, column 39: unexpected character '}'")
  }

  @Test func oneBadLineOfJSONLines() throws {
    let dump = """
      {"text": "Jakarta - Satu dua tiga empat lima enam."}
      {"text": "Tujuh delapan
      {"text": "Jakarta - Sembilan sepuluh sebelas dua belas."}

      """
    let timeline = try run(["dump.jsonl": Array(dump.utf8)])
    #expect(timeline.documents.map(\.path).filter { $0.hasPrefix("dump") } == ["dump.jsonl#1", "dump.jsonl#3"])
    #expect(reason(timeline, "dump.jsonl#2") == "malformed json: line 2, column 10: unterminated string")
  }

  @Test func deeplyNestedHTML() throws {
    let depth = 100_000
    let html =
      String(repeating: "<div>", count: depth) + "<p>Jakarta - Data pemilih bocor, kata pejabat itu pada Senin.</p>"
      + String(repeating: "</div>", count: depth)
    let timeline = try run(["nested.html": Array(html.utf8)])
    #expect(timeline.documents.contains { $0.path == "nested.html" })
  }

  @Test func filesDeletedOrMadeUnreadableMidRun() throws {
    let folder = try Repository.temporaryFolder("matrix-midrun")
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["0-first.txt", "1-deleted.txt", "2-unreadable.txt"] {
      try Data(Self.good).write(to: folder.appendingPathComponent(name))
    }
    // Once the first file is read, the second is deleted and the third becomes a folder
    // (permissions would not stop root).
    let timeline = try Pipeline(configuration: PipelineTests.configuration).run(
      inputs: [folder.path],
      options: RunOptions(
        jobs: 1,
        progress: { done, _ in
          guard done == 1 else { return }
          try? FileManager.default.removeItem(at: folder.appendingPathComponent("1-deleted.txt"))
          try? FileManager.default.removeItem(at: folder.appendingPathComponent("2-unreadable.txt"))
          try? FileManager.default.createDirectory(
            at: folder.appendingPathComponent("2-unreadable.txt"), withIntermediateDirectories: false)
        }))
    #expect(timeline.documents.map(\.path) == ["0-first.txt"])
    #expect(reason(timeline, "1-deleted.txt") == "cannot read: No such file or directory")
    #expect(reason(timeline, "2-unreadable.txt") == "cannot read: Is a directory")
  }

  @Test func symbolicLinkLoop() throws {
    let timeline = try run([:]) { folder in
      let inner = folder.appendingPathComponent("inner")
      try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
      try FileManager.default.createSymbolicLink(atPath: inner.path + "/back", withDestinationPath: "..")
    }
    #expect(reason(timeline, "inner/back") == "symbolic link loop: the directory is already being read")
  }

  @Test func pathsWithSpacesAndNonASCIINames() throws {
    let timeline = try run([
      // Other bytes than good.txt's: byte-identical files would be one document and copies.
      "berita terbaru/Pemilu 2024 — ringkasan.txt": Self.good + Array(" Ringkasan.\n".utf8),
      "Ñusantara/cuaca ekstrem.md": Self.good + Array(" Cuaca.\n".utf8),
    ])
    let documents = timeline.documents.filter { $0.path != "good.txt" }
    #expect(documents.map(\.path) == ["berita terbaru/Pemilu 2024 — ringkasan.txt", "Ñusantara/cuaca ekstrem.md"])
    #expect(documents.map(\.id) == ["berita-terbaru/Pemilu-2024---ringkasan", "-usantara/cuaca-ekstrem"])
  }

  /// The mistakes the bundled lexicons plus a user folder holding `files` give.
  func lexiconMistakes(_ files: [String: String]) throws -> [String] {
    try Repository.lexiconMistakes(files, over: [Repository.lexicons.path])
  }

  static let entityHeader = "id\ttype\tname_id\tname_en\taliases\troles\n"

  @Test func aLexiconFileWithASyntaxError() throws {
    let mistakes = try lexiconMistakes(["id/months.tsv": "name\tmonth\njanuari\t1\nfebruari 2\n"])
    #expect(mistakes == ["id/months.tsv:3: expected 2 tab-separated fields (name, month), found 1"])
  }

  @Test func aLexiconWithADuplicateID() throws {
    let mistakes = try lexiconMistakes([
      "common/entities.tsv": Self.entityHeader + "org:bawaslu-x\torganization\tBadan X\tAgency X\t-\t-\n"
        + "org:bawaslu-x\torganization\tBadan Y\tAgency Y\t-\t-\n"
    ])
    #expect(mistakes == ["common/entities.tsv:3: duplicate entry 'org:bawaslu-x' (first at line 2)"])
  }

  @Test func aLexiconWithAConflictingAlias() throws {
    // One alias for two entities: a mention of it could be either.
    let mistakes = try lexiconMistakes([
      "common/entities.tsv": Self.entityHeader + "org:badan-x\torganization\tBadan X\tAgency X\tBX\t-\n"
        + "org:badan-y\torganization\tBadan Y\tAgency Y\tbx\t-\n"
    ])
    #expect(mistakes == ["common/entities.tsv:3: duplicate entry 'bx' (first at line 2)"])
  }
}
