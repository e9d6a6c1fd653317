import Testing

@testable import LinimasaExtract

@Suite struct ReferringNounTests {
  @Test func aNameHoldsANounAsAWholeWordInAnyCase() {
    #expect(ReferringNouns.nameHolds("Constitutional Court", "court"))
    #expect(ReferringNouns.nameHolds("KPU-Commission", "commission"))
    #expect(!ReferringNouns.nameHolds("Courtney Love", "court"))
    #expect(ReferringNouns.nameHolds("Mahkamah Konstitusi Ñ", "mahkamah"))  // not ASCII: read as Characters
  }
}
