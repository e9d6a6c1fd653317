// Options shared by every command that reads articles.
import ArgumentParser
import Foundation
import LinimasaCore
import LinimasaRun

/// `--lexicons`: user lexicon folders laid over the bundled ones.
struct LexiconOptions: ParsableArguments {
  @Option(
    name: .customLong("lexicons"),
    help: ArgumentHelp(
      "A lexicon folder (common/, id/, en/) added over the bundled Lexicons/; repeatable.",
      valueName: "dir"), completion: .directory)
  var folders: [String] = []

  /// The bundled lexicons plus the user's, loaded and validated. The bundled folder must
  /// hold every word list (a user's folders need only what they add).
  func load() throws -> Lexicons {
    let bundled = try bundledFolder()
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: bundled, isDirectory: &isFolder), isFolder.boolValue else {
      throw CommandFailure(description: "the lexicon folder '\(bundled)' does not exist; set LINIMASA_LEXICONS to Lexicons/")
    }
    let missing = Lexicons.missingWordLists(in: bundled)
    guard missing.isEmpty else {
      throw CommandFailure(
        description: "the lexicon folder '\(bundled)' has no \(missing.joined(separator: ", ")) in id/ or en/: "
          + "it may be from an older version; set LINIMASA_LEXICONS to this version's Lexicons/")
    }
    do {
      return try Lexicons.load(from: [bundled] + folders)
    } catch {
      throw CommandFailure(description: error.description)
    }
  }

  /// The SHA-256 over the files of the folders `load` reads (`Producer.lexiconDigest`).
  func digest() throws -> String {
    try Producer.lexiconDigest(folders: [try bundledFolder()] + folders)
  }

  private func bundledFolder() throws -> String {
    guard let bundled = LexiconLocator.bundledFolder() else {
      throw CommandFailure(description: "the bundled Lexicons/ folder was not found; set LINIMASA_LEXICONS to its path")
    }
    return bundled
  }
}

/// Finds the bundled `Lexicons/` folder: `$LINIMASA_LEXICONS`, else the nearest
/// `Lexicons/` above the executable (a build inside the repository), else
/// `<prefix>/share/linimasa/Lexicons` for an installed binary, else `./Lexicons`.
enum LexiconLocator {
  static func bundledFolder() -> String? {
    let fileManager = FileManager.default
    if let path = ProcessInfo.processInfo.environment["LINIMASA_LEXICONS"], !path.isEmpty { return path }
    func isLexiconFolder(_ path: String) -> Bool {
      var isDirectory: ObjCBool = false
      return fileManager.fileExists(atPath: path + "/common", isDirectory: &isDirectory) && isDirectory.boolValue
    }
    let executable = (try? fileManager.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments.first ?? ""
    var directory = (executable as NSString).deletingLastPathComponent
    while directory.count > 1 {
      if isLexiconFolder(directory + "/Lexicons") { return directory + "/Lexicons" }
      if isLexiconFolder(directory + "/share/linimasa/Lexicons") { return directory + "/share/linimasa/Lexicons" }
      directory = (directory as NSString).deletingLastPathComponent
    }
    let current = fileManager.currentDirectoryPath + "/Lexicons"
    return isLexiconFolder(current) ? current : nil
  }
}
