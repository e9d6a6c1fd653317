// Options shared by the commands that write a timeline: where, in which format, which events.
import ArgumentParser
import Foundation
import LinimasaCore
import LinimasaExport
import LinimasaTimeline

/// `--format`: the output formats.
enum TimelineFormat: String, ExpressibleByArgument, CaseIterable {
  case json, jsonl, md, html, timelinejs, csv
  /// Every claim once, one row each.
  case claimsCSV = "claims-csv"
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
    case .claimsCSV: return "timeline.claims.csv"
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
    case .claimsCSV: try emit(Array(CSVExport.claims(timeline).utf8))
    }
  }
}

/// `-o`: where the output goes.
struct OutputOptions: ParsableArguments {
  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: ArgumentHelp("Output file; '-' for standard output.", valueName: "file"), completion: .file())
  var path: String = "-"

  @Flag(name: [.customShort("q"), .long], help: "Name no skipped input and print no account on standard error.")
  var quiet = false

  func checkWritable() throws {
    if path != "-" { try AtomicFile.checkWritable(path) }
  }

  /// For `--format all`: the folder exists (created when its parent does) and is writable.
  func prepareFolder() throws {
    var isDirectory: ObjCBool = false
    if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      // The folder's parent must be writable ("out/" is checked as "out").
      try AtomicFile.checkWritable(path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path)
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
