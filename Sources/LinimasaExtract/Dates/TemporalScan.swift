// One pass over a paragraph's date tokens: the state and token tests the patterns use.
import LinimasaCore
import LinimasaText

/// One pass over a paragraph's tokens (its patterns in `TemporalPatterns.swift`).
struct Scan {
  let extractor: TemporalExtractor
  let tokens: [DateToken]
  let bytes: UnsafeBufferPointer<UInt8>
  let base: Int
  var found: [TemporalExpression] = []
  /// Where the last year read as a date ends ("in 1994, 1995 and 1997").
  var lastYearEnd = -1
  /// How far `looksAhead` has read, where the last future or obligation marker of the
  /// sentence it is in ends (-1: none), and where the last comma or quotation mark after it is.
  var aheadScan = (next: 0, markerEnd: -1, lastBreak: -1, sentenceStart: 0)
  /// Where the last expression found starts (a token index).
  var lastStart = -1

  init(extractor: TemporalExtractor, tokens: [DateToken], bytes: UnsafeBufferPointer<UInt8>, base: Int) {
    self.extractor = extractor
    self.tokens = tokens
    self.bytes = bytes
    self.base = base
  }

  /// A date-like part: where it ends (exclusive token index) and what it says.
  enum Part {
    case full(CivilDate)  // day precision
    case monthYear(CivilDate)
    case yearless(month: Int, day: Int)
    case monthOnly(Int)
    case yearOnly(Int)
    case dayOnly(Int)
    /// A named day ("Christmas", "Hari Kemerdekaan"); a moving feast has no date.
    case holiday(Holiday)
    /// A year written in words ("nineteen ninety-six"): a date wherever it stands.
    case spelledYear(CivilDate)
  }

  mutating func run() -> [TemporalExpression] {
    var index = 0
    while index < tokens.count {
      if extractor.mayStartExpression(tokens[index]), var (end, reading) = match(at: index) {
        switch reading {
        case .explicit(let date) where date.precision == .year: lastYearEnd = end
        case .explicit(let date) where date.precision == .day: end = absorbingPastWord(at: end)
        case .dayOfMonth: end = absorbingPastWord(at: end)
        case .yearless(let month, let day, _):
          let past = absorbingPastWord(at: end)
          if past > end { (end, reading) = (past, .yearless(month: month, day: day, strictlyBefore: true)) }
        case .holiday(let holiday, _):
          let past = absorbingPastWord(at: end)
          if past > end { (end, reading) = (past, .holiday(holiday, strictlyBefore: true)) }
        default: break
        }
        emit(reading, from: index, to: end)
        index = end
      } else {
        index += 1
      }
    }
    return found
  }

  /// `end`, or past a "kemarin" / "lalu" right after a full date ("Minggu (28/12/2014)
  /// kemarin", "tanggal 24 kemarin"): it tells the date is past, not another date.
  func absorbingPastWord(at end: Int) -> Int {
    guard let next = word(end) else { return end }
    if extractor.strictlyBeforeMarkers.contains(next) { return end + 1 }
    let yesterday = extractor.relativeByFirstWord[next]?.contains {
      $0.words.count == 1 && $0.unit == .day && $0.offset < 0 && $0.base == .publication
    }
    return yesterday == true ? end + 1 : end
  }

  /// Whether a future or obligation marker stands before `start` in its clause (its
  /// sentence, from the last clause opener: "who", "yang", a speech verb), and whether no
  /// comma or quotation mark stands between them. Read in one pass over the tokens as the
  /// expressions come, in text order (`aheadScan`).
  mutating func looksAhead(before start: Int) -> (ahead: Bool, unbroken: Bool) {
    while aheadScan.next < start {
      let index = aheadScan.next
      if isSentenceEnd(index) {
        aheadScan.markerEnd = -1
        aheadScan.sentenceStart = index + 1
      } else if word(index).map(extractor.clauseOpeners.contains) == true && !isCapitalized(index) {
        aheadScan.markerEnd = -1
      } else if isPunctuation(index, Self.clauseBreaks) {
        aheadScan.lastBreak = index
      } else if let word = word(index), let phrases = extractor.aheadMarkers[word],
        let phrase = phrases.first(where: { phrase in
          index + phrase.count <= tokens.count && phrase.indices.allSatisfy { self.word(index + $0) == phrase[$0] }
        })
      {
        aheadScan.markerEnd = max(aheadScan.markerEnd, index + phrase.count)
      }
      aheadScan.next += 1
    }
    let ahead = aheadScan.markerEnd >= 0 && aheadScan.markerEnd <= start
    return (ahead, ahead && aheadScan.lastBreak < aheadScan.markerEnd)
  }

  /// A ".", "!" or "?" that ends a sentence: not the period of a short capitalized
  /// abbreviation ("Jan.", "Mr.", "U.S.").
  func isSentenceEnd(_ index: Int) -> Bool {
    guard isPunctuation(index, Self.sentenceEnds) else { return false }
    if tokens[index].text == ".", index > 0, tokens[index - 1].kind == .word, tokens[index - 1].text.count <= 3,
      isCapitalized(index - 1)
    {
      return false
    }
    return true
  }

