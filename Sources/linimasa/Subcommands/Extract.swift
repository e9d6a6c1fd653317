// `linimasa extract`: articles in, timeline JSON out.
import ArgumentParser
import Foundation
import LinimasaCore
import LinimasaExport
import LinimasaText
import LinimasaTimeline

struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Build the timeline of the articles under the given paths.",
    discussion: """
      Reads .txt, .md (with YAML front matter), .json, .jsonl, .html and .htm files,
      recursively and in sorted order; hidden files and folders are left out. Every input
      is either in the output's "documents" or in its "skipped" list with the reason.

      Examples:
        linimasa extract Corpus -o timeline.json
        linimasa extract a.txt b.md dumps/ --jobs 2 -o out.json
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json
  }

  @Argument(help: ArgumentHelp("Files or folders of articles.", valueName: "path"))
  var paths: [String]

  @OptionGroup(title: "Output")
  var output: OutputOptions

  @Option(help: "Output format.")
  var format: Format = .json

  @OptionGroup(title: "Extraction")
  var lexicons: LexiconOptions

  @Option(help: "Worker threads (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
  }

  func run() throws {
    do {
      try output.checkWritable()
      let configuration = TextConfiguration(lexicons: try lexicons.load())
      let progress = ProgressLine.forTerminal()
      let timeline = try Pipeline(configuration: configuration).run(
        inputs: paths, options: RunOptions(jobs: min(jobs, 64), progress: progress?.update))
      progress?.finish()
      try output.write(TimelineJSON.format(timeline))
      RunSummary.print(timeline)
      if timeline.documents.isEmpty {
        throw CommandFailure(description: "no usable article among \(timeline.inputsSeen) input(s)")
      }
      if !timeline.skipped.isEmpty { throw ExitCode(1) }
    } catch let failure as CommandFailure {
      Diagnostics.error(failure.description)
      throw ExitCode(2)
    }
  }
}

/// `-o`: where the output goes.
struct OutputOptions: ParsableArguments {
  @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Output file; '-' for standard output.", valueName: "file"))
  var path: String = "-"

  func checkWritable() throws {
    if path != "-" { try AtomicFile.checkWritable(path) }
  }

  func write(_ text: String) throws {
    if path == "-" {
      FileHandle.standardOutput.write(Data(text.utf8))
    } else {
      try AtomicFile.write(text, to: path)
    }
  }
}

/// The one-line account printed at the end of every run.
enum RunSummary {
  static func print(_ timeline: Timeline) {
    var reasons: [String: Int] = [:]
    for skipped in timeline.skipped { reasons[skipped.reason.code, default: 0] += 1 }
    let skippedText = reasons.isEmpty
      ? "0 skipped"
      : "\(timeline.skipped.count) skipped (" + reasons.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ") + ")"
    let warnings = timeline.documents.reduce(0) { $0 + $1.warnings.count }
    Diagnostics.note(
      "\(timeline.inputsSeen) inputs: \(timeline.documents.count) processed, \(skippedText), 0 events, \(warnings) warnings")
  }
}
