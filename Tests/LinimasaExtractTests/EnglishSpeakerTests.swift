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
      WASHINGTON - Senator Tomas Fielding spoke first at the hall on Monday night.
      Then Senator Dana Fielding took the stage, and Fielding said the state would vote for her.
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

/// Who speaks a quotation or a statement in English news. See: issue 16.
@Suite struct EnglishSpeakerTests {
  func facts(_ text: String) throws -> DocumentFacts { try ClaimFixtures.facts(text).1 }

  @Test func testIssue16_aPronounRightBeforeAVerbFurtherOnIsTheSpeakerAndAMention() throws {
    let found = try facts("""
      WASHINGTON - Senator Dana Fielding met the committee on Friday morning.
      “We will not give up on the bridge” at the hall, she said.
      Senator Tomas Berg spoke next to the same committee.
      Asked about the money later, he said: “We have found none of it yet.”
      """)
    #expect(found.claims.map(\.speaker) == ["person:dana-fielding", "person:tomas-berg"])
    let pronouns = found.entities.mentions.filter { $0.span.count <= 3 }
    #expect(pronouns.map(\.entity) == ["person:dana-fielding", "person:tomas-berg"])
  }

  @Test func testIssue16_aPronounOpeningASentenceWithNoSpeechVerbIsAMentionOfTheSpeaker() throws {
    let found = try facts("""
      WASHINGTON - Dana Fielding said the count would take a week.
      She then turned to the crowd: “We will count every single vote.”
      """)
    #expect(found.claims.last?.speaker == "person:dana-fielding")
    #expect(found.entities.mentions.contains { $0.entity == "person:dana-fielding" && $0.span.count == 3 })
  }

  @Test func testIssue16_aPersonAfterALowercaseTitleAfterTheVerbIsTheSpeaker() throws {
    let found = try facts("""
      WASHINGTON - Dana Fielding opened the hearing on Friday.
      “Nobody wants to vote for a candidate from the sixties,” said pollster Tomas Berg.
      """)
    #expect(found.claims.last?.speaker == "person:tomas-berg")
  }

  @Test func testIssue16_aNameBeforeAnAsideAndASpeechVerbIsTheSpeaker() throws {
    let found = try facts("""
      WASHINGTON - Dana Fielding opened the hearing on Friday.
      “We wanted to control the land,” Tomas Berg, the city manager of the town, said of the course.
      """)
    #expect(found.claims.last?.speaker == "person:tomas-berg")
    // Negative: an aside opening with a capital, or no speech verb after it, makes no person.
    let other = try facts("WASHINGTON - Harbor Valley, Kentucky, said the vote would go ahead.").entities.entities
    #expect(other["person:harbor-valley"] == nil)
  }
}
