// `linimasa export`: a store's timeline rendered again.
import ArgumentParser
import Foundation
import LinimasaRun
import LinimasaStore

struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write the timeline of every input a store holds, in any format, without extracting anything.",
    usage: "linimasa export --store <file> [-o <output>] [options]",
    discussion: HelpText.paragraphs(
      """
      Reads the store `extract --store` or `merge --store` filled (docs/store.md) and
      writes its timeline as extract would over the same inputs. Give the same --lexicons
      as the runs that filled it. Exit status as for extract.

      Examples:
        linimasa export --store story.sqlite --format html -o story.html
        linimasa export --store merged.sqlite --from 2023-11 --actor KPU -o kpu.json
      """))

  @Option(help: ArgumentHelp("The SQLite store to read.", valueName: "file"), completion: .file())
  var store: String

  @OptionGroup(title: "Output")
  var output: OutputOptions

  @Option(help: "Output format; all writes each format into the -o folder.")
  var format: TimelineFormat = .json

  @OptionGroup(title: "Extraction")
  var lexicons: LexiconOptions

  @OptionGroup(title: "Events")
  var events: EventOptions

  func validate() throws {
    try TimelineDelivery.validate(format: format, output: output)
    try events.validate()
  }

  func run() throws {
    let threads = min(ProcessInfo.processInfo.activeProcessorCount, 64)
    try TimelineDelivery(output: output, format: format, events: events, threads: threads).deliver {
      observer, keepsDetails in
      guard FileManager.default.fileExists(atPath: store) else {
        throw CommandFailure(description: "no store at '\(store)': fill one with `linimasa extract --store`")
      }
      let lexicons = try self.lexicons.load()
      let digest = try self.lexicons.digest()
      return try StoryStore(path: store).timeline(
        lexicons: lexicons, digest: digest, keepsDetails: keepsDetails,
        observer: observer)
    }
  }
}
