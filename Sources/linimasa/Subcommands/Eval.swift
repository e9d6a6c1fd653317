// `linimasa eval`: how good extraction is, in numbers, against the gold annotations.
import ArgumentParser
import Foundation
import LinimasaCore
import LinimasaEval
import LinimasaText

struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Score extraction against the hand-made gold annotations.",
    usage: "linimasa eval [--gold <dir>] [--corpus <dir>] [options]",
    discussion: HelpText.paragraphs(
      """
      Runs extraction over the corpus and prints precision, recall and F1 per dimension
      (dates, legal ids, legal id+article, quotes, speaker accuracy, actors, events),
      overall and per language, with the worst articles of each dimension (rules in
      docs/gold-annotations.md); then scores each story's timeline one to one against
      its story timeline gold (docs/timeline-gold.md): event precision, recall and F1,
      duplicates, and over matched events dates, actors, roles and source recall. The JSON
      report also lists what became of every event. Defaults: the repository's Tests/Gold
      (story timelines in Tests/Gold/timelines) and Corpus.

      With --floors FILE (repeatable), exits with 1 when a figure drops below its floor; a
      floors file that lists "stories" holds for those stories only. With --raise-floors,
      raises the floors in each file to the current figures (it never lowers one).
      --stories limits the report to some stories.

      Examples:
        linimasa eval --stories hospital-graft,marapi-eruption
        linimasa eval --format json --floors Tests/eval-floors.json > eval.json
      """))

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Option(help: ArgumentHelp("Folder of *.gold.json files.", valueName: "dir"), completion: .directory)
  var gold: String?

  @Option(help: ArgumentHelp("Corpus folder the gold files' paths are relative to.", valueName: "dir"), completion: .directory)
  var corpus: String?

  @Option(
    help: ArgumentHelp(
      "Folder of *.timeline.json story timelines (default: those under the gold folder, else its sibling 'timelines').",
      valueName: "dir"), completion: .directory)
  var timelines: String?

  @Option(help: "Report format.")
  var format: Format = .text

  @Option(help: ArgumentHelp("F1 floors to check (JSON); repeatable.", valueName: "file"), completion: .file())
  var floors: [String] = []

  @Option(help: ArgumentHelp("Report only these stories (comma-separated).", valueName: "list"))
  var stories: String?

  @Flag(help: "Raise the floors in --floors to the current figures.")
  var raiseFloors = false

  @OptionGroup(title: "Extraction")
  var lexicons: LexiconOptions

  @Option(help: "Worker threads (default: the number of cores).")
  var jobs: Int?

  func validate() throws {
    if raiseFloors && floors.isEmpty { throw ValidationError("--raise-floors needs --floors FILE") }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
  }

  func run() throws {
    try Diagnostics.reportingFailures {
      let configuration = TextConfiguration(lexicons: try lexicons.load())
      let root = LexiconLocator.bundledFolder().map { ($0 as NSString).deletingLastPathComponent } ?? "."
      let goldFolder = gold ?? root + "/Tests/Gold"
      let corpusFolder = corpus ?? root + "/Corpus"
      let articles = try GoldArticle.load(folder: goldFolder)
      let storyGold = try (timelines ?? TimelineGold.folder(besideGold: goldFolder)).map(TimelineGold.load) ?? []
      let report = try EvaluationRun.run(
        corpus: corpusFolder, gold: articles, stories: storyGold, configuration: configuration,
        jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
      let shown = self.stories.map { report.restricted(to: Set($0.split(separator: ",").map(String.init))) } ?? report
      print(format == .json ? shown.json() : shown.text(), terminator: "")
      var violations: [String] = []
      for path in floors {
        let current = try EvalFloors.load(path: path)
        if raiseFloors {
          try AtomicFile.write(current.raised(by: report).json(), to: path)
          Diagnostics.note("floors in \(path) raised to the current figures where higher")
        } else {
          violations += current.violations(in: report).map { "\(path): \($0)" }
        }
      }
      for violation in violations { Diagnostics.error(violation) }
      if !violations.isEmpty { throw ExitCode(1) }
    }
  }
}
