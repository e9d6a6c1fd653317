import LinimasaCore
import LinimasaExtract
import LinimasaTestSupport
import Testing

@Suite struct LegalExtractorTests {
  func cite(_ text: String) -> [(String, [String], [String])] {
    ExtractFixtures.citations(text).map { ($0.id, $0.articles, $0.clauses) }
  }

  @Test(arguments: [
    ("Hal ini diatur dalam Pasal 39 Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.", "UU-27-2022", ["39"], [String]()),
    ("Sesuai Pasal 30 Ayat (2) Undang-Undang Nomor 11 Tahun 2008.", "UU-11-2008", ["30"], ["2"]),
    ("Ancaman pidana ada di UU No. 27/2022.", "UU-27-2022", [], []),
    ("Ancaman pidana ada di UU No 27/2022.", "UU-27-2022", [], []),
    ("Ancaman pidana ada di UU 27/2022.", "UU-27-2022", [], []),
    ("Aturan itu adalah undang-undang nomor 27 tahun 2022.", "UU-27-2022", [], []),
    ("Kominfo merujuk PP 71 tahun 2019 tentang PSTE.", "PP-71-2019", [], []),
    ("Dasarnya Peraturan Pemerintah (PP) Nomor 21 Tahun 2008.", "PP-21-2008", [], []),
    ("Perpres No. 95/2018 mengatur SPBE.", "PERPRES-95-2018", [], []),
    ("Peraturan Presiden Nomor 95 Tahun 2018 tentang SPBE.", "PERPRES-95-2018", [], []),
    ("Pemerintah menerbitkan Perppu Nomor 2 Tahun 2022.", "PERPPU-2-2022", [], []),
    ("Diatur Peraturan Menteri Komunikasi dan Informatika Nomor 5 Tahun 2020.", "PERMEN-5-2020", [], []),
    ("KPU merujuk PKPU Nomor 19 Tahun 2023.", "PKPU-19-2023", [], []),
    ("Peraturan Bawaslu Nomor 7 Tahun 2022 berlaku.", "PERBAWASLU-7-2022", [], []),
    ("Dia dijerat Pasal 55 ayat (1) ke-1 KUHP.", "KUHP", ["55"], ["1"]),
    ("Pasal 24C ayat (1) UUD 1945 menyebut kewenangan MK.", "UUD-1945", ["24C"], ["1"]),
    ("Putusan MK Nomor 90/PUU-XXI/2023 dibacakan.", "PUTUSAN-MK-90/PUU-XXI-2023", [], []),
    ("Pasal 35 sampai dengan Pasal 39 UU PDP mewajibkan hal itu.", "UU-27-2022", ["35", "36", "37", "38", "39"], []),
    ("Pasal 84 dan Pasal 85 UU PDP mengatur sanksi.", "UU-27-2022", ["84", "85"], []),
    ("Pasal 35-39 UU PDP mewajibkan hal itu.", "UU-27-2022", ["35", "36", "37", "38", "39"], []),
    ("Pasal 169 huruf q UU Pemilu digugat.", "UU-7-2017", ["169"], []),
    ("Pasal 2 ayat (1) juncto Pasal 18 Undang-Undang Nomor 31 Tahun 1999.", "UU-31-1999", ["2", "18"], ["1"]),
    ("Kominfo juga merujuk UU ITE.", "UU-11-2008", [], []),
    ("Permenkominfo Nomor 5 Tahun 2020 mengatur PSE.", "PERMEN-5-2020", [], []),
    ("Menurut UU PDP Pasal 39 pengendali wajib menjaga data.", "UU-27-2022", ["39"], []),
  ] as [(String, String, [String], [String])])
  func readsIndonesianCitations(text: String, id: String, articles: [String], clauses: [String]) throws {
    let found = try #require(cite(text).first, "\(text)")
    #expect(found.0 == id)
    #expect(found.1 == articles)
    #expect(found.2 == clauses)
  }

