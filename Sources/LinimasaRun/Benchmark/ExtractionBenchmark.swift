// In-process measurements for `linimasa bench`: bare ICU, and where extraction's time goes.
import Foundation
import LinimasaCore
import LinimasaExtract
import LinimasaText

/// Measurements over a generated corpus on disk, single-threaded, one file at a time (as
/// `linimasa extract` reads them; reading a file is not timed).
public enum ExtractionBenchmark {
  /// Seconds ICU's sentence and word breakers take over every file's bytes: the floor any
  /// extraction that segments its text stands on.
  public static func bareICU(_ files: [URL]) throws -> Double {
    let breaker = try ICUBreaker()
    var nanoseconds: UInt64 = 0
    for file in files {
      let bytes = try [UInt8](Data(contentsOf: file))
      let start = DispatchTime.now().uptimeNanoseconds
      try bytes.withUnsafeBufferPointer { (buffer) throws(SegmentationError) in
        try breaker.setText(buffer, span: ByteSpan(0, buffer.count))
        breaker.forEachSentenceBoundary(in: ByteSpan(0, buffer.count)) { _ in }
        breaker.forEachWordBoundary(in: ByteSpan(0, buffer.count)) { _, _ in }
      }
      nanoseconds += DispatchTime.now().uptimeNanoseconds - start
    }
    return Double(nanoseconds) / 1e9
  }

  /// Seconds `ingestor` takes to read `pages` (saved web pages: the encoding, libxml2's
  /// parse, the story found), and how many bytes they hold.
  public static func pageReading(_ pages: [URL], ingestor: Ingestor) throws -> (seconds: Double, bytes: Int) {
    var nanoseconds: UInt64 = 0
    var total = 0
    for page in pages {
      let bytes = try [UInt8](Data(contentsOf: page))
      total += bytes.count
      let start = DispatchTime.now().uptimeNanoseconds
      _ = ingestor.read(bytes, path: page.lastPathComponent, format: .html)
      nanoseconds += DispatchTime.now().uptimeNanoseconds - start
    }
    return (Double(nanoseconds) / 1e9, total)
  }

  /// Runs ingestion, the text stages and fact extraction over `files` through one
  /// `ArticleAnalyzer`, timing each stage.
  public static func stageSplit(_ files: [URL], configuration: TextConfiguration) throws -> ArticleAnalyzer.StageSplit {
    let analyzer = try ArticleAnalyzer(configuration: configuration, measuresStages: true)
    for file in files {
      let bytes = try [UInt8](Data(contentsOf: file))
      _ = analyzer.analyze(bytes, path: file.lastPathComponent, format: InputFormat(rawValue: file.pathExtension) ?? .text)
    }
    return analyzer.stageSplit ?? ArticleAnalyzer.StageSplit()
  }
}
