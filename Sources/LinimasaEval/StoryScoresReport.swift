// The story timelines' figures as text and JSON.
import LinimasaCore

extension StoryScores {
  /// The figures as a JSON object (counts, then each figure).
  public func figuresJSON() -> JSONValue {
    .object(
      [
        JSONMember("goldEvents", .int(goldEvents)), JSONMember("predictedEvents", .int(predictedEvents)),
        JSONMember("matched", .int(matched)), JSONMember("duplicates", .int(duplicates)),
        JSONMember("duplicateShare", .double(duplicateShare)), JSONMember("notEventOnly", .int(notEventOnly)),
        JSONMember("actorPrecision", .double(actors.precision)), JSONMember("actorRecall", .double(actors.recall)),
        JSONMember("roles", .object(rolePairs.keys.sorted().map { JSONMember($0, .int(rolePairs[$0] ?? 0)) })),
      ] + Figure.allCases.map { JSONMember($0.rawValue, .double(self[$0])) })
  }

  /// The figures and what became of every event: gold events missed, each prediction's
  /// outcome with its sources, and the matched pairs.
  public func json() -> JSONValue {
    .object([
      JSONMember("story", .string(story)),
      JSONMember("figures", figuresJSON()),
      JSONMember("missed", .array(missed.map(JSONValue.string))),
      JSONMember(
        "predictions",
        .array(
          predictions.map { prediction in
            let (outcome, gold): (String, String?) =
              switch prediction.outcome {
              case .matched(let id): ("matched", id)
              case .duplicate(let id): ("duplicate", id)
              case .notEvent: ("not-event", nil)
              case .unmatched: ("unmatched", nil)
              }
            return .object([
              JSONMember("id", .string(prediction.id)), JSONMember("summary", .string(prediction.summary)),
              JSONMember("outcome", .string(outcome)), JSONMember("gold", .optional(gold)),
              JSONMember("sources", .array(prediction.sources.map(JSONValue.string))),
            ])
          })),
      JSONMember(
        "pairs",
        .array(
          pairs.map { pair in
            .object([
              JSONMember("gold", .string(pair.gold)), JSONMember("predicted", .string(pair.predicted)),
              JSONMember("goldDate", .optional(pair.goldDate)),
              JSONMember("predictedDate", .optional(pair.predictedDate)),
              JSONMember("reports", .int(pair.reports)), JSONMember("covered", .int(pair.covered)),
              JSONMember("roleErrors", .array(pair.roleErrors.map(JSONValue.string))),
            ])
          })),
    ])
  }

  /// One row per story: counts, precision, recall, F1, duplicates, the matched pairs'
  /// dates, actors, roles and source recall.
  static func table(_ rows: [StoryScores]) -> String {
    let (number, pad, lpad) = (Columns.number, Columns.pad, Columns.lpad)
    let width = max(16, (rows.map(\.story.count).max() ?? 0) + 2)
    var out = "story timelines (one to one; date, actors, roles and sources over matched events):\n"
    out +=
      "  " + pad("story", width)
      + ["gold", "pred", "match", "P", "R", "F1", "dup", "dup%", "notev", "date=", "date~", "actF1", "roles", "srcR"]
      .map { lpad($0, 7) }.joined() + "\n"
    for row in rows {
      let counts = [row.goldEvents, row.predictedEvents, row.matched].map { lpad(String($0), 7) }.joined()
      let figures = [row.precision, row.recall, row.f1].map { lpad(number($0), 7) }.joined()
      let duplicates = lpad(String(row.duplicates), 7) + lpad(number(row.duplicateShare), 7)
      let matchedFigures = [
        row.dateExactAccuracy, row.dateCompatibleAccuracy, row.actors.f1, row.roleAccuracy, row.sourceRecall,
      ].map { lpad(number($0), 7) }.joined()
      out +=
        "  " + pad(row.story, width) + counts + figures + duplicates + lpad(String(row.notEventOnly), 7)
        + matchedFigures + "\n"
    }
    return out
  }
}
