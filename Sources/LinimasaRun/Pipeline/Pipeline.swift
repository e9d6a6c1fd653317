// Runs ingestion and the text stages over many inputs, in parallel and deterministically.
import Foundation
import LinimasaCore
import LinimasaExtract
import LinimasaText
import LinimasaTimeline

/// Options of a run that do not change what is extracted.
public struct RunOptions: Sendable {
  /// Worker threads; 1 processes inputs one after another.
  public var jobs: Int
  /// Called after each input file, with files done and files in total.
  public var progress: (@Sendable (Int, Int) -> Void)?
  /// Sees every document's record as it is made.
  public var observer: (any DocumentObserver)?
  /// Whether the timeline's records keep their `details` and their events, entities and
  /// citations; without, a record keeps only its metadata once the observer has seen it
  /// and the timeline has gathered what spans documents.
  public var keepsDetails: Bool

  public init(
    jobs: Int = 1, progress: (@Sendable (Int, Int) -> Void)? = nil, observer: (any DocumentObserver)? = nil,
    keepsDetails: Bool = true
  ) {
    self.jobs = max(1, jobs)
    self.progress = progress
    self.observer = observer
    self.keepsDetails = keepsDetails
  }
}

/// The pipeline driver:
/// 1. walk the inputs (sorted, hidden entries skipped, loops reported);
/// 2. per file, on `jobs` workers, each with its `ArticleAnalyzer`: ingest, then per
///    article: clean, identify the language, segment, extract facts;
/// 3. show each document's record to the observer, then, as the files before it are done,
///    add it to the `TimelineBuilder` in path order, so output never depends on
///    scheduling (unless asked to keep details, the record then keeps only its metadata);
/// 4. assemble the timeline.
public struct Pipeline: Sendable {
  public let configuration: TextConfiguration
  let facts: FactExtractor

  public init(configuration: TextConfiguration) {
    self.configuration = configuration
    facts = FactExtractor(lexicons: configuration.lexicons)
  }

  public func run(inputs: [String], options: RunOptions = RunOptions()) throws(SegmentationError) -> Timeline {
    // 1.
    let walk = InputWalker.walk(inputs)
    let files = walk.files
    let ids = DocumentIDs(files: files.map(\.path))
    let state = WorkState(
      fileCount: files.count,
      builder: TimelineBuilder(lexicons: configuration.lexicons, keepsDetails: options.keepsDetails))
    let configuration = self.configuration
    let facts = self.facts
    let workers = min(options.jobs, max(files.count, 1))
    // 2–3.
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      let analyzer: ArticleAnalyzer
      do throws(SegmentationError) {
        analyzer = try ArticleAnalyzer(configuration: configuration, facts: facts)
      } catch {
        state.fail(error)
        return
      }
      while let index = state.nextFile() {
        var (records, skipped) = analyzer.records(files[index])
        for position in records.indices {
          records[position].id = ids.id(for: records[position].path)
          options.observer?.observe(records[position])
        }
        let done = state.finish(file: index, records: records, skipped: skipped)
        options.progress?(done, files.count)
      }
    }
    if let error = state.failure { throw error }
    state.keepRest()
    // 4.
    return state.builder.timeline(skipped: walk.skipped + state.skipped)
  }
}

/// The state workers share: which file is next, behind one lock; and the records kept so
/// far in path order, with what they hold across documents gathered, behind another.
private final class WorkState: @unchecked Sendable {
  private let lock = NSLock()
  private let fileCount: Int
  private var next = 0
  private var done = 0
  /// Files done before an earlier one, by file index.
  private var waiting: [Int: [DocumentRecord]] = [:]
  private(set) var skipped: [SkippedInput] = []
  private(set) var failure: SegmentationError?

  /// Held while records are added to the timeline, in path order.
  private let keepLock = NSLock()
  /// The first file whose records are not added yet.
  private var nextKept = 0
  private(set) var builder: TimelineBuilder

  init(fileCount: Int, builder: TimelineBuilder) {
    self.fileCount = fileCount
    self.builder = builder
  }

  func nextFile() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard failure == nil, next < fileCount else { return nil }
    next += 1
    return next - 1
  }

  /// Records the file's results and keeps those of the files now next in path order; how
  /// many files are done.
  func finish(file: Int, records newRecords: [DocumentRecord], skipped newSkipped: [SkippedInput]) -> Int {
    lock.lock()
    waiting[file] = newRecords
    skipped += newSkipped
    done += 1
    let doneNow = done
    lock.unlock()
    if keepLock.try() {
      keepReady()
      keepLock.unlock()
    }
    return doneNow
  }

  /// Keeps every file's records still waiting, once the workers are done.
  func keepRest() {
    keepLock.lock()
    keepReady()
    keepLock.unlock()
  }

  /// Keeps the records of the files next in path order. Called with `keepLock` held; a
  /// worker that finds it held leaves its records to the holder (or to `keepRest`), so it
  /// never waits while another merges.
  private func keepReady() {
    while let ready = takeWaiting(nextKept) {
      for record in ready { builder.add(record) }
      nextKept += 1
    }
  }

  private func takeWaiting(_ file: Int) -> [DocumentRecord]? {
    lock.lock()
    defer { lock.unlock() }
    return waiting.removeValue(forKey: file)
  }

  func fail(_ error: SegmentationError) {
    lock.lock()
    defer { lock.unlock() }
    if failure == nil { failure = error }
  }
}
