// Options of the commands that read articles: how many workers, how large an article.
import ArgumentParser
import Foundation
import LinimasaCore
import LinimasaText

/// `--jobs` and `--max-article-mb`.
struct ReadingOptions: ParsableArguments {
  @Option(help: "Worker threads (default: the number of cores).")
  var jobs: Int?

  @Option(
    help: ArgumentHelp(
      "Skip articles larger than this many MiB; a dump's records are held to it one by one.",
      valueName: "MiB"))
  var maxArticleMb: Int = Ingestor.defaultMaximumArticleBytes >> 20

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    // Offsets into an article (ICU's and the token table's) are 32-bit.
    guard (1...2047).contains(maxArticleMb) else {
      throw ValidationError("--max-article-mb must be between 1 and 2047")
    }
  }

  /// The worker threads a run uses.
  var workers: Int { min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, 64) }

  /// The text stages' configuration over `lexicons`, with this article size limit.
  func configuration(lexicons: Lexicons) -> TextConfiguration {
    TextConfiguration(lexicons: lexicons, maximumArticleBytes: maxArticleMb << 20)
  }
}

/// `--stdin-format txt|md|json|jsonl|html`.
extension InputFormat: ExpressibleByArgument {}
