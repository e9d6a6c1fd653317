import Foundation
import LinimasaCore
import LinimasaEval
import LinimasaTestSupport
import LinimasaText
import Testing

/// The project's figures on its own corpus (per article, and the story timelines one to
/// one) never fall below the floors in Tests/eval-floors.json (raise them with `linimasa eval --floors Tests/eval-floors.json
/// --raise-floors` after an improvement; never lower them to pass).
@Suite struct CorpusEvalTests {
  @Test func figuresStayAtOrAboveTheirFloors() throws {
    let lexicons = try Lexicons.load(from: [Repository.lexicons.path])
    let gold = try GoldArticle.load(folder: Repository.gold.path)
    let stories = try TimelineGold.load(folder: Repository.gold.appendingPathComponent("timelines").path)
    let report = try EvaluationRun.run(
      corpus: Repository.corpus.path, gold: gold, stories: stories, configuration: TextConfiguration(lexicons: lexicons))
    #expect(report.missing.isEmpty)
    #expect(report.documents.count == gold.count)
    #expect(report.stories.count == stories.count)
    let floors = try EvalFloors.load(path: Repository.evalFloors.path)
    #expect(floors.violations(in: report) == [])
  }
}
