import Foundation
import LinimasaCore
import LinimasaTestSupport
import LinimasaText
import Testing

@Suite struct InputWalkerTests {
  func makeTree() throws -> URL {
    let root = try Repository.temporaryFolder("walk")
    let fileManager = FileManager.default
    for path in ["b/z.txt", "b/a.md", "a.txt", ".hidden/x.txt", "b/.secret.txt", "dir with space/berita ü.txt"] {
      let url = root.appendingPathComponent(path)
      try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try "x".write(to: url, atomically: true, encoding: .utf8)
    }
    try fileManager.createSymbolicLink(atPath: root.appendingPathComponent("b/loop").path, withDestinationPath: root.path)
    try fileManager.createSymbolicLink(atPath: root.appendingPathComponent("gone.txt").path, withDestinationPath: "/nonexistent")
    return root
  }

  @Test func walksSortedSkippingHiddenAndReportingLinks() throws {
    let root = try makeTree()
    let result = InputWalker.walk([root.path])
    #expect(result.files.map(\.path) == ["a.txt", "b/a.md", "b/z.txt", "dir with space/berita ü.txt"])
    #expect(result.skipped.map(\.path) == ["b/loop", "gone.txt"])
    #expect(result.skipped.map(\.reason.code) == ["symlink-loop", "broken-link"])
  }

  @Test func reportsMissingInputs() {
    let result = InputWalker.walk(["/nonexistent/input"])
    #expect(result.files.isEmpty)
    #expect(result.skipped.first?.reason.message == "cannot read: No such file or directory")
  }

  @Test func namesFilesGivenDirectly() throws {
    let root = try makeTree()
    let single = InputWalker.walk([root.appendingPathComponent("a.txt").path])
    #expect(single.files.map(\.path) == ["a.txt"])
  }
}
