// Places partial and relative dates against the publication date.
import LinimasaCore

/// Resolves readings against the publication date, as news is written:
/// - a bare weekday is the most recent such day on or before publication ("last
///   Thursday": strictly before); with a week ("Kamis pekan lalu") it is that day of that
///   Monday–Sunday week;
/// - a year-less day takes the publication year, or the year before when that would put it
///   more than `futureToleranceDays` after publication (in a sentence that looks ahead:
///   the publication year, or the next when it is over `pastToleranceDays` before it);
/// - a month without a year lies behind the publication month ("in October" told in
///   January is last year's), or ahead of it in a sentence that looks ahead; "last
///   October" is the latest October before the publication month;
/// - "tanggal 24" is in the publication month, or the month before when still ahead;
/// - relative expressions count from publication: days, Monday–Sunday weeks (a range),
///   the weekend (Saturday–Sunday), months and years at their own precision; "a day
///   later" counts from `previous`, the value the text gave last.
/// Without a publication date nothing partial is guessed: the value is nil, `unresolved`.
public enum TemporalAnchor {
  /// How far after publication a year-less day may fall before it is read as last year's.
  public static let futureToleranceDays = 7
  /// In a sentence that looks ahead, how far before publication a year-less day may fall
  /// before it is read as next year's.
  public static let pastToleranceDays = 31

  /// Resolves `expressions` in text order, each "later" phrase from the value before it;
  /// drops year modifiers that are no date (`TemporalReading.yearModifier`).
  public static func resolveAll(_ expressions: [TemporalExpression], publication: CivilDate?) -> [TemporalExpression] {
    var resolved: [TemporalExpression] = []
    var previous: TemporalValue?
    for var expression in expressions {
      let (value, resolution) = resolve(
        expression.reading, publication: publication, looksAhead: expression.looksAhead, previous: previous)
      if case .yearModifier = expression.reading, value == nil { continue }
      expression.value = value
      expression.resolution = resolution
      if let value { previous = value }
      resolved.append(expression)
    }
    return resolved
  }

  public static func resolve(
    _ reading: TemporalReading, publication: CivilDate?, looksAhead: Bool = false, previous: TemporalValue? = nil
  ) -> (value: TemporalValue?, resolution: TemporalResolution) {
    switch reading {
    case .explicit(let date): return (.date(date), .explicit)
    case .explicitRange(let start, let end): return (.range(start, end), .explicit)
    case .yearModifier(let year):
      guard let date = CivilDate(year: year), publication.map({ year < $0.year }) ?? false else { return (nil, .unresolved) }
      return (.date(date), .explicit)
    case .fromPrevious(let unit, let offset):
      let value = previous.flatMap { later($0, unit: unit, offset: offset) }
      return (value, value == nil ? .unresolved : .anchored)
    default: break
    }
    guard let publication, let today = publication.dayNumber, let weekday = publication.weekday else {
      return (nil, .unresolved)
    }
    func day(_ number: Int) -> CivilDate? { CivilDate(dayNumber: number) }
    let value: TemporalValue?
    switch reading {
    case .explicit, .explicitRange, .yearModifier, .fromPrevious:
      value = nil  // handled above
    case .yearless(let month, let dayOfMonth):
      value = yearlessDate(month, dayOfMonth, publication: publication, today: today, looksAhead: looksAhead)
        .map(TemporalValue.date)
    case .yearlessRange(let month, let dayOfMonth, let endMonth, let endDay):
      if let start = yearlessDate(month, dayOfMonth, publication: publication, today: today, looksAhead: looksAhead),
        let end = CivilDate(year: endMonth < month ? start.year + 1 : start.year, month: endMonth, day: endDay)
      {
        value = .range(start, end)
      } else {
        value = nil
      }
    case .month(let month, let strictlyBefore):
      value = CivilDate(
        year: monthYear(month, publication: publication, looksAhead: looksAhead, strictlyBefore: strictlyBefore),
        month: month
      ).map(TemporalValue.date)
    case .dayOfMonth(let dayOfMonth):
      let index = publication.year * 12 + (publication.month ?? 1) - 1 - (dayOfMonth > (publication.day ?? 31) ? 1 : 0)
      value = CivilDate(year: index / 12, month: index % 12 + 1, day: dayOfMonth).map(TemporalValue.date)
    case .monthRange(let first, let last):
      let year = monthYear(first, publication: publication, looksAhead: looksAhead, strictlyBefore: false)
      if let start = CivilDate(year: year, month: first),
        let end = CivilDate(year: last < first ? year + 1 : year, month: last)
      {
        value = .range(start, end)
      } else {
        value = nil
      }
    case .weekday(let target, let weekOffset, let strictlyBefore):
      if let weekOffset {
        let monday = today - (weekday - 1) + 7 * weekOffset
        value = day(monday + target - 1).map(TemporalValue.date)
      } else {
        var back = (weekday - target + 7) % 7
        if strictlyBefore && back == 0 { back = 7 }
        value = day(today - back).map(TemporalValue.date)
      }
    case .relative(let unit, let offset):
      switch unit {
      case .day:
        value = day(today + offset).map(TemporalValue.date)
      case .week:
        let monday = today - (weekday - 1) + 7 * offset
        value = range(day(monday), day(monday + 6))
      case .weekend:
        // "The weekend" in a report is the one just past, unless publication falls on it.
        let saturday = weekday >= 6 ? today - (weekday - 6) : today - (weekday - 6) - 7
        let shifted = saturday + 7 * (offset > 0 ? offset : (offset < 0 && weekday >= 6 ? -1 : 0))
        value = range(day(shifted), day(shifted + 1))
      case .month:
        let index = publication.year * 12 + (publication.month ?? 1) - 1 + offset
        value = CivilDate(year: index / 12, month: index % 12 + 1).map(TemporalValue.date)
      case .year:
        value = CivilDate(year: publication.year + offset).map(TemporalValue.date)
      }
    }
    return (value, value == nil ? .unresolved : .anchored)
  }

