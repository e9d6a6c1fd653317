// Hand-made answers for one story: the timeline it should have (docs/timeline-gold.md).
import Foundation
import LinimasaCore

/// One story timeline gold file (`<story>.timeline.json`): every event of the story with
/// every article that reports it, the sentences that only look like events, and the names
/// that denote one actor across articles and languages.
public struct TimelineGold: Sendable, Equatable {
  public struct Actor: Sendable, Equatable {
    public let name: String
    /// "agent", "speaker", "target" or "other".
    public let role: String
  }

  /// An article's report of an event: the clearest sentence and every other one.
  public struct Report: Sendable, Equatable {
    public let document: String
    public let evidence: String
    public let alsoEvidence: [String]

    /// The evidence strings of this report: its own and the others'.
    public var allEvidence: [String] { [evidence] + alsoEvidence }
  }

  public struct Event: Sendable, Equatable {
    public let id: String
    /// "happening" or "statement".
    public let kind: String
    /// "YYYY[-MM[-DD]]", a "start/end" range, or nil when no report fixes it.
    public let date: String?
    public let actors: [Actor]
    public let what: String
    public let reports: [Report]
  }

  /// A sentence that looks like an event but is not, and why.
  public struct NotEvent: Sendable, Equatable {
    public let document: String
    public let evidence: String
    public let why: String
  }

  /// The file's path, for diagnostics.
  public let source: String
  public let story: String
  /// The ids of every article of the story.
  public let documents: [String]
  public let events: [Event]
  /// Groups of names that denote one actor; the first is the one the events use.
  public let sameActors: [[String]]
  public let notEvents: [NotEvent]

  static let kinds: Set<String> = ["happening", "statement"]
  static let roles: Set<String> = ["agent", "speaker", "target", "other"]
  static let reasons: Set<String> = [
    "hypothetical", "negated", "legal provision", "generic", "furniture", "background without date",
  ]

