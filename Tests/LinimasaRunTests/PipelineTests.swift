import Foundation
import LinimasaCore
import LinimasaRun
import LinimasaTestSupport
import LinimasaText
import LinimasaTimeline
import Testing

@testable import LinimasaExport

@Suite struct PipelineTests {
  static let configuration = TextConfiguration(
    lexicons: (try? Lexicons.load(from: [Repository.lexicons.path])) ?? Lexicons())

  func run(_ inputs: [String], jobs: Int = 1) throws -> Timeline {
    try Pipeline(configuration: Self.configuration).run(inputs: inputs, options: RunOptions(jobs: jobs))
  }

  @Test func outputIsByteIdenticalAcrossThreadCounts() throws {
    let one = try TimelineJSON.format(try run([Repository.corpus.path], jobs: 1))
    let two = try TimelineJSON.format(try run([Repository.corpus.path], jobs: 2))
    let eight = try TimelineJSON.format(try run([Repository.corpus.path], jobs: 8))
    #expect(one == two)
    #expect(one == eight)
  }

  @Test func everyInputIsProcessedOrSkipped() throws {
    let folder = try Repository.temporaryFolder("accounting")
    let files: [String: [UInt8]] = [
      "good.txt": Array("Jakarta - Berita ini cukup panjang untuk dibaca sebagai prosa.\n".utf8),
      "empty.txt": [],
      "image.png": [0x89, 0x50],
      "binary.txt": (0...255).map { UInt8($0) },
      "dump.jsonl": Array(
        "{\"text\": \"Satu dua tiga empat lima.\"}\nnot json\n{\"text\": \"Enam tujuh delapan sembilan sepuluh.\"}\n"
          .utf8),
      "bad.md": Array("---\ntitle: x\n".utf8),
    ]
    for (name, bytes) in files {
      try Data(bytes).write(to: folder.appendingPathComponent(name))
    }
    let timeline = try run([folder.path])
    #expect(timeline.documents.map(\.path) == ["dump.jsonl#1", "dump.jsonl#3", "good.txt"])
    #expect(timeline.skipped.map(\.path) == ["bad.md", "binary.txt", "dump.jsonl#2", "empty.txt", "image.png"])
    #expect(
      timeline.skipped.map(\.reason.code) == [
        "malformed-front-matter", "binary", "malformed-json", "empty", "unsupported-type",
      ])
    #expect(timeline.inputsSeen == timeline.documents.count + timeline.skipped.count)
  }

  @Test func documentIDsComeFromPaths() throws {
    #expect(DocumentIDs.id(for: "id/000_ab1b19cd05ee95ab.txt", keepExtension: false) == "id/000_ab1b19cd05ee95ab")
    #expect(DocumentIDs.id(for: "en/dump.jsonl#3", keepExtension: false) == "en/dump-3")
    #expect(DocumentIDs.id(for: "berita ü.md", keepExtension: false) == "berita--")
    let folder = try Repository.temporaryFolder("ids")
    try "Jakarta - Isi berita yang cukup panjang sebagai prosa.".write(
      to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    try "---\ntitle: t\n---\nJakarta - Isi berita yang cukup panjang sebagai prosa.".write(
      to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
    #expect(try run([folder.path]).documents.map(\.id) == ["a.md", "a.txt"])
  }

  @Test func documentIDsAreFixedByTheFilesAlone() {
    let ids = DocumentIDs(files: [
      "a.txt", "a.md", "b.txt", "dump.jsonl", "dump-3.txt", "news/c.html", "x.jsonl", "x.jsonl", "x.jsonl",
    ])
    #expect(ids.id(for: "a.txt") == "a.txt")
    #expect(ids.id(for: "a.md") == "a.md")
    #expect(ids.id(for: "b.txt") == "b")
    #expect(ids.id(for: "news/c.html") == "news/c")
    // "dump-3.txt" could share an id with record 3 of "dump.jsonl", whatever the dump holds.
    #expect(ids.id(for: "dump-3.txt") == "dump-3.txt")
    #expect(ids.id(for: "dump.jsonl#3") == "dump.jsonl-3")
    #expect(ids.id(for: "x.jsonl#12") == "x-12")
  }

  @Test func theStreamingWriterWritesWhatTheWholeTimelineWould() throws {
    let whole = try TimelineJSON.format(try run([Repository.corpus.path]))
    // Events spilled a megabyte at a time (whole), and 64 bytes at a time (each event in many pieces).
    for (jobs, eventPieceSize) in [(1, 1 << 20), (2, 1 << 20), (1, 64), (2, 64)] {
      let folder = try Repository.temporaryFolder("spill")
      let writer = try TimelineJSONWriter(spillFolder: folder.path, eventPieceSize: eventPieceSize)
      let timeline = try Pipeline(configuration: Self.configuration).run(
        inputs: [Repository.corpus.path], options: RunOptions(jobs: jobs, observer: writer, keepsDetails: false))
      // What the timeline gathered across documents is gone from the records too.
      #expect(timeline.documents.allSatisfy { $0.details == nil && $0.events.isEmpty && $0.entities.isEmpty })
      #expect(!timeline.entities.isEmpty && !timeline.legalReferences.isEmpty && !timeline.events.isEmpty)
      #expect(timeline.documents.contains { $0.copyOf != nil })
      var pieces: [[UInt8]] = []
      try writer.write(timeline, threads: jobs) { pieces.append($0) }
      #expect(String(decoding: Array(pieces.joined()), as: UTF8.self) == whole)
      // The spill file was unlinked as soon as it was made.
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
  }

  @Test func eventsMergedAsFilesFinishEqualThoseMergedAtTheEnd() throws {
    let lexicons = Self.configuration.lexicons
    for jobs in [1, 2, 8] {
      let run = try run([Repository.corpus.path], jobs: jobs)
      let rebuilt = Timeline(
        documents: run.documents.reversed(), skipped: run.skipped, statutes: lexicons.statutes,
        lexiconEntities: lexicons.entities, eventTypes: lexicons.eventTypes)
      #expect(try TimelineJSON.format(rebuilt) == TimelineJSON.format(run))
      #expect(run.events.contains { event in event.sources.contains { $0.copyOf != nil } })
    }
  }

  @Test func aTimelineWithoutDetailsCannotBeFormattedWhole() throws {
    let timeline = try Pipeline(configuration: Self.configuration).run(
      inputs: [Repository.corpus.appendingPathComponent("id").path], options: RunOptions(keepsDetails: false))
    #expect(throws: FragmentSpillError.self) { try TimelineJSON.format(timeline) }
  }

  @Test func timelineJSONFollowsTheContract() throws {
    let json = try JSONParser.parse(
      try TimelineJSON.format(try run([Repository.corpus.appendingPathComponent("id").path])))
    #expect(json["schemaVersion"] == .string("1"))
    for key in ["documents", "entities", "legalReferences", "claims", "events", "skipped"] {
      #expect(json[key]?.arrayValue != nil, "missing array \(key)")
    }
    let document = try #require(json["documents"]?.arrayValue?.first)
    for key in [
      "id", "path", "language", "title", "source", "dateline", "published", "cleaning", "temporalExpressions",
      "warnings",
    ] {
      #expect(document[key] != nil, "document lacks \(key)")
    }
    for key in ["paragraphsIn", "paragraphsKept", "duplicatesRemoved", "boilerplateRemoved"] {
      #expect(document["cleaning"]?[key]?.intValue != nil, "cleaning lacks \(key)")
    }
  }

  @Test func theAnalyzerTurnsAnInputIntoRecordsOrSkips() throws {
    let analyzer = try ArticleAnalyzer(configuration: Self.configuration)
    let article = Array("Jakarta - Komisi Pemilihan Umum (KPU) menetapkan jadwal baru pada Senin (4/12/2023).\n".utf8)
    let (records, skipped) = analyzer.records(article, path: "a.txt", format: .text)
    #expect(records.count == 1 && skipped.isEmpty)
    #expect(records.first?.entities.contains { $0.id == "org:kpu" } == true)
    // A dump's records, one of them chosen by path; an empty record is skipped with its reason.
    let dump = Array(#"""
      {"text": "Jakarta - KPU menetapkan jadwal."}
      {"text": ""}

      """#.utf8)
    let all = analyzer.analyze(dump, path: "dump.jsonl", format: .jsonLines)
    #expect(all.count == 2)
    guard case .failure(let skip)? = all.last else { Issue.record("the empty record is not skipped"); return }
    #expect(skip.path == "dump.jsonl#2" && !skip.reason.code.isEmpty)
    // Stages are timed only when asked for.
    #expect(analyzer.stageSplit == nil)
  }

  @Test func benchmarkCorpusIsDeterministic() {
    let first = BenchmarkCorpus(megabytes: 0.2, seed: 7)
    let second = BenchmarkCorpus(megabytes: 0.2, seed: 7)
    #expect(first.articles.map(\.bytes) == second.articles.map(\.bytes))
    #expect(first.byteCount >= 200_000)
    #expect(BenchmarkCorpus(megabytes: 0.2, seed: 8).articles.map(\.bytes) != first.articles.map(\.bytes))
  }

  @Test func benchmarkMeasuresBareICUAndEveryStageOnAWrittenCorpus() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linimasa-bench-test-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    let written = try BenchmarkCorpus.write(megabytes: 0.2, seed: 7, to: folder)
    let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil).sorted {
      $0.path < $1.path
    }
    // The files hold the in-memory corpus's bytes.
    #expect(files.count == written.articles)
    #expect(written.bytes == BenchmarkCorpus(megabytes: 0.2, seed: 7).byteCount)
    #expect(try ExtractionBenchmark.bareICU(files) > 0)
    let split = try ExtractionBenchmark.stageSplit(files, configuration: Self.configuration)
    #expect(
      split.named.map(\.0) == [
        "ingestion", "paragraphs+measurement", "cleaning", "language+metadata", "segmentation",
        "dates", "legal references", "entities", "claims", "events",
      ])
    #expect(split.named.allSatisfy { $0.1 > 0 })
  }

  @Test func syntheticLexiconLoadsWithEveryEntity() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linimasa-lexicon-test-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    try SyntheticLexicon.write(entities: 3_000, to: folder)
    let lexicons = try Lexicons.load(from: [Repository.lexicons.path, folder.path])
    #expect(lexicons.entities.keys.filter { $0.contains(":bench-") }.count == 3_000)
  }

  @Test func byteIdenticalInputsAreOneDocumentWithTheirCopiesRecorded() throws {
    let folder = try Repository.temporaryFolder("copies")
    let article = try Data(contentsOf: Repository.corpus.appendingPathComponent("id/000_ab1b19cd05ee95ab.txt"))
    for name in ["a.txt", "b/a-again.txt", "c.txt"] {
      let url = folder.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try article.write(to: url)
    }
    // The same bytes plus a line: another document.
    try (article + Data("\nBaca juga: berita lain\n".utf8)).write(to: folder.appendingPathComponent("d.txt"))
    // Two identical dumps: record by record, copies of each other.
    let dump = Data("{\"text\": \"Jakarta - Rapat pleno KPU digelar pada Senin (27/11/2023) di kantor KPU.\"}\n".utf8)
    try dump.write(to: folder.appendingPathComponent("x.jsonl"))
    try dump.write(to: folder.appendingPathComponent("y.jsonl"))
    let timeline = try run([folder.path])
    #expect(timeline.documents.map(\.path) == ["a.txt", "d.txt", "x.jsonl#1"])
    #expect(
      timeline.copies == [
        DocumentCopy(path: "b/a-again.txt", document: "a"), DocumentCopy(path: "c.txt", document: "a"),
        DocumentCopy(path: "y.jsonl#1", document: "x-1"),
      ])
    #expect(timeline.inputsSeen == 6 && timeline.filesSeen == 6)
    #expect(RunAccount.line(timeline).hasPrefix("6 files, 6 inputs: 3 processed, 3 identical copies, 0 skipped"))
    #expect(CSVExport.format(timeline).contains("copy,c.txt,,,,,,,identical to a,"))
    #expect(MarkdownExport.format(timeline).contains("## Identical copies\n\n- `b/a-again.txt`: the same bytes as `a`"))
    #expect(JSONLinesExport.format(timeline).contains("\"copies\":[{\"path\":\"b/a-again.txt\",\"document\":\"a\"}"))
    // The copies add no source to any event.
    #expect(!timeline.events.isEmpty)
    for event in timeline.events { #expect(Set(event.sources.map(\.document)).isSubset(of: ["a", "d", "x-1"])) }
    // Through the JSON writer, which saw every copy's parts on the workers: none is written.
    let writer = try TimelineJSONWriter(spillFolder: nil)
    let streamed = try Pipeline(configuration: Self.configuration).run(
      inputs: [folder.path], options: RunOptions(jobs: 2, observer: writer, keepsDetails: false))
    var bytes: [UInt8] = []
    try writer.write(streamed, to: { bytes += $0 })
    let json = String(decoding: bytes, as: UTF8.self)
    #expect(json == (try TimelineJSON.format(timeline)))
    #expect(json.contains("\"copies\": 3,") && !json.contains("\"document\": \"c\","))
  }
}
