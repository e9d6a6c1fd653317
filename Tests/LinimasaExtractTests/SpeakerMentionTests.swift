import LinimasaCore
@testable import LinimasaExtract
import Testing

/// Mentions of a speaker that an attribution leaves around it in English news. See: issue 16.
@Suite struct SpeakerMentionTests {
  func facts(_ text: String) throws -> DocumentFacts { try ClaimFixtures.facts(text).1 }

  /// The entities of the mentions whose text is `word`.
  func mentions(of word: String, in text: String) throws -> [String] {
    let found = try facts(text)
    let bytes = Array(text.utf8)
    return found.entities.mentions.filter {
      String(decoding: bytes[$0.span.range], as: UTF8.self) == word
    }.map(\.entity)
  }

  @Test func testIssue16_aPronounLaterInTheSpeakersSentenceIsTheSpeaker() throws {
    let text = """
      WASHINGTON - Dana Fielding said the count would take a week, but she added that the result would hold.
      """
    #expect(try mentions(of: "she", in: text) == ["person:dana-fielding"])
  }

  @Test func testIssue16_aPronounAfterSomeoneElseIsNamedIsNotTheSpeaker() throws {
    let text = """
      WASHINGTON - Dana Fielding said the count would take a week, and Mr. Tomas Berg agreed, though he added little.
      """
    #expect(try mentions(of: "he", in: text).isEmpty)
  }

  @Test func testIssue16_aPronounInsideAQuotationIsNotTheSpeaker() throws {
    let text = """
      WASHINGTON - Dana Fielding said on Friday, “he will never win the seat in this county.”
      """
    #expect(try mentions(of: "he", in: text).isEmpty)
  }

  @Test func testIssue16_aNameAfterADashClosingAQuotationIsItsSpeaker() throws {
    let found = try facts("""
      WASHINGTON - The county clerk opened the count after the debate on Monday night.

      “We will count every single vote in this county before we sleep.” ― Dana Fielding

      The count went on through the night, and the result came on Tuesday morning.
      """)
    #expect(found.entities.entities["person:dana-fielding"]?.type == .person)
    #expect(found.claims.last?.speaker == "person:dana-fielding")
  }

  @Test func testIssue16_aDashWithNoQuotationBeforeItMakesNoPerson() throws {
    let found = try facts("""
      WASHINGTON - The new bridge ― Harbor Crossing ― opened to traffic on Friday morning.
      """)
    #expect(found.entities.entities["person:harbor-crossing"] == nil)
  }
}
