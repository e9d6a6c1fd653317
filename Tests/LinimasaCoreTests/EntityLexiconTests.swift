import Foundation
import LinimasaCore
import LinimasaTestSupport
import Testing

/// The entity lexicon's checks, each reported with its file and line.
@Suite struct EntityLexiconTests {
  static let header = "id\ttype\tname_id\tname_en\taliases\troles\n"

  func issues(_ entities: String) throws -> [String] {
    try Repository.lexiconMistakes(["common/entities.tsv": entities])
  }

  @Test func reportsEveryMistakeWithItsLine() throws {
    let found = try issues(
      "\u{FEFF}# entities\r\n" + Self.header.replacingOccurrences(of: "\n", with: "\r\n")
        + "org:kpu\torganization\tKomisi Pemilihan Umum\tGeneral Elections Commission\tKPU\t-\r\n"
        + "\r\n"
        + "org:kpu\torganization\tKomisi Lain\tOther Commission\t-\t-\r\n"
        + "org:kpu-daerah\torganization\tKPU Daerah\tRegional Commission\tkpu| Kpud \t-\r\n"
        + "person:budi\tperson\tBudi Santoso\tBudi Santoso\t-\tKetua@org:kpu|Anggota@org:none\r\n"
        + "person:x\tthing\tX\tX\t-\t-\r\n"
        + "org:bad id\torganization\tBad\tBad\t-\t-\r\n"
        + "person:\tperson\tNobody\tNobody\t-\t-\r\n"
        + "person:ani\tperson\tAni\t\t-\t-\r\n"
        + "person:ana\tperson\tAna\tAna\t-\r\n"
        + "  # indented comment\r\n"
        + "org:kpud\torganization\tKomisi Daerah\tKomisi Daerah\tKPUD\t-\r\n")
    #expect(
      found == [
        "common/entities.tsv:5: duplicate entry 'org:kpu' (first at line 3)",
        "common/entities.tsv:6: duplicate entry 'kpu' (first at line 3)",
        "common/entities.tsv:7: role names unknown organization 'org:none'",
        "common/entities.tsv:8: type must be one of person, organization, group, place, other, got 'thing'",
        "common/entities.tsv:9: id must be 'org:<slug>', got 'org:bad id'",
        "common/entities.tsv:10: id must be 'person:<slug>', got 'person:'",
        "common/entities.tsv:11: empty 'name_en' field",
        "common/entities.tsv:12: expected 6 tab-separated fields (id, type, name_id, name_en, aliases, roles), found 5",
        "common/entities.tsv:14: duplicate entry 'kpud' (first at line 6)",
      ])
  }

  @Test func splitsListsOnCharactersWhenNotASCII() throws {
    let path = try Repository.folder(
      "lexicons",
      files: [
        "common/entities.tsv": Self.header
          + "person:bé\tperson\tBé\tBé\tCafé|\u{301}X | Dé\tKetua@org:x\u{301}\n"
          + "org:x\u{301}\torganization\tX\tX\t-\t-\n"
      ]
    ).path
    let lexicons = try Lexicons.load(from: [path])
    #expect(lexicons.entities["person:bé"]?.aliases == ["Café|\u{301}X", "Dé"])
    #expect(lexicons.entities["person:bé"]?.roles == [EntityRole(title: "Ketua", organization: "org:x\u{301}")])
    #expect(
      try issues(Self.header + "person:b é\tperson\tB\tB\t-\t-\n") == [
        "common/entities.tsv:2: id must be 'person:<slug>', got 'person:b é'"
      ])
  }

  @Test func readsNamesAliasesAndRoles() throws {
    let path = try Repository.folder(
      "lexicons",
      files: [
        "common/entities.tsv": Self.header
          + "org:kpu\torganization\t Komisi Pemilihan Umum\u{00A0}\tGeneral Elections Commission\tKPU | KPU RI|\t-\n"
          + "person:budi\tperson\tBudi Santoso\tBudi Santoso\tBudi\tKetua@org:kpu|Peneliti\n"
      ]
    ).path
    let lexicons = try Lexicons.load(from: [path])
    #expect(lexicons.entities.count == 2)
    #expect(lexicons.entities["org:kpu"]?.nameIndonesian == "Komisi Pemilihan Umum")
    #expect(lexicons.entities["org:kpu"]?.aliases == ["KPU", "KPU RI"])
    #expect(
      lexicons.entities["person:budi"]?.roles == [
        EntityRole(title: "Ketua", organization: "org:kpu"), EntityRole(title: "Peneliti", organization: nil),
      ])
  }
}
