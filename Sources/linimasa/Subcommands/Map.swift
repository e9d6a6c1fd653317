// `linimasa map`: each input's partial result, for `merge`.
import ArgumentParser
import Foundation
import LinimasaCore
import LinimasaRun
import LinimasaText

struct Map: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write each input's partial result (JSON Lines) for `linimasa merge`.",
    usage: "linimasa map [<path>...] [--files-from <file>] [-o <file>] [options]",
    discussion: HelpText.paragraphs(
      """
      Per input (a file, or a record of a dump) one self-contained JSON Lines record: its
      path, the SHA-256 of its file, what made it (version, lexicons, options) and the
      document's facts and events, or why it was skipped; no document ids (docs/partials.md).
      Nothing but the output is written. `linimasa merge` joins the partials of any split
      of the inputs into the timeline `extract` gives over all of them. Exit status 0 once
      the partial is written, skips included (merge reports them); 2 on an error.

      Examples:
        linimasa map Corpus -o corpus.partial.jsonl
        find Corpus -type f > list
        linimasa map --root Corpus --files-from list --shard 1/2 -o part-1.jsonl
        linimasa map --root Corpus --files-from - --shard 2/2 -o part-2.jsonl < list
      """))

  @Argument(help: ArgumentHelp("Files or folders of articles.", valueName: "path"), completion: .file())
  var paths: [String] = []

  @Option(
    help: ArgumentHelp("Read more paths from this file, one a line ('-': standard input).", valueName: "file"), completion: .file())
  var filesFrom: String?

  @Option(
    help: ArgumentHelp(
      "Record paths relative to this folder, which every input must lie in (default: as extract does).",
      valueName: "dir"), completion: .directory)
  var root: String?

  @Option(help: ArgumentHelp("Map only share K of N of the inputs (1 <= K <= N), chosen by path.", valueName: "K/N"))
  var shard: String?

  @OptionGroup(title: "Output")
  var output: OutputOptions

  @OptionGroup(title: "Extraction")
  var lexicons: LexiconOptions

  @OptionGroup(title: "Reading")
  var reading: ReadingOptions

  func validate() throws {
    if paths.isEmpty && filesFrom == nil { throw ValidationError("give paths, or --files-from with a list of them") }
    if let shard, Shard(shard) == nil { throw ValidationError("--shard must be K/N with 1 <= K <= N, got '\(shard)'") }
  }

  func run() throws {
    InterruptCleanup.activate()
    Diagnostics.quiet = output.quiet
    try Diagnostics.reportingFailures {
      try output.checkWritable()
      let inputs = try paths + listedPaths()
      let walk = try walk(inputs)
      let share = shard.flatMap(Shard.init)
      let files = walk.files.filter { share?.holds($0.path) ?? true }
      let walkSkips = walk.skipped.filter { share?.holds($0.path) ?? true }
      let producer = Producer(lexicons: try lexicons.digest(), maximumArticleBytes: reading.maxArticleMb << 20)
      let pipeline = Pipeline(configuration: reading.configuration(lexicons: try lexicons.load()))
      var counts = (documents: 0, skipped: walkSkips.count)
      try output.write { emit in
        let codec = PartialCodec()
        for skip in walkSkips {
          Diagnostics.skipped(skip)
          try emit(try codec.line(MappedInput(walkSkip: skip), producer: producer))
        }
        // The workers hand each file's inputs on in path order; the first failure to write stops the output.
        var failure: (any Error)?
        try pipeline.map(files, options: RunOptions(jobs: reading.workers)) { mapped in
          guard failure == nil else { return }
          do {
            for input in mapped {
              if let skip = input.skip {
                counts.skipped += 1
                Diagnostics.skipped(skip)
              } else {
                counts.documents += 1
              }
              try emit(try codec.line(input, producer: producer))
            }
          } catch {
            failure = error
          }
        }
        if let failure { throw failure }
      }
      Diagnostics.note(
        "\(files.count) files mapped: \(counts.documents) documents, \(counts.skipped) skipped"
          + (share.map { " (shard \($0.index)/\($0.count))" } ?? ""))
    }
  }

  /// The paths `--files-from` lists, one a line (blank lines passed over).
  private func listedPaths() throws -> [String] {
    guard let filesFrom else { return [] }
    let data: Data
    if filesFrom == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      do {
        data = try Data(contentsOf: URL(fileURLWithPath: filesFrom))
      } catch {
        throw CommandFailure(description: "cannot read --files-from '\(filesFrom)': \(error.localizedDescription)")
      }
    }
    return String(decoding: data, as: UTF8.self).split(separator: "\n").map { line in
      line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
    }.filter { !$0.isEmpty }
  }

  /// The inputs walked, their paths relative to `--root` when given.
  private func walk(_ inputs: [String]) throws -> InputWalker.Result {
    guard let root else { return InputWalker.walk(inputs) }
    if let outside = inputs.first(where: { InputWalker.path(of: $0, under: root) == nil }) {
      throw CommandFailure(description: "'\(outside)' does not lie in --root '\(root)'")
    }
    return InputWalker.walk(inputs, root: root)
  }
}
