import Foundation
import LinimasaCore
import LinimasaEval
import LinimasaTestSupport
import LinimasaText
import Testing

/// The project's figures on its own corpus (per article, and the story timelines one to
/// one) never fall below the floors in Tests/eval-floors*.json, each over the stories it
/// lists (raise them with `linimasa eval --floors FILE --raise-floors` after an
/// improvement; never lower them to pass).
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
    var covered: Set<String> = []
    for file in Repository.evalFloorFiles {
      let floors = try EvalFloors.load(path: file.path)
      #expect(floors.violations(in: report) == [], "\(file.lastPathComponent)")
      covered.formUnion(floors.stories ?? gold.compactMap(\.story))
    }
    // No story escapes the floors.
    #expect(Set(gold.compactMap(\.story)).subtracting(covered).isEmpty)
  }
}