  @Test(arguments: [
    ("It breaches Law Number 27 of 2022 concerning Personal Data Protection.", "UU-27-2022", [String](), [String]()),
    ("It breaches Law No. 27/2022 on Personal Data Protection.", "UU-27-2022", [], []),
    ("Article 35 to Article 39 of Law Number 27 of 2022 apply.", "UU-27-2022", ["35", "36", "37", "38", "39"], []),
    ("Under Government Regulation (PP) No. 71/2019, operators must report.", "PP-71-2019", [], []),
    ("Constitutional Court Decision No. 90/PUU-XXI/2023 changed the rules.", "PUTUSAN-MK-90/PUU-XXI-2023", [], []),
    ("The Personal Data Protection (PDP) Law took effect.", "UU-27-2022", [], []),
    ("Critics cite Article 30 of the ITE Law.", "UU-11-2008", ["30"], []),
    ("Article 2 paragraph (1) of the Anti-Corruption Law in conjunction with Article 18 applies.", "UU-31-1999", ["2", "18"], ["1"]),
    ("Article 169 letter q of Law Number 7 of 2017 concerning General Elections.", "UU-7-2017", ["169"], []),
  ] as [(String, String, [String], [String])])
  func readsEnglishCitations(text: String, id: String, articles: [String], clauses: [String]) throws {
    let found = try #require(cite(text).first, "\(text)")
    #expect(found.0 == id)
    #expect(found.1 == articles)
    #expect(found.2 == clauses)
  }

  @Test func resolvesAnaphoraToTheLastStatute() {
    let found = cite("""
      Perkara ini merujuk UU Nomor 31 Tahun 1999 sebagaimana diubah dengan UU Nomor 20 Tahun 2001 \
      jo Pasal 55 ayat (1) ke-1 KUHP. Jaksa juga memakai Pasal 3 UU tersebut. Beleid itu berat.
      """)
    // "UU tersebut" skips the amending law; "beleid itu" is the last instrument cited.
    #expect(found.map(\.0) == ["UU-31-1999", "UU-20-2001", "KUHP", "UU-31-1999", "UU-31-1999"])
    #expect(found[3].1 == ["3"])
  }

  @Test func keepsTheTitleTheTextGives() throws {
    let citation = try #require(ExtractFixtures.citations(
      "Diatur Peraturan Daerah Nomor 3 Tahun 2021 tentang Penanggulangan Bencana Daerah.").first)
    #expect(citation.id == "PERDA-3-2021")
    #expect(citation.title == "Penanggulangan Bencana Daerah")
  }

  @Test(arguments: [
    "Pasal-pasal lain belum dibahas.",
    "The law requires nothing of the kind.",
    "Jumlah pemilih mencapai 204 juta pada 2023.",
    "Nomor 27 di daftar itu kosong.",
  ])
  func ignoresWhatIsNotACitation(text: String) {
    #expect(cite(text).isEmpty, "\(text)")
  }

  @Test func readsFormsAnOverlayLexiconAdds() throws {
    let overlay = try Repository.folder("linimasa-legal", files: [
      "id/legal-instruments.tsv": "phrase\tcode\tcapitalized\nperaturan gubernur\tPERDA\tno\n",
      "en/legal-article-words.txt": "section\n",
    ])
    let extractor = LegalExtractor(lexicons: try Lexicons.load(from: [Repository.lexicons.path, overlay.path]))
    let regulation = "Diatur Peraturan Gubernur Nomor 12 Tahun 2021."
    #expect(ExtractFixtures.citations(regulation, extractor: extractor).map(\.id) == ["PERDA-12-2021"])
    #expect(cite(regulation).isEmpty)
    let section = "Section 5 of Law Number 27 of 2022 applies."
    #expect(ExtractFixtures.citations(section, extractor: extractor).map(\.articles) == [["5"]])
    #expect(cite(section).map(\.1) == [[]])
  }
}
