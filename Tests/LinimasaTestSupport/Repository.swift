// Paths inside the repository, for tests.
import Foundation

/// Locations of the repository's folders, found from this source file's path.
public enum Repository {
  /// The repository root (the folder holding Package.swift).
  public static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  public static var corpus: URL { root.appendingPathComponent("Corpus") }
  public static var lexicons: URL { root.appendingPathComponent("Lexicons") }
  public static var gold: URL { root.appendingPathComponent("Tests/Gold") }
  public static var goldens: URL { root.appendingPathComponent("Tests/LinimasaCorpusTests/Goldens") }
  public static var evalFloors: URL { root.appendingPathComponent("Tests/eval-floors.json") }

  /// The built `linimasa` executable, which `swift test` builds beside the test binary.
  public static var executable: URL {
    let testBinary = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
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
}
