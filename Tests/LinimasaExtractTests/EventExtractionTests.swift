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
      type\tsummary_en\tsummary_id\tsummary_en_no_agent\tsummary_id_no_agent\tfamily
      statement\t{agent} makes a statement\t{agent} memberi pernyataan\tA statement is made\tPernyataan disampaikan\t-
      test-letter\t{agent} sends a letter[ to {target}]\t{agent} mengirim surat[ kepada {target}]\tA letter is sent[ to {target}]\tSurat dikirim[ kepada {target}]\t-
      test-post\t{agent} posts data\t{agent} mengunggah data\tData is posted\tData diunggah\t-
      """,
    "id/event-triggers.tsv": "trigger\ttype\nmengirim surat\ttest-letter\nmengirim\ttest-post\nmengunggah\ttest-post\n",
    "en/event-triggers.tsv": "trigger\ttype\nsent a letter\ttest-letter\nposted\ttest-post\n",
  ]).path) ?? ""
  static let lexicons = Result { try Lexicons.load(from: [Repository.lexicons.path, overlay]) }

  func events(_ text: String) throws -> (facts: DocumentFacts, events: [DocumentEvent]) {
    let lexicons = try Self.lexicons.get()
    let article = SourceArticle(path: "a.txt", format: .text, bytes: Array(text.utf8))
    let analysis = try DocumentProcessor(configuration: TextConfiguration(lexicons: lexicons)).process(article)
    let facts = FactExtractor(lexicons: lexicons).extract(analysis)
    return (facts, facts.events)
  }

  @Test func readsADatedHappeningWithItsAgentTargetAndLaw() throws {
    let (_, found) = try events("""
      Jakarta - Kementerian Kominfo mengirim surat kepada KPU pada Selasa (28/11/2023) terkait Pasal 39 UU Nomor 27 Tahun 2022.
      """)
    let letter = try #require(found.first { $0.type == "test-letter" })
    #expect(letter.date?.value?.iso == "2023-11-28")
    #expect(letter.actors.filter { $0.role != .other } == [
      EventActor(entity: "org:kominfo", role: .agent), EventActor(entity: "org:kpu", role: .target),
    ])
    #expect(letter.legalReferences == ["UU-27-2022"])
  }

  @Test func aReferringNounStandsForTheAgent() throws {
    let (_, found) = try events("""
      JAKARTA (Wire) - Indonesia's Ministry of Communication and Information Technology is checking the claim.

      The ministry sent a letter to the KPU on Tuesday, Nov. 28, 2023.
      """)
    let letter = try #require(found.first { $0.type == "test-letter" })
    #expect(letter.actors.filter { $0.role != .other } == [
      EventActor(entity: "org:kominfo", role: .agent), EventActor(entity: "org:kpu", role: .target),
    ])
  }

  @Test func aReferringNounAfterTheTriggerStandsForTheTarget() throws {
    let (_, found) = try events("""
      JAKARTA (Wire) - The General Elections Commission (KPU) is checking the claim.

      Indonesia's Ministry of Communication and Information Technology sent a letter to the commission on Tuesday, Nov. 28, 2023.
      """)
    let letter = try #require(found.first { $0.type == "test-letter" })
    #expect(letter.actors.filter { $0.role != .other } == [
      EventActor(entity: "org:kominfo", role: .agent), EventActor(entity: "org:kpu", role: .target),
    ])
  }

  @Test func takesTheLongestTriggerAndIgnoresQuotedOnes() throws {
    let (_, found) = try events("""
      Jakarta - Kementerian Kominfo mengirim surat kepada KPU kemarin.
      Peretas bernama Jimbo mengunggah data pemilih di forum daring.
      "Jimbo mengunggah data itu pada Senin (27/11/2023) dan kami sedang memeriksanya," kata Ketua KPU Hasyim Asy'ari.
      """)
    // "mengirim surat" wins over "mengirim"; the post is undated; the quoted one is no event.
    let happenings = found.filter { $0.type != EventType.statement }
    #expect(happenings.map(\.type) == ["test-letter", "test-post"])
    #expect(happenings.map { $0.date == nil } == [false, true])
    #expect(happenings.last?.actors.first == EventActor(entity: "group:jimbo", role: .agent))
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

  @Test func anUndatedHappeningOnlyItsSpeakerNamesIsTheirStatement() throws {
    let (_, found) = try events("""
      JAKARTA (Wire) - Hasyim Asy'ari said the voter data had been posted.
      """)
    #expect(found.map(\.type) == [EventType.statement])
  }

  @Test func anUndatedReportJoinsTheDatedOneOfItsKind() throws {
    let (_, found) = try events("""
      Jakarta - Peretas bernama Jimbo mengunggah data pemilih pada Senin (27/11/2023).

      Menurut polisi, Jimbo mengunggah berkas itu dari luar negeri.

      Akun lain, kata BSSN, juga mengunggah salinan data KPU.
      """)
    // The second shares Jimbo with the dated post; the third is a post told again.
    let posts = found.filter { $0.type == "test-post" }
    #expect(posts.count == 1)
    #expect(posts.first?.date?.value?.iso == "2023-11-27")
    #expect(posts.first?.sources.count == 3)
  }

  @Test func aDatedReportJoinsAnEarlierUndatedOneOfItsKind() throws {
    let (_, found) = try events("""
      Tuesday, November 28, 2023 – 08:40 WIB

      JAKARTA (Wire) - A hacker calling himself Jimbo posted the voter list online.

      The list was posted on Monday, Nov. 27, 2023, the BSSN said.
      """)
    let posts = found.filter { $0.type == "post" }
    #expect(posts.count == 1)
    #expect(posts.first?.date?.value?.iso == "2023-11-27")
    #expect(posts.first?.actors.first == EventActor(entity: "group:jimbo", role: .agent))
    #expect(posts.first?.sources.count == 2)
  }

  @Test func anUndatedReportIsNewsAndStaysApartFromAnOldOne() throws {
    let (_, found) = try events("""
      Tuesday, November 28, 2023 – 08:40 WIB

      JAKARTA (Wire) - A hacker calling himself Jimbo posted voter data online.

      Voter data was also posted in 2022, the BSSN said.
      """)
    #expect(found.filter { $0.type == "test-post" }.map { $0.date?.value?.iso } == [nil, "2022"])
  }

  @Test func aStatementJoinsTheHappeningItReportsAndWhatItSaysAfter() throws {
    let (facts, found) = try events("""
      JAKARTA (Wire) - Indonesia's Ministry of Communication and Information Technology said it sent a letter to the KPU on Tuesday, Nov. 28, 2023.

      "We are waiting for an answer," the ministry said.
      """)
    #expect(facts.claims.count == 2)
    #expect(found.map(\.type) == ["test-letter"])
    #expect(found.first?.claims == [0, 1])
  }

  @Test func anUndatedStatementJoinsTheHappeningItsSpeakerTookPartIn() throws {
    let (facts, found) = try events("""
      JAKARTA (Wire) - Indonesia's Ministry of Communication and Information Technology sent a letter to the KPU on Tuesday, Nov. 28, 2023.

      The ministry said it was still waiting for a reply.
      """)
    #expect(facts.claims.map(\.speaker) == ["org:kominfo"])
    #expect(found.map(\.type) == ["test-letter"])
    #expect(found.first?.claims == [0])
    #expect(found.first?.actors.first == EventActor(entity: "org:kominfo", role: .agent))
  }

  @Test func readsOneHappeningForEachDateOfASentence() throws {
    let (_, found) = try events("""
      Jakarta - Kementerian Kominfo, yang mengunggah data itu pada 2021, mengirim surat kepada KPU pada Selasa (28/11/2023).
      """)
    #expect(found.map(\.type).sorted() == ["test-letter", "test-post"])
    #expect(found.first { $0.type == "test-post" }?.date?.value?.iso == "2021")
    #expect(found.first { $0.type == "test-letter" }?.date?.value?.iso == "2023-11-28")
  }

  @Test func groupsASpeakersClaimsIntoOneStatementPerOccasion() throws {
    let (facts, found) = try events("""
      JAKARTA (Wire) - KPU chairman Hasyim Asy'ari said on Monday, Nov. 27, 2023, that the commission was checking its servers. "We are working with BSSN on this," he added.
      Hasyim said on Wednesday, Nov. 29, 2023, that the commission would stay calm.
      """)
    let statements = found.filter { $0.type == EventType.statement }
    #expect(statements.map { $0.date?.value?.iso } == ["2023-11-27", "2023-11-29"])
    #expect(statements.first?.claims.count == 2)
    #expect(statements.allSatisfy { $0.actors == [EventActor(entity: "person:hasyim-asyari", role: .speaker)] })
    #expect(facts.claims.count == 3)
  }

  @Test func foldsAStatementIntoTheHappeningItsSentenceReports() throws {
    let (facts, found) = try events("""
      JAKARTA (Wire) - Usman Kansong said the ministry sent a letter to the KPU on Tuesday, Nov. 28, 2023.
      """)
    #expect(facts.claims.count == 1)
    #expect(found.map(\.type) == ["test-letter"])
    #expect(found.first?.actors.contains(EventActor(entity: "person:usman-kansong", role: .speaker)) == true)
    #expect(found.first?.claims == [0])
  }

  @Test func leavesAPrivatePersonsUndatedRemarksAsClaimsOnly() throws {
    let (facts, found) = try events("""
      CIANJUR (Wire) - Residents queued for water at the village hall on Tuesday morning.
      "We have been sleeping under plastic sheets for three nights now," said Euis Komariah, 41.
      """)
    #expect(facts.claims.map(\.speaker) == ["person:euis-komariah"])
    #expect(found.isEmpty)
  }

  @Test func reportsOfOneHappeningInADocumentAreOneEvent() throws {
    let (_, found) = try events("""
      JAKARTA (Wire) - A hacker calling itself Jimbo posted voter records on Nov. 27, 2023.
      The records Jimbo posted on Nov. 27, 2023 included names and addresses.
      """)
    let posts = found.filter { $0.type == "test-post" }
    #expect(posts.count == 1)
    #expect(posts.first?.sources.count == 2)
  }
}
