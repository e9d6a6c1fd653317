// What made a partial, so partials made differently are never merged.
import Foundation
import LinimasaCore
import LinimasaText

/// The version, lexicons and options that made a partial: everything that changes what
/// is extracted from an input. Partials merge only when their producers are equal.
public struct Producer: Codable, Equatable, Sendable, CustomStringConvertible {
  public let version: String
  /// The SHA-256 over the lexicon folders' files (`lexiconDigest(folders:)`).
  public let lexicons: String
  /// `--max-article-mb`, in bytes.
  public let maximumArticleBytes: Int

  public init(version: String = LinimasaVersion.current, lexicons: String, maximumArticleBytes: Int) {
    self.version = version
    self.lexicons = lexicons
    self.maximumArticleBytes = maximumArticleBytes
  }

  public var description: String {
    "version \(version), lexicons \(lexicons.prefix(12)), max article \(maximumArticleBytes >> 20) MiB"
  }

  /// The SHA-256 over every file of `folders` (hidden entries left out), in the order the
  /// folders are laid over each other, each file by its path inside its folder and its
  /// bytes: the same lexicons give the same digest wherever they lie.
  public static func lexiconDigest(folders: [String]) throws(PartialError) -> String {
    var summary: [UInt8] = []
    for (index, folder) in folders.enumerated() {
      summary += Array("folder \(index)\n".utf8)
      for relative in try files(under: folder) {
        let bytes: [UInt8]
        do {
          bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + relative)))
        } catch {
          throw PartialError("cannot read lexicon file '\(folder)/\(relative)': \(error.localizedDescription)")
        }
        summary += Array("\(relative)\t\(bytes.count)\n".utf8)
        summary += Array(ContentDigest.sha256(bytes).utf8)
      }
    }
    return ContentDigest.sha256(summary)
  }

  /// The regular files under `folder`, by relative path in byte order.
  private static func files(under folder: String) throws(PartialError) -> [String] {
    let manager = FileManager.default
    guard let enumerator = manager.enumerator(atPath: folder) else {
      throw PartialError("cannot list lexicon folder '\(folder)'")
    }
    var found: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let name = (relative as NSString).lastPathComponent
      if name.hasPrefix(".") {
        enumerator.skipDescendants()
        continue
      }
      var isDirectory: ObjCBool = false
      if manager.fileExists(atPath: folder + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
        found.append(relative)
      }
    }
    return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }
}