  /// Reads every `*.timeline.json` under `folder`, sorted by story.
  public static func load(folder: String) throws(GoldArticle.Failure) -> [TimelineGold] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
      throw GoldArticle.Failure(description: "cannot read story timeline folder '\(folder)'")
    }
    var stories: [TimelineGold] = []
    while let name = enumerator.nextObject() as? String {
      guard name.hasSuffix(".timeline.json") else { continue }
      let path = (folder as NSString).appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: path) else {
        throw GoldArticle.Failure(description: "\(path): cannot read")
      }
      stories.append(try parse([UInt8](data), source: path))
    }
    return stories.sorted { $0.story < $1.story }
  }

  /// The story timeline folder that goes with a per-article gold folder: the gold folder
  /// itself when it holds `*.timeline.json` files, else a `timelines` folder beside it.
  public static func folder(besideGold gold: String) -> String? {
    let holdsTimelines = { (folder: String) -> Bool in
      FileManager.default.enumerator(atPath: folder)?.contains { ($0 as? String)?.hasSuffix(".timeline.json") == true }
        ?? false
    }
    if holdsTimelines(gold) { return gold }
    let beside = ((gold as NSString).standardizingPath as NSString).deletingLastPathComponent + "/timelines"
    return holdsTimelines(beside) ? beside : nil
  }

  /// Parses one file's bytes; `source` names it in errors, which also say where in the
  /// file ("events[3].reports[1]: missing \"evidence\"").
  public static func parse(_ bytes: [UInt8], source: String) throws(GoldArticle.Failure) -> TimelineGold {
    let value: JSONValue
    do {
      value = try JSONParser.parse(bytes)
    } catch {
      throw GoldArticle.Failure(description: "\(source): \(error.description)")
    }
    func fail(_ place: String, _ message: String) -> GoldArticle.Failure {
      GoldArticle.Failure(description: "\(source): \(place.isEmpty ? "" : place + ": ")\(message)")
    }
    func string(_ item: JSONValue, _ key: String, at place: String) throws(GoldArticle.Failure) -> String {
      guard let text = item[key]?.stringValue, !text.isEmpty else {
        throw fail(place, "missing \"\(key)\" (a non-empty string)")
      }
      return text
    }
    func strings(_ item: JSONValue?, at place: String) throws(GoldArticle.Failure) -> [String] {
      guard let item, !item.isNull else { return [] }
      guard let array = item.arrayValue else { throw fail(place, "must be an array of strings") }
      var texts: [String] = []
      for (index, element) in array.enumerated() {
        guard let text = element.stringValue, !text.isEmpty else {
          throw fail("\(place)[\(index)]", "must be a non-empty string")
        }
        texts.append(text)
      }
      return texts
    }
    func array(_ key: String) throws(GoldArticle.Failure) -> [JSONValue] {
      guard let item = value[key], !item.isNull else { return [] }
      guard let array = item.arrayValue else { throw fail(key, "must be an array") }
      return array
    }

    let story = try string(value, "story", at: "")
    let documents = try strings(value["documents"], at: "documents")
    guard !documents.isEmpty else { throw fail("documents", "lists no article") }
    let known = Set(documents)
    var events: [Event] = []
    var ids: Set<String> = []
    for (index, item) in try array("events").enumerated() {
      let place = "events[\(index)]"
      let id = try string(item, "id", at: place)
      guard ids.insert(id).inserted else { throw fail(place, "event id '\(id)' is used twice") }
      let kind = try string(item, "kind", at: place)
      guard kinds.contains(kind) else { throw fail(place, "kind '\(kind)' is neither happening nor statement") }
      let date = item["date"]?.stringValue
      if let date, Evaluator.days(date) == nil {
        throw fail(place, "date '\(date)' is not YYYY, YYYY-MM, YYYY-MM-DD or a start/end range")
      }
      var actors: [Actor] = []
      for (actorIndex, actor) in (item["actors"]?.arrayValue ?? []).enumerated() {
        let actorPlace = "\(place).actors[\(actorIndex)]"
        let role = try string(actor, "role", at: actorPlace)
        guard roles.contains(role) else { throw fail(actorPlace, "role '\(role)' is not agent, speaker, target or other") }
        actors.append(Actor(name: try string(actor, "name", at: actorPlace), role: role))
      }
      var reports: [Report] = []
      for (reportIndex, report) in (item["reports"]?.arrayValue ?? []).enumerated() {
        let reportPlace = "\(place).reports[\(reportIndex)]"
        let document = try string(report, "document", at: reportPlace)
        guard known.contains(document) else { throw fail(reportPlace, "document '\(document)' is not in \"documents\"") }
        reports.append(
          Report(
            document: document, evidence: try string(report, "evidence", at: reportPlace),
            alsoEvidence: try strings(report["alsoEvidence"], at: reportPlace + ".alsoEvidence")))
      }
      guard !reports.isEmpty else { throw fail(place, "has no report") }
      events.append(
        Event(id: id, kind: kind, date: date, actors: actors, what: item["what"]?.stringValue ?? "", reports: reports))
    }
    var sameActors: [[String]] = []
    for (index, group) in try array("sameActors").enumerated() {
      let names = try strings(group, at: "sameActors[\(index)]")
      guard names.count >= 2 else { throw fail("sameActors[\(index)]", "a group needs two or more names") }
      sameActors.append(names)
    }
    var notEvents: [NotEvent] = []
    for (index, item) in try array("notEvents").enumerated() {
      let place = "notEvents[\(index)]"
      let document = try string(item, "document", at: place)
      guard known.contains(document) else { throw fail(place, "document '\(document)' is not in \"documents\"") }
      let why = try string(item, "why", at: place)
      guard reasons.contains(why) else {
        throw fail(place, "why '\(why)' is not one of \(reasons.sorted().joined(separator: ", "))")
      }
      notEvents.append(NotEvent(document: document, evidence: try string(item, "evidence", at: place), why: why))
    }
    return TimelineGold(
      source: source, story: story, documents: documents, events: events, sameActors: sameActors,
      notEvents: notEvents)
  }

  /// Problems with the gold against the articles' texts (`text` gives a document's text,
  /// nil when the run did not read it): every evidence string an exact substring of its
  /// article, and no notEvents sentence also a report's.
  public func problems(texts text: (String) -> String?) -> [String] {
    var found: [String] = []
    for document in documents where text(document) == nil {
      found.append("\(source): document '\(document)' is not among the articles read")
    }
    for (index, event) in events.enumerated() {
      for report in event.reports {
        guard let article = text(report.document) else { continue }
        for evidence in report.allEvidence where !article.contains(evidence) {
          found.append("\(source): events[\(index)] (\(event.id)): '\(evidence)' is not in \(report.document)")
        }
      }
    }
    for (index, item) in notEvents.enumerated() {
      guard let article = text(item.document) else { continue }
      if !article.contains(item.evidence) {
        found.append("\(source): notEvents[\(index)]: '\(item.evidence)' is not in \(item.document)")
      }
    }
    return found
  }
}
