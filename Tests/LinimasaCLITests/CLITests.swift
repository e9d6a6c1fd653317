import Foundation
import LinimasaCore
import LinimasaTestSupport
import Testing

/// Runs the built `linimasa` binary.
struct Run {
  let status: Int32
  let standardOutput: String
  let standardError: String

  init(_ arguments: [String], environment: [String: String] = [:], program: String? = nil) throws {
    let process = Process()
    process.executableURL = program.map { URL(fileURLWithPath: $0) } ?? Repository.executable
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let output = Pipe(), error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    status = process.terminationStatus
    standardOutput = String(decoding: outputData, as: UTF8.self)
    standardError = String(decoding: errorData, as: UTF8.self)
  }
}

@Suite struct CLITests {
  @Test func helpShowsExamplesAndVersionPrints() throws {
    let help = try Run(["--help"])
    #expect(help.status == 0)
    #expect(help.standardOutput.contains("linimasa extract Corpus -o timeline.json"))
    let extractHelp = try Run(["extract", "--help"])
    #expect(extractHelp.standardOutput.contains("Examples:"))
    #expect(try Run(["--version"]).standardOutput == LinimasaVersion.current + "\n")
  }

  @Test func usageErrorsExitWithTwo() throws {
    #expect(try Run(["extract"]).status == 2)
    #expect(try Run(["extract", "Corpus", "--jobs", "0"]).status == 2)
    #expect(try Run(["frobnicate"]).status == 2)
  }

  @Test func benchPrintsEveryFigureOnASmallCorpus() throws {
    let folder = try Repository.temporaryFolder("bench")
    let run = try Run([
      "bench", "--sizes", "0.3", "--runs", "1", "--work", folder.path, "--lexicon-entities", "500",
      "--peer", "true", "--store-articles", "60",
    ])
    #expect(run.status == 0, "\(run.standardError)")
    for expected in [
      "corpus 0.30 MB:", "bare ICU sentences+words", "extract --jobs 1", "extract --jobs 2", "articles/s",
      "peak RSS", "output identical across --jobs: yes", "entities ", "events ", "with 500 more entities",
      "peer:", "as fast", "store of 60 articles (+50)", "50 files extracted, 60 unchanged; 110 inputs held",
      "0 files extracted, 110 unchanged",
    ] {
      #expect(run.standardOutput.contains(expected), "missing \(expected)")
    }
    #expect(try Run(["bench", "--sizes", "0,abc"]).status == 2)
  }

  @Test func benchMeasuresSavedPages() throws {
    let folder = try Repository.temporaryFolder("bench-pages")
    let pages = folder.appendingPathComponent("pages")
    try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
    for index in 1...3 {
      let page = "<html><body><article><p>Warga, kata petugas, mengungsi pada Senin malam \(index).</p></article></body></html>"
      try Data(page.utf8).write(to: pages.appendingPathComponent("p\(index).html"))
    }
    let run = try Run(["bench", "--pages", pages.path, "--runs", "1", "--work", folder.path])
    #expect(run.status == 0, "\(run.standardError)")
    for expected in ["pages: 3 in", "reading (encoding, parse, story), 1 thread", "ms/page", "extract --jobs 2 (every stage)"] {
      #expect(run.standardOutput.contains(expected), "missing \(expected)")
    }
    #expect(try Run(["bench", "--pages", folder.appendingPathComponent("none").path, "--runs", "1"]).status == 2)
  }

  @Test func extractWritesTheTimelineAndSummarizes() throws {
    let folder = try Repository.temporaryFolder("cli")
    let output = folder.appendingPathComponent("timeline.json")
    let run = try Run(["extract", Repository.corpus.path, "-o", output.path, "--jobs", "2"])
    #expect(run.status == 0)
    #expect(run.standardError.contains("inputs:"))
    #expect(run.standardError.contains("0 skipped"))
    let json = try JSONParser.parse([UInt8](Data(contentsOf: output)))
    #expect((json["documents"]?.arrayValue?.count ?? 0) >= 30)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(leftovers == ["timeline.json"])
  }

  @Test func extractWritesToStandardOutputByDefault() throws {
    let run = try Run(["extract", Repository.corpus.appendingPathComponent("id").path, "--format", "jsonl"])
    #expect(run.status == 0)
    let lines = run.standardOutput.split(separator: "\n")
    #expect(!lines.isEmpty)
    // The run's account first, then records with ids.
    #expect(try JSONParser.parse(String(lines[0]))["record"]?.stringValue == "run")
    #expect(try lines.dropFirst().allSatisfy { (try JSONParser.parse(String($0)))["id"]?.stringValue != nil })
    let json = try Run(["extract", Repository.corpus.appendingPathComponent("id").path, "-o", "-"])
    #expect((try JSONParser.parse(json.standardOutput))["documents"]?.arrayValue?.isEmpty == false)
  }

