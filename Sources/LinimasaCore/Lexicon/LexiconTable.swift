// Reading the two lexicon file shapes: word lists (.txt) and tables with a header (.tsv).
import Foundation

/// One data row of a lexicon file, with its 1-based line number.
public struct LexiconRow: Sendable {
  public let line: Int
  public let fields: [String]
}

/// Reads lexicon files: UTF-8, `#` starts a comment line, blank lines are ignored.
/// A `.tsv` file's first row is a header that must match the expected column names.
public enum LexiconTable {
  /// Data rows of a `.tsv` file whose header must equal `columns`. Rows with the wrong
  /// number of fields or an empty field are reported and left out.
  public static func readTable(
    at path: String, columns: [String], issues: inout [LexiconIssue]
  ) -> [LexiconRow] {
    guard let lines = readLines(at: path, issues: &issues) else { return [] }
    var rows: [LexiconRow] = []
    var header: [String]?
    for (number, line) in lines {
      let fields = line.utf8.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map {
        Substring($0).trimmingSpaces()
      }
      guard header != nil else {
        header = fields
        if fields != columns {
          issues.append(LexiconIssue(
            file: path, line: number,
            message: "header must be '\(columns.joined(separator: "<TAB>"))', found '\(fields.joined(separator: "<TAB>"))'"))
          return []
        }
        continue
      }
      guard fields.count == columns.count else {
        issues.append(LexiconIssue(
          file: path, line: number,
          message: "expected \(columns.count) tab-separated fields (\(columns.joined(separator: ", "))), found \(fields.count)"))
        continue
      }
      if let empty = fields.firstIndex(where: \.isEmpty) {
        issues.append(LexiconIssue(file: path, line: number, message: "empty '\(columns[empty])' field"))
        continue
      }
      rows.append(LexiconRow(line: number, fields: fields))
    }
    if header == nil {
      issues.append(LexiconIssue(file: path, line: 0, message: "missing header row"))
    }
    return rows
  }

  /// Entries of a `.txt` word list, one per line, trimmed.
  public static func readList(at path: String, issues: inout [LexiconIssue]) -> [LexiconRow] {
    guard let lines = readLines(at: path, issues: &issues) else { return [] }
    return lines.map { LexiconRow(line: $0.0, fields: [$0.1.trimmingSpaces()]) }
  }

  /// Non-blank, non-comment lines with their numbers; nil (and an issue) when unreadable.
  private static func readLines(at path: String, issues: inout [LexiconIssue]) -> [(Int, String)]? {
    guard let data = FileManager.default.contents(atPath: path) else {
      issues.append(LexiconIssue(file: path, line: 0, message: "cannot read file"))
      return nil
    }
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      issues.append(LexiconIssue(file: path, line: 0, message: "not valid UTF-8"))
      return nil
    }
    var result: [(Int, String)] = []
    var number = 0
    // Lines split on the UTF-8 bytes: splitting the String would break it into grapheme
    // clusters first (slow, and "\r\n" is one cluster).
    for rawLine in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      number += 1
      let line = Substring(rawLine.last == UInt8(ascii: "\r") ? rawLine.dropLast() : rawLine)
      let trimmed = line.trimmingSpaces()
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      result.append((number, String(line)))
    }
    return result
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs (what Foundation's
  /// `.whitespaces` trims, without its bridging cost: lexicons have tens of thousands of fields).
  func trimmingSpaces() -> String {
    let scalars = unicodeScalars
    let isSpace = { (scalar: Unicode.Scalar) in scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
    guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else {
      return ""
    }
    if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return String(self) }
    return String(self[first..<scalars.index(after: last)])
  }
}
