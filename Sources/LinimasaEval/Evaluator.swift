// Scores a timeline (as its contract JSON) against gold annotations.
import LinimasaCore
import LinimasaExtract

/// The scores of one document, per dimension.
public struct DocumentScores: Sendable, Equatable {
  public let path: String
  public let language: Language
  /// The gold article's story ("kpu-leak"), if it names one.
  public var story: String?
  public var scores: [Dimension: Score]
  /// The gold events no event of the document matched (their `what`).
  public var missedEvents: [String] = []

  public init(
    path: String, language: Language, story: String? = nil, scores: [Dimension: Score], missedEvents: [String] = []
  ) {
    self.path = path
    self.language = language
    self.story = story
    self.scores = scores
    self.missedEvents = missedEvents
  }
}

/// Compares the timeline JSON of docs/timeline-json.md with gold annotations, by the rules
/// of docs/gold-annotations.md:
/// - dates by value per document (gold dates without a value are not counted);
/// - legal references by id, and by id + article, per document;
/// - quotes matched by `begins` inside the claim text; speaker accuracy over matched quotes,
///   comparing the claim's speaker's name and aliases with the gold speaker and aliases;
/// - actors by name or alias against the names and aliases of entities mentioned in the
///   document;
/// - events by date (equal values, or both undated: an event dated only by its document's
///   publication counts as undated, and so does, for this document, an event another
///   document dates; an event merged from several documents may carry a more precise date,
///   from another report, within the gold's: "2024-06-27" for a document's "last week") and
///   at least one shared actor.
/// Names compare case-insensitively. Reading the contract, not internal types, keeps the
/// evaluation honest about what users get.
public struct Evaluator {
  private let timeline: JSONValue
  private var documentsByPath: [String: (id: String, value: JSONValue)] = [:]
  private let entityForms: [String: Set<String>]

  public init(timeline: JSONValue) {
    self.timeline = timeline
    for document in timeline["documents"]?.arrayValue ?? [] {
      if let path = document["path"]?.stringValue, let id = document["id"]?.stringValue {
        documentsByPath[path] = (id, document)
      }
    }
    entityForms = Self.entityForms(in: timeline)
  }

  /// Each entity of a timeline with its names and aliases in every language, folded.
  static func entityForms(in timeline: JSONValue) -> [String: Set<String>] {
    var found: [String: Set<String>] = [:]
    for entity in timeline["entities"]?.arrayValue ?? [] {
      guard let id = entity["id"]?.stringValue else { continue }
      var forms: [String] = [entity["name"]?.stringValue].compactMap { $0 }
      forms += entity["aliases"]?.arrayValue?.compactMap(\.stringValue) ?? []
      if case .object(let names)? = entity["names"] { forms += names.compactMap(\.value.stringValue) }
      found[id] = Set(forms.map(fold))
    }
    return found
  }

  static func fold(_ name: String) -> String {
    name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
      .replacingOccurrences(of: "’", with: "'")
  }

  /// Scores every gold article; an article missing from the timeline scores as empty.
  public func score(_ gold: [GoldArticle]) -> [DocumentScores] {
    gold.map { article in
      let document = documentsByPath[article.file]
      let (scores, missed) = score(article, documentID: document?.id, document: document?.value)
      return DocumentScores(
        path: article.file, language: article.language, story: article.story, scores: scores, missedEvents: missed)
    }
  }

