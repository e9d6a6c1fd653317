// `linimasa extract`: articles in, timeline JSON out.
import ArgumentParser
import Foundation
import LinimasaCore
import LinimasaExport
import LinimasaRun
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
        linimasa extract Corpus --format html -o timeline.html
        linimasa extract Corpus --format all -o out/
        linimasa extract Corpus --from 2023-11 --to 2023-12-05 --actor Kominfo -o kominfo.json

      Formats: json (the contract of docs/timeline-json.md), jsonl (one event per line,
      actors, claims and sources inline), md (readable, grouped by date), html (one
      self-contained page), timelinejs (TimelineJS3), csv (one row per event); all writes
      each to timeline.<ext> in the -o folder, creating it if its parent exists.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json, jsonl, md, html, timelinejs, csv
    /// Every format, each to its own file in the `-o` folder.
    case all

    /// The file name `all` writes this format to.
    var fileName: String {
      switch self {
      case .json, .all: return "timeline.json"
      case .jsonl: return "timeline.jsonl"
      case .md: return "timeline.md"
      case .html: return "timeline.html"
      case .timelinejs: return "timeline.timelinejs.json"
      case .csv: return "timeline.csv"
      }
    }

    /// Writes `timeline` in this format to `emit`; JSON comes from the writer that saw the run.
    func write(
      _ timeline: Timeline, json: TimelineJSONWriter, threads: Int, to emit: @escaping ([UInt8]) throws -> Void
    ) throws {
      switch self {
      case .json, .all: try json.write(timeline, threads: threads, to: emit)
      case .jsonl: try emit(Array(JSONLinesExport.format(timeline).utf8))
      case .md: try emit(Array(MarkdownExport.format(timeline).utf8))
      case .html: try emit(Array(HTMLExport.format(timeline).utf8))
      case .timelinejs: try emit(Array(TimelineJSExport.format(timeline).utf8))
      case .csv: try emit(Array(CSVExport.format(timeline).utf8))
      }
    }
  }

  @Argument(help: ArgumentHelp("Files or folders of articles.", valueName: "path"))
  var paths: [String]

  @OptionGroup(title: "Output")
  var output: OutputOptions

  @Option(help: "Output format: json, jsonl, md, html, timelinejs, csv, or all (-o names a folder).")
  var format: Format = .json

  @OptionGroup(title: "Extraction")
  var lexicons: LexiconOptions

  @Option(help: "Worker threads (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(
    help: ArgumentHelp(
      "Skip articles larger than this many MiB (default 16); a dump's records are held to it one by one.",
      valueName: "MiB"))
  var maxArticleMb: Int = Ingestor.defaultMaximumArticleBytes >> 20

  @OptionGroup(title: "Events")
  var events: EventOptions

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    // Offsets into an article (ICU's and the token table's) are 32-bit.
    guard (1...2047).contains(maxArticleMb) else {
      throw ValidationError("--max-article-mb must be between 1 and 2047")
    }
    if format == .all && output.path == "-" {
      throw ValidationError("--format all writes several files: give a folder with -o")
    }
    try events.validate()
  }

  func run() throws {
    InterruptCleanup.activate()
    // The run's account comes last, once its inputs were read, whether or not it failed after.
    var account: Timeline?
    defer { account.map { Diagnostics.note(RunSummary.line($0)) } }
    do {
      if format == .all { try output.prepareFolder() } else { try output.checkWritable() }
      let configuration = TextConfiguration(lexicons: try lexicons.load(), maximumArticleBytes: maxArticleMb << 20)
      let workers = min(jobs, 64)
      let writesJSON = format == .json || format == .all
      let json: TimelineJSONWriter
      do {
        // Without JSON output nothing is spilled: no temporary file.
        json = try TimelineJSONWriter(spillFolder: writesJSON ? output.spillFolder(all: format == .all) : nil)
      } catch {
        throw CommandFailure(description: error.description)
      }
      let progress = ProgressLine.forTerminal()
      let timeline = try Pipeline(configuration: configuration).run(
        inputs: paths,
        options: RunOptions(
          jobs: workers, progress: progress?.update, observer: writesJSON ? json : nil,
          keepsDetails: format != .json))
      progress?.finish()
      account = timeline
      let shown = try events.apply(to: timeline)
      account = shown
      if format == .all {
        for single in Format.allCases where single != .all {
          try AtomicFile.write(to: (output.path as NSString).appendingPathComponent(single.fileName)) { emit in
            try single.write(shown, json: json, threads: workers, to: emit)
          }
        }
      } else {
        try output.write { emit in try format.write(shown, json: json, threads: workers, to: emit) }
      }
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
  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: ArgumentHelp("Output file; '-' for standard output.", valueName: "file"))
  var path: String = "-"

  func checkWritable() throws {
    if path != "-" { try AtomicFile.checkWritable(path) }
  }

  /// For `--format all`: the folder exists (created when its parent does) and is writable.
  func prepareFolder() throws {
    var isDirectory: ObjCBool = false
    if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      try AtomicFile.checkWritable(path)
      do {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
      } catch {
        throw CommandFailure(description: "cannot create folder '\(path)': \(error.localizedDescription)")
      }
    } else if !isDirectory.boolValue {
      throw CommandFailure(description: "'\(path)' is a file; --format all needs a folder")
    }
    try AtomicFile.checkWritable((path as NSString).appendingPathComponent("timeline.json"))
  }

  /// Where the JSON writer spills: the output's folder (checked writable), else the
  /// temporary folder.
  func spillFolder(all: Bool) -> String {
    if all { return path }
    if path == "-" { return NSTemporaryDirectory() }
    let folder = (path as NSString).deletingLastPathComponent
    return folder.isEmpty ? "." : folder
  }

  /// Writes what `body` hands its `emit` function, piece by piece.
  func write(_ body: (_ emit: @escaping ([UInt8]) throws -> Void) throws -> Void) throws {
    guard path == "-" else {
      try AtomicFile.write(to: path) { emit in try body(emit) }
      return
    }
    do {
      try body { text in
        if let failure = text.withUnsafeBufferPointer({ AtomicFile.writeAll($0, to: STDOUT_FILENO) }) {
          throw CommandFailure(description: failure)
        }
      }
    } catch {
      throw CommandFailure(description: "cannot write to standard output: \(error)")
    }
  }
}

