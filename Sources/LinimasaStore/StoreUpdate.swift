// A run over a store: only what changed is extracted; the timeline of all it holds.
import LinimasaCore
import LinimasaRun
import LinimasaText
import LinimasaTimeline

/// Brings a store up to date with a run's inputs: each input file is read and hashed;
/// the files whose digest the store already holds are passed over, the others (new or
/// changed) are extracted on the pipeline's workers; then what changed is written in one
/// transaction. The timeline is then folded from every input the store holds
/// (`StoryStore.partials`).
public enum StoreUpdate {
  /// What an update did.
  public struct Account: Sendable, Equatable {
    /// Files extracted (new or changed) and files passed over (unchanged).
    public var extracted = 0
    public var unchanged = 0
    /// The inputs the store holds afterwards.
    public var held = 0
  }

  /// Updates `store` with the files under `inputs`, extracted by `pipeline` on
  /// `options.jobs` workers and made by `producer`.
  public static func run(
    _ store: StoryStore, inputs: [String], pipeline: Pipeline, producer: Producer, options: RunOptions
  ) throws -> Account {
    try store.check(producer)
    let walk = InputWalker.walk(inputs)
    let held = try store.fileDigests()
    let ingestor = pipeline.configuration.ingestor
    let changed = walk.files.filter { file in
      guard let digest = ingestor.digest(file), case let stored?? = held[file.path] else { return true }
      return stored != digest
    }
    var mapped = walk.skipped.map(MappedInput.init(walkSkip:))
    try pipeline.map(changed, options: RunOptions(jobs: options.jobs, progress: options.progress)) { mapped += $0 }
    try store.store(mapped, replacing: changed.map(\.path), producer: producer)
    return Account(extracted: changed.count, unchanged: walk.files.count - changed.count, held: try store.count())
  }
}

extension StoryStore {
  /// The timeline of every input the store holds, folded with `lexicons`, whose files'
  /// digest must be the one the store's inputs were made with (as must this version).
  public func timeline(lexicons: Lexicons, digest: String, keepsDetails: Bool, observer: (any DocumentObserver)?)
    throws -> Timeline
  {
    if let producer = try producer(), producer.lexicons != digest || producer.version != LinimasaVersion.current {
      throw StoreError(
        "store '\(path)' holds inputs made by \(producer): give the same version and --lexicons as the runs "
          + "that filled it")
    }
    return try partials().timeline(lexicons: lexicons, keepsDetails: keepsDetails, observer: observer)
  }
}
