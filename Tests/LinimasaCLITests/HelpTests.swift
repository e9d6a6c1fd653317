import Foundation
import LinimasaTestSupport
import Testing

/// What `--help` shows: readable at 80 columns, each default once, and examples that run.
@Suite struct HelpTests {
  static let commands = ["", "extract", "map", "merge", "export", "inspect", "eval", "bench"]

  func help(_ command: String) throws -> String {
    let run = try Run((command.isEmpty ? [] : [command]) + ["--help"], environment: ["COLUMNS": "80"])
    #expect(run.status == 0, "\(command) --help: \(run.standardError)")
    return run.standardOutput
  }

  /// The example lines of a help text: the indented lines after "Examples:", each a shell
  /// command (one wrapped at 80 columns would not be indented, and would fail).
  static func examples(_ help: String) -> [String] {
    guard let start = help.range(of: "Examples:\n") else { return [] }
    return help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
      .prefix { $0.hasPrefix("  ") }
      .map { $0.trimmingCharacters(in: .whitespaces) }
  }

  @Test func helpFitsEightyColumnsAndShowsEachDefaultOnce() throws {
    for command in Self.commands {
      let text = try help(command)
      for line in text.split(separator: "\n") {
        #expect(line.count <= 80, "\(command): \(line)")
        #expect(line.components(separatedBy: "default").count <= 2, "\(command): \(line)")
      }
      // An option's help ends in one place: no paragraph broken into short lines.
      #expect(!text.contains("\ninput\n"), "\(command)")
      #expect(!text.contains("Error:"))
    }
  }

  @Test func everyExampleInEveryHelpRuns() throws {
    let folder = try Repository.temporaryFolder("help-examples")
    try FileManager.default.copyItem(at: Repository.corpus, to: folder.appendingPathComponent("Corpus"))
    for name in ["Lexicons", "Tests"] {
      try FileManager.default.createSymbolicLink(
        at: folder.appendingPathComponent(name), withDestinationURL: Repository.root.appendingPathComponent(name))
    }
    var seen = Set<String>()
    var count = 0
    for command in ["extract", "map", "merge", "export", "inspect", "eval", "bench", ""] {
      let examples = Self.examples(try help(command))
      #expect(!examples.isEmpty, "\(command) --help has no examples")
      for example in examples where seen.insert(example).inserted {
        let script = example.replacingOccurrences(
          of: #"(^|\| )linimasa "#, with: "$1\"$LINIMASA\" ", options: .regularExpression)
        // A line that does not end where the next begins was wrapped: it would not run.
        #expect(!example.hasSuffix("-o") && !example.hasSuffix("\\"), "\(command): \(example)")
        let run = try Run(
          ["-c", "set -euo pipefail; cd \"$WORK\"; " + script],
          environment: ["LINIMASA": Repository.executable.path, "WORK": folder.path], program: "/bin/bash")
        #expect(run.status == 0, "`\(example)` exited with \(run.status): \(run.standardError)")
        count += 1
      }
    }
    #expect(count >= 20)
  }
}

/// The README's jq cookbook, run line by line over the corpus's JSON Lines.
@Suite struct JQCookbookTests {
  @Test func everyLineOfTheCookbookRunsAndFindsSomething() throws {
    let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
    let start = try #require(readme.range(of: "<!-- jq-cookbook -->"))
    let end = try #require(readme.range(of: "<!-- /jq-cookbook -->"))
    let commands = readme[start.upperBound..<end.lowerBound].split(separator: "\n")
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { $0.hasPrefix("jq ") || $0.hasPrefix("linimasa ") }
    #expect(commands.count >= 5)
    let folder = try Repository.temporaryFolder("jq-cookbook")
    try FileManager.default.createSymbolicLink(
      at: folder.appendingPathComponent("Corpus"), withDestinationURL: Repository.corpus)
    for command in commands {
      let script = command.hasPrefix("linimasa ") ? "\"$LINIMASA\" " + command.dropFirst("linimasa ".count) : command
      let run = try Run(
        ["-c", "set -euo pipefail; cd \"$WORK\"; " + script],
        environment: ["LINIMASA": Repository.executable.path, "WORK": folder.path], program: "/bin/bash")
      #expect(run.status == 0, "`\(command)`: \(run.standardError)")
      if command.hasPrefix("jq ") { #expect(!run.standardOutput.isEmpty, "`\(command)` found nothing") }
    }
  }
}

/// `extract -`: one article from standard input.
@Suite struct StandardInputTests {
  func shell(_ script: String) throws -> Run {
    try Run(
      ["-c", "set -euo pipefail; cd \"$REPO\"; " + script],
      environment: ["LINIMASA": Repository.executable.path, "REPO": Repository.root.path], program: "/bin/bash")
  }

