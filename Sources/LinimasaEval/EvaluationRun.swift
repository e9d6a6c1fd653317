// Runs the pipeline on the gold articles' corpus and scores the result.
import Foundation
import LinimasaCore
import LinimasaExport
import LinimasaRun
import LinimasaText
import LinimasaTimeline

/// Extracts the timeline of a corpus folder and evaluates it against gold files.
public enum EvaluationRun {
  /// Runs extraction over `corpus` and scores the documents the gold files name, and the
  /// timeline of each story in `stories`.
  public static func run(
    corpus: String, gold: [GoldArticle], stories: [TimelineGold] = [], configuration: TextConfiguration,
    jobs: Int = 1
  ) throws -> EvalReport {
    let timeline = try Pipeline(configuration: configuration).run(inputs: [corpus], options: RunOptions(jobs: jobs))
    let json = try JSONParser.parse(try TimelineJSON.format(timeline))
    let present = Set(timeline.documents.map(\.path))
    let ids = Set(timeline.documents.map(\.id))
    let missingFromStories = stories.flatMap { story in story.documents.filter { !ids.contains($0) } }
    return EvalReport(
      documents: Evaluator(timeline: json).score(gold),
      missing: gold.map(\.file).filter { !present.contains($0) } + missingFromStories,
      stories: TimelineScorer(timeline: json, articles: gold).score(stories))
  }
}
