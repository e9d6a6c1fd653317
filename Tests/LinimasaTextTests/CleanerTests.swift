import LinimasaCore
@testable import LinimasaText
import Testing

@Suite struct CleanerTests {
  func verdicts(_ text: String, path: String = "a.txt") throws -> [(String, String?)] {
    let analysis = try #require(try Fixtures.analyze(text, path: path))
    return analysis.cleaning.paragraphs.map { (analysis.article.text($0.span), $0.removal?.description) }
  }

  static let article = """
    Beranda
    Nasional
    Politik
    Kominfo Kirim Surat Klarifikasi kepada KPU
    Penulis: Rina Sari
    Senin, 4 Desember 2023 14:05 WIB
    Menteri berbicara di Jakarta, Senin (4/12/2023). (FOTO: KABARINDO/Dewi)
    Jakarta (KABARINDO) - Kementerian mengirim surat klarifikasi kepada KPU terkait dugaan kebocoran data pemilih.
    Baca juga: Bawaslu Telusuri Dugaan Kebocoran Data
    Surat itu dikirim tidak lama setelah informasi kebocoran data beredar di media sosial.
    Langkah Selanjutnya
    Kementerian juga berkoordinasi dengan BSSN dan Polri untuk menelusuri sumber kebocoran tersebut.
    Surat itu dikirim tidak lama setelah informasi kebocoran data beredar di media sosial.
    Kementerian juga berkoordinasi dengan BSSN dan Polri untuk menelusuri sumber kebocoran itu.
    https://kabarindo.example/berita/123
    Halaman
    1 2 3
    Berita Populer
    Harga Cabai Turun di Pasar Induk
    Dapatkan berita pilihan di WhatsApp Anda.
    """