  @Test func anArticleOnStandardInputIsReadAsAFileWouldBe() throws {
    let file = "Corpus/id/000_ab1b19cd05ee95ab.txt"
    let piped = try shell("\"$LINIMASA\" extract - --format jsonl < \(file)")
    let direct = try shell("\"$LINIMASA\" extract \(file) --format jsonl")
    #expect(piped.status == 0, "\(piped.standardError)")
    let pipedEvents = piped.standardOutput.split(separator: "\n").filter { $0.contains("\"record\":\"event\"") }
    let directEvents = direct.standardOutput.split(separator: "\n").filter { $0.contains("\"record\":\"event\"") }
    #expect(pipedEvents.count == directEvents.count && !pipedEvents.isEmpty)
    #expect(piped.standardOutput.contains("\"path\":\"stdin.txt\""))
    let html = try shell(
      "printf '<html><head><title>Rapat</title></head><body><article><p>Jakarta - Komisi Pemilihan Umum menggelar "
        + "rapat pleno pada Senin (27/11/2023) untuk membahas daftar pemilih tetap.</p></article></body></html>' "
        + "| \"$LINIMASA\" extract - --stdin-format html")
    #expect(html.status == 0, "\(html.standardError)")
    #expect(html.standardOutput.contains("\"path\": \"stdin.html\""), "\(html.standardOutput.prefix(400))")
    #expect(try shell("\"$LINIMASA\" extract - - < \(file)").status == 2)
    #expect(try shell("\"$LINIMASA\" extract - --store /tmp/x.sqlite < \(file)").status == 2)
  }
}

/// `inspect`: each sentence with the facts it gave, for one article or a folder.
@Suite struct InspectFactsTests {
  @Test func eachSentenceShowsItsEntitiesClaimsDatesAndEvents() throws {
    let path = Repository.corpus.appendingPathComponent("id/000_ab1b19cd05ee95ab.txt").path
    let text = try Run(["inspect", path])
    #expect(text.status == 0)
    for expected in [
      "      entity [108, 121] Usman Kansong → person:usman-kansong (Usman Kansong)",
      "      claim  c2 direct, asserted, by person:usman-kansong (Usman Kansong): \u{201C}Jadi, ada tiga hal",
      "      date   [535, 540] Sabtu → null (unresolved)",
      "      event  e1 statement undated: person:usman-kansong (speaker)",
    ] {
      #expect(text.standardOutput.contains(expected), "missing: \(expected)")
    }
    let json = try Run(["inspect", path, "--format", "json"])
    let report = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
    let sentences = try #require(report["sentences"] as? [[String: Any]])
    #expect(sentences[1]["claims"] as? [String] == ["000_ab1b19cd05ee95ab#c2"])
    #expect((sentences[1]["entities"] as? [[String: Any]])?.contains { $0["entity"] as? String == "org:kpu" } == true)
    #expect(sentences[1]["events"] as? [Int] == [0])
    #expect(((report["events"] as? [[String: Any]])?.first?["type"] as? String) == "statement")
  }

  @Test func aFolderShowsEveryArticleUnderIt() throws {
    let folder = Repository.corpus.appendingPathComponent("en").path
    let articles = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }
    let json = try Run(["inspect", folder, "--format", "json"])
    #expect(json.status == 0, "\(json.standardError)")
    let reports = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [Any])
    // A dump counts once per record.
    #expect(reports.count >= articles.count)
    let text = try Run(["inspect", folder])
    #expect(text.standardOutput.components(separatedBy: "\n#1 ").count - 1 == reports.count)
  }
}

/// What the terminal shows: skipped inputs named, errors said once, typos answered.
@Suite struct TerminalTests {
  @Test func skippedInputsAreNamedWithTheirReasonUnlessQuiet() throws {
    let folder = try Repository.temporaryFolder("terminal-skips")
    try Data("%PDF-1.4".utf8).write(to: folder.appendingPathComponent("scan.pdf"))
    try Data().write(to: folder.appendingPathComponent("empty.txt"))
    try Data(contentsOf: Repository.corpus.appendingPathComponent("id/000_ab1b19cd05ee95ab.txt"))
      .write(to: folder.appendingPathComponent("article.txt"))
    let out = folder.appendingPathComponent("timeline.md").path
    let run = try Run(["extract", folder.path, "--format", "md", "-o", out])
    #expect(run.status == 1)
    #expect(run.standardError.contains("linimasa: scan.pdf: unsupported file type ('.pdf')"), "\(run.standardError)")
    #expect(run.standardError.contains("linimasa: empty.txt: empty file"))
    #expect(try String(contentsOfFile: out, encoding: .utf8).contains("## Skipped inputs"))
    let quiet = try Run(["extract", folder.path, "--format", "md", "-o", out, "--quiet"])
    #expect(quiet.status == 1 && quiet.standardError.isEmpty, "\(quiet.standardError)")
    // Nothing usable: nothing written, the skip named.
    let nothing = folder.appendingPathComponent("nothing.json").path
    let none = try Run(["extract", folder.appendingPathComponent("scan.pdf").path, "-o", nothing])
    #expect(none.status == 2 && !FileManager.default.fileExists(atPath: nothing))
    #expect(none.standardError.contains("scan.pdf: unsupported file type"))
  }

  @Test func errorsAreSaidOnceAndTyposGetASuggestion() throws {
    let typo = try Run(["extrat", "Corpus"])
    #expect(typo.status == 2)
    #expect(typo.standardError.hasPrefix("linimasa: error: 2 unexpected arguments: 'extrat', 'Corpus'; did you mean 'extract'?"))
    let alone = try Run(["mrege"])
    #expect(alone.standardError.hasPrefix("linimasa: error: Unexpected argument 'mrege'; did you mean 'merge'?"))
    #expect(!typo.standardError.contains("Error:"))
    let far = try Run(["frobnicate"])
    #expect(!far.standardError.contains("did you mean"))
    let folder = try Repository.temporaryFolder("terminal-folder")
    let slash = try Run(["extract", Repository.corpus.path, "--format", "md", "-o", folder.path + "/missing/"])
    #expect(slash.status == 2 && slash.standardError.contains("names a folder"), "\(slash.standardError)")
    #expect(!slash.standardError.contains("previous file is unchanged"))
  }
}
