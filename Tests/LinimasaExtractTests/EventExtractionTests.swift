import Foundation
import LinimasaCore
import LinimasaExtract
import LinimasaTestSupport
import LinimasaText
import Testing

/// Events of one document, over the bundled lexicons plus a small event overlay.
@Suite struct EventExtractionTests {
  static let overlay: String = (try? Repository.folder("linimasa-event-extract", files: [
    "common/event-types.tsv": """
      type\tfamily\tnoun_owner\toccasion\ttopic_en\ttopic_id\tsummary_en\tsummary_id\tsummary_en_no_agent\tsummary_id_no_agent
      statement\t-\tagent\tyes\tremarks\tpernyataan\t{agent} comments[ on {topic}]\t{agent} menanggapi[ {topic}]\tA comment is made\tTanggapan disampaikan
      test-letter\t-\tagent\tno\tthe letter\tsurat\t{agent} sends a letter[ to {target}]\t{agent} mengirim surat[ kepada {target}]\tA letter is sent[ to {target}]\tSurat dikirim[ kepada {target}]
      test-post\t-\tagent\tno\tthe post\tunggahan\t{agent} posts data\t{agent} mengunggah data\tData is posted\tData diunggah
      test-team\t-\tagent\tno\tthe team\ttim\t{agent} sets up a team\t{agent} membentuk tim\tA team is set up\tTim dibentuk
      test-detention\t-\ttarget\tno\tthe detention\tpenahanan\t{agent} detains[ {target}]\t{agent} menahan[ {target}]\t[{target} is ]detained\t[{target} ]ditahan
      """,
    "id/event-triggers.tsv":
      "trigger\ttype\nmengirim surat\ttest-letter\nmengirim\ttest-post\nmengunggah\ttest-post\ndiunggah\ttest-post\nditahan\ttest-detention\n",
    "en/event-triggers.tsv": "trigger\ttype\nsent a letter\ttest-letter\nposted\ttest-post\nset up\ttest-team\n",
  ]).path) ?? ""
  static let lexicons = Result { try Lexicons.load(from: [Repository.lexicons.path, overlay]) }

  func events(_ text: String) throws -> (facts: DocumentFacts, events: [DocumentEvent]) {
    let lexicons = try Self.lexicons.get()
    let article = SourceArticle(path: "a.txt", format: .text, bytes: Array(text.utf8))
    let analysis = try DocumentProcessor(configuration: TextConfiguration(lexicons: lexicons)).process(article)
    let facts = FactExtractor(lexicons: lexicons).extract(analysis)
    return (facts, facts.events)
  }

  func leading(_ event: DocumentEvent?) -> [EventActor] { event?.actors.filter { $0.role != .other } ?? [] }

