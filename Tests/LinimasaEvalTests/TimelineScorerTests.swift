import Foundation
import LinimasaCore
import LinimasaEval
import LinimasaTestSupport
import Testing

/// The one-to-one story timeline scoring, checked on a small fake timeline whose figures
/// are worked out by hand.
@Suite struct TimelineScorerTests {
  static let story = #"""
    {"story": "leak", "documents": ["a", "b"],
     "events": [
       {"id": "jimbo-post", "kind": "happening", "date": "2023-11-27",
        "actors": [{"name": "Jimbo", "role": "agent"}, {"name": "KPU", "role": "target"}],
        "what": "Jimbo posts the data",
        "reports": [{"document": "a", "evidence": "Jimbo mengunggah data pemilih", "alsoEvidence": ["data itu dijual di forum"]},
                    {"document": "b", "evidence": "Jimbo posted voter records"}]},
       {"id": "hasyim-statement", "kind": "statement", "date": null,
        "actors": [{"name": "Hasyim Asy'ari", "role": "speaker"}],
        "what": "Hasyim says the team is checking",
        "reports": [{"document": "a", "evidence": "Tim gabungan masih bekerja,\" kata Hasyim"}]},
       {"id": "letter", "kind": "happening", "date": "2023-11-28",
        "actors": [{"name": "Kominfo", "role": "agent"}],
        "what": "Kominfo sends a letter",
        "reports": [{"document": "b", "evidence": "the ministry sent a letter"}]}],
     "sameActors": [["KPU", "General Elections Commission"]],
     "notEvents": [{"document": "b", "evidence": "The election will be held", "why": "hypothetical"}]}
    """#
  static let article = #"""
    {"file": "a.txt", "language": "id",
     "actors": [{"name": "Hasyim Asy'ari", "aliases": ["Hasyim"]}, {"name": "Jimbo", "aliases": []}]}
    """#
  static let timeline = #"""
    {"documents": [{"id": "a", "path": "a.txt"}, {"id": "b", "path": "b.txt"}],
     "entities": [
       {"id": "group:jimbo", "name": "Jimbo", "aliases": []},
       {"id": "org:kpu", "name": "Komisi Pemilihan Umum", "aliases": ["General Elections Commission"]},
       {"id": "person:hasyim", "name": "Hasyim", "aliases": []}],
     "events": [
       {"id": "e1", "date": {"value": "2023-11-27", "resolution": "explicit"}, "summary": {"en": "post"},
        "actors": [{"entity": "group:jimbo", "role": "agent"}, {"entity": "org:kpu", "role": "other"}],
        "sources": [{"document": "a", "text": "Kemarin Jimbo   mengunggah data pemilih."},
                    {"document": "b", "text": "On Monday Jimbo posted voter records."}]},
       {"id": "e2", "date": {"value": "2023-11-29", "resolution": "publication"}, "summary": {"en": "statement"},
        "actors": [{"entity": "person:hasyim", "role": "speaker"}],
        "sources": [{"document": "a", "text": "“Tim gabungan masih bekerja,” kata Hasyim."}]},
       {"id": "e3", "date": {"value": "2023-11-27", "resolution": "explicit"}, "summary": {"en": "sale"},
        "actors": [{"entity": "group:jimbo", "role": "agent"}],
        "sources": [{"document": "a", "text": "Lalu data itu dijual di forum."}]},
       {"id": "e4", "date": {"value": null, "resolution": "unresolved"}, "summary": {"en": "vote"},
        "actors": [], "sources": [{"document": "b", "text": "The election will be held in February."}]},
       {"id": "e5", "date": {"value": null, "resolution": "unresolved"}, "summary": {"en": "other story"},
        "actors": [], "sources": [{"document": "z", "text": "Elsewhere."}]}]}
    """#

  func scores() throws -> StoryScores {
    let gold = try TimelineGold.parse(Array(Self.story.utf8), source: "leak.timeline.json")
    let article = try GoldArticle.parse(Array(Self.article.utf8), source: "a.gold.json")
    return TimelineScorer(timeline: try JSONParser.parse(Self.timeline), articles: [article]).score(gold)
  }

  @Test func matchesOneToOneAndCountsDuplicatesAndNotEvents() throws {
    let scores = try scores()
    // e5 is of another story; e1 covers both post reports, e3 covers the post again
    // (a duplicate), e2 the statement (typography and spaces normalized), e4 a notEvent.
    #expect(scores.predictedEvents == 4)
    #expect(scores.goldEvents == 3)
    #expect(scores.matched == 2)
    #expect(scores.duplicates == 1)
    #expect(scores.notEventOnly == 1)
    #expect(scores.missed == ["letter"])
    #expect(scores.predictions.map(\.outcome) == [
      .matched("jimbo-post"), .matched("hasyim-statement"), .duplicate("jimbo-post"), .notEvent,
    ])
    #expect(scores.precision == 0.5)
    #expect(abs(scores.recall - 2.0 / 3.0) < 1e-9)
    #expect(scores.duplicateShare == 0.25)
  }

  @Test func scoresDatesActorsRolesAndSourcesOverMatchedPairs() throws {
    let scores = try scores()
    // A publication date is no date of the event's own: the statement's null matches.
    #expect(scores.datesExact == 2)
    #expect(scores.datesCompatible == 2)
    // Jimbo (agent, right), KPU through its alias (target, predicted other), Hasyim through
    // the per-article gold's alias (speaker, right).
    #expect(scores.actors == Score(gold: 3, predicted: 3, goldMatched: 3, predictedMatched: 3))
    #expect(scores.rolesCompared == 3)
    #expect(scores.rolesCorrect == 2)
    #expect(scores.pairs.first?.roleErrors == ["KPU: target, predicted other"])
    #expect(scores.goldReports == 3)
    #expect(scores.coveredReports == 3)
    #expect(scores.sourceRecall == 1)
  }

  @Test func twoPredictedActorsOfOneGoldActorCountOnce() throws {
    // A second entity for the KPU in the post event: one right, one wrong.
    let timeline = Self.timeline.replacingOccurrences(
      of: #"{"entity": "org:kpu", "role": "other"}]"#,
      with: #"{"entity": "org:kpu", "role": "other"}, {"entity": "org:kpu-ri", "role": "target"}]"#
    ).replacingOccurrences(
      of: #"{"id": "person:hasyim""#,
      with: #"{"id": "org:kpu-ri", "name": "KPU", "aliases": []}, {"id": "person:hasyim""#)
    let gold = try TimelineGold.parse(Array(Self.story.utf8), source: "leak.timeline.json")
    let article = try GoldArticle.parse(Array(Self.article.utf8), source: "a.gold.json")
    let scores = TimelineScorer(timeline: try JSONParser.parse(timeline), articles: [article]).score(gold)
    #expect(scores.actors == Score(gold: 3, predicted: 4, goldMatched: 3, predictedMatched: 3))
    // The role is the first such actor's.
    #expect(scores.rolesCorrect == 2)
  }

  @Test func reportsFiguresInTextAndJSONAndUnderFloors() throws {
    let report = EvalReport(documents: [], missing: [], stories: [try scores()])
    #expect(report.text().contains("story timelines"))
    let json = try JSONParser.parse(report.json())
    #expect(json["timelines"]?["overall"]?["event-precision"] == .double(0.5))
    #expect(json["timelines"]?["stories"]?.arrayValue?.first?["missed"] == .array([.string("letter")]))
    let floors = EvalFloors(floors: [:], timeline: [.precision: 0.6, .sourceRecall: 1])
    #expect(floors.violations(in: report) == ["timeline event-precision: 0.5 is below its floor 0.6"])
    let raised = floors.raised(by: report)
    #expect(raised.timeline[.precision] == 0.6)
    #expect(raised.timeline[.recall] == 0.666)
  }

  @Test func badStoryGoldNamesTheFileAndThePlace() {
    let cases = [
      #"{"documents": ["a"]}"#: #"x.timeline.json: missing "story" (a non-empty string)"#,
      #"{"story": "s", "documents": ["a"], "events": [{"id": "e", "kind": "rumour"}]}"#:
        "x.timeline.json: events[0]: kind 'rumour' is neither happening nor statement",
      #"{"story": "s", "documents": ["a"], "events": [{"id": "e", "kind": "happening", "date": "2023-13", "reports": []}]}"#:
        "x.timeline.json: events[0]: date '2023-13' is not YYYY, YYYY-MM, YYYY-MM-DD or a start/end range",
      #"{"story": "s", "documents": ["a"], "events": [{"id": "e", "kind": "happening", "reports": [{"document": "b", "evidence": "x"}]}]}"#:
        "x.timeline.json: events[0].reports[0]: document 'b' is not in \"documents\"",
      #"{"story": "s", "documents": ["a"], "notEvents": [{"document": "a", "evidence": "x", "why": "boring"}]}"#:
        "x.timeline.json: notEvents[0]: why 'boring' is not one of background without date, furniture, generic, hypothetical, legal provision, negated",
    ]
    for (text, message) in cases {
      do {
        _ = try TimelineGold.parse(Array(text.utf8), source: "x.timeline.json")
        Issue.record("accepted \(text)")
      } catch {
        #expect(error.description == message)
      }
    }
  }
}
