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

  /// Time per stage of one document's processing and extraction, summed over `files`.
  public struct StageSplit: Sendable {
    public var text = StageTimes()
    public var extraction = ExtractionTimes()

    /// Every stage with its name, in pipeline order.
    public var named: [(String, UInt64)] { text.named + extraction.named }
  }

  /// Runs ingestion, the text stages and fact extraction over `files`, timing each stage.
  public static func stageSplit(_ files: [URL], configuration: TextConfiguration) throws -> StageSplit {
    let processor = try DocumentProcessor(configuration: configuration)
    processor.stageTimes = StageTimes()
    let extractor = FactExtractor(lexicons: configuration.lexicons)
    var ingestion: UInt64 = 0
    var extraction: ExtractionTimes? = ExtractionTimes()
    for file in files {
      let bytes = try [UInt8](Data(contentsOf: file))
      let start = DispatchTime.now().uptimeNanoseconds
      let format = InputFormat(rawValue: file.pathExtension) ?? .text
      let results = configuration.ingestor.read(bytes, path: file.lastPathComponent, format: format)
      ingestion += DispatchTime.now().uptimeNanoseconds - start
      for case .success(let source) in results {
        _ = extractor.extract(try processor.process(source), times: &extraction)
      }
    }
    var split = StageSplit(text: processor.stageTimes ?? StageTimes(), extraction: extraction ?? ExtractionTimes())
    split.text.ingestion = ingestion
    return split
  }
}
