import Foundation
import LinimasaCore
import LinimasaRun
import LinimasaStore
import LinimasaTestSupport
import Testing

@Suite struct StoryStoreTests {
  static let producer = Producer(lexicons: "test", maximumArticleBytes: 1 << 20)

  func input(_ path: String, file: String?, sha256: String?) -> MappedInput {
    MappedInput(path: path, file: file, sha256: sha256, skipped: SkipReason(code: "empty", message: "empty file"))
  }

  @Test func aNewStoreIsEmptyAndKeepsWhatItIsGiven() throws {
    let path = try Repository.temporaryFolder("store").appendingPathComponent("story.sqlite").path
    let store = try StoryStore(path: path)
    #expect(try store.producer() == nil)
    #expect(try store.count() == 0)
    try store.store(
      [input("a.txt", file: "a.txt", sha256: "1"), input("d.jsonl#1", file: "d.jsonl", sha256: "2"),
       input("d.jsonl#2", file: "d.jsonl", sha256: "2"), input("loop", file: nil, sha256: nil)],
      replacing: [], producer: Self.producer)
    let reopened = try StoryStore(path: path)
    #expect(try reopened.producer() == Self.producer)
    #expect(try reopened.fileDigests() == ["a.txt": "1", "d.jsonl": "2"])
    #expect(try reopened.partials().inputs().map(\.path) == ["a.txt", "d.jsonl#1", "d.jsonl#2", "loop"])
  }

  @Test func aChangedFileReplacesEveryInputItHad() throws {
    let path = try Repository.temporaryFolder("store").appendingPathComponent("story.sqlite").path
    let store = try StoryStore(path: path)
    try store.store(
      [input("d.jsonl#1", file: "d.jsonl", sha256: "2"), input("d.jsonl#2", file: "d.jsonl", sha256: "2")],
      replacing: [], producer: Self.producer)
    try store.store([input("d.jsonl#1", file: "d.jsonl", sha256: "3")], replacing: ["d.jsonl"], producer: Self.producer)
    #expect(try store.partials().inputs().map(\.path) == ["d.jsonl#1"])
    #expect(try store.fileDigests() == ["d.jsonl": "3"])
  }

  @Test func anotherProducerIsRefused() throws {
    let path = try Repository.temporaryFolder("store").appendingPathComponent("story.sqlite").path
    let store = try StoryStore(path: path)
    try store.store([input("a.txt", file: "a.txt", sha256: "1")], replacing: [], producer: Self.producer)
    try store.check(Self.producer)
    let other = Producer(lexicons: "other", maximumArticleBytes: 1 << 20)
    #expect(throws: StoreError.self) { try store.check(other) }
  }

  @Test func aFileThatIsNoStoreIsAnErrorNamingIt() throws {
    let path = try Repository.temporaryFolder("store").appendingPathComponent("not.sqlite")
    try Data("this is not a database, only text long enough to be read as a header".utf8).write(to: path)
    do {
      _ = try StoryStore(path: path.path)
      Issue.record("opened a text file as a store")
    } catch {
      #expect(error.description.contains("cannot open store '\(path.path)'"), "\(error)")
    }
  }
}