  // MARK: Token tests

  func word(_ index: Int) -> String? {
    index >= 0 && index < tokens.count && tokens[index].kind == .word ? tokens[index].text : nil
  }

  func isPunctuation(_ index: Int, _ marks: Set<String>) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].kind == .punctuation && marks.contains(tokens[index].text)
  }

  func isPunctuation(_ index: Int, _ mark: String) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].kind == .punctuation && tokens[index].text == mark
  }

  static let apostrophes: Set<String> = ["'", "’"]
  /// Marks after which a date-ahead marker no longer reaches the date.
  static let clauseBreaks: Set<String> = [",", "\"", "“", "”", "'", "‘", "’", "`"]
  static let sentenceEnds: Set<String> = [".", "!", "?"]
  static let timestampSeparators: Set<String> = [",", "|", "-", "–"]
  static let clockSeparators: Set<String> = [":", "."]

  func number(_ index: Int, maximumDigits: Int = 2) -> Int? {
    guard index >= 0, index < tokens.count, tokens[index].kind == .number,
      tokens[index].text.count <= maximumDigits
    else { return nil }
    return Int(tokens[index].text)
  }

  func isCapitalized(_ index: Int) -> Bool {
    let offset = base + tokens[index].range.lowerBound
    return ASCII.isUpper(bytes[offset])
  }

  /// A month word at `index` and the index after it, with the period of an abbreviation
  /// ("Nov. 27") but not a sentence's final period ("... sejak Juli.").
  func month(_ index: Int) -> (month: Int, end: Int)? {
    guard let word = word(index), let month = extractor.grammar.months[word] else { return nil }
    let abbreviated = isPunctuation(index + 1, ".") && index + 2 < tokens.count && tokens[index + 2].kind == .number
    return (month, abbreviated ? index + 2 : index + 1)
  }

  func year(_ index: Int) -> Int? {
    guard index >= 0, index < tokens.count, tokens[index].kind == .number, tokens[index].text.count == 4,
      let value = Int(tokens[index].text), (1900...2100).contains(value)
    else { return nil }
    // "2023-12" and "2023/24" are not bare years here.
    return value
  }

  // MARK: Parts

  func part(at index: Int) -> (end: Int, part: Part)? {
    if let match = extractor.grammar.fullDate(in: tokens, at: index) {
      return (match.tokens.upperBound, .full(match.date))
    }
    if let (monthNumber, end) = month(index), isCapitalized(index) {
      if let year = year(end), let date = CivilDate(year: year, month: monthNumber) {
        return (end + 1, .monthYear(date))
      }
      if let (year, yearEnd) = spelledYear(at: end), let date = CivilDate(year: year, month: monthNumber) {
        return (yearEnd, .monthYear(date))
      }
      // "Jan. 6:" is a day; "Jan. 6:30" is not.
      if let day = number(end), (1...31).contains(day), !(isPunctuation(end + 1, ":") && number(end + 2) != nil) {
        return (end + 1, .yearless(month: monthNumber, day: day))
      }
      return (end, .monthOnly(monthNumber))
    }
    if let day = number(index), (1...31).contains(day) {
      if let (monthNumber, end) = month(index + 1), isCapitalized(index + 1) {
        return (end, .yearless(month: monthNumber, day: day))
      }
      return (index + 1, .dayOnly(day))
    }
    if let year = year(index) { return (index + 1, .yearOnly(year)) }
    if let (year, end) = spelledYear(at: index), let date = CivilDate(year: year) { return (end, .spelledYear(date)) }
    if let (holiday, end) = holiday(at: index) { return (end, .holiday(holiday)) }
    return nil
  }

  /// A year in words: a number word of 19 or 20 and one of 10 to 99, the tens and units
  /// joined by a hyphen ("nineteen ninety-six", "twenty twenty-four"), and the index after it.
  func spelledYear(at index: Int) -> (year: Int, end: Int)? {
    guard let century = word(index).flatMap({ extractor.numbers[$0] }), (19...20).contains(century),
      let tens = word(index + 1).flatMap({ extractor.numbers[$0] }), (10...99).contains(tens)
    else { return nil }
    if tens >= 20, tens % 10 == 0, isPunctuation(index + 2, "-"),
      let units = word(index + 3).flatMap({ extractor.numbers[$0] }), (1...9).contains(units)
    {
      return (century * 100 + tens + units, index + 4)
    }
    return (century * 100 + tens, index + 2)
  }

  /// The named day whose phrase starts at `index` (the longest), when its last word is
  /// capitalized ("Christmas", "hari Natal"), and the index after it.
  func holiday(at index: Int) -> (Holiday, end: Int)? {
    guard index < tokens.count, let candidates = extractor.holidays[tokens[index].text] else { return nil }
    for (phrase, holiday) in candidates {
      let end = index + phrase.count
      guard end <= tokens.count,
        phrase.indices.allSatisfy({ (tokens[index + $0].text == "’" ? "'" : tokens[index + $0].text) == phrase[$0] })
      else { continue }
      guard let last = (index..<end).last(where: { tokens[$0].kind == .word }), isCapitalized(last) else { return nil }
      return (holiday, end)
    }
    return nil
  }

  /// The reading of one part on its own, if it is a date without context.
  func reading(of part: Part) -> TemporalReading? {
    switch part {
    case .full(let date), .monthYear(let date), .spelledYear(let date): return .explicit(date)
    case .yearless(let month, let day): return .yearless(month: month, day: day)
    case .monthOnly, .yearOnly, .dayOnly, .holiday: return nil
    }
  }

  /// Two parts joined as a range ("20-24 Juni 2024", "2020 hingga 2022").
  func range(_ first: Part, _ second: Part) -> TemporalReading? {
    switch (first, second) {
    case (.full(let start), .full(let end)), (.monthYear(let start), .monthYear(let end)):
      return start < end ? .explicitRange(start, end) : nil
    case (.dayOnly(let day), .full(let end)):
      guard let month = end.month, let start = CivilDate(year: end.year, month: month, day: day), start < end else {
        return nil
      }
      return .explicitRange(start, end)
    case (.yearless(let month, let day), .full(let end)):
      let year = month > (end.month ?? 12) ? end.year - 1 : end.year
      guard let start = CivilDate(year: year, month: month, day: day) else { return nil }
      return .explicitRange(start, end)
    case (.dayOnly(let day), .yearless(let month, let endDay)):
      return day < endDay ? .yearlessRange(month: month, day: day, endMonth: month, endDay: endDay) : nil
    case (.yearless(let month, let day), .dayOnly(let endDay)):
      return day < endDay ? .yearlessRange(month: month, day: day, endMonth: month, endDay: endDay) : nil
    case (.yearless(let month, let day), .yearless(let endMonth, let endDay)):
      return .yearlessRange(month: month, day: day, endMonth: endMonth, endDay: endDay)
    case (.yearOnly(let first), .yearOnly(let last)):
      guard first < last, let start = CivilDate(year: first), let end = CivilDate(year: last) else { return nil }
      return .explicitRange(start, end)
    case (.monthOnly(let first), .monthOnly(let last)):
      return .monthRange(first, last)
    case (.monthOnly(let first), .monthYear(let end)):
      guard let start = CivilDate(year: end.year, month: first), start < end else { return nil }
      return .explicitRange(start, end)
    default:
      return nil
    }
  }

  // MARK: Output

  mutating func emit(_ reading: TemporalReading, from start: Int, to end: Int) {
    var expression = TemporalExpression(
      span: ByteSpan(base + tokens[start].range.lowerBound, base + tokens[end - 1].range.upperBound),
      reading: reading, value: nil, resolution: .unresolved)
    for index in start..<end {
      if let word = word(index), extractor.timesOfDay.contains(word) {
        expression.partOfDay = word
        break
      }
    }
    let (ahead, unbroken) = looksAhead(before: start)
    expression.followsDateInSentence = lastStart >= aheadScan.sentenceStart
    lastStart = start
    let lead = word(start - 1).map(extractor.dateLeads.contains) == true ? start - 1 : start
    if endsPhrase(extractor.untilMarkers, before: lead), isDeadlineShaped(reading) {
      expression.looksAhead = true
    } else if case .weekday = reading {
      // A weekday lies ahead only in the marker's own phrase, and not when it names a
      // known occasion ("get around Wednesday's ruling").
      let possessive = isPossessiveEnding(at: end + 1)
      expression.looksAhead = unbroken && !possessive
    } else {
      expression.looksAhead = ahead
    }
    attachClockTime(after: end, to: &expression)
    found.append(expression)
  }

  /// Whether `reading` is a day that an `until` marker before it makes a deadline ahead
  /// (not a month or a year: "until January" may tell how long something lasted).
  func isDeadlineShaped(_ reading: TemporalReading) -> Bool {
    switch reading {
    case .weekday(_, nil, false), .yearless(_, _, false), .dayOfMonth: return true
    default: return false
    }
  }

  /// "pukul 09.21 WIB", "14:05 WIB", "at 10:30 am" right after a date.
  func attachClockTime(after end: Int, to expression: inout TemporalExpression) {
    var index = end
    while isPunctuation(index, Self.timestampSeparators) { index += 1 }
    if let word = word(index), extractor.clockMarkers.contains(word) { index += 1 }
    guard let hour = number(index), (0...23).contains(hour), isPunctuation(index + 1, Self.clockSeparators),
      index + 2 < tokens.count, tokens[index + 2].kind == .number, tokens[index + 2].text.count == 2,
      let minute = Int(tokens[index + 2].text), (0...59).contains(minute)
    else { return }
    expression.time = (hour < 10 ? "0" : "") + String(hour) + ":" + tokens[index + 2].text
    if let zone = word(index + 3)?.uppercased(), let offset = extractor.grammar.timeZones[zone] {
      expression.timeZone = zone
      expression.utcOffsetMinutes = offset
    }
  }
}
