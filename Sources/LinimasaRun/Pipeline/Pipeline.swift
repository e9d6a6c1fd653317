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

/// The pipeline driver, map then merge in one process:
/// 1. walk the inputs (sorted, hidden entries skipped, loops reported);
/// 2. map: per file, on `jobs` workers, each with its `ArticleAnalyzer`, ingest, then per
///    article clean, identify the language, segment and extract facts (`MappedInput`);
/// 3. show each document's record to the observer on its worker, then, as the files
///    before it are done, fold the file's inputs into the timeline in path order
///    (`TimelineFold`), so output never depends on scheduling;
/// 4. assemble the timeline.
public struct Pipeline: Sendable {
  public let configuration: TextConfiguration
  let facts: FactExtractor

  public init(configuration: TextConfiguration) {
    self.configuration = configuration
    facts = FactExtractor(lexicons: configuration.lexicons)
  }

  /// The timeline of the articles under `inputs` ("-": one article on standard input, of
  /// the format `standardInput`).
  public func run(inputs: [String], standardInput: InputFormat = .text, options: RunOptions = RunOptions())
    throws(SegmentationError) -> Timeline
  {
    // 1.
    let walk = InputWalker.walk(inputs, standardInput: standardInput)
    var fold = TimelineFold(
      files: walk.files.map(\.path), lexicons: configuration.lexicons, keepsDetails: options.keepsDetails)
    fold.add(walk.skipped.map(MappedInput.init(walkSkip:)))
    // 2–3.
    try map(walk.files, options: options, ids: fold.ids) { fold.add($0) }
    // 4.
    return fold.timeline()
  }

  /// Maps `files` on `options.jobs` workers and hands each file's inputs to `keep`, one
  /// file at a time in the files' order. With `ids`, each document first gets its id and
  /// is shown to `options.observer` on its worker.
  public func map(
    _ files: [InputFile], options: RunOptions, ids: DocumentIDs? = nil,
    keep: @escaping ([MappedInput]) -> Void
  ) throws(SegmentationError) {
    let state = WorkState(fileCount: files.count, keep: keep)
    let configuration = self.configuration
    let facts = self.facts
    let workers = min(options.jobs, max(files.count, 1))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      let analyzer: ArticleAnalyzer
      do throws(SegmentationError) {
        analyzer = try ArticleAnalyzer(configuration: configuration, facts: facts)
      } catch {
        state.fail(error)
        return
      }
      while let index = state.nextFile() {
        var inputs = analyzer.map(files[index])
        if let ids {
          for position in inputs.indices {
            inputs[position].identify(by: ids)
            if case .document(let record) = inputs[position].outcome { options.observer?.observe(record) }
          }
        }
        let done = state.finish(file: index, inputs: inputs)
        options.progress?(done, files.count)
      }
    }
    if let error = state.failure { throw error }
    state.keepRest()
  }
}

/// The state workers share: which file is next, behind one lock; and the files' inputs
/// handed on in order, behind another.
private final class WorkState: @unchecked Sendable {
  private let lock = NSLock()
  private let fileCount: Int
  private var next = 0
  private var done = 0
  /// Files done before an earlier one, by file index.
  private var waiting: [Int: [MappedInput]] = [:]
  private(set) var failure: SegmentationError?

  /// Held while inputs are handed on, in order.
  private let keepLock = NSLock()
  /// The first file whose inputs are not handed on yet.
  private var nextKept = 0
  private let keep: ([MappedInput]) -> Void

  init(fileCount: Int, keep: @escaping ([MappedInput]) -> Void) {
    self.fileCount = fileCount
    self.keep = keep
  }

  func nextFile() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard failure == nil, next < fileCount else { return nil }
    next += 1
    return next - 1
  }

  /// Holds the file's inputs and hands on those of the files now next in order; how many
  /// files are done.
  func finish(file: Int, inputs: [MappedInput]) -> Int {
    lock.lock()
    waiting[file] = inputs
    done += 1
    let doneNow = done
    lock.unlock()
    if keepLock.try() {
      keepReady()
      keepLock.unlock()
    }
    return doneNow
  }

  /// Hands on every file's inputs still waiting, once the workers are done.
  func keepRest() {
    keepLock.lock()
    keepReady()
    keepLock.unlock()
  }

  /// Hands on the inputs of the files next in order. Called with `keepLock` held; a
  /// worker that finds it held leaves its inputs to the holder (or to `keepRest`), so it
  /// never waits while another merges.
  private func keepReady() {
    while let ready = takeWaiting(nextKept) {
      keep(ready)
      nextKept += 1
    }
  }

  private func takeWaiting(_ file: Int) -> [MappedInput]? {
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
