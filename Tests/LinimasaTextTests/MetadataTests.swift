import LinimasaCore
import LinimasaText
import Testing

@Suite struct DatelineTests {
  let parser = DatelineParser(lexicons: Fixtures.lexicons)

  @Test(arguments: [
    ("Jakarta (ANTARA) - Direktur Jenderal", "Jakarta", "ANTARA"),
    ("TRIBUNNEWS.COM, JAKARTA - Kementerian", "Jakarta", "Tribunnews"),
    ("JAKARTA, KOMPAS.com - Ketua KPU", "Jakarta", "Kompas.com"),
    ("Jakarta, CNN Indonesia -- Badan Siber", "Jakarta", "CNN Indonesia"),
    ("JAKARTA (Reuters) - Indonesia's", "Jakarta", "Reuters"),
    ("JAKARTA, Nov 30 (Reuters) - Indonesia's", "Jakarta", "Reuters"),
    ("SURABAYA, Warta Nusa — Layanan", "Surabaya", "Warta Nusa"),
    ("BANDA ACEH – Hujan deras", "Banda Aceh", nil),
    ("Jakarta - Polisi", "Jakarta", nil),
    ("WARTANUSA.COM, CIANJUR - Gempa", "Cianjur", "Wartanusa"),
  ] as [(String, String, String?)])
  func recognisesDatelinesByShape(text: String, place: String, outlet: String?) throws {
    let dateline = try #require(parser.parse(text, offset: 10))
    #expect(dateline.place == place)
    #expect(dateline.outlet == outlet)
    #expect(dateline.span.start == 10)
  }

  @Test(arguments: [
    "Menurut Usman, data itu - yang bocor - sudah dicek.",
    "Kominfo: langkah - langkah diambil",
    "Usman mengatakan bahwa semua berjalan baik.",
    "Jakarta-Bandung dilalui kereta cepat.",
    "\"Kami siap\" - kata Usman",
  ])
  func ignoresRunningText(text: String) {
    #expect(parser.parse(text, offset: 0) == nil)
  }
}

@Suite struct BylineTests {
  let parser = BylineParser(lexicons: Fixtures.lexicons)

  @Test func readsLabelledBylines() {
    #expect(parser.parse("Penulis: Bambang Ismoyo", wordCount: 3)?.authors == ["Bambang Ismoyo"])
    #expect(parser.parse("Editor: Sanusi", wordCount: 2)?.editors == ["Sanusi"])
    #expect(parser.parse("Laporan Wartawan Tribunnews.com, Ismoyo", wordCount: 5)?.authors == ["Ismoyo"])
    #expect(parser.parse("By Rizky Maulana, Staff Reporter", wordCount: 5)?.authors == ["Rizky Maulana"])
    let both = parser.parse("Reporting by Ananda Teresia; Editing by Kanupriya Kapoor", wordCount: 8)
    #expect(both?.authors == ["Ananda Teresia"])
    #expect(both?.editors == ["Kanupriya Kapoor"])
    #expect(parser.parse("Pewarta: Sekar / Editor: Bima Prasetyo", wordCount: 5)?.editors == ["Bima Prasetyo"])
  }

  @Test func ignoresSentencesThatStartLikeBylines() {
    #expect(parser.parse("Oleh karena itu, KPU meminta maaf.", wordCount: 6) == nil)
    #expect(parser.parse("By the end of the week the data was gone.", wordCount: 10) == nil)
  }
}

@Suite struct TimestampAndURLDateTests {
  let grammar = DateGrammar(lexicons: Fixtures.lexicons)

  @Test(arguments: [
    ("29/11/2023, 14.55 WIB", "2023-11-29"),
    ("Senin, 4 Desember 2023 14:05 WIB", "2023-12-04"),
    ("Rabu, 29 November 2023 | 19:30 WIB", "2023-11-29"),
    ("Thursday, November 30, 2023 – 09:12 WIB", "2023-11-30"),
    ("Updated: Dec 1, 2023 10:30 am", "2023-12-01"),
    ("Diperbarui 30 Nov 2023, 10.00 WITA", "2023-11-30"),
    ("2023-11-30 14:05", "2023-11-30"),
  ])
  func readsTimestampLines(line: String, date: String) {
    #expect(grammar.timestampDate(line)?.iso == date)
  }

  @Test(arguments: [
    "Senin, 4 Desember 2023 KPU menggelar rapat pleno.",
    "Sidang digelar 4 Desember 2023.",
    "Rp1,14 miliar",
    "Sabtu",
  ])
  func rejectsSentencesWithDates(line: String) {
    #expect(grammar.timestampDate(line) == nil)
  }

  @Test func readsDatesInURLs() {
    #expect(URLDate.date(in: "https://news.example/read/2023/11/30/1234/judul")?.iso == "2023-11-30")
    #expect(URLDate.date(in: "https://x.example/berita/d-20231204123/judul")?.iso == nil)
    #expect(URLDate.date(in: "https://x.example/20231204/judul")?.iso == "2023-12-04")
    #expect(URLDate.date(in: "https://x.example/2023-12-04-judul")?.iso == "2023-12-04")
    #expect(URLDate.date(in: "https://x.example/2023/13/40/judul") == nil)
    #expect(URLDate.date(in: "https://x.example/artikel/12345") == nil)
  }
}
