// Measures the text stages against bare ICU segmentation on the same text.
import Foundation
import LinimasaCore
import LinimasaText

/// Throughput of ingestion+cleaning+segmentation and of bare ICU sentence+word breaking
/// over the same generated articles, single-threaded both, in one process.
public enum ThroughputBenchmark {
  public struct Report: Sendable {
    public let articles: Int
    public let bytes: Int
    public let pipelineSeconds: Double
    public let icuSeconds: Double
    public let keptSentences: Int
    public let icuBoundaries: Int
    public let stages: StageTimes

    public var pipelineMegabytesPerSecond: Double { Double(bytes) / 1e6 / pipelineSeconds }
    public var icuMegabytesPerSecond: Double { Double(bytes) / 1e6 / icuSeconds }
  }

  public static func run(corpus: BenchmarkCorpus, configuration: TextConfiguration) throws(SegmentationError) -> Report {
    let processor = try DocumentProcessor(configuration: configuration)
    processor.stageTimes = StageTimes()
    var ingestion: UInt64 = 0
    var sentences = 0
    let pipelineStart = DispatchTime.now().uptimeNanoseconds
    for article in corpus.articles {
      let readStart = DispatchTime.now().uptimeNanoseconds
      let results = configuration.ingestor.read(article.bytes, path: article.path, format: article.format)
      ingestion += DispatchTime.now().uptimeNanoseconds - readStart
      for result in results {
        if case .success(let source) = result {
          sentences += try processor.process(source).segmentation.sentences.count
        }
      }
    }
    let pipelineEnd = DispatchTime.now().uptimeNanoseconds

    let breaker = try ICUBreaker()
    var boundaries = 0
    let icuStart = DispatchTime.now().uptimeNanoseconds
    for article in corpus.articles {
      try article.bytes.withUnsafeBufferPointer { (bytes) throws(SegmentationError) in
        try breaker.setText(bytes, span: ByteSpan(0, bytes.count))
        breaker.forEachSentenceBoundary(in: ByteSpan(0, bytes.count)) { _ in boundaries += 1 }
        breaker.forEachWordBoundary(in: ByteSpan(0, bytes.count)) { _, _ in boundaries += 1 }
      }
    }
    let icuEnd = DispatchTime.now().uptimeNanoseconds
    var stages = processor.stageTimes ?? StageTimes()
    stages.ingestion = ingestion
    return Report(
      articles: corpus.articles.count, bytes: corpus.byteCount,
      pipelineSeconds: Double(pipelineEnd - pipelineStart) / 1e9, icuSeconds: Double(icuEnd - icuStart) / 1e9,
      keptSentences: sentences, icuBoundaries: boundaries, stages: stages)
  }
}