  @Test func formatAllWritesEveryFormatIntoTheFolder() throws {
    let folder = try Repository.temporaryFolder("cli-all").appendingPathComponent("out")
    let run = try Run(["extract", Repository.corpus.path, "--format", "all", "-o", folder.path])
    #expect(run.status == 0)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(files == [
      "timeline.claims.csv", "timeline.csv", "timeline.html", "timeline.json", "timeline.jsonl", "timeline.md",
      "timeline.timelinejs.json",
    ])
    let json = try JSONParser.parse([UInt8](Data(contentsOf: folder.appendingPathComponent("timeline.json"))))
    let events = json["events"]?.arrayValue?.count ?? 0
    #expect(events > 0)
    #expect(run.standardError.contains("\(events) events"))
    let lines = try String(contentsOf: folder.appendingPathComponent("timeline.jsonl"), encoding: .utf8).split(separator: "\n")
    #expect(lines.filter { $0.hasPrefix("{\"record\":\"event\"") }.count == events)
    #expect(try Run(["extract", Repository.corpus.path, "--format", "all"]).status == 2)
  }

  @Test func filtersEventsByDateWindowAndActor() throws {
    let run = try Run(["extract", Repository.corpus.path, "--from", "2023-11", "--to", "2023-11-30", "--actor", "Jimbo"])
    #expect(run.status == 0)
    let json = try JSONParser.parse(run.standardOutput)
    let events = json["events"]?.arrayValue ?? []
    #expect(!events.isEmpty)
    for event in events {
      #expect(event["date"]?["value"]?.stringValue?.hasPrefix("2023-11") == true)
      #expect(event["actors"]?.arrayValue?.contains { $0["entity"]?.stringValue == "group:jimbo" } == true)
    }
    let unknown = try Run(["extract", Repository.corpus.path, "--actor", "Nobody Atall"])
    #expect(unknown.status == 2)
    #expect(unknown.standardError.contains("--actor 'Nobody Atall' names no entity of this timeline"))
    let backwards = try Run(["extract", Repository.corpus.path, "--from", "2023-12", "--to", "2023-11"])
    #expect(backwards.status == 2)
    #expect(backwards.standardError.contains("--to 2023-11 ends before --from 2023-12 starts"))
  }

  @Test func skippedInputsExitWithOneAndNothingUsableWithTwo() throws {
    let folder = try Repository.temporaryFolder("cli-skip")
    try "Jakarta - Berita ini cukup panjang untuk dibaca sebagai prosa.".write(
      to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    try Data().write(to: folder.appendingPathComponent("b.txt"))
    let some = try Run(["extract", folder.path])
    #expect(some.status == 1)
    #expect(some.standardOutput.contains("\"reason\": \"empty file\""))
    let none = try Run(["extract", folder.appendingPathComponent("b.txt").path])
    #expect(none.status == 2)
    #expect(none.standardError.contains("no usable article"))
  }

  @Test func missingOutputFolderFailsBeforeAnyWork() throws {
    let run = try Run(["extract", Repository.corpus.path, "-o", "/nonexistent/folder/out.json"])
    #expect(run.status == 2)
    #expect(run.standardError.contains("cannot write '/nonexistent/folder/out.json': folder '/nonexistent/folder' does not exist"))
    #expect(!run.standardError.contains("inputs:"))
  }

  @Test func lexiconMistakesAreReportedWithFileAndLine() throws {
    let folder = try Repository.temporaryFolder("cli-lexicon")
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("id"), withIntermediateDirectories: true)
    try "name\tmonth\nmei\n".write(to: folder.appendingPathComponent("id/months.tsv"), atomically: true, encoding: .utf8)
    let run = try Run(["extract", Repository.corpus.path, "--lexicons", folder.path])
    #expect(run.status == 2)
    #expect(run.standardError.contains(folder.path + "/id/months.tsv:2: expected 2 tab-separated fields"))
  }

  @Test func aBundledLexiconFolderFromAnOlderVersionIsRefused() throws {
    // A copy of Lexicons/ without a word list this version reads: an overlay may lack it,
    // the bundled folder may not (its rules would be gone without a word).
    let folder = try Repository.temporaryFolder("cli-old-lexicons")
    let copy = folder.appendingPathComponent("Lexicons")
    try FileManager.default.copyItem(at: Repository.lexicons, to: copy)
    for language in ["id", "en"] {
      try FileManager.default.removeItem(at: copy.appendingPathComponent("\(language)/name-endings.txt"))
    }
    #expect(Lexicons.missingWordLists(in: copy.path) == ["name-endings.txt"])
    #expect(Lexicons.missingWordLists(in: Repository.lexicons.path).isEmpty)
    let run = try Run(["extract", Repository.corpus.path], environment: ["LINIMASA_LEXICONS": copy.path])
    #expect(run.status == 2)
    #expect(run.standardError.contains("the lexicon folder '\(copy.path)' has no name-endings.txt in id/ or en/"))
    let empty = folder.appendingPathComponent("overlay")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let overlay = try Run(["extract", Repository.corpus.path, "--lexicons", empty.path])
    #expect(overlay.status == 0, "\(overlay.standardError)")
    let nowhere = folder.appendingPathComponent("nowhere").path
    let missing = try Run(["extract", Repository.corpus.path], environment: ["LINIMASA_LEXICONS": nowhere])
    #expect(missing.status == 2)
    #expect(missing.standardError.contains("the lexicon folder '\(nowhere)' does not exist"), "\(missing.standardError)")
  }

  @Test func inspectShowsParagraphsAndSentences() throws {
    let path = Repository.corpus.appendingPathComponent("id/000_ab1b19cd05ee95ab.txt").path
    let text = try Run(["inspect", path])
    #expect(text.status == 0)
    #expect(text.standardOutput.contains("#12 [2709, 2968] removed: duplicate of #2 (repeated block #12–#21)"))
    let json = try Run(["inspect", path, "--format", "json"])
    let report = try JSONParser.parse(json.standardOutput)
    #expect(report["paragraphs"]?.arrayValue?.count == 21)
    #expect(report["sentences"]?.arrayValue?.first?["span"] == .array([.int(0), .int(281)]))
    #expect(report["document"]?["id"] == .string("000_ab1b19cd05ee95ab"))
  }

  @Test func showsProgressOnATerminalOnlyForManyFiles() throws {
    let folder = try Repository.temporaryFolder("progress")
    for number in 0..<250 {
      try "Jakarta - Berita nomor \(number) cukup panjang untuk dibaca sebagai prosa.".write(
        to: folder.appendingPathComponent("\(number).txt"), atomically: true, encoding: .utf8)
    }
    let output = folder.appendingPathComponent("out.json").path
    // `script` gives the command a terminal, as a person running it would have.
    let terminal = try Run(["-qec", "\(Repository.executable.path) extract \(folder.path) -o \(output)", "/dev/null"], program: "/usr/bin/script")
    #expect(terminal.status == 0)
    #expect(terminal.standardOutput.contains("250/250 files (100%)"))
    let piped = try Run(["extract", folder.path, "-o", output])
    #expect(!piped.standardError.contains("files ("))
  }

  @Test func evalPrintsFiguresAndChecksFloors() throws {
    let text = try Run(["eval", "--jobs", "2"])
    #expect(text.status == 0)
    #expect(text.standardOutput.contains("worst articles:"))
    let json = try JSONParser.parse(try Run(["eval", "--format", "json"]).standardOutput)
    #expect(json["articles"]?.intValue ?? 0 >= 30)
    let folder = try Repository.temporaryFolder("floors")
    let floors = folder.appendingPathComponent("floors.json")
    // Perfect scores everywhere are out of reach, so floors of 1 must fail.
    let perfect = #"{"dates": 1, "legal-ids": 1, "legal-articles": 1, "quotes": 1, "speakers": 1, "actors": 1, "events": 1}"#
    try #"{"overall": \#(perfect), "id": {}, "en": {}}"#.write(to: floors, atomically: true, encoding: .utf8)
    let failing = try Run(["eval", "--floors", floors.path])
    #expect(failing.status == 1)
    #expect(failing.standardError.contains("is below its floor 1"))
    #expect(try Run(["eval", "--raise-floors"]).status == 2)
  }

  @Test func inspectPicksOneRecordOfADump() throws {
    let path = Repository.corpus.appendingPathComponent("en/mk-ruling-dump.jsonl").path
    let run = try Run(["inspect", path + "#2", "--format", "json"])
    #expect(run.status == 0)
    #expect(try JSONParser.parse(run.standardOutput)["document"]?["path"] == .string("mk-ruling-dump.jsonl#2"))
  }
}
