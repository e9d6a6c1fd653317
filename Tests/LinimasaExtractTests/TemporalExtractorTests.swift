import Foundation
import LinimasaCore
import LinimasaExtract
import LinimasaTestSupport
import Testing

enum ExtractFixtures {
  static let lexicons: Lexicons = (try? Lexicons.load(from: [Repository.lexicons.path])) ?? Lexicons()
  static let temporal = TemporalExtractor(lexicons: lexicons)
  static let legal = LegalExtractor(lexicons: lexicons)

  /// (text, value, resolution) of every temporal expression in `text`, anchored to `published`.
  static func dates(_ text: String, published: String? = "2023-12-05") -> [(String, String?, String)] {
    let bytes = Array(text.utf8)
    let publication = published.flatMap { CivilDate(iso: $0) }
    return bytes.withUnsafeBufferPointer { buffer in
      let found = temporal.extract(buffer, in: ByteSpan(0, buffer.count))
      return TemporalAnchor.resolveAll(found, publication: publication).map { expression in
        (String(decoding: bytes[expression.span.range], as: UTF8.self), expression.value?.iso,
          expression.resolution.rawValue)
      }
    }
  }

  static func citations(_ text: String) -> [LegalCitation] {
    let bytes = Array(text.utf8)
    var context = LegalExtractor.Context()
    return bytes.withUnsafeBufferPointer { legal.extract($0, in: ByteSpan(0, $0.count), context: &context) }
  }
}

/// Publication: Tuesday, 5 December 2023.
@Suite struct TemporalExtractorTests {
  func first(_ text: String, published: String? = "2023-12-05") -> (String, String?, String)? {
    ExtractFixtures.dates(text, published: published).first
  }

  @Test(arguments: [
    ("Rapat digelar 4 Desember 2023 di Jakarta.", "4 Desember 2023", "2023-12-04"),
    ("The meeting was held on December 4, 2023.", "December 4, 2023", "2023-12-04"),
    ("Surat dikirim 4/12/2023 pagi.", "4/12/2023", "2023-12-04"),
    ("Data dated 2023-12-04 leaked.", "2023-12-04", "2023-12-04"),
    ("Usman berbicara di Jakarta, Senin (4/12/2023).", "Senin (4/12/2023)", "2023-12-04"),
    ("Pernyataan itu keluar Rabu malam, 29 November 2023.", "Rabu malam, 29 November 2023", "2023-11-29"),
    ("Pemungutan suara Juli 2023 diundur.", "Juli 2023", "2023-07"),
    ("It was announced in September 2022.", "September 2022", "2022-09"),
  ])
  func readsFullDatesExplicitly(text: String, expression: String, value: String) throws {
    let found = try #require(first(text))
    #expect(found.0 == expression)
    #expect(found.1 == value)
    #expect(found.2 == "explicit")
  }

  @Test(arguments: [
    ("Jimbo mengunggah data itu Senin (27/11).", "Senin (27/11)", "2023-11-27"),
    ("Hasyim memberi keterangan Selasa 28 November.", "Selasa 28 November", "2023-11-28"),
    ("The post appeared on Nov. 27 on a forum.", "Nov. 27", "2023-11-27"),
    ("The forum went offline Saturday, December 2, amid reports.", "Saturday, December 2", "2023-12-02"),
    ("Rapat berlangsung 22 November lalu di Gedung DPR.", "22 November", "2023-11-22"),
    ("Peretasan ini terjadi 28 Desember lalu.", "28 Desember", "2022-12-28"),
  ])
  func anchorsYearlessDates(text: String, expression: String, value: String) throws {
    let found = try #require(first(text))
    #expect(found.0 == expression)
    #expect(found.1 == value)
    #expect(found.2 == "anchored")
  }

  @Test(arguments: [
    ("Usman berbicara dalam diskusi daring, Sabtu.", "Sabtu", "2023-12-02"),
    ("Rapat digelar pada Senin di Jakarta.", "Senin", "2023-12-04"),
    ("The ministry said on Monday it would respond.", "Monday", "2023-12-04"),
    ("Laporan masuk Selasa sore.", "Selasa sore", "2023-12-05"),
    ("He spoke last Tuesday at the forum.", "Tuesday", "2023-11-28"),
    ("Sidang digelar Kamis pekan lalu.", "Kamis pekan lalu", "2023-11-30"),
  ])
  func anchorsWeekdays(text: String, expression: String, value: String) throws {
    let found = try #require(first(text))
    #expect(found.0 == expression)
    #expect(found.1 == value)
  }

