// A story's inputs kept between runs: SQLite, through GRDB.
import Foundation
import GRDB
import LinimasaCore
import LinimasaRun
import LinimasaText

/// A problem with a store; the description names the store's file.
public struct StoreError: Error, CustomStringConvertible, Sendable {
  public let description: String

  public init(_ description: String) { self.description = description }
}

/// A story's inputs kept in an SQLite file between runs (docs/store.md): every input
/// ever added, each as its partial (`PartialCodec`) by path, with its file and the file's
/// SHA-256, and the one producer that made them all. A run reads each input file, hashes
/// it, extracts only the files whose digest the store does not hold, and writes what
/// changed in one transaction, so a run that is killed leaves the store as it was.
public final class StoryStore {
  public let path: String
  private let database: DatabaseQueue

  /// Opens the store at `path`, creating it (and its tables) when there is none.
  public init(path: String) throws(StoreError) {
    self.path = path
    do {
      var configuration = Configuration()
      configuration.busyMode = .timeout(10)
      database = try DatabaseQueue(path: path, configuration: configuration)
      try Self.migrator.migrate(database)
    } catch {
      throw StoreError("cannot open store '\(path)': \(Self.explain(error))")
    }
  }

  private static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("inputs and producer") { database in
      try database.create(table: "producer") { table in
        table.primaryKey("id", .integer).check { $0 == 1 }
        table.column("version", .text).notNull()
        table.column("lexicons", .text).notNull()
        table.column("maximumArticleBytes", .integer).notNull()
      }
      try database.create(table: "input") { table in
        table.primaryKey("path", .text)
        table.column("file", .text).indexed()
        table.column("sha256", .text)
        table.column("partial", .blob).notNull()
      }
    }
    return migrator
  }

  /// The producer of the inputs held; nil for a new store.
  public func producer() throws(StoreError) -> Producer? {
    try read { database in
      try Row.fetchOne(database, sql: "SELECT version, lexicons, maximumArticleBytes FROM producer").map { row in
        Producer(version: row["version"], lexicons: row["lexicons"], maximumArticleBytes: row["maximumArticleBytes"])
      }
    }
  }

  /// Refuses a producer other than the store's: a store holds inputs of one producer.
  public func check(_ producer: Producer) throws(StoreError) {
    guard let held = try self.producer(), held != producer else { return }
    throw StoreError(
      "store '\(path)' holds inputs made by \(held), not \(producer): use the same version, --lexicons and "
        + "--max-article-mb, or a new store")
  }

  /// The SHA-256 the store holds for each input file (nil for a file whose bytes were
  /// not read: too large, of an unsupported type, unreadable).
  public func fileDigests() throws(StoreError) -> [String: String?] {
    try read { database in
      var digests: [String: String?] = [:]
      for row in try Row.fetchAll(database, sql: "SELECT DISTINCT file, sha256 FROM input WHERE file IS NOT NULL") {
        digests[row["file"]] = row["sha256"] as String?
      }
      return digests
    }
  }

  /// How many inputs the store holds.
  public func count() throws(StoreError) -> Int {
    try read { database in try Int.fetchOne(database, sql: "SELECT COUNT(*) FROM input") ?? 0 }
  }

  /// In one transaction: drops every input of the files `replacing` (a dump may now hold
  /// fewer records) and keeps `inputs` (an input already held under its path is
  /// replaced), all made by `producer`.
  public func store(_ inputs: [MappedInput], replacing files: some Sequence<String>, producer: Producer)
    throws(StoreError)
  {
    let codec = PartialCodec()
    let lines: [(MappedInput, [UInt8])]
    do {
      lines = try inputs.map { input throws(PartialError) in (input, try codec.line(input, producer: producer)) }
    } catch {
      throw StoreError(error.description)
    }
    try write { database in
      try database.execute(
        sql: "INSERT OR REPLACE INTO producer (id, version, lexicons, maximumArticleBytes) VALUES (1, ?, ?, ?)",
        arguments: [producer.version, producer.lexicons, producer.maximumArticleBytes])
      for file in files { try database.execute(sql: "DELETE FROM input WHERE file = ?", arguments: [file]) }
      for (input, line) in lines {
        try database.execute(
          sql: "INSERT OR REPLACE INTO input (path, file, sha256, partial) VALUES (?, ?, ?, ?)",
          arguments: [input.path, input.file, input.sha256, Data(line)])
      }
    }
  }

  /// Every input held, as a union of partials (`PartialSet.timeline` folds it); each
  /// input's partial is read from the store when the fold reaches it.
  public func partials() throws(StoreError) -> PartialSet {
    var union = PartialSet()
    guard let producer = try producer() else { return union }
    let inputs = try read { database in
      try Row.fetchAll(database, sql: "SELECT rowid, path, file, sha256, length(partial) AS size FROM input").map {
        row in
        (
          path: row["path"] as String, file: row["file"] as String?, sha256: row["sha256"] as String?,
          position: row["rowid"] as Int64, length: row["size"] as Int
        )
      }
    }
    do {
      try union.add(inputs, producer: producer, from: StoredLines(store: self))
    } catch {
      throw StoreError(error.description)
    }
    return union
  }

  /// The partial of the input at `rowid`.
  fileprivate func partial(at rowid: Int64) throws(StoreError) -> Data {
    try read { database in
      guard let line = try Data.fetchOne(database, sql: "SELECT partial FROM input WHERE rowid = ?", arguments: [rowid])
      else { throw StoreError("store '\(path)' lost an input while it was read") }
      return line
    }
  }

  private func read<Value>(_ body: (Database) throws -> Value) throws(StoreError) -> Value {
    do {
      return try database.read(body)
    } catch {
      throw StoreError("cannot read store '\(path)': \(Self.explain(error))")
    }
  }

  private func write(_ body: (Database) throws -> Void) throws(StoreError) {
    do {
      try database.write(body)
    } catch {
      throw StoreError("cannot write store '\(path)': \(Self.explain(error))")
    }
  }

  private static func explain(_ error: any Error) -> String {
    (error as? DatabaseError)?.message ?? "\(error)"
  }
}

/// A store's partials, read one at a time by row.
private final class StoredLines: PartialLines {
  let store: StoryStore
  var name: String { store.path }

  init(store: StoryStore) { self.store = store }

  func line(at position: Int64, length: Int) throws(PartialError) -> Data {
    do {
      return try store.partial(at: position)
    } catch {
      throw PartialError(error.description)
    }
  }
}
