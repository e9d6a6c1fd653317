// Calendar dates at the precision a text gives: a year, a month, or a day.

/// A proleptic Gregorian date known to year, month or day precision.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let year: Int
  /// 1...12, or nil at year precision.
  public let month: Int?
  /// 1...31, or nil at month or year precision.
  public let day: Int?

  /// A validated date; nil when the parts do not name a real day or month.
  public init?(year: Int, month: Int? = nil, day: Int? = nil) {
    guard (1...9999).contains(year) else { return nil }
    if let month {
      guard (1...12).contains(month) else { return nil }
      if let day {
        guard (1...CivilDate.daysIn(month: month, year: year)).contains(day) else { return nil }
      }
    } else if day != nil {
      return nil
    }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; also accepts a longer ISO 8601 timestamp
  /// ("2023-12-01T10:00:00+07:00") and keeps its calendar date.
  public init?(iso text: Substring) {
    let digits = Array(text.utf8)
    func number(_ range: Range<Int>) -> Int? {
      guard range.upperBound <= digits.count else { return nil }
      var value = 0
      for byte in digits[range] {
        guard byte >= 0x30 && byte <= 0x39 else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      return value
    }
    guard let year = number(0..<4) else { return nil }
    if digits.count == 4 {
      self.init(year: year)
      return
    }
    guard digits.count >= 7, digits[4] == 0x2D, let month = number(5..<7) else { return nil }
    if digits.count == 7 {
      self.init(year: year, month: month)
      return
    }
    guard digits.count >= 10, digits[7] == 0x2D, let day = number(8..<10) else { return nil }
    if digits.count > 10 && ![0x54, 0x74, 0x20].contains(digits[10]) { return nil }
    self.init(year: year, month: month, day: day)
  }

  public init?(iso text: String) { self.init(iso: Substring(text)) }

  public enum Precision: String, Sendable { case year, month, day }

  public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

  /// "YYYY", "YYYY-MM" or "YYYY-MM-DD".
  public var iso: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    var result = pad(year, 4)
    if let month { result += "-" + pad(month, 2) }
    if let day { result += "-" + pad(day, 2) }
    return result
  }

  public var description: String { iso }

  /// Days since 1970-01-01 of a day-precision date (nil otherwise).
  public var dayNumber: Int? {
    guard let month, let day else { return nil }
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// The day-precision date `dayNumber` days after 1970-01-01.
  public init?(dayNumber: Int) {
    let z = dayNumber + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
  }

  /// ISO weekday, 1 = Monday ... 7 = Sunday, for day-precision dates.
  public var weekday: Int? {
    guard let days = dayNumber else { return nil }
    // 1970-01-01 was a Thursday (ISO 4).
    return ((days % 7) + 7 + 3) % 7 + 1
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Orders by the first day each date covers, the coarser date first on a tie, so a
  /// month sorts before the days inside it.
  public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
    (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
  }
}

/// A date is written as its ISO text ("2023", "2023-11", "2023-11-27"); one that names no
/// real day or month is refused.
extension CivilDate: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = CivilDate(iso: text) else {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a date YYYY[-MM[-DD]]")
    }
    self = date
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso)
  }
}
