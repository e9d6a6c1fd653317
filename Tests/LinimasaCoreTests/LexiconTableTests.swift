import Foundation
import LinimasaCore
import LinimasaTestSupport
import Testing

/// `LexiconTable` reads lines and fields on UTF-8 bytes; these tests hold it to the
/// String-based reader it replaced (`ReferenceReader`) on the awkward cases.
@Suite struct LexiconTableTests {
  static let tables: [String] = [
    "name\tmonth\ndesember\t12\n",
    "\u{FEFF}name\tmonth\r\ndesember\t12\r\n\r\njanuari\t1",
    "# comment\n\n  \t \nname\tmonth\n# another\n desember \t 12 \n",
    "name\tmonth\n\u{00A0}desember\u{2009}\t\u{3000}12\u{00A0}\n",
    "name\tmonth\ndesember\n\tdesember\t12\nfoo\t\nfoo\t \nfoo\t12\textra\n",
    "name \t month\ndesember\t12\n",
    "name\tmonth\tmore\n",
    "# only a comment\n\n",
    "",
    "#\u{0301}name\tmonth\n#\u{0301}\t1\n",
    "name\tmonth\n\u{0301}x\t\u{00A0}\u{0301}\n é \t1\r\r\nπ\tμ\u{00A0}\u{00A0}\n",
    "name\tmonth\r\na\rb\t1\n\u{00A0}\u{00A0}\n\u{00A0}#\t2\n",
  ]

  static let lists: [String] = [
    "said\ntold\n", "\u{FEFF} said \r\n\ttold\r\n\r\n# no\n", "\u{00A0}kata\u{00A0}\n\u{0301}#x\n", "a\tb\n#\u{0301}\n",
  ]

  func file(_ content: String) throws -> String {
    try Repository.folder("lexicon-table", files: ["table.tsv": content]).appendingPathComponent("table.tsv").path
  }

  @Test(arguments: tables) func readsTablesAsTheStringReaderDid(_ content: String) throws {
    let path = try file(content)
    var issues: [LexiconIssue] = []
    let rows = LexiconTable.readTable(at: path, columns: ["name", "month"], issues: &issues)
    var expectedIssues: [LexiconIssue] = []
    let expected = ReferenceReader.readTable(at: path, columns: ["name", "month"], issues: &expectedIssues)
    #expect(rows.map(\.line) == expected.map(\.line))
    #expect(rows.map(\.fields) == expected.map(\.fields))
    #expect(issues == expectedIssues)
  }

  @Test(arguments: lists) func readsListsAsTheStringReaderDid(_ content: String) throws {
    let path = try file(content)
    var issues: [LexiconIssue] = []
    let rows = LexiconTable.readList(at: path, issues: &issues)
    var expectedIssues: [LexiconIssue] = []
    let expected = ReferenceReader.readList(at: path, issues: &expectedIssues)
    #expect(rows.map(\.line) == expected.map(\.line))
    #expect(rows.map(\.fields) == expected.map(\.fields))
    #expect(issues == expectedIssues)
  }

  @Test func reportsUnreadableAndInvalidFiles() throws {
    let folder = try Repository.temporaryFolder()
    let invalid = folder.appendingPathComponent("invalid.txt")
    try Data([0x61, 0xFF, 0x0A]).write(to: invalid)
    var issues: [LexiconIssue] = []
    #expect(LexiconTable.readList(at: invalid.path, issues: &issues).isEmpty)
    #expect(LexiconTable.readList(at: folder.appendingPathComponent("missing.txt").path, issues: &issues).isEmpty)
    #expect(issues.map(\.message) == ["not valid UTF-8", "cannot read file"])
  }
}

/// The String-based reader `LexiconTable` had before it worked on bytes, kept as the
/// reference its results must equal.
enum ReferenceReader {
  struct Row {
    let line: Int
    let fields: [String]
  }

  static func readTable(at path: String, columns: [String], issues: inout [LexiconIssue]) -> [Row] {
    guard let lines = readLines(at: path, issues: &issues) else { return [] }
    var rows: [Row] = []
    var header: [String]?
    for (number, line) in lines {
      let fields = line.utf8.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map {
        trimmingSpaces(Substring($0))
      }
      guard header != nil else {
        header = fields
        if fields != columns {
          issues.append(
            LexiconIssue(
              file: path, line: number,
              message:
                "header must be '\(columns.joined(separator: "<TAB>"))', found '\(fields.joined(separator: "<TAB>"))'"))
          return []
        }
        continue
      }
      guard fields.count == columns.count else {
        issues.append(
          LexiconIssue(
            file: path, line: number,
            message:
              "expected \(columns.count) tab-separated fields (\(columns.joined(separator: ", "))), found \(fields.count)"
          ))
        continue
      }
      if let empty = fields.firstIndex(where: \.isEmpty) {
        issues.append(LexiconIssue(file: path, line: number, message: "empty '\(columns[empty])' field"))
        continue
      }
      rows.append(Row(line: number, fields: fields))
    }
    if header == nil {
      issues.append(LexiconIssue(file: path, line: 0, message: "missing header row"))
    }
    return rows
  }

  static func readList(at path: String, issues: inout [LexiconIssue]) -> [Row] {
    guard let lines = readLines(at: path, issues: &issues) else { return [] }
    return lines.map { Row(line: $0.0, fields: [trimmingSpaces($0.1)]) }
  }

  static func readLines(at path: String, issues: inout [LexiconIssue]) -> [(Int, String)]? {
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
    for rawLine in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      number += 1
      let line = Substring(rawLine.last == UInt8(ascii: "\r") ? rawLine.dropLast() : rawLine)
      let trimmed = trimmingSpaces(line)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      result.append((number, String(line)))
    }
    return result
  }

  static func trimmingSpaces(_ text: some StringProtocol) -> String {
    let scalars = text.unicodeScalars
    let isSpace = { (scalar: Unicode.Scalar) in scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
    guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) })
    else {
      return ""
    }
    return String(text[first..<scalars.index(after: last)])
  }
}
