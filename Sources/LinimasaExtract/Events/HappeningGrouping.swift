// Reports of one happening within a document, as one.
import LinimasaCore

/// A document's reports of one happening.
struct HappeningDraft {
  var reports: [HappeningReport]
  var date: TemporalExpression?
  var actors: [EventActor]
  let family: String
  /// Sentences that tell it without a trigger of their own (a doer's claim of the deed).
  var joinedSentences: [Int] = []

  /// The indexes of the sentences that report it.
  var sentences: [Int] { Array(Set(reports.map(\.sentence) + joinedSentences)).sorted() }

  /// The type most reports give, the first on a tie.
  var type: String {
    var counts: [String: Int] = [:]
    for report in reports { counts[report.type, default: 0] += 1 }
    return reports.map(\.type).first { counts[$0] == counts.values.max() } ?? ""
  }

  mutating func absorb(_ report: HappeningReport) {
    reports.append(report)
    if date == nil { date = report.date }
    for actor in report.actors { actors.join(actor) }
  }
}

/// Groups a document's happening reports: reports of one family are one happening when
/// both are dated and their dates agree, unless they are done to, or by, different people
/// ("Plate was sentenced", "Anang was sentenced"); or when one is undated, the other's date
/// may be news (within a month of publication, not the leak of a year before) and they are
/// of one type (the only such happening, or neither naming a conflicting agent or target)
/// or share an agent or target. Of several, a report joins the happening it shares most with.
struct HappeningGrouping {
  let document: DocumentReading
  let published: CivilDate?
  /// How many days either side of publication an undated report may be news of.
  static let newsDays = 31

  func group(_ reports: [HappeningReport]) -> [HappeningDraft] {
    var drafts: [HappeningDraft] = []
    // Dated reports first, so an undated one finds the dated happening it tells again.
    let ordered = reports.filter { $0.date != nil } + reports.filter { $0.date == nil }
    for report in ordered {
      let family = document.extractor.family(of: report.type)
      let kin = drafts.indices.filter { index in
        drafts[index].family == family && datesAgree(drafts[index].date, report.date)
      }
      // Two dated reports unless done to different people; an undated report the one
      // happening of its type, else one it shares an agent or target with, or (naming
      // none) one of its type.
      let candidates = kin.filter { index in
        if drafts[index].date != nil && report.date != nil { return !targetsConflict(drafts[index].actors, report.actors) }
        let sameType = drafts[index].reports.contains { $0.type == report.type }
        if sameType && kin.filter({ drafts[$0].reports.contains { $0.type == report.type } }).count == 1 { return true }
        let shared = !drafts[index].actors.leading.isDisjoint(with: report.actors.leading)
        return shared || (sameType && actorsAgree(drafts[index].actors, report.actors))
      }
      let best = candidates.max { lhs, rhs in
        score(drafts[lhs], report) < score(drafts[rhs], report)
      }
      if let best {
        drafts[best].absorb(report)
      } else {
        drafts.append(HappeningDraft(reports: [report], date: report.date, actors: report.actors, family: family))
      }
    }
    return drafts.sorted { ($0.reports.map(\.sentence).min() ?? 0) < ($1.reports.map(\.sentence).min() ?? 0) }
  }

  /// Equal dates, or an undated report and a date that may be news.
  private func datesAgree(_ lhs: TemporalExpression?, _ rhs: TemporalExpression?) -> Bool {
    switch (lhs?.value, rhs?.value) {
    case (let left?, let right?): return left.overlaps(right)
    case (let value?, nil), (nil, let value?): return isNews(value)
    case (nil, nil): return true
    }
  }

  /// Whether a date lies within `newsDays` of publication (always, when that is unknown).
  private func isNews(_ value: TemporalValue) -> Bool {
    guard let published else { return true }
    let day = TemporalValue.date(published).days.first
    let days = value.days
    return days.last >= day - Self.newsDays && days.first <= day + Self.newsDays
  }

  /// Agents and targets do not conflict: they share one, or one side names none.
  private func actorsAgree(_ lhs: [EventActor], _ rhs: [EventActor]) -> Bool {
    let left = lhs.leading, right = rhs.leading
    return left.isEmpty || right.isEmpty || !left.isDisjoint(with: right)
  }

  /// Both name whom it is done to, or both name who did it, and no one in common (a
  /// person and the organisation they hold a role in are one side).
  private func targetsConflict(_ lhs: [EventActor], _ rhs: [EventActor]) -> Bool {
    guard lhs.leading.isDisjoint(with: rhs.leading) else { return false }
    let named = { (actors: [EventActor], role: EventActor.Role) in
      Set(actors.filter { $0.role == role }.flatMap { [$0.entity] + document.organizations(of: $0.entity) })
    }
    for role in [EventActor.Role.target, .agent] {
      let (left, right) = (named(lhs, role), named(rhs, role))
      if !left.isEmpty && !right.isEmpty && left.isDisjoint(with: right) { return true }
    }
    return false
  }

  /// How well a report fits a draft: shared agents and targets, then the same date.
  private func score(_ draft: HappeningDraft, _ report: HappeningReport) -> Int {
    draft.actors.leading.intersection(report.actors.leading).count * 2
      + (draft.date?.value != nil && draft.date?.value == report.date?.value ? 1 : 0)
  }
}
