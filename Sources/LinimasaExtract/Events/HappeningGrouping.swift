// Reports of one happening within a document, as one.
import LinimasaCore

/// A document's reports of one happening.
struct HappeningDraft {
  var reports: [HappeningReport]
  var date: TemporalExpression?
  var actors: [EventActor]
  let family: String

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

/// Groups a document's happening reports: reports of one family whose dates agree (or one
/// is undated) and whose agents and targets do not conflict are one happening. An undated
/// report joins the dated happening it shares someone with, of those within a month of
/// publication (news, not the leak of a year before), the nearest publication.
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
      let candidates = drafts.indices.filter { index in
        drafts[index].family == family && datesAgree(drafts[index].date, report.date)
          && actorsAgree(drafts[index].actors, report.actors)
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

  /// How well a report fits a draft: shared agents and targets, then the same date.
  private func score(_ draft: HappeningDraft, _ report: HappeningReport) -> Int {
    draft.actors.leading.intersection(report.actors.leading).count * 2
      + (draft.date?.value != nil && draft.date?.value == report.date?.value ? 1 : 0)
  }
}
