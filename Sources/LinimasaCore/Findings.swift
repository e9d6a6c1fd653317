// Why an input was not processed: stable codes for machines, messages for people.

/// The reason an input (a file, or one record of a JSONL dump) was left out of the timeline.
public struct SkipReason: Hashable, Sendable, Codable, CustomStringConvertible {
  /// A stable, machine-readable code such as `empty` or `malformed-json`.
  public let code: String
  /// A specific message for people, naming the line or offset where that helps.
  public let message: String

  public init(code: String, message: String) {
    self.code = code
    self.message = message
  }

  public var description: String { message }

  public static let empty = SkipReason(code: "empty", message: "empty file")
  public static func blank(_ what: String) -> SkipReason {
    SkipReason(code: "empty", message: "\(what) has no text")
  }
  public static func binary(offset: Int) -> SkipReason {
    SkipReason(code: "binary", message: "binary file (control bytes from offset \(offset))")
  }
  public static func unreadable(_ detail: String) -> SkipReason {
    SkipReason(code: "unreadable", message: "cannot read: \(detail)")
  }
  public static func unsupported(extension ext: String) -> SkipReason {
    let shown = ext.isEmpty ? "no extension" : "'.\(ext)'"
    return SkipReason(
      code: "unsupported-type",
      message: "unsupported file type (\(shown)); expected .txt, .md, .json, .jsonl, .html or .htm")
  }
  public static func tooLarge(bytes: Int, limit: Int) -> SkipReason {
    SkipReason(
      code: "too-large",
      message: "too large for an article: \(bytes) bytes, over the limit of \(limit) (see --max-article-mb)")
  }
  public static let symlinkLoop = SkipReason(
    code: "symlink-loop", message: "symbolic link loop: the directory is already being read")
  public static func brokenLink(_ detail: String) -> SkipReason {
    SkipReason(code: "broken-link", message: "broken symbolic link: \(detail)")
  }
  public static func malformed(_ format: String, _ detail: String) -> SkipReason {
    SkipReason(code: "malformed-\(format)", message: "malformed \(format): \(detail)")
  }
}

/// An input that was not processed, as listed in the output's `skipped` array.
public struct SkippedInput: Error, Hashable, Sendable, Codable, Comparable {
  /// The input's relative path (with `#line` for one record of a JSONL dump).
  public let path: String
  public let reason: SkipReason

  public init(path: String, reason: SkipReason) {
    self.path = path
    self.reason = reason
  }

  public static func < (lhs: SkippedInput, rhs: SkippedInput) -> Bool {
    PathOrder.precedes(lhs.path, rhs.path)
  }
}

/// The one order used for paths everywhere: byte-wise on UTF-8, with JSONL record numbers
/// ("dump.jsonl#10") compared as numbers.
public enum PathOrder {
  public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
    let (lhsBase, lhsLine) = split(lhs)
    let (rhsBase, rhsLine) = split(rhs)
    if lhsBase != rhsBase { return lhsBase.utf8.lexicographicallyPrecedes(rhsBase.utf8) }
    return lhsLine < rhsLine
  }

  private static func split(_ path: String) -> (Substring, Int) {
    guard let hash = path.lastIndex(of: "#"), let line = Int(path[path.index(after: hash)...])
    else { return (Substring(path), 0) }
    return (path[..<hash], line)
  }
}
