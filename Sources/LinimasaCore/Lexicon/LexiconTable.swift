// Reading the two lexicon file shapes: word lists (.txt) and tables with a header (.tsv).
import Foundation

/// One data row of a lexicon file, with its 1-based line number.
public struct LexiconRow: Sendable {
  public let line: Int
  public let fields: [String]
}

/// Reads lexicon files: UTF-8, `#` starts a comment line, blank lines are ignored.
/// A `.tsv` file's first row is a header that must match the expected column names.
/// Lines and fields are found on the UTF-8 bytes: lexicons have tens of thousands of rows,
/// and splitting Strings would break them into grapheme clusters first ("\r\n" is one).
public enum LexiconTable {
  /// Data rows of a `.tsv` file whose header must equal `columns`. Rows with the wrong
  /// number of fields or an empty field are reported and left out.
  public static func readTable(
    at path: String, columns: [String], issues: inout [LexiconIssue]
  ) -> [LexiconRow] {
    guard var text = readText(at: path, issues: &issues) else { return [] }
    var rows: [LexiconRow] = []
    var header: [String]?
    var fields: [Range<Int>] = []
    text.withUTF8 { bytes in
      forEachLine(in: bytes) { number, line in
        tabSeparated(bytes, line, into: &fields)
        guard header != nil else {
          let names = fields.map { trimmedText(bytes, $0) }
          header = names
          guard names == columns else {
            issues.append(
              LexiconIssue(
                file: path, line: number,
                message:
                  "header must be '\(columns.joined(separator: "<TAB>"))', found '\(names.joined(separator: "<TAB>"))'")
            )
            return false
          }
          return true
        }
        guard fields.count == columns.count else {
          issues.append(
            LexiconIssue(
              file: path, line: number,
              message:
                "expected \(columns.count) tab-separated fields (\(columns.joined(separator: ", "))), found \(fields.count)"
            ))
          return true
        }
        let values = fields.map { trimmedText(bytes, $0) }
        if let empty = values.firstIndex(where: \.isEmpty) {
          issues.append(LexiconIssue(file: path, line: number, message: "empty '\(columns[empty])' field"))
          return true
        }
        rows.append(LexiconRow(line: number, fields: values))
        return true
      }
    }
    if header == nil {
      issues.append(LexiconIssue(file: path, line: 0, message: "missing header row"))
    }
    return rows
  }

  /// Entries of a `.txt` word list, one per line, trimmed.
  public static func readList(at path: String, issues: inout [LexiconIssue]) -> [LexiconRow] {
    guard var text = readText(at: path, issues: &issues) else { return [] }
    var rows: [LexiconRow] = []
    text.withUTF8 { bytes in
      forEachLine(in: bytes) { number, line in
        rows.append(LexiconRow(line: number, fields: [trimmedText(bytes, line)]))
        return true
      }
    }
    return rows
  }

  /// The file's text without a byte order mark; nil (and an issue) when unreadable.
  private static func readText(at path: String, issues: inout [LexiconIssue]) -> String? {
    guard let data = FileManager.default.contents(atPath: path) else {
      issues.append(LexiconIssue(file: path, line: 0, message: "cannot read file"))
      return nil
    }
    let bom = data.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    guard let text = String(validating: data.dropFirst(bom), as: UTF8.self) else {
      issues.append(LexiconIssue(file: path, line: 0, message: "not valid UTF-8"))
      return nil
    }
    return text
  }

  /// Calls `body` with the 1-based number and byte range (without a final "\r") of each
  /// line that is neither blank nor a comment, until it returns false.
  private static func forEachLine(
    in bytes: UnsafeBufferPointer<UInt8>, _ body: (_ number: Int, _ line: Range<Int>) -> Bool
  ) {
    var number = 0
    var start = 0
    while start <= bytes.count {
      var end = start
      while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
      number += 1
      let line = start..<(end > start && bytes[end - 1] == UInt8(ascii: "\r") ? end - 1 : end)
      if !isBlankOrComment(bytes, line) && !body(number, line) { return }
      start = end + 1
    }
  }

  /// Whether the line, trimmed of spaces, is empty or starts with "#".
  private static func isBlankOrComment(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
    var start = line.lowerBound
    while start < line.upperBound && isBlank(bytes[start]) { start += 1 }
    guard start < line.upperBound else { return true }
    let lead = bytes[start]
    let next = start + 1 < line.upperBound ? bytes[start + 1] : 0
    // A non-ASCII scalar may be a space, or a combining mark that makes "#" another character.
    guard lead >= 0x80 || (lead == UInt8(ascii: "#") && next >= 0x80) else { return lead == UInt8(ascii: "#") }
    let trimmed = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<line.upperBound]), as: UTF8.self)
      .trimmingSpaces()
    return trimmed.isEmpty || trimmed.hasPrefix("#")
  }

  /// The byte ranges of the tab-separated fields of `line`, empty ones included.
  private static func tabSeparated(
    _ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, into fields: inout [Range<Int>]
  ) {
    fields.removeAll(keepingCapacity: true)
    var start = line.lowerBound
    for index in line where bytes[index] == UInt8(ascii: "\t") {
      fields.append(start..<index)
      start = index + 1
    }
    fields.append(start..<line.upperBound)
  }

  /// The text of `bytes[range]` without leading and trailing spaces and tabs.
  private static func trimmedText(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end && isBlank(bytes[start]) { start += 1 }
    while end > start && isBlank(bytes[end - 1]) { end -= 1 }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    // Other spaces (no-break, thin, ideographic) are non-ASCII: only then is a Unicode lookup needed.
    return start < end && (bytes[start] >= 0x80 || bytes[end - 1] >= 0x80) ? text.trimmingSpaces() : text
  }

  /// A space or a tab.
  private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs (what Foundation's
  /// `.whitespaces` trims, without its bridging cost: lexicons have tens of thousands of fields).
  func trimmingSpaces() -> String {
    // Ends that are ASCII and neither space nor tab need no Unicode lookup.
    let isKept = { (byte: UInt8) in byte < 0x80 && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") }
    if let first = utf8.first, let last = unicodeScalars.last, isKept(first), last.isASCII, isKept(UInt8(last.value)) {
      return String(self)
    }
    let scalars = unicodeScalars
    let isSpace = { (scalar: Unicode.Scalar) in scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
    guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) })
    else {
      return ""
    }
    if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return String(self) }
    return String(self[first..<scalars.index(after: last)])
  }
}