/// The one-line account printed at the end of every run that read its inputs: the same
/// numbers as the JSON's `summary`.
enum RunSummary {
  static func line(_ timeline: Timeline) -> String {
    let reasons = timeline.skippedByReason.map { "\($0.count) \($0.code)" }
    let skipped =
      "\(timeline.skipped.count) skipped" + (reasons.isEmpty ? "" : " (" + reasons.joined(separator: ", ") + ")")
    return
      "\(timeline.filesSeen) files, \(timeline.inputsSeen) inputs: \(timeline.documents.count) processed, \(skipped), "
      + "\(timeline.events.count) events, \(timeline.warningCount) warnings"
  }
}

/// `--from`, `--to` and `--actor`: which events the output shows.
struct EventOptions: ParsableArguments {
  @Option(help: ArgumentHelp("Only events on or after this day, month or year (YYYY[-MM[-DD]]).", valueName: "date"))
  var from: String?

  @Option(help: ArgumentHelp("Only events on or before this day, month or year (YYYY[-MM[-DD]]).", valueName: "date"))
  var to: String?

  @Option(help: ArgumentHelp("Only events naming this entity (id, name or alias); repeatable.", valueName: "entity"))
  var actor: [String] = []

  func validate() throws {
    for (name, value) in [("--from", from), ("--to", to)] {
      if let value, CivilDate(iso: value) == nil {
        throw ValidationError("\(name) must be a date like 2023, 2023-11 or 2023-11-27, got '\(value)'")
      }
    }
    if let from, let to, EventFilter(from: CivilDate(iso: from), to: CivilDate(iso: to)).windowIsEmpty {
      throw ValidationError("--to \(to) ends before --from \(from) starts")
    }
  }

  /// The timeline with the events these options keep.
  func apply(to timeline: Timeline) throws -> Timeline {
    var ids: Set<String> = []
    for query in actor {
      let matched = timeline.entityIDs(matching: query)
      guard !matched.isEmpty else {
        throw CommandFailure(description: "--actor '\(query)' names no entity of this timeline")
      }
      ids.formUnion(matched)
    }
    let filter = EventFilter(
      from: from.flatMap(CivilDate.init(iso:)), to: to.flatMap(CivilDate.init(iso:)), actors: ids)
    return filter.from == nil && filter.to == nil && ids.isEmpty ? timeline : timeline.filtered(filter)
  }
}