  private static func range(_ start: CivilDate?, _ end: CivilDate?) -> TemporalValue? {
    guard let start, let end else { return nil }
    return .range(start, end)
  }

  private static func yearlessDate(
    _ month: Int, _ day: Int, publication: CivilDate, today: Int, looksAhead: Bool
  ) -> CivilDate? {
    guard let thisYear = CivilDate(year: publication.year, month: month, day: day) else {
      return CivilDate(year: publication.year + (looksAhead ? 1 : -1), month: month, day: day)
    }
    guard let number = thisYear.dayNumber else { return thisYear }
    if looksAhead {
      return number < today - pastToleranceDays ? CivilDate(year: publication.year + 1, month: month, day: day) : thisYear
    }
    return number > today + futureToleranceDays ? CivilDate(year: publication.year - 1, month: month, day: day) : thisYear
  }

  /// The year of a month told without one: behind the publication month, or ahead of it
  /// when the sentence looks ahead; strictly before it for "last October".
  private static func monthYear(_ month: Int, publication: CivilDate, looksAhead: Bool, strictlyBefore: Bool) -> Int {
    guard let current = publication.month else { return publication.year }
    if strictlyBefore { return month < current ? publication.year : publication.year - 1 }
    if looksAhead { return month < current ? publication.year + 1 : publication.year }
    return month > current ? publication.year - 1 : publication.year
  }

  /// `previous` moved by `offset` units, at day precision for days and weeks (7 days), at
  /// month and year precision for those; nil when `previous` is not precise enough.
  private static func later(_ previous: TemporalValue, unit: RelativeUnit, offset: Int) -> TemporalValue? {
    let base: CivilDate
    switch previous {
    case .date(let date): base = date
    case .range(_, let end): base = end
    }
    switch unit {
    case .day, .week, .weekend:
      guard base.day != nil, let number = base.dayNumber else { return nil }
      return CivilDate(dayNumber: number + offset * (unit == .day ? 1 : 7)).map(TemporalValue.date)
    case .month:
      guard let month = base.month else { return nil }
      let index = base.year * 12 + month - 1 + offset
      return CivilDate(year: index / 12, month: index % 12 + 1).map(TemporalValue.date)
    case .year:
      return CivilDate(year: base.year + offset).map(TemporalValue.date)
    }
  }
}
