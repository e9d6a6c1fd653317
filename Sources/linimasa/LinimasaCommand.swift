// The `linimasa` command: a thin layer over the library.
import ArgumentParser
import Foundation
import LinimasaCore

/// The root command; subcommands do the work.
struct LinimasaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "linimasa",
    abstract: "Turn folders of Indonesian and English news articles into a source-linked timeline.",
    discussion: """
      Examples:
        linimasa extract Corpus -o timeline.json
        linimasa extract ~/saved-articles --lexicons ~/my-lexicons --jobs 2 -o story.json
        linimasa inspect Corpus/id/000_ab1b19cd05ee95ab.txt
        linimasa inspect dump.jsonl#3 --format json
        linimasa eval --format json
        linimasa bench --megabytes 50

      Exit status: 0 when every input was processed, 1 when some were skipped (see the
      output's "skipped" array), 2 on a usage error or when nothing usable was found.
      """,
    version: LinimasaVersion.current,
    subcommands: [Extract.self, Map.self, Merge.self, Export.self, Inspect.self, Eval.self, Bench.self]
  )
}

@main
enum Main {
  static func main() {
    do {
      var command = try LinimasaCommand.parseAsRoot()
      try command.run()
    } catch {
      let code = LinimasaCommand.exitCode(for: error)
      let message = LinimasaCommand.fullMessage(for: error)
      if code == .success {
        print(message)
        exit(0)
      }
      if !message.isEmpty { Diagnostics.error(message) }
      // Usage errors exit with 2, like the other "nothing done" failures.
      exit(code == .validationFailure ? 2 : code.rawValue)
    }
  }
}