  @Test(arguments: [
    ("Kominfo mengirim surat kemarin.", "kemarin", "2023-12-04"),
    ("Surat dikirim kemarin sore.", "kemarin sore", "2023-12-04"),
    ("Rapat digelar hari ini.", "hari ini", "2023-12-05"),
    ("Hasilnya diumumkan besok.", "besok", "2023-12-06"),
    ("Sidang dilanjutkan lusa.", "lusa", "2023-12-07"),
    ("Data dijual dua hari lalu.", "dua hari lalu", "2023-12-03"),
    ("Tim dibentuk pekan lalu.", "pekan lalu", "2023-11-27/2023-12-03"),
    ("Audit selesai minggu depan.", "minggu depan", "2023-12-11/2023-12-17"),
    ("Kasus serupa terjadi bulan lalu.", "bulan lalu", "2023-11"),
    ("Aturan itu disahkan tahun lalu.", "tahun lalu", "2022"),
    ("The letter was sent yesterday.", "yesterday", "2023-12-04"),
    ("A team was formed last week.", "last week", "2023-11-27/2023-12-03"),
    ("Officials met earlier this month.", "earlier this month", "2023-12"),
    ("The data went on sale three days ago.", "three days ago", "2023-12-02"),
    ("Rallies took place over the weekend.", "the weekend", "2023-12-02/2023-12-03"),
    ("Elections are due next year.", "next year", "2024"),
  ])
  func anchorsRelativeExpressions(text: String, expression: String, value: String) throws {
    let found = try #require(first(text))
    #expect(found.0 == expression)
    #expect(found.1 == value)
    #expect(found.2 == "anchored")
  }

  @Test(arguments: [
    ("Rapat dengar pendapat 27-29 November 2023 berjalan alot.", "27-29 November 2023", "2023-11-27/2023-11-29"),
    ("Tim bekerja 27 hingga 29 November untuk audit.", "27 hingga 29 November", "2023-11-27/2023-11-29"),
    ("The audit ran between May and July this year.", "between May and July", "2023-05/2023-07"),
    ("Kasus itu terjadi 2020 hingga 2022 di daerah.", "2020 hingga 2022", "2020/2022"),
    ("The emergency ran from Nov. 21 to Dec. 20 in the regency.", "from Nov. 21 to Dec. 20", "2023-11-21/2023-12-20"),
    ("Status tanggap darurat berlaku 21 November hingga 20 Desember 2022.", "21 November hingga 20 Desember 2022", "2022-11-21/2022-12-20"),
  ])
  func readsRanges(text: String, expression: String, value: String) throws {
    let found = try #require(first(text))
    #expect(found.0 == expression)
    #expect(found.1 == value)
  }

  @Test(arguments: [
    ("Data itu beredar sejak Juli.", "Juli", "2023-07"),
    ("Pemilihan digelar pada Oktober.", "Oktober", "2023-10"),
    ("The company was founded in 2015.", "2015", "2015"),
    ("Aturan itu berlaku sejak tahun 2022.", "2022", "2022"),
  ])
  func readsMonthsAndYearsAfterAMarker(text: String, expression: String, value: String) throws {
    let found = try #require(first(text))
    #expect(found.0 == expression)
    #expect(found.1 == value)
  }

  @Test(arguments: [
    "Pasal 39 Undang-Undang Nomor 27 Tahun 2022 mengatur data pribadi.",
    "Kominfo merujuk PP 71 tahun 2019 dalam suratnya.",
    "Tahapan Pemilu 2024 tetap berjalan.",
    "Analysts said the 2024 election would go ahead.",
    "Jimbo menjual data seharga Rp1,14 miliar atau 2BTC.",
    "Sebanyak 204,8 juta dari 252.327.304 data pemilih diduga bocor.",
    "Hubungi (021) 555-0192 untuk informasi.",
    "Pasal 35-39 mengatur kewajiban pengendali.",
    "Dia may be asked to testify, the 7 may come too.",
  ])
  func ignoresNumbersThatAreNotDates(text: String) {
    #expect(ExtractFixtures.dates(text).isEmpty, "\(text)")
  }

