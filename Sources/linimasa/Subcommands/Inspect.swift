// `linimasa inspect`: how one article was cleaned and segmented.
import ArgumentParser
import Foundation
import LinimasaCore
import LinimasaExport
import LinimasaExtract
import LinimasaRun
import LinimasaText

struct Inspect: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show how an article was read: each paragraph kept or why not, each sentence and the facts it gave.",
    discussion: HelpText.paragraphs(
      """
      Under each sentence: the entities it names, the claims it opens (with their speaker
      and stance), its dates and legal references, and the events it reports, so a wrong
      speaker or event can be traced to its sentence. For a .jsonl or JSON-array file, name
      one record as FILE#N (N counts lines or items from 1); without it every record is
      shown. A folder shows every article under it. Several reports in JSON make an array.

      Examples:
        linimasa inspect Corpus/id/001_5ac4a427768830dd.txt
        linimasa inspect Corpus/en/mk-ruling-dump.jsonl#2 --format json
        linimasa inspect Corpus/id --format json
      """))

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(
    help: ArgumentHelp("The article file (FILE#N for one record of a dump), or a folder of them.", valueName: "file"),
    completion: .file())
  var file: String

  @Option(help: "Report format.")
  var format: Format = .text

  @OptionGroup(title: "Extraction")
  var lexicons: LexiconOptions

  func run() throws {
    try Diagnostics.reportingFailures {
      let configuration = TextConfiguration(lexicons: try lexicons.load())
      let (location, record) = Self.splitRecord(file)
      let name = (location as NSString).lastPathComponent
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: location, isDirectory: &isFolder) else {
        throw CommandFailure(description: "'\(location)': no such file")
      }
      let analyzer = try ArticleAnalyzer(configuration: configuration)
      var chosen: [Result<AnalyzedArticle, SkippedInput>] = []
      if isFolder.boolValue {
        let walk = InputWalker.walk([location])
        chosen = walk.skipped.map { .failure($0) }
        for file in walk.files { chosen += analyzer.analyze(file) }
      } else {
        chosen = analyzer.analyze(InputFile(location: location, path: name)) { path in
          record.map { path == "\(name)#\($0)" } ?? true
        }
      }
      guard !chosen.isEmpty else {
        throw CommandFailure(
          description: isFolder.boolValue ? "'\(location)' holds no article" : "'\(location)' has no record \(record ?? 0)")
      }
      var reports: [String] = []
      var skippedAny = false
      for result in chosen {
        switch result {
        case .success(let article):
          reports.append(
            format == .json
              ? InspectReport.json(article.analysis, facts: article.facts)
              : InspectReport.text(article.analysis, facts: article.facts))
        case .failure(let skipped):
          skippedAny = true
          Diagnostics.error("\(skipped.path): \(skipped.reason.message)")
        }
      }
      if format == .json && reports.count > 1 {
        print("[\n" + reports.map { $0.trimmingCharacters(in: .newlines) }.joined(separator: ",\n") + "\n]")
      } else {
        print(reports.joined(separator: "\n"), terminator: "")
      }
      if skippedAny { throw ExitCode(reports.isEmpty ? 2 : 1) }
    }
  }

  /// "dump.jsonl#3" → ("dump.jsonl", 3), when the file itself has no such name.
  static func splitRecord(_ argument: String) -> (String, Int?) {
    guard !FileManager.default.fileExists(atPath: argument), let hash = argument.lastIndex(of: "#"),
      let record = Int(argument[argument.index(after: hash)...])
    else { return (argument, nil) }
    return (String(argument[..<hash]), record)
  }
}
