// Places partial and relative dates against the publication date.
import LinimasaCore

/// Resolves readings against the publication date, as news is written:
/// - a bare weekday is the most recent such day on or before publication ("last
///   Thursday": strictly before); with a week ("Kamis pekan lalu") it is that day of that
///   Monday–Sunday week;
/// - a year-less day takes the publication year, or the year before when that would put it
///   more than `futureToleranceDays` after publication;
/// - a month without a year takes the publication year;
/// - relative expressions count from publication: days, Monday–Sunday weeks (a range),
///   the weekend (Saturday–Sunday), months and years at their own precision.
/// Without a publication date nothing partial is guessed: the value is nil, `unresolved`.
public enum TemporalAnchor {
  /// How far after publication a year-less day may fall before it is read as last year's.
  public static let futureToleranceDays = 7

  public static func resolve(
    _ reading: TemporalReading, publication: CivilDate?
  ) -> (value: TemporalValue?, resolution: TemporalResolution) {
    switch reading {
    case .explicit(let date): return (.date(date), .explicit)
    case .explicitRange(let start, let end): return (.range(start, end), .explicit)
    default: break
    }
    guard let publication, let today = publication.dayNumber, let weekday = publication.weekday else {
      return (nil, .unresolved)
    }
    func day(_ number: Int) -> CivilDate? { CivilDate(dayNumber: number) }
    let value: TemporalValue?
    switch reading {
    case .explicit, .explicitRange:
      value = nil  // handled above
    case .yearless(let month, let dayOfMonth):
      value = yearlessDate(month, dayOfMonth, publication: publication, today: today).map(TemporalValue.date)
    case .yearlessRange(let month, let dayOfMonth, let endMonth, let endDay):
      if let start = yearlessDate(month, dayOfMonth, publication: publication, today: today),
        let end = CivilDate(year: endMonth < month ? start.year + 1 : start.year, month: endMonth, day: endDay)
      {
        value = .range(start, end)
      } else {
        value = nil
      }
    case .month(let month):
      value = CivilDate(year: publication.year, month: month).map(TemporalValue.date)
    case .monthRange(let first, let last):
      if let start = CivilDate(year: publication.year, month: first),
        let end = CivilDate(year: last < first ? publication.year + 1 : publication.year, month: last)
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

  private static func yearlessDate(_ month: Int, _ day: Int, publication: CivilDate, today: Int) -> CivilDate? {
    guard let thisYear = CivilDate(year: publication.year, month: month, day: day) else {
      return CivilDate(year: publication.year - 1, month: month, day: day)
    }
    if let number = thisYear.dayNumber, number > today + futureToleranceDays {
      return CivilDate(year: publication.year - 1, month: month, day: day)
    }
    return thisYear
  }
}
