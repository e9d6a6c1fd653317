import LinimasaCore
@testable import LinimasaExtract
import Testing

/// Indonesian names without a lexicon: what the words around a capitalized run tell.
// See: issue 16
@Suite struct Issue16NameTests {
  func entities(_ text: String) throws -> [String: DocumentEntity] {
    try ClaimFixtures.facts(text).1.entities.entities
  }

  @Test func testIssue16_classifierNounsTypeTheNamesAfterThem() throws {
    let found = try entities("Bandung - Gitaris itu bergabung dengan band Langit Senja dan membintangi film Hujan Bulan Juni.")
    #expect(found["org:langit-senja"]?.type == .organization)
    #expect(found["other:hujan-bulan-juni"]?.type == .other)
    #expect(!found.values.contains { $0.type == .person })
    // Negative: a capitalized "Band" is a name's own word, no classifier.
    let other = try entities("Bandung - Penonton memadati konser Langit Band Kita di lapangan kota.")
    #expect(!other.values.contains { $0.type == .organization })
  }

  @Test func testIssue16_quotedRunsAreTitlesUnlessAPartIsPlayed() throws {
    let found = try entities("Jakarta - Ia merilis singel \"Pelangi Sore Hari\" dan berperan sebagai \"Wira Sanjaya\" dalam serial itu.")
    #expect(found["other:pelangi-sore-hari"]?.type == .other)
    #expect(found["person:wira-sanjaya"]?.type == .person)
    // Negative: a name with no quotation mark stays a person.
    let other = try entities("Jakarta - Ia merilis singel itu bersama Wira Sanjaya pada tahun lalu.")
    #expect(other["person:wira-sanjaya"]?.type == .person)
  }

  @Test func testIssue16_aTitleBeforeAGazetteerPlaceDoesNotJoinIt() throws {
    let found = try entities(
      "Padang - Ia pernah menjabat Bupati Tanah Datar. Gubernur Sumatera Barat Hendra Wijaya meninjau lokasi itu.")
    #expect(found["place:tanah-datar"]?.type == .place)
    #expect(found["place:sumatera-barat"]?.type == .place)
    #expect(found["person:hendra-wijaya"]?.type == .person)
    #expect(!found.values.contains { $0.name == "Tanah Datar" && $0.type == .person })
    // Negative: a plain capitalized word before the place still makes a longer name.
    let other = try entities("Padang - Pelatih itu bergabung dengan Persiraja Tanah Datar musim ini.")
    #expect(other["place:tanah-datar"] == nil)
  }

  @Test func testIssue16_titlesOfUnitsAndAcronymsGiveNoPerson() throws {
    let found = try entities("Bandung - Ia pernah menjadi Kepala Staf Operasi dan Kepala Biro KTV Warta di kota itu.")
    #expect(!found.values.contains { $0.type == .person })
    // Negative: a title before a person's name still gives the person.
    let other = try entities("Bandung - Kepala Biro Hendra Gunawan meninjau kantor itu pada Senin.")
    #expect(other["person:hendra-gunawan"]?.type == .person)
  }

  @Test func testIssue16_aShortNameIsAWordThatCanBeAName() throws {
    let text = """
      Solo - Pak Satria Bintang menjadi bintang tamu pada Senin.

      Satria tersenyum. Bintang jatuh terlihat malam itu.
      """
    let found = try ClaimFixtures.facts(text).1.entities
    #expect(found.entities["person:satria-bintang"]?.type == .person)
    // "Satria" names him again; "Bintang", written in lowercase too, does not.
    #expect(found.mentions.filter { $0.entity == "person:satria-bintang" }.count == 2)
  }

  @Test func testIssue16_noPersonHoldsADigit() throws {
    let found = try entities("Semarang - Kerugian negara mencapai Rp5.200.000, kata Hendra Gunawan di pengadilan.")
    #expect(!found.values.contains { $0.type == .person && $0.name.contains("Rp") })
    #expect(found["person:hendra-gunawan"]?.type == .person)
  }

  @Test func testIssue16_aSpeechVerbAfterASentenceEndOrABodysNameMakesNoSpeaker() throws {
    let found = try entities("""
      Semarang - Hakim mengutip aturan tentang Penundaan Kewajiban Pembayaran Utang. Menurut ketentuan itu, debitur \
      wajib membayar. Petugas dari Kantor Pencarian dan Pertolongan Manado, mengatakan evakuasi berjalan lambat. \
      Warga desa Sumberwangi menyebutkan banjir datang malam.
      """)
    #expect(!found.values.contains { $0.type == .person })
    #expect(found.values.contains { $0.name == "Kantor Pencarian dan Pertolongan Manado" && $0.type == .organization })
    // Negative: two people joined by "dan" before the verb are still people.
    let other = try entities("Semarang - Budi Hartono dan Santi Wulandari mengatakan evakuasi berjalan lambat.")
    #expect(other["person:santi-wulandari"]?.type == .person)
  }

  @Test func testIssue16_aRomanNumeralBeforeParenthesesIsNoNickname() throws {
    let found = try entities("Bukittinggi - Status gunung itu naik dari Level II (Waspada) menjadi Level III (Siaga) pada Selasa.")
    #expect(!found.values.contains { $0.type == .person })
  }
}
