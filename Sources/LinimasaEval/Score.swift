// Precision, recall and F1 from match counts.
import LinimasaCore

/// Counts for one dimension: how many gold items and predictions there were, and how many
/// of each found a partner on the other side.
public struct Score: Sendable, Equatable {
  public var gold = 0
  public var predicted = 0
  /// Gold items matched by a prediction (the recall numerator).
  public var goldMatched = 0
  /// Predictions matching a gold item (the precision numerator).
  public var predictedMatched = 0

  public init(gold: Int = 0, predicted: Int = 0, goldMatched: Int = 0, predictedMatched: Int = 0) {
    self.gold = gold
    self.predicted = predicted
    self.goldMatched = goldMatched
    self.predictedMatched = predictedMatched
  }

  /// predictedMatched / predicted; 0 when nothing was predicted.
  public var precision: Double { predicted == 0 ? 0 : Double(predictedMatched) / Double(predicted) }
  /// goldMatched / gold; 0 when there is no gold item.
  public var recall: Double { gold == 0 ? 0 : Double(goldMatched) / Double(gold) }
  public var f1: Double {
    let sum = precision + recall
    return sum == 0 ? 0 : 2 * precision * recall / sum
  }

  public static func + (lhs: Score, rhs: Score) -> Score {
    Score(
      gold: lhs.gold + rhs.gold, predicted: lhs.predicted + rhs.predicted,
      goldMatched: lhs.goldMatched + rhs.goldMatched, predictedMatched: lhs.predictedMatched + rhs.predictedMatched)
  }

  /// Scores two sets compared by equality.
  static func sets<Item: Hashable>(gold: Set<Item>, predicted: Set<Item>) -> Score {
    let common = gold.intersection(predicted).count
    return Score(gold: gold.count, predicted: predicted.count, goldMatched: common, predictedMatched: common)
  }
}

/// What `linimasa eval` measures. Speaker accuracy is read from `Score` as
/// goldMatched = correct speakers over gold = matched quotes.
public enum Dimension: String, Sendable, CaseIterable {
  case dates
  case legalIds = "legal-ids"
  case legalArticles = "legal-articles"
  case quotes
  case speakers
  case actors
  case events
}
