// Finds the input files under the paths given on the command line.
import Foundation
import LinimasaCore

/// A regular file to read, with the path it is reported under.
public struct InputFile: Sendable, Hashable {
  /// Where to read it.
  public let location: String
  /// The path reported in the output, relative to its input root.
  public let path: String

  public init(location: String, path: String) {
    self.location = location
    self.path = path
  }
}

/// Walks input paths: directories recursively in byte order of names, hidden entries
/// (names starting with ".") left out, symbolic links followed unless they lead back into
/// a directory being walked. Whatever cannot be read is reported, never dropped.
public enum InputWalker {
  public struct Result: Sendable {
    public var files: [InputFile] = []
    public var skipped: [SkippedInput] = []
  }

  /// Paths are reported relative to the input when a single directory is given; with
  /// several inputs, relative to the current directory as the user typed them.
  ///
  /// "-" stands for standard input, read as one article of `standardInput`'s format and
  /// reported as `stdin.<extension>` ("stdin.txt").
  public static func walk(_ inputs: [String], standardInput: InputFormat = .text) -> Result {
    let single = inputs.count == 1
    var result = walk(
      inputs.filter { $0 != "-" }.map { input in
        let shown = displayPath(input)
        return (input, shown, single ? "" : shown + "/", single ? lastComponent(shown) : shown)
      })
    if inputs.contains("-") {
      result.files.append(InputFile(location: "/dev/stdin", path: "stdin." + standardInput.rawValue))
      result.files.sort { PathOrder.precedes($0.path, $1.path) }
    }
    return result
  }

  /// Paths are reported relative to `root`, which every input must lie in (see
  /// `path(of:under:)`), so the same file has the same path however it was named.
  public static func walk(_ inputs: [String], root: String) -> Result {
    walk(
      inputs.map { input in
        let relative = path(of: input, under: root) ?? displayPath(input)
        return (input, relative.isEmpty ? "." : relative, relative.isEmpty ? "" : relative + "/", relative)
      })
  }

  /// The path of `input` inside `root` ("" for the root itself), or nil when it lies
  /// outside. Both are taken as absolute paths with "." and ".." resolved; symbolic links
  /// are not followed.
  public static func path(of input: String, under root: String) -> String? {
    let inputPath = URL(fileURLWithPath: input).standardizedFileURL.path
    let rootPath = URL(fileURLWithPath: root).standardizedFileURL.path
    if inputPath == rootPath { return "" }
    let prefix = rootPath.hasSuffix("/") ? rootPath : rootPath + "/"
    return inputPath.hasPrefix(prefix) ? String(inputPath.dropFirst(prefix.count)) : nil
  }

  /// Walks each input: where to read it, the path to report it under when it cannot be
  /// read, the prefix of its entries' paths when it is a directory, and its path when it
  /// is a file.
  private static func walk(_ inputs: [(location: String, shown: String, prefix: String, filePath: String)]) -> Result {
    var result = Result()
    for input in inputs {
      var info = stat()
      guard stat(input.location, &info) == 0 else {
        result.skipped.append(SkippedInput(path: input.shown, reason: .unreadable(String(cString: strerror(errno)))))
        continue
      }
      if (info.st_mode & S_IFMT) == S_IFDIR {
        var ancestors: Set<FileIdentity> = [FileIdentity(info)]
        walkDirectory(input.location, prefix: input.prefix, ancestors: &ancestors, into: &result)
      } else {
        add(location: input.location, path: input.filePath, info: info, into: &result)
      }
    }
    result.files.sort { PathOrder.precedes($0.path, $1.path) }
    result.skipped.sort()
    return result
  }

  private struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64
    init(_ info: stat) {
      device = UInt64(info.st_dev)
      inode = UInt64(info.st_ino)
    }
  }

  private static func walkDirectory(
    _ directory: String, prefix: String, ancestors: inout Set<FileIdentity>, into result: inout Result
  ) {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      result.skipped.append(SkippedInput(
        path: prefix.isEmpty ? "." : String(prefix.dropLast()), reason: .unreadable("cannot list directory")))
      return
    }
    for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where !name.hasPrefix(".") {
      let location = directory.hasSuffix("/") ? directory + name : directory + "/" + name
      let path = prefix + name
      var linkInfo = stat()
      guard lstat(location, &linkInfo) == 0 else {
        result.skipped.append(SkippedInput(path: path, reason: .unreadable(String(cString: strerror(errno)))))
        continue
      }
      var info = linkInfo
      if (linkInfo.st_mode & S_IFMT) == S_IFLNK {
        guard stat(location, &info) == 0 else {
          let reason: SkipReason = errno == ELOOP ? .symlinkLoop : .brokenLink(String(cString: strerror(errno)))
          result.skipped.append(SkippedInput(path: path, reason: reason))
          continue
        }
      }
      if (info.st_mode & S_IFMT) == S_IFDIR {
        let identity = FileIdentity(info)
        guard !ancestors.contains(identity) else {
          result.skipped.append(SkippedInput(path: path, reason: .symlinkLoop))
          continue
        }
        ancestors.insert(identity)
        walkDirectory(location, prefix: path + "/", ancestors: &ancestors, into: &result)
        ancestors.remove(identity)
      } else {
        add(location: location, path: path, info: info, into: &result)
      }
    }
  }

  private static func add(location: String, path: String, info: stat, into result: inout Result) {
    guard (info.st_mode & S_IFMT) == S_IFREG else {
      result.skipped.append(SkippedInput(
        path: path, reason: SkipReason(code: "not-a-file", message: "not a regular file")))
      return
    }
    result.files.append(InputFile(location: location, path: path))
  }

  private static func displayPath(_ input: String) -> String {
    var shown = input
    while shown.hasPrefix("./") { shown.removeFirst(2) }
    while shown.count > 1 && shown.hasSuffix("/") { shown.removeLast() }
    return shown
  }

  private static func lastComponent(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}
