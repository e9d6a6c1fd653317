// Problems found while loading lexicon files, each pinned to a file and line.

/// One mistake in a lexicon file. Loading collects all of them before failing.
public struct LexiconIssue: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file's path as given to the loader.
  public let file: String
  /// 1-based line number, or 0 for problems with the whole file.
  public let line: Int
  public let message: String

  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `path:line: message`, the form compilers use, so editors can jump to it.
  public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}

/// Every issue found while loading lexicons.
public struct LexiconLoadError: Error, Sendable, CustomStringConvertible {
  public let issues: [LexiconIssue]

  /// The issues ordered by file, then line.
  public init(issues: [LexiconIssue]) {
    self.issues = issues.enumerated().sorted { lhs, rhs in
      (lhs.element.file, lhs.element.line, lhs.offset) < (rhs.element.file, rhs.element.line, rhs.offset)
    }.map(\.element)
  }

  public var description: String {
    "invalid lexicons (\(issues.count) problem\(issues.count == 1 ? "" : "s")):\n"
      + issues.map { "  " + $0.description }.joined(separator: "\n")
  }
}
