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

  /// Every input held, as a union of partials (`PartialSet.timeline` folds it).
  public func partials() throws(StoreError) -> PartialSet {
    let codec = PartialCodec()
    var union = PartialSet()
    var damaged: PartialError?
    try read { database in
      let rows = try Row.fetchCursor(database, sql: "SELECT path, partial FROM input")
      while let row = try rows.next(), damaged == nil {
        let line: Data = row["partial"]
        do throws(PartialError) {
          let (input, producer) = try codec.read(line, origin: "\(path): input '\(row["path"] as String)'")
          try union.add(input, producer: producer, origin: "\(path): input '\(input.path)'")
        } catch {
          damaged = error
        }
      }
    }
    if let damaged { throw StoreError(damaged.description) }
    return union
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
