import Testing

@testable import LinimasaExtract

@Suite struct ReferringNounTests {
  @Test func aNameHoldsANounAsAWholeWordInAnyCase() {
    #expect(ReferringNouns.nameHolds("Constitutional Court", "court"))
    #expect(ReferringNouns.nameHolds("KPU-Commission", "commission"))
    #expect(!ReferringNouns.nameHolds("Courtney Love", "court"))
    #expect(ReferringNouns.nameHolds("Mahkamah Konstitusi Ñ", "mahkamah"))  // not ASCII: read as Characters
  }

  @Test func aNounStandsForTheBodyItIntroducedOverOneNamedSince() throws {
    let text = """
      Jakarta - Majelis hakim Pengadilan Negeri Jakarta Pusat menghukum politikus Partai NasDem itu. Menurut majelis, terdakwa terbukti bersalah melakukan korupsi secara bersama-sama.
      """
    let (_, facts) = try ClaimFixtures.facts(text)
    let claim = try #require(facts.claims.first { $0.text.contains("bersalah") })
    #expect(claim.speaker == "org:pn-jakarta-pusat")
  }
}