  @Test func readsADatedHappeningWithItsAgentTargetAndLaw() throws {
    let (_, found) = try events("""
      Jakarta - Kementerian Kominfo mengirim surat kepada KPU pada Selasa (28/11/2023) terkait Pasal 39 UU Nomor 27 Tahun 2022.
      """)
    let letter = try #require(found.first { $0.type == "test-letter" })
    #expect(letter.date?.value?.iso == "2023-11-28")
    #expect(leading(letter) == [
      EventActor(entity: "org:kominfo", role: .agent), EventActor(entity: "org:kpu", role: .target),
    ])
    #expect(letter.legalReferences == ["UU-27-2022"])
  }

  @Test func aReferringNounStandsForTheAgent() throws {
    let (_, found) = try events("""
      JAKARTA (Wire) - Indonesia's Ministry of Communication and Information Technology is checking the claim.

      The ministry sent a letter to the KPU on Tuesday, Nov. 28, 2023.
      """)
    #expect(leading(found.first { $0.type == "test-letter" }) == [
      EventActor(entity: "org:kominfo", role: .agent), EventActor(entity: "org:kpu", role: .target),
    ])
  }

  @Test func aPassiveNamesItsTargetBeforeAndItsAgentAfter() throws {
    let (_, found) = try events("""
      Jakarta - Data milik KPU diunggah Jimbo pada Senin (27/11/2023).
      """)
    let post = try #require(found.first { $0.type == "test-post" })
    #expect(leading(post) == [
      EventActor(entity: "org:kpu", role: .target), EventActor(entity: "group:jimbo", role: .agent),
    ])
  }

  @Test func takesTheLongestTriggerAndIgnoresQuotedOnes() throws {
    let (_, found) = try events("""
      Jakarta - Kementerian Kominfo mengirim surat kepada KPU pada Selasa (28/11/2023).
      "Jimbo mengunggah data itu pekan ini dan kami sedang memeriksanya," kata Ketua KPU Hasyim Asy'ari.
      """)
    // "mengirim surat" wins over "mengirim"; the quoted post is what Hasyim said.
    #expect(found.map(\.type) == ["test-letter", EventType.statement])
    #expect(found.last?.topics.first == "test-post")
  }

  @Test func aQuotationThatDatesAHappeningOutrightReportsIt() throws {
    let (_, found) = try events("""
      Jakarta - Ketua KPU Hasyim Asy'ari menanggapi kabar itu.

      "Pada 27 November 2023, Jimbo mengunggah data itu. Kami sedang memeriksanya," kata Hasyim.
      """)
    let post = try #require(found.first { $0.type == "test-post" })
    #expect(post.date?.value?.iso == "2023-11-27")
    let statement = try #require(found.first { $0.isStatement })
    // The sentence is the happening's; the statement keeps the rest of the quotation.
    #expect(Set(post.sources).isDisjoint(with: statement.sources))
  }

  @Test func theDatelinesDateIsWhenTheStoryWasFiledNotWhenItHappened() throws {
    let (facts, found) = try events("""
      Wednesday, November 29, 2023 – 08:40 WIB

      JAKARTA, Nov 29 (Wire) - Indonesia's Ministry of Communication and Information Technology sent a letter to the KPU.
      """)
    #expect(facts.temporalExpressions.last?.value?.iso == "2023-11-29")
    #expect(found.map(\.type) == ["test-letter"])
    #expect(found.first?.date == nil)
  }

  @Test func theOutletOfTheDatelineIsNoActor() throws {
    let (_, found) = try events("""
      Jakarta (ANTARA) - Kementerian Kominfo mengirim surat kepada KPU pada Selasa (28/11/2023).
      """)
    #expect(found.first?.actors.contains { $0.entity == "org:antara" } == false)
  }

  @Test func whatSomeoneIsUrgedToDoIsNoHappeningButTheUrgingIs() throws {
    let (_, found) = try events("""
      Jakarta - Ketua DPR Puan Maharani didesak sejumlah warganet untuk membentuk panitia khusus, Kamis (27/6/2024).
      Komisi I meminta BSSN melakukan forensik digital pekan ini.
      """)
    #expect(!found.contains { $0.type == "formation" || $0.type == "forensic" })
    let appeal = try #require(found.first { $0.type == "appeal" })
    #expect(appeal.actors.first == EventActor(entity: "person:puan-maharani", role: .target))
  }

  @Test func plansConditionsNegationsAndRulesAreNoHappenings() throws {
    let (_, found) = try events("""
      Rabu, 29 November 2023 10:00 WIB

      Jakarta - Kementerian Kominfo akan mengirim surat kepada KPU pada Senin (27/11/2023).
      Kementerian Kominfo belum mengirim surat kepada KPU pada Selasa (28/11/2023).
      Jika data itu diunggah pada 2022, KPU dapat dipidana.
      Kementerian Kominfo dapat mengirim surat kepada KPU pada Selasa (28/11/2023).
      Kementerian Kominfo mengirim surat kepada KPU sebagaimana diatur dalam Pasal 39 UU Nomor 27 Tahun 2022.
      """)
    #expect(found.isEmpty)
  }

  @Test func whatHappensAfterPublicationIsAPlan() throws {
    let (_, found) = try events("""
      Rabu, 29 November 2023 10:00 WIB

      Jakarta - Kementerian Kominfo mengirim surat kepada KPU pada 14 Februari 2024.
      """)
    #expect(found.isEmpty)
  }

  @Test func aDateThatEndsAPeriodDoesNotDateTheHappening() throws {
    let (_, found) = try events("""
      Rabu, 29 November 2023 10:00 WIB

      Jakarta - Tersangka berinisial AB ditahan Kejaksaan Agung hingga 22 Desember 2023.
      """)
    let detention = try #require(found.first { $0.type == "test-detention" })
    #expect(detention.date == nil)
    #expect(leading(detention).contains(EventActor(entity: "org:kejagung", role: .agent)))
  }

  @Test func aDateThatNamesAPeriodDoesNotDateTheHappening() throws {
    let (_, found) = try events("""
      Rabu, 21 Agustus 2024 10:00 WIB

      Jakarta - Tersangka berinisial AB ditahan Kejaksaan Agung dalam perkara pengadaan tahun anggaran 2021–2022, Selasa (20/8/2024).

      Tersangka berinisial CD ditahan Kejaksaan Agung pada Agustus 2021.
      """)
    let detentions = found.filter { $0.type == "test-detention" }.compactMap { $0.date?.value?.iso }
    #expect(detentions == ["2024-08-20", "2021-08"])
  }

  @Test func aStatementIsNotDatedByTheDayItLooksAheadTo() throws {
    let (_, found) = try events("""
      Senin, 4 Maret 2024 10:00 WIB

      Jakarta - Juru bicara KPK Ali Fikri mengatakan tersangka tidak kooperatif.

      Ia menegaskan KPK akan memanggil tersangka pada sidang berikutnya, Selasa (12/3/2024).

      Ali Fikri juga mengatakan dalam sidang pada Jumat (1/3/2024) bahwa tersangka sakit.
      """)
    #expect(!found.contains { $0.date?.value?.iso == "2024-03-12" })
    #expect(found.contains { $0.date?.value?.iso == "2024-03-01" })
  }

  @Test func aDenialStaysADenial() throws {
    let (facts, found) = try events("""
      Jakarta - Komisi Pemilihan Umum membantah data yang beredar berasal dari sistemnya.
      """)
    #expect(facts.claims.map(\.stance) == [.denied])
    let statement = try #require(found.first)
    #expect(statement.isStatement && statement.denies)
    #expect(statement.headline.contains("membantah"))
  }

  @Test func aClaimToldAsFactReportsTheHappening() throws {
    let (_, found) = try events("""
      JAKARTA (Wire) - Earlier, the BSSN said a hacker named Jimbo had posted voter records on Monday, Nov. 27, 2023.

      According to the police, Jimbo posted files from abroad.
      """)
    // One a claim with a date of its own, one attributed to a source: both the post's.
    let posts = found.filter { $0.type == "test-post" }
    #expect(posts.count == 1)
    #expect(posts.first?.sources.count == 2)
    #expect(posts.first?.date?.value?.iso == "2023-11-27")
    #expect(!found.contains { $0.isStatement })
  }

  @Test func whatASpeakerSaysOfAHappeningIsTheirStatementsTopic() throws {
    let (_, found) = try events("""
      JAKARTA (Wire) - Hasyim Asy'ari said Jimbo had posted voter records.
      """)
    #expect(found.map(\.type) == [EventType.statement])
    #expect(found.first?.topics == ["test-post"])
    #expect(found.first?.headline == "Hasyim Asy'ari: Jimbo had posted voter records")
  }

  @Test func noSentenceReportsTwoEvents() throws {
    let (_, found) = try events("""
      JAKARTA (Wire) - Indonesia's Ministry of Communication and Information Technology sent a letter to the KPU on Tuesday, Nov. 28, 2023.
      "We are waiting for an answer," Usman Kansong said. Usman said the letter was sent on Tuesday, Nov. 28, 2023.
      A hacker calling himself Jimbo posted voter records on Monday, Nov. 27, 2023.
      """)
    let sources = found.flatMap(\.sources)
    #expect(Set(sources).count == sources.count)
    #expect(found.map(\.type).sorted() == [EventType.statement, "test-letter", "test-post"])
  }

  @Test func groupsASpeakersClaimsIntoOneStatementPerOccasion() throws {
    let (facts, found) = try events("""
      JAKARTA (Wire) - KPU chairman Hasyim Asy'ari said on Monday, Nov. 27, 2023, that the commission was checking its servers. "We are working with BSSN on this," he added.
      Hasyim said on Wednesday, Nov. 29, 2023, that the commission would stay calm.
      """)
    let statements = found.filter(\.isStatement)
    #expect(statements.map { $0.date?.value?.iso } == ["2023-11-27", "2023-11-29"])
    #expect(statements.first?.claims.count == 2)
    #expect(statements.allSatisfy { $0.actors.first == EventActor(entity: "person:hasyim-asyari", role: .speaker) })
    #expect(facts.claims.count == 3)
  }

  @Test func aStatementNamesWhoItSpeaksOfAndTheBodyTheSpeakerSpeaksFor() throws {
    let (_, found) = try events("""
      JAKARTA (Wire) - KPU chairman Hasyim Asy'ari said on Monday, Nov. 27, 2023, that the KPU was working with BSSN.
      """)
    let statement = try #require(found.first { $0.isStatement })
    #expect(statement.actors == [
      EventActor(entity: "person:hasyim-asyari", role: .speaker), EventActor(entity: "org:kpu", role: .speaker),
      EventActor(entity: "org:bssn", role: .other),
    ])
  }

  @Test func aRankAndNameBetweenCommasIsTheSpeakerNotTheBodyBefore() throws {
    let (facts, _) = try events("""
      JAKARTA (Wire) - On a separate occasion, head of the National Cyber and Crypto Agency (BSSN), Lieutenant General Hinsa Siburian, stated that the disruption was caused by ransomware.
      The Constitutional Court Honorary Council (MKMK), a panel chaired by Jimly Asshiddiqie, said the chief justice had violated the code of ethics.
      """)
    #expect(facts.claims.map(\.speaker) == ["person:hinsa-siburian", "org:mkmk"])
  }

  @Test func whomASpeakerCallsOnOrFaultsIsTheStatementsTarget() throws {
    let target = { (text: String) throws -> [String] in
      try self.events(text).events.first { $0.isStatement }?.actors.filter { $0.role == .target }.map(\.entity) ?? []
    }
    #expect(try target("""
      Jakarta - Ketua DPR Puan Maharani mengatakan, "Saya harap KPU lebih berhati-hati menjaga data pemilih."
      """) == ["org:kpu"])
    #expect(try target("""
      Jakarta - Ketua DPR Puan Maharani mengatakan Komisi I meminta Kominfo dan BSSN memaparkan hasil penelusuran secara terbuka.
      """) == ["org:kominfo", "org:bssn"])
    #expect(try target("""
      JAKARTA (Wire) - "The KPU, as the data controller, should have protected the voter roll," Puan Maharani said.
      """) == ["org:kpu"])
    // Neither the object of a preposition nor someone asked for help is called on.
    #expect(try target("""
      JAKARTA (Wire) - Puan Maharani said whether the data came out of the KPU still has to be proven.
      """) == [])
    #expect(try target("""
      JAKARTA (Wire) - Puan Maharani said the commission had asked BSSN and the police to help.
      """) == [])
  }

  @Test func aStatementTakesNoDateFromAnotherOccasionOfItsBody() throws {
    let (_, found) = try events("""
      JAKARTA (Wire) - Suhartoyo was sworn in as chief justice of the Constitutional Court (MK).
      In his first remarks as chief justice, Suhartoyo said restoring public confidence in the court would be his first priority.
      The crisis began on Monday, Oct. 16, 2023, when the court ruled that candidates under 40 could run for vice president.
      Kemarin, Ketua MK Anwar Usman menggelar konferensi pers di Gedung MK pada Rabu (8/11/2023).
      """)
    let remarks = try #require(found.first { $0.isStatement && $0.actors.first?.entity == "person:suhartoyo" })
    #expect(remarks.date == nil)
    #expect(remarks.claims.count == 1)
  }

  @Test func whatIsSaidRightAfterAHappeningTakesItsDate() throws {
    let (_, found) = try events("""
      Jakarta - Kementerian Kominfo mengirim surat kepada KPU pada Selasa (28/11/2023).
      Usai mengirim surat itu, Usman Kansong mengatakan bahwa kementerian menunggu jawaban KPU.
      Usman juga mengatakan bahwa surat dikirim setelah mengirim surat lain kepada Bawaslu.
      """)
    let statement = try #require(found.first { $0.isStatement })
    #expect(statement.date?.value?.iso == "2023-11-28")
  }

  @Test func anAfterMarkerEndingTheSentenceIsRead() throws {
    let (_, found) = try events("""
      Jakarta - Kementerian Kominfo mengirim surat kepada KPU pada Selasa (28/11/2023).
      "Kami menunggu jawaban KPU," kata Usman Kansong usai.
      """)
    #expect(found.contains { $0.isStatement && $0.date == nil })
  }

  @Test func anAfterPhraseInWhatWasSaidDoesNotDateTheStatement() throws {
    let (_, found) = try events("""
      Jakarta - Kementerian Kominfo mengirim surat kepada KPU pada Selasa (28/11/2023).
      Usman Kansong mengatakan bahwa kementerian menunggu jawaban setelah mengirim surat itu.
      """)
    let statement = try #require(found.first { $0.isStatement })
    #expect(statement.date == nil)
  }

  @Test func aClaimOnTheSameOccasionTakesItsDate() throws {
    let (_, found) = try events("""
      Jakarta - Ketua KPU Hasyim Asy'ari mengatakan pada Rabu (29/11/2023) bahwa tim gabungan masih bekerja.
      Menteri Komunikasi dan Informatika Budi Arie Setiadi mengatakan pihaknya ikut menelusuri, ujar Budi pada kesempatan yang sama.
      """)
    let budi = try #require(found.first { $0.actors.first?.entity == "person:budi-arie-setiadi" })
    #expect(budi.date?.value?.iso == "2023-11-29")
  }

  @Test func whatSomeoneSaysOfTheirOwnDeedReportsIt() throws {
    let (_, found) = try events("""
      JAKARTA (Wire) - Polri said they had set up a dedicated team.
      """)
    #expect(found.map(\.type) == ["test-team"])
    #expect(leading(found.first).first == EventActor(entity: "org:polri", role: .agent))
  }

  @Test func aSourceThatVouchesForAHappeningIsNotItsDoer() throws {
    let (_, found) = try events("""
      JAKARTA (Wire) - The attackers used a new strain of ransomware against the data centre of Kominfo.

      They also demanded an $8 million ransom, according to PT Telkom Indonesia.
      """)
    let demand = try #require(found.first { $0.type == "ransom-demand" })
    #expect(leading(demand).isEmpty)
    #expect(demand.actors.contains(EventActor(entity: "org:telkom", role: .other)))
    #expect(demand.standsAlone)
  }

  @Test func aPronounOpeningASentenceContinuesTheLastSubject() throws {
    let (_, found) = try events("""
      JAKARTA (Wire) - The hackers posted the data of the KPU on Monday, Nov. 27, 2023.

      They sent a letter to Kominfo on Tuesday, Nov. 28, 2023.

      Kominfo is checking the claim. It sent a letter to the KPU on Wednesday, Nov. 29, 2023.
      """)
    let letters = found.filter { $0.type == "test-letter" }
    #expect(letters.count == 2)
    #expect(leading(letters.first) == [EventActor(entity: "org:kominfo", role: .target)])
    #expect(leading(letters.last) == [
      EventActor(entity: "org:kominfo", role: .agent), EventActor(entity: "org:kpu", role: .target),
    ])
  }

  @Test func readsLawsPassedAndProtestsInBothLanguages() throws {
    let (_, indonesian) = try events("""
      Jakarta - DPR mengesahkan UU Perlindungan Data Pribadi dalam rapat paripurna pada Selasa (20/9/2022).
      """)
    #expect(indonesian.first { $0.type == "legislation" }?.date?.value?.iso == "2022-09-20")
    let (_, english) = try events("""
      JAKARTA (Wire) - Thousands of students protested outside the House of Representatives on Monday, Aug. 26, 2024.
      """)
    #expect(english.first { $0.type == "protest" }?.date?.value?.iso == "2024-08-26")
  }

  @Test func aHappeningThatNamesNoDateNoDoerAndNoTargetDoesNotStandAlone() throws {
    let (_, found) = try events("""
      JAKARTA (Wire) - The files posted online included names and addresses.
      """)
    #expect(found.allSatisfy { !$0.standsAlone })
  }

  @Test func reportsOfOneHappeningInADocumentAreOneEvent() throws {
    let (_, found) = try events("""
      JAKARTA (Wire) - A hacker calling itself Jimbo posted voter records on Nov. 27, 2023.
      The records Jimbo posted on Nov. 27, 2023 included names and addresses.
      Jimbo posted them from abroad, the police said.
      """)
    let posts = found.filter { $0.type == "test-post" }
    #expect(posts.count == 1)
    #expect(posts.first?.sources.count == 3)
  }

  @Test func anUndatedReportIsNewsAndStaysApartFromAnOldOne() throws {
    let (_, found) = try events("""
      Tuesday, November 28, 2023 – 08:40 WIB

      JAKARTA (Wire) - A hacker calling himself Jimbo posted voter data online.

      In 2022, a hacker calling himself Bjorka posted voter data online.
      """)
    #expect(found.filter { $0.type == "test-post" }.map { $0.date?.value?.iso } == [nil, "2022"])
  }

  @Test func aHappeningsHeadlineIsItsClauseFromItsDoer() throws {
    let (_, found) = try events("""
      Jakarta - Sebelumnya, Kementerian Kominfo mengirim surat kepada KPU pada Selasa (28/11/2023), kata Usman.
      """)
    #expect(found.first { $0.type == "test-letter" }?.headline == "Kementerian Kominfo mengirim surat kepada KPU")
  }
}
