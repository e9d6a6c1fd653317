// `linimasa bench`: throughput figures on a generated corpus.
import ArgumentParser
import Foundation
import LinimasaCore
import LinimasaText
import LinimasaTimeline

struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure ingestion+cleaning+segmentation against bare ICU segmentation.",
    discussion: """
      Generates a deterministic corpus of Indonesian and English articles (with menus,
      repeats, quotes, dates and legal citations) in memory, runs the text stages over it,
      then ICU's sentence and word breakers over the same bytes, and prints both rates.

      Example:
        linimasa bench --megabytes 50
      """)

  @Option(help: "Size of the generated corpus in MB (10^6 bytes).")
  var megabytes: Double = 50

  @Option(help: "Seed of the corpus generator.")
  var seed: UInt64 = 2023

  @Option(help: "Measurements to take; the medians are reported.")
  var runs: Int = 3

  @OptionGroup(title: "Extraction")
  var lexicons: LexiconOptions

  func validate() throws {
    guard megabytes > 0 && megabytes <= 4000 else { throw ValidationError("--megabytes must be in 0...4000") }
    guard (1...99).contains(runs) else { throw ValidationError("--runs must be in 1...99") }
  }

  func run() throws {
    do {
      let configuration = TextConfiguration(lexicons: try lexicons.load())
      let corpus = BenchmarkCorpus(megabytes: megabytes, seed: seed)
      var reports: [ThroughputBenchmark.Report] = []
      for _ in 0..<runs { reports.append(try ThroughputBenchmark.run(corpus: corpus, configuration: configuration)) }
      // Medians of the pipeline and of bare ICU, each over the runs.
      let report = reports.sorted { $0.pipelineSeconds < $1.pipelineSeconds }[runs / 2]
      let icuSeconds = reports.map(\.icuSeconds).sorted()[runs / 2]
      func format(_ value: Double) -> String { String(format: "%.2f", value) }
      let megabytes = Double(report.bytes) / 1e6
      print("corpus:    \(report.articles) articles, \(format(megabytes)) MB (seed \(seed)); medians of \(runs) run(s)")
      print("pipeline:  \(format(report.pipelineMegabytesPerSecond)) MB/s  (ingest+clean+segment, 1 thread, \(format(report.pipelineSeconds)) s, \(report.keptSentences) sentences)")
      print("bare ICU:  \(format(megabytes / icuSeconds)) MB/s  (sentence+word breaks, 1 thread, \(format(icuSeconds)) s)")
      print("ratio:     \(format(icuSeconds / report.pipelineSeconds))  (pipeline / bare ICU; goal >= 0.50)")
      let total = Double(report.stages.named.reduce(0) { $0 + $1.1 })
      for (name, nanoseconds) in report.stages.named {
        let share = total > 0 ? Double(nanoseconds) / total * 100 : 0
        print("  stage \(name.padding(toLength: 24, withPad: " ", startingAt: 0)) \(format(Double(nanoseconds) / 1e9)) s  \(format(share))%")
      }
    } catch let failure as CommandFailure {
      Diagnostics.error(failure.description)
      throw ExitCode(2)
    }
  }
}
