import Foundation
import LinimasaCore
import LinimasaExtract
import LinimasaRun
import LinimasaTestSupport
import LinimasaText
import LinimasaTimeline
import Testing

/// Events across documents, over the bundled lexicons plus a small event overlay, so the
/// tests do not depend on the bundled event lexicon's contents.
@Suite struct EventTimelineTests {
  static let overlay: String = (try? Repository.folder("linimasa-events", files: [
    "common/event-types.tsv": """
      type\tfamily\tnoun_owner\toccasion\ttopic_en\ttopic_id\tsummary_en\tsummary_id\tsummary_en_no_agent\tsummary_id_no_agent
      statement\t-\tagent\tyes\tremarks\tpernyataan\t{agent} comments[ on {topic}]\t{agent} menanggapi[ {topic}]\tA comment is made\tTanggapan disampaikan
      denial\t-\tagent\tyes\ta denial\tbantahan\t{agent} denies claims[ about {topic}]\t{agent} membantah klaim[ soal {topic}]\tClaims are denied\tKlaim dibantah
      test-post\ttest-breach\tagent\tno\tthe post\tunggahan\t{agent} posts the data[ about {target}]\t{agent} mengunggah data[ tentang {target}]\tData is posted[ about {target}]\tData diunggah[ tentang {target}]
      test-sale\ttest-breach\ttarget\tno\tthe sale\tpenjualan\t{agent} sells data\t{agent} menjual data\tData is sold\tData dijual
      test-letter\t-\tagent\tno\tthe letter\tsurat\t{agent} sends a letter[ to {target}]\t{agent} mengirim surat[ kepada {target}]\tA letter is sent[ to {target}]\tSurat dikirim[ kepada {target}]
      """,
    "id/event-triggers.tsv": "trigger\ttype\nmengunggah\ttest-post\nmengirim surat\ttest-letter\nmenjual\ttest-sale\n",
    "en/event-triggers.tsv": "trigger\ttype\nposted\ttest-post\nsent a letter\ttest-letter\n",
  ]).path) ?? ""
  static let lexicons = Result { try Lexicons.load(from: [Repository.lexicons.path, overlay]) }
  static let configuration = TextConfiguration(lexicons: (try? lexicons.get()) ?? Lexicons())

