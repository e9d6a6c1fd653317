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
        (
          String(decoding: bytes[expression.span.range], as: UTF8.self), expression.value?.iso,
          expression.resolution.rawValue
        )
      }
    }
  }

  /// The citations `extractor` finds in `text`.
  static func citations(_ text: String, extractor: LegalExtractor = legal) -> [LegalCitation] {
    let bytes = Array(text.utf8)
    var context = LegalExtractor.Context()
    return bytes.withUnsafeBufferPointer { extractor.extract($0, in: ByteSpan(0, $0.count), context: &context) }
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
    ("Rapat berlangsung 22 November lalu di Gedung DPR.", "22 November lalu", "2023-11-22"),
    ("Peretasan ini terjadi 28 Desember lalu.", "28 Desember lalu", "2022-12-28"),
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
    (
      "Status tanggap darurat berlaku 21 November hingga 20 Desember 2022.", "21 November hingga 20 Desember 2022",
      "2022-11-21/2022-12-20"
    ),
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
      #expect(PublicationInference(lexicons: ExtractFixtures.lexicons).infer(expressions, leadSpans: [ByteSpan(0, 62)], bytes: buffer)?.iso == "2023-12-04")
      #expect(PublicationInference(lexicons: ExtractFixtures.lexicons).infer(expressions, leadSpans: [], bytes: buffer) == nil)
    }
  }

  @Test func doesNotInferFromDatesAnnouncedAsFuture() {
    let text = "Jakarta - KPU menyatakan pemungutan suara akan digelar Rabu, 14 Februari 2024, sesuai jadwal."
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      let expressions = ExtractFixtures.temporal.extract(buffer, in: ByteSpan(0, buffer.count))
      #expect(expressions.count == 1)
      #expect(PublicationInference(lexicons: ExtractFixtures.lexicons).infer(expressions, leadSpans: [ByteSpan(0, buffer.count)], bytes: buffer) == nil)
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
    ("The post appeared on May 30.", "1998-02-13", "May 30", "1997-05-30"),
    ("March 30 passed. He will stay.", "2000-01-06", "March 30", "1999-03-30"),
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
    ("Tanggal 24 kemarin rapat digelar.", "Tanggal", "2023-11-24"),
    ("Rapat digelar tanggal 3 di Jakarta.", "tanggal", "2023-12-03"),
  ])
  func readsADayOfTheMonth(text: String, _: String, value: String) {
    #expect(ExtractFixtures.dates(text).map(\.1) == [value], "\(text)")
  }

  @Test func countsLaterPhrasesFromThePreviousDate() {
    let text =
      "Banjir melanda 3 Oktober 2023. Sehari kemudian air surut. Two days later the road opened. A month later it closed."
    #expect(ExtractFixtures.dates(text).map(\.1) == ["2023-10-03", "2023-10-04", "2023-10-06", "2023-11"])
    let monthLater = "Banjir melanda 3 Oktober 2023. Sebulan kemudian jalan dibuka. A day later it closed."
    #expect(ExtractFixtures.dates(monthLater).map(\.1) == ["2023-10-03", "2023-11", nil])
    let alone = ExtractFixtures.dates("A week later the road opened.")
    #expect(alone.map(\.2) == ["unresolved"])
    #expect(ExtractFixtures.dates("The data went on sale three days ago.").map(\.1) == ["2023-12-02"])
  }

  @Test func readsADayBeforeAColonButNotAClockTime() {
    let found = ExtractFixtures.dates(
      "The paper says in an editorial on Thursday, Jan. 6: the plan failed.", published: "2000-01-06")
    #expect(found.map(\.1).contains("2000-01-06"))
    #expect(found.contains { $0.0 == "Thursday, Jan. 6" })
    #expect(!ExtractFixtures.dates("Doors open Jan. 6:30 sharp.").contains { $0.0.contains("6") })
  }

  // MARK: Partial dates against the publication date

  @Test(arguments: [
    // (text, published, value): a date or month without a year up to two months ahead of
    // publication is this year's, further ahead last year's; a future marker turns that.
    ("Prices rose in July, traders said.", "2024-03-10", "2023-07"),
    ("Prices will rise in July, traders said.", "2024-03-10", "2024-07"),
    ("The case is heard in May in the appeals court.", "2024-03-29", "2024-05"),
    ("Harga naik pada Juli, kata pedagang.", "2024-03-10", "2023-07"),
    ("Harga akan naik pada Juli, kata pedagang.", "2024-03-10", "2024-07"),
    ("Meissner gave no reason for the Jan. 14 deadline.", "2000-01-05", "2000-01-14"),
    ("Meissner gave no reason for the Nov. 14 deadline.", "2000-01-05", "1999-11-14"),
    ("Ia tidak memberi alasan atas tenggat 14 Januari itu.", "2000-01-05", "2000-01-14"),
    ("Ia tidak memberi alasan atas tenggat 14 November itu.", "2000-01-05", "1999-11-14"),
    ("Elian must remain in Miami until March 6, the court said.", "2000-01-15", "2000-03-06"),
  ])
  func placesYearlessDatesNearPublication(text: String, published: String, value: String) {
    #expect(ExtractFixtures.dates(text, published: published).map(\.1) == [value], "\(text)")
  }

  @Test(arguments: [
    ("Prices fell last May.", "2023-12-05", ["2023-05"]),
    ("Prices fell last May.", "2023-05-20", ["2022-05"]),
    ("Harga turun Mei lalu.", "2023-05-20", ["2022-05"]),
    ("Sales slowed last summer.", "2023-12-05", []),
    ("Penjualan melambat musim kemarau lalu.", "2023-12-05", []),
  ])
  func readsLastMonthsButNoSeasons(text: String, published: String, values: [String]) {
    #expect(ExtractFixtures.dates(text, published: published).map { $0.1 ?? "-" } == values, "\(text)")
  }

  @Test(arguments: [
    ("The summit is set for April next year.", "1998-12-03", "April next year", "1999-04"),
    ("The house approved it in early October this year.", "1998-12-03", "October this year", "1998-10"),
    ("KTT digelar April tahun depan.", "1998-12-03", "April tahun depan", "1999-04"),
    ("Kasus itu terjadi Juli tahun lalu.", "2023-12-05", "Juli tahun lalu", "2022-07"),
  ])
  func readsAMonthInAYearCountedFromPublication(text: String, published: String, expression: String, value: String) {
    let found = ExtractFixtures.dates(text, published: published)
    #expect(found.map(\.0) == [expression], "\(text)")
    #expect(found.map(\.1) == [value], "\(text)")
  }

  @Test(arguments: [
    // Publication: Tuesday 5 December 2023.
    ("The talks will resume Thursday.", "2023-12-07"),
    ("Perundingan akan dilanjutkan Kamis.", "2023-12-07"),
    ("The talks resumed Thursday.", "2023-11-30"),
    ("Perundingan dilanjutkan Kamis.", "2023-11-30"),
    // Said on a day: the future is the quotation's, the weekday the speech's.
    ("\"We will fight,\" he said Monday.", "2023-12-04"),
    ("\"Kami akan melawan,\" katanya, Senin.", "2023-12-04"),
    ("They will appeal Monday's ruling.", "2023-12-04"),
    ("Officials postponed until Thursday any action on the case.", "2023-12-07"),
    ("Sidang ditunda hingga Kamis.", "2023-12-07"),
  ])
  func placesWeekdaysAheadInSentencesThatLookAhead(text: String, value: String) {
    #expect(ExtractFixtures.dates(text).map(\.1) == [value], "\(text)")
  }

  @Test func countsAWeekdayAheadFromTheDateItsSentenceGave() {
    let text = "In a post on Tuesday, the group said it would hand over the key on Wednesday."
    #expect(ExtractFixtures.dates(text, published: "2024-07-04").map(\.1) == ["2024-07-02", "2024-07-03"])
    let indonesian = "Dalam unggahan pada Selasa, kelompok itu mengatakan akan menyerahkan kunci pada Rabu."
    #expect(ExtractFixtures.dates(indonesian, published: "2024-07-04").map(\.1) == ["2024-07-02", "2024-07-03"])
  }

  @Test(arguments: [
    (
      "ELSAM, which has long campaigned on privacy, will act on what it found in late November.", "2000-04-05",
      "2000-11"
    ),
    (
      "It will take him from relatives who have cared for him since he was rescued in late November.", "2000-04-05",
      "1999-11"
    ),
    ("KPU akan memeriksa data yang bocor pada November.", "2024-04-05", "2023-11"),
    ("KPU akan memeriksa data pada November.", "2024-04-05", "2024-11"),
  ])
  func aRelativeClauseHasATenseOfItsOwn(text: String, published: String, value: String) {
    #expect(ExtractFixtures.dates(text, published: published).map(\.1) == [value], "\(text)")
  }

  @Test(arguments: [
    ("The investigation into the October slaying went on.", "1999-04-19", ["1998-10"]),
    ("Voters cast their ballots in the February elections.", "2023-11-30", ["2024-02"]),
    ("May the best team win.", "2023-11-30", []),
  ])
  func readsMonthsNamingAnOccasion(text: String, published: String, values: [String]) {
    #expect(ExtractFixtures.dates(text, published: published).map { $0.1 ?? "-" } == values, "\(text)")
  }

  // MARK: Named days

  @Test(arguments: [
    ("Elian was found Thanksgiving Day at sea.", "2000-01-07", ["1999-11-25"]),
    ("He was found in the Atlantic last Thanksgiving.", "2000-02-10", ["1999-11-25"]),
    ("Shops open late on Christmas Day.", "2023-12-05", ["2023-12-25"]),
    ("Shops opened late on Christmas Day.", "2024-02-20", ["2023-12-25"]),
    ("Fireworks lit the sky on New Year's Day.", "2024-01-10", ["2024-01-01"]),
    ("Sales peaked at Christmas 2019.", "2023-12-05", ["2019-12-25"]),
    ("Christmas shopping started early.", "2023-12-05", []),
    ("Flights leave every Christmas.", "2023-12-05", []),
    ("Upacara digelar pada Hari Kemerdekaan.", "2023-12-05", ["2023-08-17"]),
    ("Upacara digelar pada 17 Agustus.", "2023-12-05", ["2023-08-17"]),
    ("Harga naik jelang Natal.", "2023-12-05", ["2023-12-25"]),
    ("Misa digelar saat Hari Natal 2022.", "2023-12-05", ["2022-12-25"]),
    ("Warga menyalakan kembang api pada Tahun Baru.", "2024-01-10", ["2024-01-01"]),
    ("Perayaan Tahun Baru Imlek digelar meriah.", "2024-01-10", []),
    ("Pada Tahun Baru Imlek warga berkumpul.", "2024-01-10", []),
    ("Warga Mandailing Natal berkumpul.", "2024-01-10", []),
    ("Pohon Natal dipasang di mal.", "2023-12-05", []),
  ])
  func readsNamedDaysWhereTheYearCanBeResolved(text: String, published: String, values: [String]) {
    #expect(ExtractFixtures.dates(text, published: published).map { $0.1 ?? "-" } == values, "\(text)")
  }

  @Test func leavesNamedDaysUnresolvedWithoutAPublicationDate() {
    #expect(
      ExtractFixtures.dates("Elian was found Thanksgiving Day at sea.", published: nil).map(\.2) == ["unresolved"])
    #expect(ExtractFixtures.dates("Upacara digelar pada Hari Kemerdekaan.", published: nil).map(\.2) == ["unresolved"])
  }

  @Test(arguments: [
    "Two flights leave on Monday and Tuesday nights.",
    "The third departs each Thursday.",
    "Penerbangan berangkat setiap Kamis.",
    "Pengajian digelar tiap Jumat malam.",
  ])
  func recurringWeekdaysAreNoDates(text: String) {
    #expect(ExtractFixtures.dates(text).isEmpty, "\(text)")
  }

  // MARK: Years

  @Test(arguments: [
    ("He led a 2010 raid on the camp.", ["2010"]),
    ("He lost his unsuccessful 1996 campaign.", ["1996"]),
    ("The remaining 1950 troops left.", []),
    ("Di 2015 industri tekstil tumbuh.", ["2015"]),
    ("Sebanyak 2015 orang hadir.", []),
    ("We expect that to continue into 1990.", ["1990"]),
    ("Costs fall by the end of 1990.", ["1990"]),
    ("Harga naik memasuki 2024.", ["2024"]),
    ("Harga naik jelang 2024.", ["2024"]),
    ("Growth has not met our expectations for 1989.", ["1989"]),
    ("Earnings fell for 1989 and for 1990.", ["1989", "1990"]),
    ("They paid for 2000 shares.", []),
    ("Target itu untuk 2024.", ["2024"]),
    ("Bantuan untuk 2000 warga disalurkan.", []),
    ("Atlanta nineteen ninety-six. A bomb blast shocks the games.", ["1996"]),
    ("January nineteen ninety-seven. Atlanta again.", ["1997-01"]),
    ("Twenty five people came, nineteen of them late.", []),
  ])
  func readsYearsByTheirPlaceInThePhrase(text: String, values: [String]) {
    #expect(ExtractFixtures.dates(text).map { $0.1 ?? "-" } == values, "\(text)")
  }

  @Test func readsRelativeYearsAndLaterPhrases() {
    #expect(ExtractFixtures.dates("Sales grow in the current year.").map(\.1) == ["2023"])
    #expect(ExtractFixtures.dates("Target tahun berjalan tercapai.").map(\.1) == ["2023"])
    let english = "Profit rose on Aug. 12, 1989, from C$18.1 million a year earlier."
    #expect(ExtractFixtures.dates(english).map(\.1) == ["1989-08-12", "1988"])
    let indonesian = "Laba naik pada 12 Agustus 2023 dari Rp10 miliar setahun sebelumnya."
    #expect(ExtractFixtures.dates(indonesian).map(\.1) == ["2023-08-12", "2022"])
    // A month later than a year is no date: the year gives no month to count from.
    #expect(
      ExtractFixtures.dates("Pada 2022 laba turun. Sebulan kemudian laba naik.").map(\.2) == ["explicit", "unresolved"])
  }

  @Test func readsItsDateWordsFromTheLexicons() throws {
    let overlay = try Repository.folder(
      "linimasa-dates", files: ["en/range-words.txt": "till\n", "en/future-cues.tsv": "cue\tside\tfollowed_by\nplanned\tbefore\tany\n"])
    defer { try? FileManager.default.removeItem(at: overlay) }
    let lexicons = try Lexicons.load(from: [Repository.lexicons.path, overlay.path])
    let text = "Prices rose 2020 till 2022. It is planned for Dec. 4, 2023."
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      func values(_ extractor: TemporalExtractor) -> [String] {
        TemporalAnchor.resolveAll(extractor.extract(buffer, in: ByteSpan(0, buffer.count)), publication: nil)
          .compactMap { $0.value?.iso }
      }
      func inferred(_ lexicons: Lexicons) -> String? {
        let expressions = TemporalExtractor(lexicons: lexicons).extract(buffer, in: ByteSpan(0, buffer.count))
        return PublicationInference(lexicons: lexicons).infer(
          expressions, leadSpans: [ByteSpan(0, buffer.count)], bytes: buffer)?.iso
      }
      // Without the overlay "till" joins no range and "planned" announces nothing.
      #expect(values(ExtractFixtures.temporal) == ["2023-12-04"])
      #expect(inferred(ExtractFixtures.lexicons) == "2023-12-04")
      #expect(values(TemporalExtractor(lexicons: lexicons)) == ["2020/2022", "2023-12-04"])
      #expect(inferred(lexicons) == nil)
    }
  }
}