  @Test func leavesPartialDatesUnresolvedWithoutAPublicationDate() throws {
    let found = try #require(first("Usman berbicara dalam diskusi daring, Sabtu.", published: nil))
    #expect(found.1 == nil)
    #expect(found.2 == "unresolved")
    let explicit = try #require(first("Rapat digelar 4 Desember 2023.", published: nil))
    #expect(explicit.2 == "explicit")
  }

  @Test func keepsClockTimesAsAttributes() throws {
    let bytes = Array("Serangan terdeteksi Kamis (20/6/2024) pukul 09.21 WIB di Surabaya.".utf8)
    let found = bytes.withUnsafeBufferPointer { ExtractFixtures.temporal.extract($0, in: ByteSpan(0, $0.count)) }
    let expression = try #require(found.first)
    #expect(expression.time == "09:21")
    #expect(expression.timeZone == "WIB")
    #expect(expression.utcOffsetMinutes == 7 * 60)
    #expect(found.count == 1)
  }

  @Test func spansPointIntoTheText() throws {
    let marked = MarkedText("Usman berbicara di Jakarta, 1️⃣Senin (4/12/2023)2️⃣.")
    let bytes = Array(marked.text.utf8)
    let found = bytes.withUnsafeBufferPointer { ExtractFixtures.temporal.extract($0, in: ByteSpan(0, $0.count)) }
    let span = try #require(found.first?.span)
    #expect((span.start, span.end) == marked.span(1, 2)!)
  }

