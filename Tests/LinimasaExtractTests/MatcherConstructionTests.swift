import LinimasaCore
import LinimasaTestSupport
import Testing

@testable import LinimasaExtract

/// The matchers' start-up shortcuts for ASCII names give what the character-based rules give.
@Suite struct MatcherConstructionTests {
  @Test(arguments: [
    ("KPU", true), ("K", false), ("Kpu", false), ("123", false), ("KPU-2", true), ("ÉTAT", true), ("État", false),
    ("É", false), ("ÉÉ", true),
  ])
  func acronymsAreCapitalsWithALetter(_ form: String, _ expected: Bool) {
    #expect(EntityMatcher.isAcronym(form) == expected)
  }

  @Test(arguments: [
    "Komisi Pemilihan Umum", "  Badan  Siber dan Sandi ", "KPU", "Mahkamah Konstitusi (MK)", "Kementerian Luar Negeri",
    "Dewan Pers Indonésia", "Ombudsman Republik Indonesia", "Ibu Kota Nusantara", "Café Société", "Ś́ląsk Kraków",
  ])
  func longWordsAreThePiecesOfFourOrMoreCharacters(_ name: String) {
    var hashes: [UInt64] = []
    EntityRecognizer.forEachLongWordHash(in: name) { hashes.append($0) }
    let expected = name.split(separator: " ").filter { $0.count >= 4 }.map { WordScanner.foldedHash($0) }
    #expect(hashes == expected)
  }

  @Test func wordHashesAreTheScannersHashes() {
    var hashes: [UInt64] = []
    EntityMatcher.forEachWordHash(in: "Asy'ari’s KPU-nya, 204,8 Café") { hashes.append($0) }
    #expect(hashes == ["asy'ari's", "kpu-nya", "204,8", "café"].map { WordScanner.foldedHash($0) })
  }

  @Test func organizationWordsLeaveOutPeoplesNames() throws {
    let entities: [String: EntityEntry] = try [
      entry("org:kpu\torganization\tKomisi Pemilihan Umum\tGeneral Elections Commission\tKPU\t-"),
      entry("person:umum\tperson\tUmum Santoso\tUmum Santoso\t-\t-"),
    ].reduce(into: [:]) { $0[$1.id] = $1 }
    let words = EntityRecognizer.organizationNameWords(entities)
    #expect(
      words == Set(["komisi", "pemilihan", "general", "elections", "commission"].map { WordScanner.foldedHash($0) }))
  }

  /// The lexicon entry that one `entities.tsv` row describes.
  func entry(_ row: String) throws -> EntityEntry {
    let header = "id\ttype\tname_id\tname_en\taliases\troles\n"
    let path = try Repository.folder("lexicons", files: ["common/entities.tsv": header + row + "\n"]).path
    let lexicons = try Lexicons.load(from: [path])
    return try #require(lexicons.entities.values.first)
  }
}
