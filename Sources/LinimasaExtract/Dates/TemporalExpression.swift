// Expressions that place something in time, as found and as resolved.
import LinimasaCore

/// What a temporal expression says before it is placed against the publication date.
public enum TemporalReading: Sendable, Equatable, Codable {
  /// A full date, month or year the text gives ("4 Desember 2023", "Juli 2023", "in 2022").
  case explicit(CivilDate)
  /// A range of full dates, months or years ("27-29 November 2023", "2020 hingga 2022").
  case explicitRange(CivilDate, CivilDate)
  /// A day without a year ("Senin (27/11)", "on Nov. 27"); `strictlyBefore` for "22
  /// November lalu" (the latest such day before publication).
  case yearless(month: Int, day: Int, strictlyBefore: Bool = false)
  /// A named day without a year ("Thanksgiving Day", "Hari Kemerdekaan"), placed like a day
  /// without a year; `strictlyBefore` for "last Christmas" / "Natal lalu".
  case holiday(Holiday, strictlyBefore: Bool)
  /// A month, day or named day in a year counted from publication ("April next year",
  /// "early October this year", "Juli tahun lalu").
  case inRelativeYear(YearlessDate, years: Int)
  /// Days without a year ("27 hingga 29 November", "between June 20 and 24").
  case yearlessRange(month: Int, day: Int, endMonth: Int, endDay: Int)
  /// A month without a year ("pada Juli", "in October"); `strictlyBefore` for "last
  /// October" / "Juli lalu" (the latest such month before the publication month).
  case month(Int, strictlyBefore: Bool)
  /// A month naming an occasion ("the October slaying", "the February elections"): the
  /// coming one when it is at most `TemporalAnchor.occasionMonthsAhead` months after the
  /// publication month, otherwise placed like `month`.
  case monthModifier(Int)
  /// A day of the month without month or year ("tanggal 24").
  case dayOfMonth(Int)
  /// A year naming what a noun refers to ("the 1996 campaign"): a date unless it lies
  /// after the publication year ("the 2024 election", told in 2023, names a plan).
  case yearModifier(Int)
  /// A range of months without a year ("between May and July").
  case monthRange(Int, Int)
  /// A weekday ("Sabtu", "on Monday"); `weekOffset` places it in a week counted from the
  /// publication week ("Kamis pekan lalu" = -1), nil for the most recent such day;
  /// `strictlyBefore` for "last Thursday" / "Kamis lalu".
  case weekday(Int, weekOffset: Int?, strictlyBefore: Bool)
  /// A relative expression ("kemarin", "pekan lalu", "three days ago").
  case relative(RelativeUnit, Int)
  /// A relative expression counted from the date the text gave last ("a day later",
  /// "sebulan kemudian"); a week is 7 days.
  case fromPrevious(RelativeUnit, Int)
}

/// A month, a day of a month or a named day, before its year is known.
public enum YearlessDate: Sendable, Equatable, Codable {
  case month(Int)
  case day(month: Int, day: Int)
  case holiday(Holiday)

  /// Its date in `year` (nil for a day the year does not have, or a moving feast).
  public func date(in year: Int) -> CivilDate? {
    switch self {
    case .month(let month): return CivilDate(year: year, month: month)
    case .day(let month, let day): return CivilDate(year: year, month: month, day: day)
    case .holiday(let holiday): return holiday.date(in: year)
    }
  }
}

/// How a value was obtained (docs/timeline-json.md).
public enum TemporalResolution: String, Sendable, Codable {
  case explicit, anchored, unresolved
}

/// A resolved value: a date at the precision the text gives, or a range of them.
public enum TemporalValue: Sendable, Equatable, Codable {
  case date(CivilDate)
  case range(CivilDate, CivilDate)

  /// "YYYY[-MM[-DD]]", or "start/end" for a range.
  public var iso: String {
    switch self {
    case .date(let date): return date.iso
    case .range(let start, let end): return start.iso + "/" + end.iso
    }
  }

  /// The first day (or month, or year) the value covers.
  public var start: CivilDate {
    switch self {
    case .date(let date): return date
    case .range(let start, _): return start
    }
  }

  /// The first and last day the value covers, as day numbers (a month covers all its days).
  public var days: (first: Int, last: Int) {
    let (start, end): (CivilDate, CivilDate) =
      switch self {
      case .date(let date): (date, date)
      case .range(let first, let last): (first, last)
      }
    let lastMonth = end.month ?? 12
    let first = CivilDate(year: start.year, month: start.month ?? 1, day: start.day ?? 1)?.dayNumber ?? 0
    let last =
      CivilDate(year: end.year, month: lastMonth, day: end.day ?? CivilDate.daysIn(month: lastMonth, year: end.year))?
      .dayNumber ?? 0
    return (first, last)
  }

  /// Whether the two values share a day ("2023-11" and "2023-11-27" do).
  public func overlaps(_ other: TemporalValue) -> Bool {
    let (mine, theirs) = (days, other.days)
    return mine.first <= theirs.last && theirs.first <= mine.last
  }
}

/// A temporal expression of a document.
public struct TemporalExpression: Sendable, Equatable, Codable {
  public let span: ByteSpan
  public let reading: TemporalReading
  public var value: TemporalValue?
  public var resolution: TemporalResolution
  /// The part of the day the text gives ("malam", "morning").
  public var partOfDay: String?
  /// A clock time given with it ("09:21"), and its zone ("WIB") with the UTC offset in minutes.
  public var time: String?
  public var timeZone: String?
  public var utcOffsetMinutes: Int?
  /// Whether its sentence looks ahead before it ("will", "akan", "scheduled") or a
  /// deadline word stands right before it ("until"): a partial date then lies ahead.
  public var looksAhead = false
  /// Whether another expression comes before it in its sentence: a weekday that lies ahead
  /// then counts from that date ("on Tuesday the group said it would hand over the key on
  /// Wednesday").
  public var followsDateInSentence = false
}
