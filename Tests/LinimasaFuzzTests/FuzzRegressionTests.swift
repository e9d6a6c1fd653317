import Foundation
import LinimasaFuzzTargets
import LinimasaTestSupport
import Testing

/// Every input kept from fuzzing (Tests/FuzzRegressions/<target>/: any input a fuzzer
/// crashed, hung or blew up on, and a few of the largest inputs its corpus grew, named
/// `corpus-*`), and every seed the fuzzers start from, runs through its target to the end.
@Suite struct FuzzRegressionTests {
  @Test(arguments: FuzzTarget.allCases)
  func everyKeptFindingRunsThrough(_ target: FuzzTarget) throws {
    let runner = try FuzzRunner(lexicons: Repository.lexicons.path)
    let folder = Repository.root.appendingPathComponent("Tests/FuzzRegressions/\(target.rawValue)").path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    #expect(!names.isEmpty, "no kept inputs for \(target.rawValue)")
    for name in names.sorted() where !name.hasPrefix(".") {
      let input = try #require(FileManager.default.contents(atPath: folder + "/" + name), "\(name)")
      runner.run(target, Array(input))
    }
  }

  @Test(arguments: FuzzTarget.allCases)
  func everySeedRunsThrough(_ target: FuzzTarget) throws {
    let runner = try FuzzRunner(lexicons: Repository.lexicons.path)
    let seeds = FuzzSeeds.seeds(for: target, corpus: Repository.corpus.path, lexicons: Repository.lexicons.path)
    // Every corpus article (and every lexicon file) seeds its targets.
    #expect(seeds.count >= (target == .lexicon ? 37 : 30))
    for seed in seeds { runner.run(target, seed.input) }
  }

  @Test func theFirstByteChoosesTheFormatOrFile() {
    #expect(FuzzTarget.ingest.seed([0x41], path: "id/a.html") == [4, 0x41])
    #expect(FuzzTarget.extract.seed([0x41], path: "a.txt") == [0, 0x41])
    #expect(FuzzTarget.temporal.seed([0x41], path: "a.md") == [0x41])
    #expect(FuzzTarget.claims.seed([0x41], path: "README") == nil)
    #expect(FuzzTarget.lexicon.seed([0x41], path: "common/entities.tsv") == [0, 0x41])
    #expect(FuzzTarget.lexicon.seed([0x41], path: "README.md") == nil)
  }
}
