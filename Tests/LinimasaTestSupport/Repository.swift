// Paths inside the repository, for tests.
import Foundation
import LinimasaCore

/// Locations of the repository's folders, found from this source file's path.
public enum Repository {
  /// The repository root (the folder holding Package.swift).
  public static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  public static var corpus: URL { root.appendingPathComponent("Corpus") }
  public static var lexicons: URL { root.appendingPathComponent("Lexicons") }
  public static var gold: URL { root.appendingPathComponent("Tests/Gold") }
  public static var goldens: URL { root.appendingPathComponent("Tests/LinimasaCorpusTests/Goldens") }
  /// Every floors file: `Tests/eval-floors*.json`, each over the stories it lists.
  public static var evalFloorFiles: [URL] {
    let tests = root.appendingPathComponent("Tests")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: tests.path)) ?? []
    return names.filter { $0.hasPrefix("eval-floors") && $0.hasSuffix(".json") }.sorted().map(tests.appendingPathComponent)
  }

  /// The built `linimasa` executable, which `swift test` builds beside the test binary.
  public static var executable: URL {
    let testBinary =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
    var directory = URL(fileURLWithPath: testBinary).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = directory.appendingPathComponent("linimasa")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      directory = directory.deletingLastPathComponent()
    }
    return root.appendingPathComponent(".build/debug/linimasa")
  }

  /// The bundled lexicons, loaded once.
  public static let bundledLexiconFolder: String = lexicons.path

  /// A new empty temporary folder.
  public static func temporaryFolder(_ name: String = "linimasa-test") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A new temporary folder holding `files` (relative path → content): a lexicon overlay.
  public static func folder(_ name: String, files: [String: String]) throws -> URL {
    let root = try temporaryFolder(name)
    for (path, content) in files {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try content.write(to: url, atomically: true, encoding: .utf8)
    }
    return root
  }

  /// Runs `executable` with `arguments` in the repository root: its exit status and its
  /// standard output and error together.
  public static func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = root
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}

extension Repository {
  /// The mistakes `Lexicons.load` reports for `base` folders plus a new folder holding
  /// `files` (relative path → content), as "file:line: message" relative to that folder.
  public static func lexiconMistakes(_ files: [String: String], over base: [String] = []) throws -> [String] {
    let folder = try Self.folder("lexicons", files: files).path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    do {
      _ = try Lexicons.load(from: base + [folder])
      return []
    } catch {
      return error.issues.map { $0.description.replacingOccurrences(of: folder + "/", with: "") }
    }
  }
}

/// Which sanitizer the tests were built with (`swift test --sanitize=...`).
public enum Sanitizers {
  /// Whether ThreadSanitizer's runtime is in this process (and so in the built binaries).
  public static let thread: Bool = dlsym(nil, "__tsan_init") != nil
}
