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
    guard let table = readFieldTable(at: path, columns: columns, issues: &issues) else { return [] }
    return table.withBytes { bytes in
      (0..<table.count).map { row in
        LexiconRow(line: table.lines[row], fields: table.fields(ofRow: row).map { decoded(bytes, $0) })
      }
    }
  }

  /// The same rows as `readTable`, checked the same way, as byte ranges of the file's text
  /// (for tables large enough that a String per field costs).
  static func readFieldTable(
    at path: String, columns: [String], issues: inout [LexiconIssue]
  ) -> LexiconFieldTable? {
    guard var text = readText(at: path, issues: &issues) else { return nil }
    var lines: [Int] = []
    var rowFields: [Range<Int>] = []
    var header: [String]?
    var fields: [Range<Int>] = []
    text.withUTF8 { bytes in
      forEachLine(in: bytes) { number, line in
        tabSeparated(bytes, line, into: &fields)
        guard header != nil else {
          let names = fields.map { decoded(bytes, trimmedRange(bytes, $0)) }
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
        for index in fields.indices { fields[index] = trimmedRange(bytes, fields[index]) }
        if let empty = fields.firstIndex(where: \.isEmpty) {
          issues.append(LexiconIssue(file: path, line: number, message: "empty '\(columns[empty])' field"))
          return true
        }
        lines.append(number)
        rowFields += fields
        return true
      }
    }
    if header == nil {
      issues.append(LexiconIssue(file: path, line: 0, message: "missing header row"))
    }
    return LexiconFieldTable(text: text, columnCount: columns.count, lines: lines, rowFields: rowFields)
  }

  /// Entries of a `.txt` word list, one per line, trimmed.
  public static func readList(at path: String, issues: inout [LexiconIssue]) -> [LexiconRow] {
    guard var text = readText(at: path, issues: &issues) else { return [] }
    var rows: [LexiconRow] = []
    text.withUTF8 { bytes in
      forEachLine(in: bytes) { number, line in
        rows.append(LexiconRow(line: number, fields: [decoded(bytes, trimmedRange(bytes, line))]))
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

  /// `range` without leading and trailing spaces and tabs.
  private static func trimmedRange(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end && isBlank(bytes[start]) { start += 1 }
    while end > start && isBlank(bytes[end - 1]) { end -= 1 }
    // Other spaces (no-break, thin, ideographic) are non-ASCII: only then is a Unicode lookup needed.
    guard start < end && (bytes[start] >= 0x80 || bytes[end - 1] >= 0x80) else { return start..<end }
    let text = decoded(bytes, start..<end)
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.isSpaceOrTab }),
      let last = scalars.lastIndex(where: { !$0.isSpaceOrTab })
    else {
      return start..<start
    }
    let utf8 = text.utf8
    return (start + utf8.distance(from: utf8.startIndex, to: first))..<(start
      + utf8.distance(from: utf8.startIndex, to: scalars.index(after: last)))
  }

  /// The text of `bytes[range]`.
  static func decoded(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
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
    guard let first = scalars.firstIndex(where: { !$0.isSpaceOrTab }),
      let last = scalars.lastIndex(where: { !$0.isSpaceOrTab })
    else {
      return ""
    }
    if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return String(self) }
    return String(self[first..<scalars.index(after: last)])
  }
}

extension Unicode.Scalar {
  /// A tab or a space separator (what `trimmingSpaces` trims).
  var isSpaceOrTab: Bool { self == "\t" || properties.generalCategory == .spaceSeparator }
}

/// The data rows of a `.tsv` file as byte ranges of its text, trimmed and not empty.
struct LexiconFieldTable {
  /// The file's text, without a byte order mark.
  let text: String
  let columnCount: Int
  /// Each row's 1-based line number.
  let lines: [Int]
  /// The rows' fields, `columnCount` per row.
  let rowFields: [Range<Int>]

  var count: Int { lines.count }

  /// Calls `body` with the UTF-8 bytes of `text`, which the fields index.
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    var text = text
    return text.withUTF8(body)
  }

  /// The fields of row `row` (0-based).
  func fields(ofRow row: Int) -> ArraySlice<Range<Int>> {
    rowFields[(row * columnCount)..<((row + 1) * columnCount)]
  }
}
