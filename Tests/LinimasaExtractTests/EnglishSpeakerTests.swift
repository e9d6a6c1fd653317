import LinimasaCore
@testable import LinimasaExtract
import Testing

/// English names and speakers as US political news writes them. See: issue 16.
@Suite struct EnglishNameTests {
  func facts(_ text: String) throws -> DocumentFacts { try ClaimFixtures.facts(text).1 }

  @Test func testIssue16_aMiddleInitialStaysInTheName() throws {
    let found = try facts("WASHINGTON - George J. Mitchell said the talks would resume in the spring.").entities.entities
    #expect(found["person:george-j-mitchell"]?.name == "George J. Mitchell")
    #expect(found["person:george-j"] == nil)
  }

  @Test func testIssue16_aNameInsideAQuotationIsNoSpeakerBesideTheVerb() throws {
    let found = try facts("""
      WASHINGTON - “Thank you, Brookvale,” said Dana Fielding after the count.
      Dana Fielding said, “Brookvale needs a new bridge before the winter.”
      """).entities.entities
    #expect(found["person:dana-fielding"]?.type == .person)
    #expect(!found.values.contains { $0.name.contains("Brookvale") })
  }

  @Test func testIssue16_aStateBesideASpeechVerbStaysAPlace() throws {
    let found = try facts("WASHINGTON - Dana Fielding, in Kentucky, said the count would take a week.").entities.entities
    #expect(found["place:kentucky"]?.type == .place)
    #expect(found["person:kentucky"] == nil)
  }

  @Test func testIssue16_aSharedSurnameIsThePersonNamedNearestBefore() throws {
    let found = try facts("""
      WASHINGTON - Tomas Fielding spoke first at the hall on Monday night.
      Then Dana Fielding took the stage, and Fielding said the state would vote for her.
      """)
    let fielding = try #require(found.entities.mentions.last { $0.entity.hasSuffix("fielding") })
    #expect(fielding.entity == "person:dana-fielding")
    #expect(found.claims.last?.speaker == "person:dana-fielding")
  }

  @Test func testIssue16_aOneWordPersonIsNamedWhereverTheDocumentWritesIt() throws {
    let found = try facts("""
      WASHINGTON - Fielding said the bill would pass by Friday.
      The vote went ahead, and Fielding thanked the staff.
      """).entities
    #expect(found.mentions.filter { $0.entity == "person:fielding" }.count == 2)
    // Negative: the word inside a body's name stays the body's.
    let other = try facts("""
      WASHINGTON - Fielding said the bill would pass by Friday.
      The Fielding Institute of Kentucky thanked the staff.
      """).entities
    #expect(other.mentions.filter { $0.entity == "person:fielding" }.count == 1)
  }
}
