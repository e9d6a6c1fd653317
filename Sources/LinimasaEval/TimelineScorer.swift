// Scores a timeline's events against story timeline gold, one to one.
import LinimasaCore

/// Compares the events of a timeline (its contract JSON) with story timeline gold, by the
/// rules of docs/timeline-gold.md:
/// 1. a predicted event covers a gold event's report when one of its sources lies in the
///    report's document and that sentence contains the report's `evidence` or one of its
///    `alsoEvidence` strings (after whitespace and quote normalization);
/// 2. pairs are matched one to one, greedily by the number of covered reports; a further
///    predicted event covering a matched gold event is a duplicate (a false positive);
/// 3. over matched pairs: dates (exact, and compatible: one contains the other; an event
///    dated only by its publication counts as undated), actors by name or alias (gold names
///    expanded with `sameActors` and the per-article gold's aliases), one to one as events
///    are (two predicted actors of one gold actor's names count one right, one wrong),
///    roles of matched actors, and source recall (the share of the gold event's reports the predicted event
///    covers).
public struct TimelineScorer {
  private let events: [JSONValue]
  /// Each entity's names and aliases, folded.
  private let entityForms: [String: Set<String>]
  /// Per-article gold by document id.
  private var articleGold: [String: GoldArticle] = [:]

  public init(timeline: JSONValue, articles: [GoldArticle]) {
    events = timeline["events"]?.arrayValue ?? []
    var idsByPath: [String: String] = [:]
    for document in timeline["documents"]?.arrayValue ?? [] {
      if let path = document["path"]?.stringValue, let id = document["id"]?.stringValue { idsByPath[path] = id }
    }
    for article in articles {
      if let id = idsByPath[article.file] { articleGold[id] = article }
    }
    entityForms = Evaluator.entityForms(in: timeline)
  }

