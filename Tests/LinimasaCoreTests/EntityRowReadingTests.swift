import Foundation
import LinimasaTestSupport
import Testing

@testable import LinimasaCore

/// ASCII rows of `entities.tsv` are read from the file's bytes; these tests hold that to
/// the String-based reading of every row: the same entries and the same messages.
@Suite struct EntityRowReadingTests {
  static let header = "id\ttype\tname_id\tname_en\taliases\troles\n"

  static let tables: [String] = [
    header + "org:kpu\torganization\tKomisi Pemilihan Umum\tGeneral Elections Commission\tKPU | KPU RI|\t-\n"
      + "person:budi\tperson\tBudi Santoso\tBudi Santoso\tBudi\tKetua@org:kpu|Peneliti| |Anggota@\n",
    "\u{FEFF}# entities\r\n" + header.replacingOccurrences(of: "\n", with: "\r\n")
      + "org:kpu\torganization\tKomisi Pemilihan Umum\tGeneral Elections Commission\tKPU\t-\r\n\r\n"
      + "org:kpu\torganization\tKomisi Lain\tOther Commission\t-\t-\r\n"
      + "org:kpu-daerah\torganization\tKPU Daerah\tRegional Commission\tkpu| Kpud |KPUD\t-\r\n"
      + "  # indented comment\r\n"
      + "org:kpud\torganization\tKomisi Daerah\tKomisi Daerah\tkpud\t-\r\n",
    header + "person:x\tthing\tX\tX\t-\t-\n" + "org:bad id\torganization\tBad\tBad\t-\t-\n"
      + "person:\tperson\tNobody\tNobody\t-\t-\n" + "person:ani\tperson\tAni\t\t-\t-\n"
      + "person:ana\tperson\tAna\tAna\t-\n" + "org\torganization\tOrg\tOrg\t-\t-\n"
      + "orgx:a\torganization\tOrg\tOrg\t-\t-\n" + "person:b\tperson\tB\tB\t-\t@|@@|Ketua@@org:x\n",
    header + "person:bé\tperson\tBé\tBé\tCafé|\u{301}X | Dé\tKetua@org:x\u{301}\n"
      + "org:x\u{301}\torganization\tX\tX\t-\t-\n" + "org:cafe\torganization\tCafe\u{301}\tCafe\tCAFE\t-\n"
      + "org:y\torganization\t\u{00A0}Y\u{2009}\tY\tX\t-\n" + "org:\u{212A}\torganization\tK\tK\t-\t-\n"
      + "org:K\torganization\tKelvin\t\u{212A}elvin\t-\t-\n" + "person:b é\tperson\tB\tB\t-\t-\n",
  ]

  /// The entries `table` gives, or its messages.
  func load(_ table: String, readingEntityRowsAsBytes: Bool) throws -> Result<[String: EntityEntry], LexiconLoadError> {
    let path = try Repository.folder("lexicons", files: ["common/entities.tsv": table]).path
    do {
      let lexicons = try Lexicons.load(from: [path], readingEntityRowsAsBytes: readingEntityRowsAsBytes)
      return .success(lexicons.entities)
    } catch {
      let issues = error.issues.map {
        LexiconIssue(file: $0.file.replacingOccurrences(of: path, with: ""), line: $0.line, message: $0.message)
      }
      return .failure(LexiconLoadError(issues: issues))
    }
  }

  @Test(arguments: tables) func bytesGiveWhatStringsGive(_ table: String) throws {
    let fast = try load(table, readingEntityRowsAsBytes: true)
    let general = try load(table, readingEntityRowsAsBytes: false)
    switch (fast, general) {
    case (.success(let fast), .success(let general)): #expect(fast == general)
    case (.failure(let fast), .failure(let general)): #expect(fast.issues == general.issues)
    default: Issue.record("one reading failed, the other did not: \(fast) / \(general)")
    }
  }

  @Test func rolesWithoutTitleAndCanonicallyEqualKeysAreReported() throws {
    guard case .failure(let error) = try load(Self.tables[3], readingEntityRowsAsBytes: true) else {
      Issue.record("expected issues")
      return
    }
    #expect(
      error.issues.map(\.description) == [
        "/common/entities.tsv:4: duplicate entry 'cafe' (first at line 4)",
        "/common/entities.tsv:5: duplicate entry 'x' (first at line 3)",
        "/common/entities.tsv:7: duplicate entry 'org:K' (first at line 6)",
        "/common/entities.tsv:8: id must be 'person:<slug>', got 'person:b é'",
      ])
    guard case .failure(let roles) = try load(Self.tables[2], readingEntityRowsAsBytes: true) else {
      Issue.record("expected issues")
      return
    }
    #expect(roles.issues.map(\.message).contains("a role needs a title before '@', got '@'"))
  }
}
