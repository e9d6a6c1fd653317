// The `linimasa` command: a thin layer over the library.
import ArgumentParser
import Foundation
import LinimasaCore

/// The root command; subcommands do the work.
struct LinimasaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "linimasa",
    abstract: "Turn folders of Indonesian and English news articles into a source-linked timeline.",
    discussion: HelpText.paragraphs(
      """
      Examples:
        linimasa extract Corpus -o timeline.json
        linimasa extract Corpus/id --lexicons Lexicons --jobs 2 -o story.json
        linimasa inspect Corpus/id/000_ab1b19cd05ee95ab.txt
        linimasa inspect Corpus/en/mk-ruling-dump.jsonl#2 --format json
        linimasa bench --sizes 0.5 --runs 1

      Exit status: 0 when every input was processed, 1 when some were skipped (see the
      output's "skipped" array), 2 on a usage error or when nothing usable was found.
      """),
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
      if !message.isEmpty { Diagnostics.error(Self.withSuggestion(Self.withoutPrefix(message))) }
      // Usage errors exit with 2, like the other "nothing done" failures.
      exit(code == .validationFailure ? 2 : code.rawValue)
    }
  }

  /// ArgumentParser's message without its own "Error: " (Diagnostics says "error:").
  static func withoutPrefix(_ message: String) -> String {
    message.hasPrefix("Error: ") ? String(message.dropFirst("Error: ".count)) : message
  }

  /// The message, with the subcommand meant when the first argument is a near miss of one
  /// ("extrat": "did you mean 'extract'?").
  static func withSuggestion(_ message: String) -> String {
    let arguments = CommandLine.arguments.dropFirst()
    guard let typed = arguments.first, !typed.hasPrefix("-"),
      message.contains("nexpected argument"), message.contains("'\(typed)'")
    else { return message }
    let names = LinimasaCommand.configuration.subcommands.map { $0._commandName }
    guard
      let nearest = names.map({ (name: $0, distance: SubcommandSuggestion.distance(typed, $0)) })
        .min(by: { $0.distance < $1.distance }),
      nearest.distance <= max(1, typed.count / 3)
    else { return message }
    let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
    return ([lines[0] + "; did you mean '\(nearest.name)'?"] + lines.dropFirst()).joined(separator: "\n")
  }
}

/// How far one word is from another: edits (insert, delete, replace, swap two neighbours).
enum SubcommandSuggestion {
  static func distance(_ typed: String, _ name: String) -> Int {
    let a = Array(typed.lowercased()), b = Array(name)
    var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { rows[i][0] = i }
    for j in 0...b.count { rows[0][j] = j }
    for i in stride(from: 1, through: a.count, by: 1) {
      for j in stride(from: 1, through: b.count, by: 1) {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1) }
      }
    }
    return rows[a.count][b.count]
  }
}