  @Test func classifiesEveryKindOfLine() throws {
    let result = try verdicts(Self.article)
    #expect(result.map(\.1) == [
      "boilerplate: header run", "boilerplate: header run", "boilerplate: header run", "title", "byline",
      "timestamp", "caption", nil, "boilerplate: furniture phrase \"baca juga :\" (related-link)", nil, nil, nil,
      "duplicate of #10", "near-duplicate of #12", "boilerplate: link-like line",
      "boilerplate: furniture phrase \"halaman\" (pagination)", "boilerplate: pagination",
      "boilerplate: furniture phrase \"berita populer\" (section)", "boilerplate: listed under a section heading",
      "boilerplate: furniture phrase \"berita pilihan di whatsapp\" (promo)",
    ])
  }

  /// Where the container marked the article's extent (a page's markup), short lines
  /// before the first and after the last prose paragraph are not header and footer runs;
  /// a caption before the dateline still goes.
  @Test func aKnownExtentKeepsLinesAroundTheProse() throws {
    let text = """
      Rangkuman Sidang
      Jakarta (KABARINDO) - Kementerian mengirim surat klarifikasi kepada KPU terkait dugaan kebocoran data pemilih.
      Surat itu dikirim tidak lama setelah informasi kebocoran data beredar di media sosial.
      Daftar instansi terdampak
      """
    let bytes = Array(text.utf8)
    let configuration = Fixtures.configuration
    let results = bytes.withUnsafeBufferPointer { buffer in
      let spans = ParagraphSplitter.split(buffer, body: 0..<buffer.count)
      let measurements = DocumentMeasurements(
        buffer, spans: spans, identifier: configuration.identifier, markers: configuration.markers,
        nameEndings: configuration.nameEndings)
      return [false, true].map { known in
        configuration.cleaner.clean(
          buffer, measurements: measurements, language: .indonesian, knownTitle: nil, extentKnown: known
        ).paragraphs.map { $0.removal?.description }
      }
    }
    #expect(results[0] == ["boilerplate: header run", nil, nil, "boilerplate: footer run"])
    #expect(results[1] == [nil, nil, nil, nil])
  }

  @Test func readsHeaderMetadata() throws {
    let analysis = try #require(try Fixtures.analyze(Self.article))
    #expect(analysis.metadata.title == "Kominfo Kirim Surat Klarifikasi kepada KPU")
    #expect(analysis.metadata.authors == ["Rina Sari"])
    #expect(analysis.metadata.dateline == "Jakarta")
    #expect(analysis.metadata.source == "KABARINDO")
    #expect(analysis.metadata.published == PublicationDate(value: CivilDate(year: 2023, month: 12, day: 4)!, basis: .text))
  }

  @Test func unlabelledCreditLineGivesAuthorAndPublicationDay() throws {
    let text = """
      Data centre disrupted by ransomware attack
      Maya Kartika | June 25, 2024, 12:39 AM
      The national data centre has been disrupted since June 20, the ministry said on Monday.
      """
    let analysis = try #require(try Fixtures.analyze(text, path: "a.md"))
    #expect(analysis.cleaning.paragraphs.map(\.removal?.description) == ["title", "byline", nil])
    #expect(analysis.metadata.authors == ["Maya Kartika"])
    #expect(analysis.metadata.published == PublicationDate(value: CivilDate(year: 2024, month: 6, day: 25)!, basis: .text))
  }

  @Test func captionsEndingInAWireCreditAreRemoved() throws {
    let result = try verdicts("""
      JAKARTA - The ministry said on Monday that the government would not pay the ransom demanded by the attackers.
      Minister Maya Kartika gestures on June 14, 2024, during an interview at her office in Jakarta. (Reuters/Dewi Ayu Lestari)
      The talks between Jakarta and Bandung ended on Tuesday with no agreement on the budget (Jakarta/Bandung).
      Workers pose at the factory gate on their last working day. (Solo Evening Post/Rudi Hartono)
      """, path: "a.md")
    #expect(result.map(\.1) == [nil, "caption", nil, "caption"])
  }

  @Test func labelledCaptionsAreRemovedInBothLanguages() throws {
    let english = try verdicts("""
      JAKARTA - The ministry said on Monday that the government would not pay the ransom demanded by the attackers.
      Photo caption: The minister walks to the hearing room on Monday. (Harbour Daily/Sari Utami)
      The caption of the report was changed on Tuesday, the ministry said in a statement to reporters.
      """, path: "a.md")
    #expect(english.map(\.1) == [nil, "caption", nil])
    let indonesian = try verdicts("""
      JAKARTA - Kementerian menyatakan pada Senin bahwa pemerintah tidak akan membayar tebusan yang diminta peretas.
      Keterangan foto: Menteri berjalan menuju ruang rapat, Senin. (Harian Pelabuhan/Sari Utami)
      """)
    #expect(indonesian.map(\.1) == [nil, "caption"])
  }

  @Test func aMarkdownImageAloneIsFurniture() throws {
    let result = try verdicts("""
      SOLO - Pabrik tekstil itu resmi berhenti beroperasi pada Sabtu setelah dinyatakan pailit oleh pengadilan.

      ![Buruh berfoto di depan gerbang pabrik pada hari terakhir.](https://example.org/img/gerbang.jpg)

      Menurut serikat pekerja, ![ikon] bukan gambar yang berdiri sendiri (lihat https://example.org) dalam kalimat ini.
      """, path: "a.md")
    #expect(result.map(\.1) == [nil, "boilerplate: link-like line", nil])
  }

  @Test func barSeparatedLineWithoutANameIsNotACredit() throws {
    let text = """
      Jakarta - Harga beras naik lagi di pasar induk pada pekan ini menurut pedagang.
      Ekonomi dan bisnis | 25 Juni 2024 dan seterusnya
      """
    let result = try verdicts(text)
    #expect(result.map(\.1).contains("byline") == false)
  }

  @Test func repeatedBlocksIncludingShortParagraphs() throws {
    let block = [
      "Jakarta - Paragraf pembuka berita ini cukup panjang untuk dibaca sebagai prosa.",
      "Ya.",
      "Paragraf ketiga juga merupakan kalimat lengkap dengan banyak kata di dalamnya.",
    ]
    let result = try verdicts((block + block.dropFirst() + ["Ya.", "Penutup berita ini adalah kalimat yang lengkap."]).joined(separator: "\n"))
    #expect(result.map(\.1) == [
      nil, nil, nil, "duplicate of #2 (repeated block #4–#5)", "duplicate of #3 (repeated block #4–#5)", nil, nil,
    ])
  }

  @Test func paragraphsThatDifferInANumberAreNotNearDuplicates() throws {
    let result = try verdicts("""
      Jakarta - Sebanyak 204 juta data pemilih diduga bocor dari situs penyelenggara pemilu pekan ini.
      Sebanyak 252 juta data pemilih diduga bocor dari situs penyelenggara pemilu pekan ini.
      """)
    #expect(result.map(\.1) == [nil, nil])
  }

  @Test func quoteStylesAndCaseDoNotHideDuplicates() throws {
    let result = try verdicts("""
      "Kami sudah mengirim surat kepada KPU," kata Usman.
      “KAMI sudah mengirim surat kepada KPU,” kata Usman.
      """)
    #expect(result.map(\.1) == [nil, "duplicate of #1"])
  }

  @Test func hardWrappedTextIsJoinedIntoParagraphs() throws {
    let line = "Kementerian Komunikasi dan Informatika mengirim surat kepada KPU dan"
    let paragraph = Array(repeating: line, count: 4).joined(separator: "\n") + " selesai."
    let text = [paragraph, paragraph.replacingOccurrences(of: "KPU", with: "Bawaslu")].joined(separator: "\n\n")
    let analysis = try #require(try Fixtures.analyze(text))
    #expect(analysis.cleaning.paragraphs.count == 2)
  }
}
