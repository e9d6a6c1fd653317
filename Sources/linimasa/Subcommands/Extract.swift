// `linimasa extract`: articles in, timeline JSON out.
import ArgumentParser
import Foundation
import LinimasaCore
import LinimasaExport
import LinimasaRun
import LinimasaStore
import LinimasaText
import LinimasaTimeline

struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Build the timeline of the articles under the given paths.",
    usage: "linimasa extract <path>... [-o <output>] [options]",
    discussion: HelpText.paragraphs(
      """
      Reads .txt, .md (with YAML front matter), .json, .jsonl, .html and .htm files,
      recursively and in sorted order; hidden files and folders are left out. Every input
      is either in the output's "documents" or in its "skipped" list with the reason.

      Examples:
        linimasa extract Corpus -o timeline.json
        linimasa extract Corpus/id Corpus/en --jobs 2 -o out.json
        linimasa extract Corpus --format html -o timeline.html
        linimasa extract Corpus --format all -o out/
        linimasa extract Corpus --from 2023-11 --actor Kominfo -o kominfo.json
        linimasa extract Corpus --store story.sqlite --format md -o story.md
        cat Corpus/id/000_ab1b19cd05ee95ab.txt | linimasa extract - --format md

      Formats: json (the contract of docs/timeline-json.md), jsonl (one event per line,
      actors, claims and sources inline), md (readable, grouped by date), html (one
      self-contained page), timelinejs (TimelineJS3), csv (one row per event, with names,
      quotes, outlets and URLs), claims-csv (one row per claim); all writes each to
      timeline.<ext> in the -o folder, creating it if its parent exists.
      """))

  @Argument(help: ArgumentHelp("Files or folders of articles; '-' reads one article from standard input.", valueName: "path"), completion: .file())
  var paths: [String]

  @Option(help: "The format of the article on standard input ('-').")
  var stdinFormat: InputFormat = .text

  @OptionGroup(title: "Output")
  var output: OutputOptions

  @Option(help: "Output format; all writes each format into the -o folder.")
  var format: TimelineFormat = .json

  @OptionGroup(title: "Extraction")
  var lexicons: LexiconOptions

  @OptionGroup(title: "Reading")
  var reading: ReadingOptions

  @Option(
    help: ArgumentHelp(
      "Keep every input in this SQLite store: extract only new or changed files, and write the timeline of all "
        + "the store holds (docs/store.md).", valueName: "file"), completion: .file())
  var store: String?

  @OptionGroup(title: "Events")
  var events: EventOptions

  func validate() throws {
    if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("'-' (standard input) may be given once") }
    if store != nil && paths.contains("-") {
      throw ValidationError("--store keeps files it can read again: save standard input to a file first")
    }
    try TimelineDelivery.validate(format: format, output: output)
    try events.validate()
  }

  func run() throws {
    let workers = reading.workers
    try TimelineDelivery(output: output, format: format, events: events, threads: workers).deliver {
      observer, keepsDetails in
      let lexicons = try self.lexicons.load()
      let pipeline = Pipeline(configuration: reading.configuration(lexicons: lexicons))
      let progress = ProgressLine.forTerminal()
      defer { progress?.finish() }
      let options = RunOptions(
        jobs: workers, progress: progress?.update, observer: observer, keepsDetails: keepsDetails)
      guard let store else { return try pipeline.run(inputs: paths, standardInput: stdinFormat, options: options) }
      let digest = try self.lexicons.digest()
      let producer = Producer(lexicons: digest, maximumArticleBytes: reading.maxArticleMb << 20)
      let story = try StoryStore(path: store)
      let account = try StoreUpdate.run(story, inputs: paths, pipeline: pipeline, producer: producer, options: options)
      progress?.finish()
      Diagnostics.note(
        "store: \(account.extracted) files extracted, \(account.unchanged) unchanged; \(account.held) inputs held")
      return try story.timeline(
        lexicons: lexicons, digest: digest, keepsDetails: keepsDetails, observer: observer)
    }
  }
}
