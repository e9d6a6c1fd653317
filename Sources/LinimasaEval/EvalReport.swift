// The figures `linimasa eval` prints: overall, per language, and the worst articles.
import LinimasaCore

/// Aggregated scores of an evaluation run.
public struct EvalReport: Sendable {
  public let documents: [DocumentScores]
  /// Gold articles the timeline did not contain.
  public let missing: [String]
  /// The story timelines' one-to-one scores, by story (empty without story gold).
  public let stories: [StoryScores]
  /// How many worst articles to list per dimension.
  public static let worstCount = 3

  public init(documents: [DocumentScores], missing: [String], stories: [StoryScores] = []) {
    self.documents = documents
    self.missing = missing
    self.stories = stories
  }

  /// The report of the articles and story timelines of `stories` only.
  public func restricted(to stories: Set<String>) -> EvalReport {
    EvalReport(
      documents: documents.filter { $0.story.map(stories.contains) ?? false }, missing: missing,
      stories: self.stories.filter { stories.contains($0.story) })
  }

  /// The story timelines' scores summed over stories.
  public var timeline: StoryScores { StoryScores.total(stories) }

  /// Micro-averaged scores over `documents`.
  public static func total(_ documents: [DocumentScores]) -> [Dimension: Score] {
    var total: [Dimension: Score] = [:]
    for document in documents {
      for (dimension, score) in document.scores { total[dimension, default: Score()] = total[dimension, default: Score()] + score }
    }
    return total
  }

  public var overall: [Dimension: Score] { Self.total(documents) }

  public func byLanguage(_ language: Language) -> [Dimension: Score] {
    Self.total(documents.filter { $0.language == language })
  }

  /// The lowest-F1 articles of a dimension among those with gold items or predictions.
  public func worst(_ dimension: Dimension) -> [DocumentScores] {
    documents.filter { ($0.scores[dimension]?.gold ?? 0) + ($0.scores[dimension]?.predicted ?? 0) > 0 }
      .sorted { lhs, rhs in
        let left = lhs.scores[dimension] ?? Score(), right = rhs.scores[dimension] ?? Score()
        if left.f1 != right.f1 { return left.f1 < right.f1 }
        if left.gold != right.gold { return left.gold > right.gold }
        return PathOrder.precedes(lhs.path, rhs.path)
      }
      .prefix(Self.worstCount).map { $0 }
  }

  // MARK: Rendering

  public func json() -> String {
    func scoreValue(_ score: Score) -> JSONValue {
      .object([
        JSONMember("precision", .double(score.precision)), JSONMember("recall", .double(score.recall)),
        JSONMember("f1", .double(score.f1)), JSONMember("gold", .int(score.gold)),
        JSONMember("predicted", .int(score.predicted)), JSONMember("goldMatched", .int(score.goldMatched)),
        JSONMember("predictedMatched", .int(score.predictedMatched)),
      ])
    }
    func table(_ scores: [Dimension: Score]) -> JSONValue {
      .object(Dimension.allCases.map { JSONMember($0.rawValue, scoreValue(scores[$0] ?? Score())) })
    }
    let worstArticles = JSONValue.object(Dimension.allCases.map { dimension in
      JSONMember(dimension.rawValue, .array(worst(dimension).map { document in
        let score = document.scores[dimension] ?? Score()
        return .object([
          JSONMember("document", .string(document.path)), JSONMember("f1", .double(score.f1)),
          JSONMember("gold", .int(score.gold)), JSONMember("predicted", .int(score.predicted)),
        ])
      }))
    })
    return JSONWriter.pretty(.object([
      JSONMember("articles", .int(documents.count)),
      JSONMember("overall", table(overall)),
      JSONMember("byLanguage", .object(Language.supported.map { JSONMember($0.rawValue, table(byLanguage($0))) })),
      JSONMember("worst", worstArticles),
      JSONMember("missing", .array(missing.map(JSONValue.string))),
      JSONMember(
        "missedEvents",
        .object(
          documents.filter { !$0.missedEvents.isEmpty }.map {
            JSONMember($0.path, .array($0.missedEvents.map(JSONValue.string)))
          })),
      JSONMember(
        "timelines",
        .object([
          JSONMember("overall", timeline.figuresJSON()),
          JSONMember("stories", .array(stories.map { $0.json() })),
        ])),
    ]))
  }

  public func text() -> String {
    let (number, pad, lpad) = (Columns.number, Columns.pad, Columns.lpad)
    func rows(_ scores: [Dimension: Score], indent: String) -> String {
      Dimension.allCases.map { dimension in
        let score = scores[dimension] ?? Score()
        return indent + pad(dimension.rawValue, 16) + lpad(number(score.precision), 7) + lpad(number(score.recall), 7)
          + lpad(number(score.f1), 7) + lpad(String(score.gold), 7) + lpad(String(score.predicted), 10)
      }.joined(separator: "\n") + "\n"
    }
    let counts = Language.supported.map { language in "\(documents.count { $0.language == language }) \(language.rawValue)" }
    var out = "\(documents.count) articles (\(counts.joined(separator: ", ")))\n"
    out += "(speakers: precision = recall = accuracy over matched quotes)\n\n"
    let header = pad("dimension", 16) + lpad("P", 7) + lpad("R", 7) + lpad("F1", 7) + lpad("gold", 7) + lpad("predicted", 10)
    out += "  " + header + "\n" + rows(overall, indent: "  ")
    for language in Language.supported {
      out += "\n\(language.rawValue):\n" + rows(byLanguage(language), indent: "  ")
    }
    out += "\nworst articles:\n"
    for dimension in Dimension.allCases {
      let list = worst(dimension).map { document in
        let score = document.scores[dimension] ?? Score()
        return "\(document.path) (F1 \(number(score.f1)), \(score.gold) gold, \(score.predicted) predicted)"
      }
      out += "  " + pad(dimension.rawValue, 16) + (list.isEmpty ? "-" : list.joined(separator: "; ")) + "\n"
    }
    if !missing.isEmpty { out += "\nmissing from the timeline: \(missing.joined(separator: ", "))\n" }
    if !stories.isEmpty { out += "\n" + StoryScores.table(stories + [timeline]) }
    return out
  }
}

/// Cell formatting for the text reports.
enum Columns {
  /// A figure with three decimals ("0.850").
  static func number(_ value: Double) -> String {
    let text = JSONWriter.compact(.double((value * 1000).rounded() / 1000))
    let parts = text.split(separator: ".")
    let fraction = parts.count > 1 ? String(parts[1]) : ""
    return String(parts[0]) + "." + fraction + String(repeating: "0", count: max(0, 3 - fraction.count))
  }

  /// `text` padded on the right to `width`.
  static func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }

  /// `text` padded on the left to `width`.
  static func lpad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }
}
