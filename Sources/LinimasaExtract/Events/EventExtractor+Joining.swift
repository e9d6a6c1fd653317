// How a document's reports join: statements into the happenings they are about, and
// reports of one happening into one event.
import LinimasaCore

extension EventExtractor {
  /// Statements whose every sentence reports one happening (of the statement's date, when
  /// it has one) or, reporting none, is about the one the speaker took part in (see
  /// `occasion`) are folded into it: the claims and the speaker join the happening, which
  /// is what the timeline shows.
  static func folding(_ statements: [DocumentEvent], into happenings: [DocumentEvent], entities: EntityAnalysis)
    -> [DocumentEvent]
  {
    var happenings = happenings
    var kept: [DocumentEvent] = []
    for statement in statements {
      let hosts = statement.sources.map { source in
        happenings.firstIndex { happening in
          (statement.date == nil || happening.date?.value == statement.date?.value)
            && happening.sources.contains { $0.overlaps(source) }
        }
      }
      // A sentence that reports no happening is about the one the speaker took part in.
      let occasion = hosts.contains(nil) ? occasion(of: statement, among: happenings, entities: entities) : nil
      let resolved = hosts.map { $0 ?? occasion }
      guard let first = resolved.first, let host = first, resolved.allSatisfy({ $0 == host }) else {
        kept.append(statement)
        continue
      }
      for actor in statement.actors { happenings[host].actors.join(actor) }
      happenings[host].claims = unique(happenings[host].claims + statement.claims)
    }
    return kept + happenings
  }

  /// The happening an undated statement comments on: of the dated happenings its speaker
  /// (or the organisation the speaker holds a role in) is an agent or speaker of, the
  /// nearest before it in the text, else the nearest after ("The ministry sent the KPU a
  /// letter on Tuesday. … The ministry said it was waiting for a reply").
  static func occasion(of statement: DocumentEvent, among happenings: [DocumentEvent], entities: EntityAnalysis) -> Int?
  {
    guard statement.date == nil, let speaker = statement.actors.first?.entity,
      let position = statement.sources.first?.start
    else { return nil }
    let speaking = Set([speaker] + (entities.entities[speaker]?.roles.compactMap(\.organization) ?? []))
    let candidates = happenings.indices.filter {
      happenings[$0].date != nil
        && happenings[$0].actors.contains { speaking.contains($0.entity) && [.agent, .speaker].contains($0.role) }
    }
    let start = { (index: Int) in happenings[index].sources.map(\.start).min() ?? 0 }
    return candidates.filter { start($0) <= position }.max { start($0) < start($1) }
      ?? candidates.filter { start($0) > position }.min { start($0) < start($1) }
  }

  /// One statement per speaker and occasion: a claim the text dates opens an occasion on
  /// that date (or dates the speaker's undated one); an undated claim joins the speaker's
  /// last occasion ("..., he added"). A speaker's remarks the text never dates are a
  /// statement only when the speaker is an organisation, a group or a person holding a
  /// role; a private person's undated remarks stay claims.
  func statements(_ claims: [Claim], entities: EntityAnalysis) -> [DocumentEvent] {
    var events: [DocumentEvent] = []
    for (index, claim) in claims.enumerated() {
      guard let speaker = claim.speaker else { continue }
      let own = events.indices.filter { events[$0].actors.first?.entity == speaker }
      let existing: Int?
      if let date = claim.date?.value {
        existing = own.first { events[$0].date?.value == date } ?? own.last { events[$0].date == nil }
      } else {
        existing = own.last
      }
      if let existing {
        if events[existing].date == nil { events[existing].date = claim.date }
        events[existing].claims.append(index)
        if !events[existing].sources.contains(claim.span) { events[existing].sources.append(claim.span) }
      } else {
        events.append(
          DocumentEvent(
            type: EventType.statement, date: claim.date, actors: [EventActor(entity: speaker, role: .speaker)],
            claims: [index], legalReferences: [], sources: [claim.span]))
      }
    }
    return events.filter { event in
      guard event.date == nil, let speaker = event.actors.first.flatMap({ entities.entities[$0.entity] }) else {
        return true
      }
      return speaker.type != .person || !speaker.roles.isEmpty
    }
  }

  /// Events of one family on the same date sharing an actor other than a bystander, as one.
  func merged(_ events: [DocumentEvent], published: CivilDate?) -> [DocumentEvent] {
    var result: [DocumentEvent] = []
    // An undated report is news: it may be the same happening as a dated one of its family
    // only when that date is within a month of publication (not the leak of a year before).
    let isNews = { (date: TemporalExpression?) -> Bool in
      guard let days = date?.value?.days, let published = published.flatMap({ TemporalValue.date($0).days.first })
      else { return false }
      return days.last >= published - Self.newsDays && days.first <= published + Self.newsDays
    }
    for event in events {
      let participants = event.actors.participants
      let sameFamily = { (other: DocumentEvent) in
        families[other.type, default: other.type] == families[event.type, default: event.type]
      }
      let sharesActor = { (other: DocumentEvent) in
        sameFamily(other) && !participants.isDisjoint(with: other.actors.participants)
      }
      // Same date; else an undated report and a dated one sharing someone; else the first of
      // their family, when the date is news ("the letter", told again: the story told first).
      let index =
        result.firstIndex { sharesActor($0) && $0.date?.value == event.date?.value }
        ?? result.firstIndex { sharesActor($0) && ($0.date == nil) != (event.date == nil) }
        ?? result.firstIndex {
          sameFamily($0) && ($0.date == nil) != (event.date == nil) && isNews($0.date ?? event.date)
        }
      if let index {
        if result[index].date == nil { result[index].date = event.date }
        for actor in event.actors { result[index].actors.join(actor) }
        result[index].claims = Self.unique(result[index].claims + event.claims)
        result[index].legalReferences = Self.unique(result[index].legalReferences + event.legalReferences)
        result[index].sources = Self.unique(result[index].sources + event.sources)
      } else {
        result.append(event)
      }
    }
    return result
  }

  /// How many days either side of publication a date is news.
  static let newsDays = 31

  static func unique<Element: Hashable>(_ items: [Element]) -> [Element] {
    var seen = Set<Element>()
    return items.filter { seen.insert($0).inserted }
  }
}
