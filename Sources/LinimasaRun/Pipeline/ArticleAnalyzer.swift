// One worker's way from an input to its documents: ingestion, the text stages, the facts.
import Dispatch
import LinimasaCore
import LinimasaExtract
import LinimasaText
import LinimasaTimeline

/// An article read, its text stages run and its facts extracted.
public struct AnalyzedArticle: Sendable {
  public let analysis: DocumentAnalysis
  public let facts: DocumentFacts

  /// The record the timeline keeps of it (its id still the path: see `DocumentIDs`).
  public var record: DocumentRecord { DocumentRecord(analysis: analysis, facts: facts) }
}

/// Reads an input (`Ingestor`), runs the text stages on each article it holds
/// (`DocumentProcessor`) and extracts their facts (`FactExtractor`). The pipeline's
/// workers, `linimasa inspect`, the benchmark and the fuzz targets all read articles
/// through it. It holds ICU iterators: make one per thread.
public final class ArticleAnalyzer {
  public let configuration: TextConfiguration
  private let processor: DocumentProcessor
  private let facts: FactExtractor
  /// Time spent reading inputs and extracting facts, when stages are measured (the text
  /// stages' times the processor keeps).
  private var ingestionTime: UInt64?
  private var extractionTimes: ExtractionTimes?

  /// Time per stage of reading and analysing articles.
  public struct StageSplit: Sendable {
    public var text = StageTimes()
    public var extraction = ExtractionTimes()

    /// Every stage with its name, in pipeline order.
    public var named: [(String, UInt64)] { text.named + extraction.named }
  }

  /// An analyzer for `configuration`, sharing `facts` (an extractor built from its
  /// lexicons, which takes time to build) when given; timing each stage when
  /// `measuresStages`.
  public init(configuration: TextConfiguration, facts: FactExtractor? = nil, measuresStages: Bool = false)
    throws(SegmentationError)
  {
    self.configuration = configuration
    processor = try DocumentProcessor(configuration: configuration)
    self.facts = facts ?? FactExtractor(lexicons: configuration.lexicons)
    if measuresStages {
      processor.stageTimes = StageTimes()
      ingestionTime = 0
      extractionTimes = ExtractionTimes()
    }
  }

  /// The articles of an input file whose paths `keeps` (all by default), each analysed
  /// or skipped with its reason.
  public func analyze(_ file: InputFile, keeping keeps: (String) -> Bool = { _ in true }) -> [Result<
    AnalyzedArticle, SkippedInput
  >] {
    analyze(read { configuration.ingestor.read(file) }.articles, keeping: keeps)
  }

  /// What each input of a file gave (its document's record, or why it was skipped), with
  /// the file's path and digest: `linimasa map`'s records, and what a run folds.
  public func map(_ file: InputFile) -> [MappedInput] {
    let read = read { configuration.ingestor.read(file) }
    return analyze(read.articles, keeping: { _ in true }).map { result in
      switch result {
      case .success(let article):
        MappedInput(path: article.analysis.article.path, file: file.path, sha256: read.sha256, document: article.record)
      case .failure(let skip):
        MappedInput(path: skip.path, file: file.path, sha256: read.sha256, skipped: skip.reason)
      }
    }
  }

  /// The articles of an input given as bytes, with the path and format it stands for.
  public func analyze(_ bytes: [UInt8], path: String, format: InputFormat) -> [Result<AnalyzedArticle, SkippedInput>] {
    analyze(read { configuration.ingestor.read(bytes, path: path, format: format) }, keeping: { _ in true })
  }

  /// The records of an input given as bytes, and its inputs skipped.
  public func records(_ bytes: [UInt8], path: String, format: InputFormat) -> (
    records: [DocumentRecord], skipped: [SkippedInput]
  ) {
    Self.records(analyze(bytes, path: path, format: format))
  }

  /// The records of the articles analysed, and the inputs skipped.
  private static func records(_ results: [Result<AnalyzedArticle, SkippedInput>]) -> (
    records: [DocumentRecord], skipped: [SkippedInput]
  ) {
    var records: [DocumentRecord] = []
    var skipped: [SkippedInput] = []
    for result in results {
      switch result {
      case .success(let article): records.append(article.record)
      case .failure(let skip): skipped.append(skip)
      }
    }
    return (records, skipped)
  }

  /// Ingestion, timed when stages are measured.
  private func read<Read>(_ ingest: () -> Read) -> Read {
    guard let spent = ingestionTime else { return ingest() }
    let start = DispatchTime.now().uptimeNanoseconds
    let results = ingest()
    ingestionTime = spent + DispatchTime.now().uptimeNanoseconds - start
    return results
  }

  private func analyze(_ read: [Result<SourceArticle, SkippedInput>], keeping keeps: (String) -> Bool) -> [Result<
    AnalyzedArticle, SkippedInput
  >] {
    read.compactMap { result in
      switch result {
      case .success(let article):
        guard keeps(article.path) else { return nil }
        return analyze(article)
      case .failure(let skip):
        return keeps(skip.path) ? .failure(skip) : nil
      }
    }
  }

  /// One article analysed, or skipped when ICU cannot segment it.
  private func analyze(_ article: SourceArticle) -> Result<AnalyzedArticle, SkippedInput> {
    do throws(SegmentationError) {
      let analysis = try processor.process(article)
      return .success(AnalyzedArticle(analysis: analysis, facts: facts.extract(analysis, times: &extractionTimes)))
    } catch {
      return .failure(
        SkippedInput(path: article.path, reason: SkipReason(code: "segmentation", message: error.description)))
    }
  }

  /// The time per stage summed over every input analysed so far, when stages are measured.
  public var stageSplit: StageSplit? {
    guard let ingestionTime, let extractionTimes, var text = processor.stageTimes else { return nil }
    text.ingestion = ingestionTime
    return StageSplit(text: text, extraction: extractionTimes)
  }
}
