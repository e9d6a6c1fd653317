// Machine snapshots of current behaviour. Re-bless after an intended change with
//   LINIMASA_BLESS=1 swift test --filter LinimasaCorpusTests
// then run the tests again and review the diff of Tests/LinimasaCorpusTests/Goldens/.
import Foundation
import LinimasaCore
import LinimasaExport
import LinimasaExtract
import LinimasaRun
import LinimasaTestSupport
import LinimasaText
import LinimasaTimeline
import Testing

@Suite struct CorpusGoldenTests {
  @Test(arguments: CorpusFixtures.paths)
  func inspectOutputMatchesGolden(path: String) throws {
    let analysis = try #require(try CorpusFixtures.analysis(path))
    let facts = CorpusFixtures.facts.extract(analysis)
    let golden = Repository.goldens.appendingPathComponent(path + ".inspect.json")
    if let difference = compareWithGolden(InspectReport.json(analysis, facts: facts), at: golden) {
      Issue.record(Comment(rawValue: difference))
    }
  }

  @Test func timelineMatchesGolden() throws {
    let timeline = try Pipeline(configuration: CorpusFixtures.configuration).run(inputs: [Repository.corpus.path])
    let golden = Repository.goldens.appendingPathComponent("timeline.json")
    if let difference = compareWithGolden(try TimelineJSON.format(timeline), at: golden) {
      Issue.record(Comment(rawValue: difference))
    }
  }

  @Test func everyCorpusArticleHasAGoldAnnotation() {
    #expect(CorpusFixtures.paths == CorpusFixtures.goldPaths)
    #expect(CorpusFixtures.paths.count >= 30)
  }
}
