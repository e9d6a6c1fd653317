import Foundation
import LinimasaCore
import LinimasaEval
import LinimasaTestSupport
import Testing

/// The harness checked on a small fake timeline whose scores are worked out by hand.
@Suite struct EvaluatorTests {
  static let goldA = #"""
    {"id": "a", "file": "a.txt", "language": "id", "story": "a-story", "published": "2023-12-04",
     "dates": [{"text": "Senin", "value": "2023-12-04"}, {"text": "Sabtu", "value": "2023-12-02"}, {"text": "kapan", "value": null}],
     "legal": [{"text": "Pasal 39 UU PDP", "id": "UU-27-2022", "articles": ["39"]},
               {"text": "Pasal 30 UU ITE", "id": "UU-11-2008", "articles": ["30"]}],
     "quotes": [{"speaker": "Usman Kansong", "aliases": ["Usman"], "begins": "Jadi, ada tiga hal", "kind": "direct"},
                {"speaker": "Hasyim Asy'ari", "aliases": ["Hasyim"], "begins": "Kami sedang", "kind": "direct"},
                {"speaker": "Betty", "aliases": [], "begins": "Data itu", "kind": "indirect"}],
     "actors": [{"name": "Komisi Pemilihan Umum", "aliases": ["KPU"], "type": "organization"},
                {"name": "Usman Kansong", "aliases": ["Usman"], "type": "person"},
                {"name": "BSSN", "aliases": ["Badan Siber dan Sandi Negara"], "type": "organization"},
                {"name": "Jimbo", "aliases": [], "type": "group"}],
     "events": [{"date": "2023-11-27", "actors": ["Jimbo"], "what": "Jimbo posts data"},
                {"date": "2023-11-28", "actors": ["Komisi Pemilihan Umum"], "what": "KPU checks"}]}
    """#
  static let goldB = #"{"file": "b.txt", "language": "en", "story": "b-story", "dates": [{"text": "Jan 1", "value": "2024-01-01"}]}"#
  static let timeline = #"""
    {"documents": [{"id": "a", "path": "a.txt", "temporalExpressions": [{"value": "2023-12-04"}, {"value": "2023-12-05"}, {"value": null}]}],
     "legalReferences": [
       {"id": "UU-27-2022", "citations": [{"document": "a", "articles": ["39", "40"]}]},
       {"id": "PP-71-2019", "citations": [{"document": "a", "articles": []}]},
       {"id": "UU-11-2008", "citations": [{"document": "b", "articles": ["30"]}]}],
     "entities": [
       {"id": "person:usman", "name": "Usman Kansong", "aliases": ["Usman"], "mentions": [{"document": "a"}]},
       {"id": "org:kpu", "name": "KPU", "names": {"id": "Komisi Pemilihan Umum"}, "aliases": [], "mentions": [{"document": "a"}]},
       {"id": "org:polri", "name": "Polri", "aliases": [], "mentions": [{"document": "a"}]},
       {"id": "person:hasyim", "name": "Hasyim", "aliases": [], "mentions": [{"document": "b"}]}],
     "claims": [
       {"document": "a", "speaker": "person:usman", "text": "Jadi, ada tiga hal yang dilakukan"},
       {"document": "a", "speaker": "org:kpu", "text": "Kami sedang menelusuri"},
       {"document": "a", "speaker": null, "text": "Sesuatu yang lain"}],
     "events": [
       {"date": {"value": "2023-11-27"}, "actors": [{"entity": "person:usman"}], "sources": [{"document": "a"}]},
       {"date": {"value": "2023-11-28"}, "actors": [{"entity": "org:kpu"}], "sources": [{"document": "a"}]}]}
    """#

  func report() throws -> EvalReport {
    let gold = [
      try GoldArticle.parse(Array(Self.goldA.utf8), source: "a.gold.json"),
      try GoldArticle.parse(Array(Self.goldB.utf8), source: "b.gold.json"),
    ]
    let documents = Evaluator(timeline: try JSONParser.parse(Self.timeline)).score(gold)
    return EvalReport(documents: documents, missing: ["b.txt"])
  }

  @Test func scoresEachDimensionOfTheDocumentAsWorkedOutByHand() throws {
    let a = try #require(try report().documents.first?.scores)
    #expect(a[.dates] == Score(gold: 2, predicted: 2, goldMatched: 1, predictedMatched: 1))
    #expect(a[.legalIds] == Score(gold: 2, predicted: 2, goldMatched: 1, predictedMatched: 1))
    #expect(a[.legalArticles] == Score(gold: 2, predicted: 2, goldMatched: 1, predictedMatched: 1))
    #expect(a[.quotes] == Score(gold: 3, predicted: 3, goldMatched: 2, predictedMatched: 2))
    #expect(a[.speakers] == Score(gold: 2, predicted: 2, goldMatched: 1, predictedMatched: 1))
    #expect(a[.actors] == Score(gold: 4, predicted: 3, goldMatched: 2, predictedMatched: 2))
    #expect(a[.events] == Score(gold: 2, predicted: 2, goldMatched: 1, predictedMatched: 1))
  }

  @Test func aMergedEventMayBeMorePreciseThanTheDocumentSays() throws {
    let gold = try GoldArticle.parse(Array(#"""
      {"file": "a.txt", "language": "en",
       "actors": [{"name": "KPU", "aliases": []}, {"name": "Usman Kansong", "aliases": []}],
       "events": [{"date": "2024-06-24/2024-06-30", "actors": ["KPU"], "what": "last week"},
                  {"date": "2024-06", "actors": ["Usman Kansong"], "what": "in June"}]}
      """#.utf8), source: "a.gold.json")
    let timeline = try JSONParser.parse(#"""
      {"documents": [{"id": "a", "path": "a.txt"}],
       "entities": [{"id": "org:kpu", "name": "KPU", "aliases": []}, {"id": "person:usman", "name": "Usman Kansong", "aliases": []}],
       "events": [
         {"date": {"value": "2024-06-27"}, "actors": [{"entity": "org:kpu"}], "sources": [{"document": "a"}, {"document": "c"}]},
         {"date": {"value": "2024-06-28"}, "actors": [{"entity": "person:usman"}], "sources": [{"document": "a"}]}]}
      """#)
    // The merged event's day, from another report, lies within "last week"; a single
    // document's event must give the document's own date.
    let scores = try #require(Evaluator(timeline: timeline).score([gold]).first?.scores)
    #expect(scores[.events] == Score(gold: 2, predicted: 2, goldMatched: 1, predictedMatched: 1))
  }

  @Test func aggregatesOverallAndPerLanguage() throws {
    let report = try report()
    let dates = try #require(report.overall[.dates])
    #expect(dates == Score(gold: 3, predicted: 2, goldMatched: 1, predictedMatched: 1))
    #expect(dates.precision == 0.5)
    #expect(abs(dates.recall - 1.0 / 3.0) < 1e-9)
    #expect(abs(dates.f1 - 0.4) < 1e-9)
    #expect(report.byLanguage(.english)[.dates] == Score(gold: 1, predicted: 0))
    #expect(report.byLanguage(.english)[.dates]?.f1 == 0)
    let actors = try #require(report.byLanguage(.indonesian)[.actors])
    #expect(abs(actors.precision - 2.0 / 3.0) < 1e-9)
    #expect(actors.recall == 0.5)
  }

  @Test func listsTheWorstArticlesFirst() throws {
    let report = try report()
    #expect(report.worst(.dates).map(\.path) == ["b.txt", "a.txt"])
    #expect(report.worst(.quotes).map(\.path) == ["a.txt"])
  }

  @Test func jsonFormIsStable() throws {
    let json = try JSONParser.parse(try report().json())
    #expect(json["articles"] == .int(2))
    #expect(json["overall"]?["dates"]?["f1"] == .double(0.4))
    #expect(json["byLanguage"]?["en"]?["dates"]?["recall"] == .int(0))
    #expect(json["missing"] == .array([.string("b.txt")]))
    #expect(try report().json() == (try report().json()))
  }

  @Test func floorsCatchDropsAndOnlyEverRise() throws {
    let report = try report()
    let floors = EvalFloors(floors: ["overall": [.dates: 0.5], "id": [:], "en": [:]])
    #expect(floors.violations(in: report) == ["overall dates: F1 0.4 is below its floor 0.5"])
    let raised = floors.raised(by: report)
    #expect(raised.floors["overall"]?[.dates] == 0.5)
    #expect(raised.floors["id"]?[.dates] == 0.5)
    #expect(raised.floors["id"]?[.actors] == 0.571)
    // Raising never lowers a floor, so the figure below it still fails.
    #expect(raised.violations(in: report) == ["overall dates: F1 0.4 is below its floor 0.5"])
  }

  @Test func floorsThatListStoriesHoldForThoseStoriesOnly() throws {
    let report = try report()
    let overall = ["overall": [Dimension.dates: 0.5], "id": [:], "en": [:]]
    #expect(EvalFloors(floors: overall, stories: ["a-story"]).violations(in: report) == [])
    #expect(EvalFloors(floors: overall, stories: ["b-story"]).violations(in: report) == [
      "overall dates: F1 0 is below its floor 0.5"
    ])
    let raised = EvalFloors(floors: overall, stories: ["a-story"]).raised(by: report)
    #expect(raised.floors["en"]?[.dates] == 0)
    #expect(raised.stories == ["a-story"])
    let file = try Repository.temporaryFolder("floors-stories").appendingPathComponent("floors.json")
    try raised.json().write(to: file, atomically: true, encoding: .utf8)
    #expect(try EvalFloors.load(path: file.path).json() == raised.json())
    try #"{"stories": [], "overall": {}, "id": {}, "en": {}}"#.write(to: file, atomically: true, encoding: .utf8)
    #expect(throws: EvalFloors.Failure.self) { try EvalFloors.load(path: file.path) }
  }

  @Test func badGoldFilesNameThemselves() {
    #expect(throws: GoldArticle.Failure.self) { try GoldArticle.parse(Array("{\"file\": 1}".utf8), source: "x.gold.json") }
    do {
      _ = try GoldArticle.parse(Array("{\"file\": \"a\", \"language\": \"fr\"}".utf8), source: "x.gold.json")
      Issue.record("accepted a bad language")
    } catch {
      #expect(error.description == "x.gold.json: \"language\" must be \"id\" or \"en\"")
    }
  }
}
