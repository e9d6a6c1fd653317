// Places partial and relative dates against the publication date.
import LinimasaCore

/// Resolves readings against the publication date, as news is written:
/// - a bare weekday is the most recent such day on or before publication ("last
///   Thursday": strictly before), or in a sentence that looks ahead the next on or after it;
///   with a week ("Kamis pekan lalu") it is that day of that Monday–Sunday week; a weekday
///   ahead after another date of its sentence counts from that date ("said on Tuesday it
///   would hand over the key on Wednesday");
/// - a day, month or named day without a year ("Nov. 27", "in October", "Thanksgiving Day")
///   takes the publication year when it falls before publication or at most
///   `nearFutureDays` after it (news writes the year of a date further away: "the Jan. 14
///   deadline" and "in May" are this year's, "in July" told in March is last July), and the
///   year before otherwise; in a sentence that looks ahead, the publication year, or the next
///   when it falls over `pastToleranceDays` before publication; "last October", "22
///   November lalu", "last Christmas": the latest before publication;
/// - a month naming an occasion ("the February elections") is the coming one when at most
///   `occasionMonthsAhead` months ahead (a past occasion is told with its year or "last");
/// - "April next year", "Juli tahun lalu": that month of that year;
/// - "tanggal 24" is in the publication month, or the month before when still ahead (the
///   month after when the sentence looks ahead and the day is past);
/// - relative expressions count from publication: days, Monday–Sunday weeks (a range),
///   the weekend (Saturday–Sunday), months and years at their own precision; "a day
///   later" counts from `previous`, the value the text gave last.
/// Without a publication date nothing partial is guessed: the value is nil, `unresolved`.
public enum TemporalAnchor {
  /// How far after publication a day (or the first day of a month) told without a year may
  /// fall and still be this year's; further ahead it is last year's.
  public static let nearFutureDays = 62
  /// How many months after the publication month a month naming an occasion may be and still
  /// be the coming one.
  public static let occasionMonthsAhead = 3
  /// In a sentence that looks ahead, how far before publication a year-less day may fall
  /// before it is read as next year's.
  public static let pastToleranceDays = 31

  /// Resolves `expressions` in text order, each "later" phrase from the value before it;
  /// drops year modifiers that are no date (`TemporalReading.yearModifier`).
  public static func resolveAll(_ expressions: [TemporalExpression], publication: CivilDate?) -> [TemporalExpression] {
    var resolved: [TemporalExpression] = []
    var previous: TemporalValue?
    for var expression in expressions {
      var reading = expression.reading
      // A weekday ahead after a past date of its sentence counts from that date.
      if case .weekday(let weekday, nil, false) = reading, expression.looksAhead, expression.followsDateInSentence,
        case .date(let base)? = previous, base.precision == .day, let publication, base < publication,
        let baseNumber = base.dayNumber, let baseWeekday = base.weekday,
        let date = CivilDate(dayNumber: baseNumber + (weekday - baseWeekday + 7) % 7)
      {
        reading = .explicit(date)
      }
      var (value, resolution) = resolve(
        reading, publication: publication, looksAhead: expression.looksAhead, previous: previous)
      if reading != expression.reading { resolution = .anchored }
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
      guard let date = CivilDate(year: year), publication.map({ year < $0.year }) ?? false else {
        return (nil, .unresolved)
      }
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
    case .yearless(let month, let dayOfMonth, let strictlyBefore):
      value = placed(
        .day(month: month, day: dayOfMonth), publication: publication, today: today, looksAhead: looksAhead,
        strictlyBefore: strictlyBefore
      ).map(TemporalValue.date)
    case .holiday(let holiday, let strictlyBefore):
      value = placed(
        .holiday(holiday), publication: publication, today: today, looksAhead: looksAhead,
        strictlyBefore: strictlyBefore
      ).map(TemporalValue.date)
    case .inRelativeYear(let partial, let years):
      value = partial.date(in: publication.year + years).map(TemporalValue.date)
    case .yearlessRange(let month, let dayOfMonth, let endMonth, let endDay):
      if let start = placed(
        .day(month: month, day: dayOfMonth), publication: publication, today: today, looksAhead: looksAhead,
        strictlyBefore: false),
        let end = CivilDate(year: endMonth < month ? start.year + 1 : start.year, month: endMonth, day: endDay)
      {
        value = .range(start, end)
      } else {
        value = nil
      }
    case .monthModifier(let month):
      let ahead = looksAhead || (1...occasionMonthsAhead).contains((month - (publication.month ?? month) + 12) % 12)
      value = placed(.month(month), publication: publication, today: today, looksAhead: ahead, strictlyBefore: false)
        .map(TemporalValue.date)
    case .month(let month, let strictlyBefore):
      value = placed(
        .month(month), publication: publication, today: today, looksAhead: looksAhead, strictlyBefore: strictlyBefore
      ).map(TemporalValue.date)
    case .dayOfMonth(let dayOfMonth):
      let publicationDay = publication.day ?? 31
      let shift = looksAhead ? (dayOfMonth < publicationDay ? 1 : 0) : (dayOfMonth > publicationDay ? -1 : 0)
      let index = publication.year * 12 + (publication.month ?? 1) - 1 + shift
      value = CivilDate(year: index / 12, month: index % 12 + 1, day: dayOfMonth).map(TemporalValue.date)
    case .monthRange(let first, let last):
      if let start = placed(
        .month(first), publication: publication, today: today, looksAhead: looksAhead, strictlyBefore: false),
        case let year = start.year,
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
      } else if looksAhead && !strictlyBefore {
        value = day(today + (target - weekday + 7) % 7).map(TemporalValue.date)
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

  /// The date of `partial` in the year its place says: see the type's comment. A month
  /// counts from its first day.
  private static func placed(
    _ partial: YearlessDate, publication: CivilDate, today: Int, looksAhead: Bool, strictlyBefore: Bool
  ) -> CivilDate? {
    let year = publication.year
    guard let thisYear = partial.date(in: year), case let number = TemporalValue.date(thisYear).days.first else {
      // A day this year has not (29 February), or a feast that moves: the nearest year that has it.
      return partial.date(in: looksAhead ? year + 1 : year - 1)
    }
    if strictlyBefore {
      let before: Bool
      if case .month(let month) = partial {
        before = month < (publication.month ?? 13)
      } else {
        before = number < today
      }
      return before ? thisYear : partial.date(in: year - 1)
    }
    if looksAhead {
      let past: Bool
      if case .month(let month) = partial {
        past = month < (publication.month ?? 1)
      } else {
        past = number < today - pastToleranceDays
      }
      return past ? partial.date(in: year + 1) : thisYear
    }
    return number > today + nearFutureDays ? partial.date(in: year - 1) : thisYear
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
