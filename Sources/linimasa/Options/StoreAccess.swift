// The store's errors as the commands report them.
import LinimasaCore
import LinimasaRun
import LinimasaStore
import LinimasaTimeline

/// What `extract --store`, `merge --store` and `export` do with a store, its errors
/// turned into command failures (exit status 2, the store named).
enum StoreAccess {
  static func open(_ path: String) throws -> StoryStore {
    do {
      return try StoryStore(path: path)
    } catch {
      throw CommandFailure(description: error.description)
    }
  }

  /// Runs `body` over the store, reporting its errors.
  static func with<Value>(_ path: String, _ body: (StoryStore) throws -> Value) throws -> Value {
    let store = try open(path)
    do {
      return try body(store)
    } catch let error as StoreError {
      throw CommandFailure(description: error.description)
    } catch let error as PartialError {
      throw CommandFailure(description: error.description)
    }
  }

  /// The timeline of every input the store holds, checked against `lexicons`' digest.
  static func timeline(
    of store: StoryStore, lexicons: Lexicons, digest: String, keepsDetails: Bool, observer: (any DocumentObserver)?
  ) throws -> Timeline {
    if let producer = try store.producer(), producer.lexicons != digest || producer.version != LinimasaVersion.current {
      throw StoreError(
        "store '\(store.path)' holds inputs made by \(producer): give the same version and --lexicons as the runs "
          + "that filled it")
    }
    return try store.partials().timeline(lexicons: lexicons, keepsDetails: keepsDetails, observer: observer)
  }
}