  private func score(_ gold: GoldArticle, documentID: String?, document: JSONValue?) -> (
    [Dimension: Score], missed: [String]
  ) {
    var scores: [Dimension: Score] = [:]
    // Dates.
    let predictedDates = Set(
      (document?["temporalExpressions"]?.arrayValue ?? []).compactMap { $0["value"]?.stringValue })
    scores[.dates] = .sets(gold: Set(gold.dates.compactMap(\.value)), predicted: predictedDates)
    // Legal references.
    var predictedIDs: Set<String> = []
    var predictedArticles: Set<String> = []
    for instrument in timeline["legalReferences"]?.arrayValue ?? [] {
      guard let id = instrument["id"]?.stringValue else { continue }
      for citation in instrument["citations"]?.arrayValue ?? [] where citation["document"]?.stringValue == documentID {
        predictedIDs.insert(id)
        for article in citation["articles"]?.arrayValue?.compactMap(\.stringValue) ?? [] {
          predictedArticles.insert(id + "#" + article)
        }
      }
    }
    scores[.legalIds] = .sets(gold: Set(gold.legal.map(\.id)), predicted: predictedIDs)
    scores[.legalArticles] = .sets(
      gold: Set(gold.legal.flatMap { legal in legal.articles.map { legal.id + "#" + $0 } }),
      predicted: predictedArticles)
    // Quotes and speakers.
    let claims = (timeline["claims"]?.arrayValue ?? []).filter { $0["document"]?.stringValue == documentID }
    let claimTexts = claims.map { $0["text"]?.stringValue ?? "" }
    var quotes = Score(gold: gold.quotes.count, predicted: claims.count)
    var speakers = Score()
    for quote in gold.quotes {
      guard let claim = claims.indices.first(where: { claimTexts[$0].contains(quote.begins) }) else { continue }
      quotes.goldMatched += 1
      speakers.gold += 1
      speakers.predicted += 1
      let wanted = Set(([quote.speaker].compactMap { $0 } + quote.aliases).map(Self.fold))
      let speaker = claims[claim]["speaker"]?.stringValue.flatMap { entityForms[$0] } ?? []
      if !speaker.isDisjoint(with: wanted) {
        speakers.goldMatched += 1
        speakers.predictedMatched += 1
      }
    }
    quotes.predictedMatched = claimTexts.count { text in gold.quotes.contains { text.contains($0.begins) } }
    scores[.quotes] = quotes
    scores[.speakers] = speakers
    // Actors.
    let mentioned = (timeline["entities"]?.arrayValue ?? []).filter { entity in
      entity["mentions"]?.arrayValue?.contains { $0["document"]?.stringValue == documentID } ?? false
    }.compactMap { $0["id"]?.stringValue }
    let goldForms = gold.actors.map { Set(([$0.name] + $0.aliases).map(Self.fold)) }
    let predictedForms = mentioned.map { entityForms[$0] ?? [] }
    scores[.actors] = Score(
      gold: goldForms.count, predicted: predictedForms.count,
      goldMatched: goldForms.count { forms in predictedForms.contains { !$0.isDisjoint(with: forms) } },
      predictedMatched: predictedForms.count { forms in goldForms.contains { !$0.isDisjoint(with: forms) } })
    // Events.
    let events = (timeline["events"]?.arrayValue ?? []).filter { event in
      event["sources"]?.arrayValue?.contains { $0["document"]?.stringValue == documentID } ?? false
    }
    let formsByGoldName = Dictionary(
      gold.actors.map { (Self.fold($0.name), Set(([$0.name] + $0.aliases).map(Self.fold))) },
      uniquingKeysWith: { first, _ in first })
    func matches(_ goldEvent: GoldArticle.Event, _ event: JSONValue) -> Bool {
      // An event dated only by its document's publication has no date of its own: gold's null.
      let ownDate =
        event["date"]?["resolution"]?.stringValue == "publication" ? nil : event["date"]?["value"]?.stringValue
      // A date another article gives is not this article's: here the event is undated.
      let fromElsewhere = event["date"]?["document"]?.stringValue.map { $0 != documentID } ?? false
      guard ownDate == goldEvent.date || (fromElsewhere && goldEvent.date == nil)
        || (Self.isMerged(event) && Self.date(ownDate, liesWithin: goldEvent.date))
      else {
        return false
      }
      let wanted = goldEvent.actors.reduce(into: Set<String>()) { forms, name in
        forms.formUnion(formsByGoldName[Self.fold(name)] ?? [Self.fold(name)])
      }
      let actors = event["actors"]?.arrayValue?.compactMap { $0["entity"]?.stringValue } ?? []
      return actors.contains { !(entityForms[$0] ?? []).isDisjoint(with: wanted) }
    }
    scores[.events] = Score(
      gold: gold.events.count, predicted: events.count,
      goldMatched: gold.events.count { goldEvent in events.contains { matches(goldEvent, $0) } },
      predictedMatched: events.count { event in gold.events.contains { matches($0, event) } })
    let missed = gold.events.filter { goldEvent in !events.contains { matches(goldEvent, $0) } }.map(\.what)
    return (scores, missed)
  }

  /// Whether an event merges the reports of more than one document.
  static func isMerged(_ event: JSONValue) -> Bool {
    Set(event["sources"]?.arrayValue?.compactMap { $0["document"]?.stringValue } ?? []).count > 1
  }

  /// Whether the days `value` covers lie within those `gold` covers ("2024-06-27" within
  /// "2024-06-24/2024-06-30" or "2024-06"); false when either is undated or unreadable.
  static func date(_ value: String?, liesWithin gold: String?) -> Bool {
    guard let value, let gold, let inner = days(value), let outer = days(gold) else { return false }
    return outer.lowerBound <= inner.lowerBound && inner.upperBound <= outer.upperBound
  }

  /// The days a "YYYY[-MM[-DD]]" value or a "start/end" range covers, as day numbers.
  static func days(_ value: String) -> ClosedRange<Int>? {
    let parts = value.split(separator: "/")
    let dates = parts.compactMap(CivilDate.init(iso:))
    guard let first = dates.first, let last = dates.last, dates.count == parts.count, dates.count <= 2 else {
      return nil
    }
    let days = (dates.count == 1 ? TemporalValue.date(first) : .range(first, last)).days
    return days.first <= days.last ? days.first...days.last : nil
  }

}