  /// Quotes and whitespace made uniform, so typography does not decide coverage.
  static func normalize(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for character in text {
      if character.isWhitespace {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace { result.append(" ") }
      pendingSpace = false
      switch character {
      case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{00AB}", "\u{00BB}": result.append("\"")
      case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}", "`": result.append("'")
      default: result.append(character)
      }
    }
    return result
  }

  /// The scores of every story.
  public func score(_ stories: [TimelineGold]) -> [StoryScores] {
    stories.map(score)
  }

  public func score(_ gold: TimelineGold) -> StoryScores {
    let storyDocuments = Set(gold.documents)
    // The predicted events of the story: those with a source in one of its articles.
    let predicted = events.indices.filter { index in
      sources(of: events[index]).contains { storyDocuments.contains($0.document) }
    }
    let sourcesByEvent = predicted.map { sources(of: events[$0]) }
    let reportEvidence = gold.events.map { event in
      event.reports.map { report in (report.document, report.allEvidence.map(Self.normalize)) }
    }
    // covered[p][g]: the gold event's reports that the predicted event covers.
    let covered: [[[Int]]] = sourcesByEvent.map { sources in
      reportEvidence.map { reports in
        reports.indices.filter { index in
          let (document, evidence) = reports[index]
          return sources.contains { source in
            source.document == document && evidence.contains { source.text.contains($0) }
          }
        }
      }
    }
    let (goldMatch, predictedMatch) = Self.matchOneToOne(covered, goldCount: gold.events.count)
    let notEventSentences = gold.notEvents.map { ($0.document, Self.normalize($0.evidence)) }
    var scores = StoryScores(story: gold.story)
    scores.goldEvents = gold.events.count
    scores.predictedEvents = predicted.count
    for p in predicted.indices {
      let event = events[predicted[p]]
      let id = event["id"]?.stringValue ?? ""
      let outcome: StoryScores.Outcome
      if let g = predictedMatch[p] {
        outcome = .matched(gold.events[g].id)
      } else if let g = covered[p].indices.first(where: { !covered[p][$0].isEmpty }) {
        outcome = .duplicate(gold.events[g].id)
        scores.duplicates += 1
      } else if sourcesByEvent[p].allSatisfy({ source in
        notEventSentences.contains { $0.0 == source.document && source.text.contains($0.1) }
      }) {
        outcome = .notEvent
        scores.notEventOnly += 1
      } else {
        outcome = .unmatched
      }
      scores.predictions.append(
        StoryScores.Prediction(
          id: id, summary: event["summary"]?["en"]?.stringValue ?? "", outcome: outcome,
          sources: sourcesByEvent[p].map { "\($0.document): \($0.text)" }))
    }
    let names = ActorNames(gold: gold, articles: gold.documents.compactMap { articleGold[$0] })
    for (g, goldEvent) in gold.events.enumerated() {
      guard let p = goldMatch[g] else {
        scores.missed.append(goldEvent.id)
        continue
      }
      scores.matched += 1
      score(events[predicted[p]], against: goldEvent, covered: covered[p][g], names: names, into: &scores)
    }
    return scores
  }

  /// Greedy one-to-one matching by covered reports (ties: gold order, then timeline order):
  /// for each gold event its predicted event, and for each predicted event its gold event.
  private static func matchOneToOne(_ covered: [[[Int]]], goldCount: Int) -> (gold: [Int?], predicted: [Int?]) {
    var pairs: [(predicted: Int, gold: Int, count: Int)] = []
    for p in covered.indices {
      for g in covered[p].indices where !covered[p][g].isEmpty { pairs.append((p, g, covered[p][g].count)) }
    }
    pairs.sort { ($0.count, -$0.gold, -$0.predicted) > ($1.count, -$1.gold, -$1.predicted) }
    var goldMatch = [Int?](repeating: nil, count: goldCount)
    var predictedMatch = [Int?](repeating: nil, count: covered.count)
    for pair in pairs where goldMatch[pair.gold] == nil && predictedMatch[pair.predicted] == nil {
      goldMatch[pair.gold] = pair.predicted
      predictedMatch[pair.predicted] = pair.gold
    }
    return (goldMatch, predictedMatch)
  }

  /// Adds a matched pair's dates, actors, roles and sources to `scores`; `covered` are the
  /// gold event's reports the predicted event covers.
  private func score(
    _ event: JSONValue, against goldEvent: TimelineGold.Event, covered: [Int], names: ActorNames,
    into scores: inout StoryScores
  ) {
    // Dates.
    let ownDate =
      event["date"]?["resolution"]?.stringValue == "publication" ? nil : event["date"]?["value"]?.stringValue
    if ownDate == goldEvent.date { scores.datesExact += 1 }
    if ownDate == goldEvent.date || Evaluator.date(ownDate, liesWithin: goldEvent.date)
      || Evaluator.date(goldEvent.date, liesWithin: ownDate)
    {
      scores.datesCompatible += 1
    }
    // Actors and roles.
    let actors = (event["actors"]?.arrayValue ?? []).map { actor in
      (forms: entityForms[actor["entity"]?.stringValue ?? ""] ?? [], role: actor["role"]?.stringValue ?? "")
    }
    let wanted = goldEvent.actors.map { (forms: names.forms(of: $0.name), role: $0.role) }
    scores.actors.gold += wanted.count
    scores.actors.predicted += actors.count
    // One to one: each gold actor takes the first predicted actor of its names not taken.
    var taken = Set<Int>()
    var roleErrors: [String] = []
    for (index, goldActor) in wanted.enumerated() {
      guard
        let at = actors.indices.first(where: { !taken.contains($0) && !actors[$0].forms.isDisjoint(with: goldActor.forms) })
      else { continue }
      taken.insert(at)
      let actor = actors[at]
      scores.actors.goldMatched += 1
      scores.actors.predictedMatched += 1
      scores.rolesCompared += 1
      scores.rolePairs["\(goldActor.role)>\(actor.role)", default: 0] += 1
      if actor.role == goldActor.role {
        scores.rolesCorrect += 1
      } else {
        roleErrors.append("\(goldEvent.actors[index].name): \(goldActor.role), predicted \(actor.role)")
      }
    }
    // Sources.
    scores.goldReports += goldEvent.reports.count
    scores.coveredReports += covered.count
    scores.pairs.append(
      StoryScores.Pair(
        gold: goldEvent.id, predicted: event["id"]?.stringValue ?? "", goldDate: goldEvent.date,
        predictedDate: ownDate, reports: goldEvent.reports.count, covered: covered.count,
        roleErrors: roleErrors))
  }

  /// The event's sources: document and normalized sentence text.
  private func sources(of event: JSONValue) -> [(document: String, text: String)] {
    (event["sources"]?.arrayValue ?? []).compactMap { source in
      guard let document = source["document"]?.stringValue else { return nil }
      return (document, Self.normalize(source["text"]?.stringValue ?? ""))
    }
  }
}

/// The names a gold actor goes by in a story: its own, the others of its `sameActors`
/// group, and every alias the per-article gold gives an actor so named, folded.
struct ActorNames {
  private var groups: [String: Set<String>] = [:]
  private var aliases: [String: Set<String>] = [:]

  init(gold: TimelineGold, articles: [GoldArticle]) {
    for group in gold.sameActors {
      let folded = Set(group.map(Evaluator.fold))
      for name in folded { groups[name, default: []].formUnion(folded) }
    }
    for article in articles {
      for actor in article.actors {
        let forms = Set(([actor.name] + actor.aliases).map(Evaluator.fold))
        for form in forms { aliases[form, default: []].formUnion(forms) }
      }
    }
  }

  func forms(of name: String) -> Set<String> {
    let folded = Evaluator.fold(name)
    let grouped = groups[folded] ?? [folded]
    return grouped.reduce(into: grouped) { forms, name in forms.formUnion(aliases[name] ?? []) }
  }
}