  @Test func infersPublicationFromTheLeadOnly() {
    let text = "Jakarta - Kominfo menemukan kemiripan data, Senin (4/12/2023). Pemilu digelar 14 Februari 2024."
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      let expressions = ExtractFixtures.temporal.extract(buffer, in: ByteSpan(0, buffer.count))
      #expect(PublicationInference.infer(expressions, leadSpans: [ByteSpan(0, 62)], bytes: buffer)?.iso == "2023-12-04")
      #expect(PublicationInference.infer(expressions, leadSpans: [], bytes: buffer) == nil)
    }
  }

  @Test func doesNotInferFromDatesAnnouncedAsFuture() {
    let text = "Jakarta - KPU menyatakan pemungutan suara akan digelar Rabu, 14 Februari 2024, sesuai jadwal."
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      let expressions = ExtractFixtures.temporal.extract(buffer, in: ByteSpan(0, buffer.count))
      #expect(expressions.count == 1)
      #expect(PublicationInference.infer(expressions, leadSpans: [ByteSpan(0, buffer.count)], bytes: buffer) == nil)
    }
  }

  @Test func recordsThePartOfTheDay() throws {
    let bytes = Array("Pernyataan itu keluar Rabu malam, 29 November 2023.".utf8)
    let found = bytes.withUnsafeBufferPointer { ExtractFixtures.temporal.extract($0, in: ByteSpan(0, $0.count)) }
    #expect(found.first?.partOfDay == "malam")
  }

  @Test(arguments: [
    // (text, published, expression, value)
    ("Prices peaked in October, dealers said.", "1998-01-10", "October", "1997-10"),
    ("The vote will be held in October.", "1998-01-10", "October", "1998-10"),
    ("The vote will be held in March.", "2023-12-05", "March", "2024-03"),
    ("Harga naik pada Oktober.", "2023-12-05", "Oktober", "2023-10"),
    ("The law, which takes full effect in October, is strict.", "2024-06-01", "October", "2024-10"),
    ("Two flights would leave from March 30.", "1998-02-13", "March 30", "1998-03-30"),
    ("The boy must be returned by Jan. 14.", "2000-01-06", "Jan. 14", "2000-01-14"),
    ("The post appeared on March 30.", "1998-02-13", "March 30", "1997-03-30"),
    ("Jan. 14 passed. He will stay.", "2000-01-06", "Jan. 14", "1999-01-14"),
  ])
  func placesPartialDatesByTheSentenceTense(text: String, published: String, expression: String, value: String) throws {
    let found = try #require(first(text, published: published))
    #expect(found.0 == expression)
    #expect(found.1 == value)
  }

  @Test(arguments: [
    ("Prices fell last October.", "2023-10-20", "October", "2022-10"),
    ("The plant closed late last July.", "2023-12-05", "July", "2023-07"),
    ("Kasus itu terjadi Juli lalu.", "2023-12-05", "Juli lalu", "2023-07"),
    ("Rapat digelar bulan Mei lalu.", "2024-03-01", "Mei lalu", "2023-05"),
    ("Rapat digelar pada Oktober.", "2023-10-20", "Oktober", "2023-10"),
  ])
  func readsTheLastSuchMonth(text: String, published: String, expression: String, value: String) throws {
    let found = try #require(first(text, published: published))
    #expect(found.0 == expression)
    #expect(found.1 == value)
  }

  @Test(arguments: [
    ("He ran the 1996 campaign himself.", ["1996"]),
    ("Its 1990 invasion failed.", ["1990"]),
    ("Mixte's 1989 profit rose.", ["1989"]),
    ("Data itu bocor di 2015.", ["2015"]),
    ("Sales rose in 1994, 1995 and 1997.", ["1994", "1995", "1997"]),
    ("Law No. 7 of 2017 applies.", []),
    ("UU Nomor 27 Tahun 2022 berlaku.", []),
    ("Some 2000 people marched.", []),
    ("It breaches the 1945 Constitution.", []),
    ("Tahapan Pemilu 2024 berjalan.", []),
    ("Parties are ready for 2024 elections.", []),
    // Published in 2023 (the fixtures' day): this year's or a later year's name is no date.
    ("Voters prepare for the 2023 elections.", []),
    ("The data of the 2024 elections leaked.", []),
  ])
  func readsYearsUsedAsModifiersAndInLists(text: String, values: [String]) {
    #expect(ExtractFixtures.dates(text).map { $0.1 } == values, "\(text)")
  }

  @Test func aYearModifierNeedsAPublicationDateToCheckItAgainst() {
    #expect(ExtractFixtures.dates("He ran the 1996 campaign himself.", published: nil).isEmpty)
  }

  @Test func absorbsAPastWordAfterAFullDate() {
    let found = ExtractFixtures.dates("Banjir melanda Minggu (28/12/2014) kemarin.")
    #expect(found.map(\.0) == ["Minggu (28/12/2014) kemarin"])
    #expect(found.map(\.1) == ["2014-12-28"])
    #expect(ExtractFixtures.dates("Kominfo mengirim surat kemarin.").map(\.1) == ["2023-12-04"])
  }

  @Test(arguments: [
    ("Rapat digelar tanggal 24 kemarin.", "tanggal", "2023-11-24"),
    ("Rapat digelar tanggal 3 di Jakarta.", "tanggal", "2023-12-03"),
  ])
  func readsADayOfTheMonth(text: String, _: String, value: String) {
    #expect(ExtractFixtures.dates(text).map(\.1) == [value], "\(text)")
  }

  @Test func countsLaterPhrasesFromThePreviousDate() {
    let text = "Banjir melanda 3 Oktober 2023. Sehari kemudian air surut. Two days later the road opened. A month later it closed."
    #expect(ExtractFixtures.dates(text).map(\.1) == ["2023-10-03", "2023-10-04", "2023-10-06", "2023-11"])
    let alone = ExtractFixtures.dates("A week later the road opened.")
    #expect(alone.map(\.2) == ["unresolved"])
    #expect(ExtractFixtures.dates("The data went on sale three days ago.").map(\.1) == ["2023-12-02"])
  }

  @Test func readsADayBeforeAColonButNotAClockTime() {
    let found = ExtractFixtures.dates("The paper says in an editorial on Thursday, Jan. 6: the plan failed.", published: "2000-01-06")
    #expect(found.map(\.1).contains("2000-01-06"))
    #expect(found.contains { $0.0 == "Thursday, Jan. 6" })
    #expect(!ExtractFixtures.dates("Doors open Jan. 6:30 sharp.").contains { $0.0.contains("6") })
  }
}
