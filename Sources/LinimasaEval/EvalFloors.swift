// Minimum eval figures the project promises, kept in one file (Tests/eval-floors.json).
import Foundation
import LinimasaCore

/// F1 floors per dimension, overall and per language, and floors for the story timelines'
/// figures (under "timeline"), over the stories the file lists under "stories" (all
/// stories when it lists none). Figures may rise above them; a change that drops a figure
/// below its floor fails the tests. Floors are raised with `linimasa eval --raise-floors`
/// and are never lowered by it.
public struct EvalFloors: Sendable, Equatable {
  /// Floors by scope ("overall", "id", "en") and dimension.
  public var floors: [String: [Dimension: Double]]
  /// Floors of the story timelines' figures, over all stories.
  public var timeline: [StoryScores.Figure: Double]
  /// The stories whose articles and timelines the floors hold for; nil for all.
  public var stories: [String]?

  public static let scopes = ["overall"] + Language.supported.map(\.rawValue)
  /// The key of the story timelines' floors.
  static let timelineScope = "timeline"
  /// The key of the list of stories.
  static let storiesKey = "stories"

  public init(
    floors: [String: [Dimension: Double]], timeline: [StoryScores.Figure: Double] = [:], stories: [String]? = nil
  ) {
    self.floors = floors
    self.timeline = timeline
    self.stories = stories
  }

  public struct Failure: Error, CustomStringConvertible, Sendable {
    public let description: String
  }

  public static func load(path: String) throws(Failure) -> EvalFloors {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Failure(description: "\(path): cannot read")
    }
    let value: JSONValue
    do {
      value = try JSONParser.parse([UInt8](data))
    } catch {
      throw Failure(description: "\(path): \(error.description)")
    }
    var floors: [String: [Dimension: Double]] = [:]
    for scope in scopes {
      guard case .object(let members)? = value[scope] else { throw Failure(description: "\(path): missing \"\(scope)\"") }
      for member in members {
        guard let dimension = Dimension(rawValue: member.key), let floor = member.value.doubleValue, (0...1).contains(floor) else {
          throw Failure(description: "\(path): \"\(scope).\(member.key)\" must be a known dimension with an F1 floor in 0...1")
        }
        floors[scope, default: [:]][dimension] = floor
      }
    }
    var timeline: [StoryScores.Figure: Double] = [:]
    if let members = value[timelineScope] {
      guard case .object(let members) = members else {
        throw Failure(description: "\(path): \"\(timelineScope)\" must be an object of figures")
      }
      for member in members {
        guard let figure = StoryScores.Figure(rawValue: member.key), let floor = member.value.doubleValue,
          (0...1).contains(floor)
        else {
          throw Failure(
            description: "\(path): \"\(timelineScope).\(member.key)\" must be a known figure with a floor in 0...1")
        }
        timeline[figure] = floor
      }
    }
    var stories: [String]?
    if let listed = value[storiesKey] {
      guard let names = listed.arrayValue?.compactMap(\.stringValue), names.count == listed.arrayValue?.count,
        !names.isEmpty
      else {
        throw Failure(description: "\(path): \"\(storiesKey)\" must be a non-empty list of story names")
      }
      stories = names
    }
    return EvalFloors(floors: floors, timeline: timeline, stories: stories)
  }

  /// The part of `report` the floors hold for: the listed stories' articles and timelines.
  public func covered(_ report: EvalReport) -> EvalReport {
    stories.map { report.restricted(to: Set($0)) } ?? report
  }

  /// Every figure of `report` (of the listed stories) below its floor, described.
  public func violations(in report: EvalReport) -> [String] {
    let report = covered(report)
    var found: [String] = []
    for scope in Self.scopes {
      let scores = scope == "overall" ? report.overall : report.byLanguage(Language(rawValue: scope) ?? .undetermined)
      for dimension in Dimension.allCases {
        let floor = floors[scope]?[dimension] ?? 0
        let f1 = scores[dimension]?.f1 ?? 0
        if f1 + 1e-9 < floor {
          let shown = JSONWriter.compact(.double(f1)), floorShown = JSONWriter.compact(.double(floor))
          found.append("\(scope) \(dimension.rawValue): F1 \(shown) is below its floor \(floorShown)")
        }
      }
    }
    let stories = report.timeline
    for figure in StoryScores.Figure.allCases {
      let floor = timeline[figure] ?? 0
      if stories[figure] + 1e-9 < floor {
        let shown = JSONWriter.compact(.double(stories[figure])), floorShown = JSONWriter.compact(.double(floor))
        found.append("\(Self.timelineScope) \(figure.rawValue): \(shown) is below its floor \(floorShown)")
      }
    }
    return found
  }

  /// These floors raised to the report's figures where they are higher (rounded down to
  /// three decimals, so the figures that set them pass again).
  public func raised(by report: EvalReport) -> EvalFloors {
    let report = covered(report)
    var result = self
    for scope in Self.scopes {
      let scores = scope == "overall" ? report.overall : report.byLanguage(Language(rawValue: scope) ?? .undetermined)
      for dimension in Dimension.allCases {
        let current = scores[dimension]?.f1 ?? 0
        result.floors[scope, default: [:]][dimension] = max(floors[scope]?[dimension] ?? 0, Self.roundedDown(current))
      }
    }
    if !report.stories.isEmpty {
      let stories = report.timeline
      for figure in StoryScores.Figure.allCases {
        result.timeline[figure] = max(timeline[figure] ?? 0, Self.roundedDown(stories[figure]))
      }
    }
    return result
  }

  /// Rounded down to three decimals, so the figure that set a floor passes again.
  static func roundedDown(_ figure: Double) -> Double { (figure * 1000).rounded(.down) / 1000 }

  public func json() -> String {
    let scopes = Self.scopes.map { scope in
      JSONMember(scope, .object(Dimension.allCases.map { JSONMember($0.rawValue, .double(floors[scope]?[$0] ?? 0)) }))
    }
    let stories = JSONMember(
      Self.timelineScope,
      .object(StoryScores.Figure.allCases.map { JSONMember($0.rawValue, .double(timeline[$0] ?? 0)) }))
    let listed = self.stories.map { [JSONMember(Self.storiesKey, .array($0.map(JSONValue.string)))] } ?? []
    return JSONWriter.pretty(.object(listed + scopes + [stories]))
  }
}