  /// The timeline of articles given as (file name, published date, body).
  func timeline(_ articles: [(String, String, String)]) throws -> Timeline {
    _ = try Self.lexicons.get()
    let folder = try Repository.temporaryFolder("events")
    for (name, published, body) in articles {
      let text = "---\ntitle: \"\(name)\"\npublished: \(published)\n---\n\n\(body)\n"
      try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return try Pipeline(configuration: Self.configuration).run(inputs: [folder.path])
  }

  func happenings(_ timeline: Timeline) -> [TimelineEvent] { timeline.events.filter { $0.type != EventType.statement } }

  @Test func mergesOneHappeningReportedInBothLanguages() throws {
    let found = try timeline([
      ("a-id.md", "2023-12-01", "Jakarta - Peretas bernama Jimbo mengunggah data pemilih di forum daring pada Senin (27/11/2023)."),
      ("b-en.md", "2023-12-02", "JAKARTA (Wire) - A hacker calling itself Jimbo posted voter records on an online forum on Nov. 27, 2023."),
    ])
    let events = happenings(found)
    #expect(events.count == 1)
    #expect(events.first?.date.value?.iso == "2023-11-27")
    #expect(events.first?.sources.map(\.document) == ["a-id", "b-en"])
    #expect(events.first?.independentSources == 2)
    #expect(events.first?.summary.map(\.text) == ["Jimbo posts the data", "Jimbo mengunggah data"])
  }

  @Test func mergesTypesOfOneFamilyUnderTheTypeMostReportsGive() throws {
    let found = try timeline([
      ("a.md", "2023-12-01", "Jakarta - Peretas bernama Jimbo menjual data pemilih di forum daring pada Senin (27/11/2023)."),
      ("b.md", "2023-12-02", "Jakarta - Peretas bernama Jimbo mengunggah data pemilih di forum daring pada Senin (27/11/2023)."),
      ("c.md", "2023-12-03", "Jakarta - Peretas bernama Jimbo mengunggah data pemilih di forum daring pada Senin (27/11/2023)."),
    ])
    #expect(happenings(found).map(\.type) == ["test-post"])
    #expect(happenings(found).first?.sources.count == 3)
  }

  @Test func mergesHappeningsThatNameOnlyAPlace() throws {
    let found = try timeline([
      ("a.md", "2023-12-01", "Cianjur - Seseorang mengunggah data warga Cianjur di forum daring pada Senin (27/11/2023)."),
      ("b.md", "2023-12-02", "Cianjur - Seseorang mengunggah data warga Cianjur di forum daring pada Senin (27/11/2023) malam."),
    ])
    let events = happenings(found)
    #expect(events.count == 1)
    #expect(events.first?.actors.map(\.role) == [.other])
    #expect(events.first?.sources.count == 2)
  }

  @Test func keepsDistinctEventsOnTheSameDayApart() throws {
    let found = try timeline([
      ("a.md", "2023-12-01", """
        Jakarta - Peretas bernama Jimbo mengunggah data pemilih pada Senin (27/11/2023).

        Pada Senin (27/11/2023), Kementerian Kominfo mengirim surat kepada KPU.

        Pada hari yang sama, Polri mengunggah foto barang bukti pada Senin (27/11/2023).
        """),
    ])
    #expect(happenings(found).map(\.type).sorted() == ["test-letter", "test-post", "test-post"])
  }

  @Test func mergesAMonthWithADayOfThatMonthAndKeepsTheDay() throws {
    let found = try timeline([
      ("a.md", "2023-12-20", "Jakarta - Peretas bernama Jimbo mengunggah data pemilih pada November 2023 lalu."),
      ("b.md", "2023-12-21", "Jakarta - Peretas bernama Jimbo mengunggah data pemilih pada Senin (27/11/2023)."),
      ("c.md", "2023-12-22", "Jakarta - Peretas bernama Jimbo mengunggah data pemilih pada Jumat (1/12/2023)."),
    ])
    let events = happenings(found)
    #expect(events.map { $0.date.value?.iso } == ["2023-11-27", "2023-12-01"])
    #expect(events.first?.sources.count == 2)
  }

  @Test func ordersMonthsBeforeTheirDaysAndUndatedLast() throws {
    let found = try timeline([
      ("a.md", "2023-12-20", "Jakarta - Peretas bernama Jimbo mengunggah data pemilih pada Senin (27/11/2023)."),
      ("b.md", "2023-12-21", "Jakarta - Kementerian Kominfo mengirim surat kepada KPU pada November 2023."),
    ])
    let dated = found.events.filter { $0.date.value != nil }
    #expect(dated.map { $0.date.value?.iso }.prefix(2) == ["2023-11", "2023-11-27"])
    let undatedIndex = found.events.firstIndex { $0.date.value == nil } ?? found.events.count
    #expect(found.events[undatedIndex...].allSatisfy { $0.date.value == nil })
  }

  @Test func recognisesSyndicatedCopiesAndCountsThemOnce() throws {
    let story = """
      Jakarta - Peretas bernama Jimbo mengunggah data pemilih di forum daring pada Senin (27/11/2023) dan meminta bayaran besar.

      Kementerian Kominfo menyatakan sedang menelusuri asal data tersebut bersama kepolisian dan lembaga terkait lainnya sejak pekan lalu.

      Komisi Pemilihan Umum meminta masyarakat tetap tenang sambil menunggu hasil pemeriksaan forensik atas sistem informasi mereka.
      """
    let found = try timeline([
      ("wire.md", "2023-11-28", story),
      ("copy.md", "2023-11-29", story + "\n\nBaca berita lain di situs kami setiap hari tanpa ketinggalan kabar terbaru apa pun."),
    ])
    let copy = try #require(found.documents.first { $0.id == "copy" })
    #expect(copy.copyOf == "wire")
    #expect(copy.sharedParagraphs == 3)
    let event = try #require(happenings(found).first)
    #expect(event.sources.allSatisfy { $0.copyOf == ($0.document == "copy" ? "wire" : nil) })
    #expect(Set(event.sources.map(\.document)) == ["copy", "wire"])
    #expect(event.independentSources == 1)
    // Each of the copy's events, dated or not, is merged with the original's.
    #expect(found.events.allSatisfy { $0.sources.contains { $0.document == "wire" } })
  }

  @Test func theCorpusSyndicatedCopyCountsOnceInItsEvents() throws {
    let corpus = try Pipeline(configuration: Self.configuration).run(inputs: [Repository.corpus.path])
    let copy = try #require(corpus.documents.first { $0.id == "en/kpu-leak-08-harbourpost" })
    #expect(copy.copyOf == "en/kpu-leak-06-equatorwire")
    #expect(copy.sharedParagraphs == 12)
    let reported = corpus.events.filter { $0.sources.contains { $0.document == copy.id } }
    #expect(!reported.isEmpty)
    for event in reported {
      let documents = Set(event.sources.map(\.document))
      #expect(event.independentSources == documents.subtracting([copy.id]).count)
    }
  }

  @Test func mergesOneSpeakersStatementsOfOneDayAcrossLanguages() throws {
    let found = try timeline([
      ("a-id.md", "2023-11-29", """
        Jakarta - Ketua KPU Hasyim Asy'ari mengatakan pada Rabu (29/11/2023) bahwa data pemilih sedang diperiksa.
        """),
      ("b-en.md", "2023-11-30", """
        JAKARTA (Wire) - KPU chairman Hasyim Asy'ari said on Wednesday, Nov. 29, 2023, that the voter data was being checked.
        """),
    ])
    let statements = found.events.filter { $0.type == EventType.statement }
    #expect(statements.count == 1)
    #expect(statements.first?.headline.map(\.language) == ["en", "id"])
    #expect(statements.first?.summary.first?.text.hasPrefix("Hasyim Asy'ari comments") == true)
  }

  @Test func summariesNameAGazetteerPlaceNotItsID() throws {
    let found = try timeline([
      ("a-id.md", "2023-12-04", """
        Padang - Warga bernama Erman Safarudin mengatakan pada Senin (4/12/2023) bahwa Bukittinggi tertutup abu tipis.
        """)
    ])
    let summaries = found.events.flatMap(\.summary).map(\.text)
    #expect(!summaries.isEmpty)
    #expect(summaries.allSatisfy { !$0.contains("place:") })
    #expect(summaries.contains { $0.contains("Bukittinggi") })
  }

  @Test func aHappeningToldAgainLaterJoinsTheDatedEvent() throws {
    let found = try timeline([
      ("a.md", "2023-11-28", "Jakarta - Peretas bernama Jimbo mengunggah data pemilih pada Senin (27/11/2023)."),
      ("b.md", "2023-12-05", "Jakarta - Sebelumnya, peretas bernama Jimbo mengunggah data pemilih di forum daring."),
    ])
    let events = happenings(found)
    #expect(events.count == 1)
    #expect(events.first?.date.value?.iso == "2023-11-27")
    #expect(events.first?.date.basis == .text)
    #expect(events.first?.date.document == "a")
    #expect(events.first?.sources.count == 2)
  }

  @Test func anUndatedHappeningHasNoDateNotItsArticlesDay() throws {
    let found = try timeline([
      ("a.md", "2023-12-05", "Jakarta - Peretas bernama Jimbo mengunggah data pemilih di forum daring."),
    ])
    let event = try #require(happenings(found).first)
    #expect(event.date.value == nil)
    #expect(event.date.basis == EventDate.Basis.none)
  }

  @Test func spellingsOfOnePersonsNameAreOneSpeaker() throws {
    let found = try timeline([
      ("a.md", "2023-11-29", "Jakarta - Wakil Ketua Komisi I DPR Abdul Kharis Almasyahari mengatakan pada Rabu (29/11/2023) bahwa KPU harus bertanggung jawab."),
      ("b.md", "2023-11-29", "Jakarta - Wakil Ketua Komisi I DPR Abdul Kharis Almasyhari mengatakan pada Rabu (29/11/2023) bahwa KPU lalai."),
    ])
    #expect(found.events.filter { $0.type == EventType.statement }.count == 1)
  }

  @Test func aShortAndAFullSpellingOfOneNameAreOneSpeaker() throws {
    let found = try timeline([
      ("a.md", "2023-11-29", "Jakarta - Wakil Ketua Komisi I DPR Abdul Kharis mengatakan pada Rabu (29/11/2023) bahwa KPU harus bertanggung jawab."),
      ("b.md", "2023-11-29", "Jakarta - Politikus PKS Abdul Kharis Almasyhari mengatakan pada Rabu (29/11/2023) bahwa KPU lalai."),
    ])
    #expect(found.events.filter { $0.type == EventType.statement }.count == 1)
  }

  @Test func aBodysStatementDoesNotJoinAPersonsOfTheSameBody() throws {
    let found = try timeline([
      ("a.md", "2023-11-29", "Jakarta - KPU menyatakan pada Rabu (29/11/2023) bahwa data pemilih sedang diperiksa."),
      ("b.md", "2023-11-29", "Jakarta - Ketua KPU Hasyim Asy'ari mengatakan pada Rabu (29/11/2023) bahwa data pemilih sedang diperiksa."),
    ])
    #expect(found.events.filter { $0.type == EventType.statement }.count == 2)
  }

  @Test func theSameLongQuotationCreditedToABodyAndItsSpokespersonIsOneStatement() throws {
    let found = try timeline([
      ("a.md", "2023-12-01", """
        JAKARTA (Wire) - "In handling the incident at the commission, the agency is running a forensic examination of every server," BSSN said.
        """),
      ("b.md", "2023-12-02", """
        JAKARTA (Wire) - "In handling the incident at the commission, the agency is running a forensic examination of every server and application," agency spokesperson Ariandi Putra told reporters.
        """),
    ])
    #expect(found.events.filter { $0.type == EventType.statement }.count == 1)
  }

  @Test func aShortQuotationSharedByTwoSpeakersDoesNotMakeThemOneStatement() throws {
    let found = try timeline([
      ("a.md", "2023-12-01", "JAKARTA (Wire) - \"We are still checking,\" BSSN said on Friday, Dec. 1, 2023."),
      ("b.md", "2023-12-01", "JAKARTA (Wire) - \"We are still checking,\" the KPU said on Friday, Dec. 1, 2023."),
    ])
    #expect(found.events.filter { $0.type == EventType.statement }.count == 2)
  }

  @Test func everyClaimIsInAnEventOrListedApart() throws {
    let found = try timeline([
      ("a.md", "2023-11-29", """
        Jakarta - Peretas bernama Jimbo mengunggah data pemilih pada Senin (27/11/2023).
        "Ini sangat mengkhawatirkan bagi kita semua," kata seorang warga.
        """),
    ])
    let held = Set(found.events.flatMap(\.claims))
    let outside = found.claimsOutsideEvents.map(\.id)
    #expect(Set(outside).isDisjoint(with: held))
    #expect(held.count + outside.count == found.claims.count)
    #expect(!outside.isEmpty)
  }

  @Test func filtersByDateWindowAndActor() throws {
    let found = try timeline([
      ("a.md", "2023-12-20", """
        Jakarta - Peretas bernama Jimbo mengunggah data pemilih pada Senin (27/11/2023).

        Kementerian Kominfo mengirim surat kepada KPU pada Jumat (1/12/2023).
        """),
    ])
    let november = found.filtered(EventFilter(from: CivilDate(iso: "2023-11"), to: CivilDate(iso: "2023-11")))
    #expect(november.events.map(\.type) == ["test-post"])
    let jimbo = found.filtered(EventFilter(actors: found.entityIDs(matching: "jimbo")))
    #expect(jimbo.events.allSatisfy { $0.actors.contains { $0.entity == "group:jimbo" } })
    #expect(!jimbo.events.isEmpty)
    #expect(EventFilter(from: CivilDate(iso: "2023-12"), to: CivilDate(iso: "2023-11-30")).windowIsEmpty)
  }
}
