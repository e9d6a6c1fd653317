// `linimasa merge`: partials from `map` joined into the timeline, or into one partial.
import ArgumentParser
import Foundation
import LinimasaCore
import LinimasaRun
import LinimasaStore
import LinimasaTimeline

struct Merge: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Join partials from `linimasa map` into the timeline (or, with --partial, into one partial).",
    usage: "linimasa merge <partial>... [-o <output>] [options]",
    discussion: HelpText.paragraphs(
      """
      Takes the union of the partials (an input found twice with the same SHA-256 is kept
      once; with another SHA-256 it is an error) and folds it in path order, so the
      timeline equals what `extract` gives over the same inputs, however they were split.
      Partials made by another version, other lexicons or other options are refused; give
      merge the same --lexicons as map. --partial writes the union as one sorted partial
      instead, which can be merged again. Exit status as for extract.

      Examples:
        linimasa merge part-1.jsonl part-2.jsonl -o timeline.json
        linimasa merge part-*.jsonl --format all -o merged/
        linimasa merge --partial part-2.jsonl part-1.jsonl -o all.jsonl
        linimasa merge --store merged.sqlite all.jsonl -o timeline.json
      """))

  @Argument(help: ArgumentHelp("Partials written by `linimasa map` ('-': standard input).", valueName: "partial"), completion: .file(extensions: ["jsonl"]))
  var partials: [String]

  @Flag(help: "Write the union as one sorted partial instead of a timeline.")
  var partial = false

  @Option(
    help: ArgumentHelp(
      "Add the partials to this SQLite store (an input it holds with another SHA-256 is replaced) and write the "
        + "timeline of all the store holds (docs/store.md).", valueName: "file"), completion: .file())
  var store: String?

  @OptionGroup(title: "Output")
  var output: OutputOptions

  @Option(help: "Output format; all writes each format into the -o folder.")
  var format: TimelineFormat?

  @OptionGroup(title: "Extraction")
  var lexicons: LexiconOptions

  @OptionGroup(title: "Events")
  var events: EventOptions

  func validate() throws {
    if partials.isEmpty { throw ValidationError("give at least one partial") }
    if partial {
      if store != nil { throw ValidationError("--partial and --store do not go together") }
      if format != nil { throw ValidationError("--partial writes a partial: leave out --format") }
      if events.from != nil || events.to != nil || !events.actor.isEmpty {
        throw ValidationError("--partial keeps every input: leave out --from, --to and --actor")
      }
    }
    try TimelineDelivery.validate(format: format ?? .json, output: output)
    try events.validate()
  }

  func run() throws {
    if partial {
      try Diagnostics.reportingFailures {
        try output.checkWritable()
        try writePartial(try read())
      }
      return
    }
    let (union, lexicons) = try Diagnostics.reportingFailures { (try read(), try self.lexicons.load()) }
    let threads = min(ProcessInfo.processInfo.activeProcessorCount, 64)
    try TimelineDelivery(output: output, format: format ?? .json, events: events, threads: threads).deliver {
      observer, keepsDetails in
      guard let store, let producer = union.producer else {
        return try union.timeline(lexicons: lexicons, keepsDetails: keepsDetails, observer: observer)
      }
      let story = try StoryStore(path: store)
      try story.check(producer)
      let inputs = try union.inputs()
      try story.store(inputs, replacing: Set(inputs.compactMap(\.file)), producer: producer)
      Diagnostics.note("store: \(inputs.count) inputs added or replaced; \(try story.count()) inputs held")
      return try story.timeline(
        lexicons: lexicons, digest: producer.lexicons, keepsDetails: keepsDetails, observer: observer)
    }
  }

  /// The partials' union, checked against this merge's version and lexicons.
  private func read() throws -> PartialSet {
    var union = PartialSet()
    let codec = PartialCodec()
    for path in partials { try union.add(partialAt: path, codec: codec) }
    if let producer = union.producer {
      guard producer.version == LinimasaVersion.current else {
        throw CommandFailure(
          description: "the partials were made by linimasa \(producer.version); this is \(LinimasaVersion.current): "
            + "map the inputs again with this version")
      }
      let digest = try lexicons.digest()
      guard producer.lexicons == digest else {
        throw CommandFailure(
          description: "the partials were made with other lexicons (\(producer.lexicons.prefix(12))) than this "
            + "merge reads (\(digest.prefix(12))): give merge the same --lexicons as map")
      }
    }
    return union
  }

  /// Writes the union as one partial, in path order.
  private func writePartial(_ union: PartialSet) throws {
    guard let producer = union.producer else {
      try output.write { _ in }
      return
    }
    let codec = PartialCodec()
    try output.write { emit in
      // Each line is read, checked and written again in the canonical form, one at a time.
      var failure: (any Error)?
      try union.forEachInput { input throws(PartialError) in
        guard failure == nil else { return }
        do {
          try emit(try codec.line(input, producer: producer))
        } catch {
          failure = error
        }
      }
      if let failure { throw failure }
    }
  }
}
