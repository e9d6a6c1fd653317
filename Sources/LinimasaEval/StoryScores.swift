// The one-to-one scores of a story timeline.

/// The one-to-one scores of one story (or, summed, of several).
public struct StoryScores: Sendable, Equatable {
  public enum Outcome: Sendable, Equatable {
    /// Matched to the gold event with this id.
    case matched(String)
    /// Covers the gold event with this id, which another prediction matched.
    case duplicate(String)
    /// Sourced only in notEvents sentences.
    case notEvent
    /// Covers no gold event.
    case unmatched
  }

  public struct Prediction: Sendable, Equatable {
    public let id: String
    public let summary: String
    public let outcome: Outcome
    public let sources: [String]
  }

  public struct Pair: Sendable, Equatable {
    public let gold: String
    public let predicted: String
    public let goldDate: String?
    public let predictedDate: String?
    public let reports: Int
    public let covered: Int
    /// Gold actors the prediction names in another role ("Jimbo: agent, predicted target").
    public let roleErrors: [String]
  }

  public let story: String
  public var goldEvents = 0
  public var predictedEvents = 0
  public var matched = 0
  public var duplicates = 0
  public var notEventOnly = 0
  public var datesExact = 0
  public var datesCompatible = 0
  /// Actors over matched pairs.
  public var actors = Score()
  public var rolesCorrect = 0
  public var rolesCompared = 0
  /// How often each gold role met each predicted role ("agent>other"), over matched actors.
  public var rolePairs: [String: Int] = [:]
  /// Gold reports of matched events, and those the matched prediction covers.
  public var goldReports = 0
  public var coveredReports = 0
  /// What became of each prediction, the gold events no prediction matched, and the pairs.
  public var predictions: [Prediction] = []
  public var missed: [String] = []
  public var pairs: [Pair] = []

  public init(story: String) { self.story = story }

  /// Events as a `Score`: a match counts on both sides.
  public var events: Score {
    Score(gold: goldEvents, predicted: predictedEvents, goldMatched: matched, predictedMatched: matched)
  }
  public var precision: Double { events.precision }
  public var recall: Double { events.recall }
  public var f1: Double { events.f1 }
  /// Duplicates as a share of predictions.
  public var duplicateShare: Double { Self.ratio(duplicates, predictedEvents) }
  public var dateExactAccuracy: Double { Self.ratio(datesExact, matched) }
  public var dateCompatibleAccuracy: Double { Self.ratio(datesCompatible, matched) }
  public var roleAccuracy: Double { Self.ratio(rolesCorrect, rolesCompared) }
  public var sourceRecall: Double { Self.ratio(coveredReports, goldReports) }

  static func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }

  /// The figures floors can hold, each higher for better.
  public enum Figure: String, Sendable, CaseIterable {
    case precision = "event-precision"
    case recall = "event-recall"
    case f1 = "event-f1"
    /// 1 - the duplicates' share of predictions.
    case uniqueness = "non-duplicates"
    case dateExact = "date-exact"
    case dateCompatible = "date-compatible"
    case actorF1 = "actor-f1"
    case roleAccuracy = "role-accuracy"
    case sourceRecall = "source-recall"
  }

  public subscript(figure: Figure) -> Double {
    switch figure {
    case .precision: precision
    case .recall: recall
    case .f1: f1
    case .uniqueness: predictedEvents == 0 ? 0 : 1 - duplicateShare
    case .dateExact: dateExactAccuracy
    case .dateCompatible: dateCompatibleAccuracy
    case .actorF1: actors.f1
    case .roleAccuracy: roleAccuracy
    case .sourceRecall: sourceRecall
    }
  }

  /// The figures of several stories together (counts summed, so ratios are micro-averaged).
  public static func total(_ stories: [StoryScores]) -> StoryScores {
    var total = StoryScores(story: "overall")
    for story in stories {
      total.goldEvents += story.goldEvents
      total.predictedEvents += story.predictedEvents
      total.matched += story.matched
      total.duplicates += story.duplicates
      total.notEventOnly += story.notEventOnly
      total.datesExact += story.datesExact
      total.datesCompatible += story.datesCompatible
      total.actors = total.actors + story.actors
      total.rolesCorrect += story.rolesCorrect
      total.rolePairs.merge(story.rolePairs, uniquingKeysWith: +)
      total.rolesCompared += story.rolesCompared
      total.goldReports += story.goldReports
      total.coveredReports += story.coveredReports
    }
    return total
  }
}
