// Finds temporal expressions in Indonesian and English text.
import LinimasaCore
import LinimasaText

/// Finds dates, ranges, months, years, weekdays, named days and relative expressions in a
/// paragraph, from token patterns over month, weekday, holiday, relative-phrase, number and
/// time-of-day lexicons of both languages. Not dates: years in legal citations ("Nomor 27
/// Tahun 2022"), years in names ("Pemilu 2024") — a bare year or month needs a date marker
/// before it ("tahun", "sejak", "in", "the end of"), "last"/"lalu" beside it, a list after a
/// year, a year counted from publication after it ("April next year"), for a year "for" /
/// "untuk" before it and nothing after it in its phrase, or a determiner before it and a
/// lowercase word after ("the 1996 campaign": a `yearModifier`; "the October slaying": a
/// `monthModifier`) —, recurring days ("every Thursday") and numbers that are amounts or
/// counts (no date shape). Clock times after a date are kept as attributes; each expression
/// notes whether its clause looks ahead before it.
public struct TemporalExtractor: Sendable {
  let grammar: DateGrammar
  let relativeByFirstWord: [String: [RelativePhrase]]
  let numbers: [String: Int]
  let timesOfDay: Set<String>
  /// Date markers by their last word; a phrase's other words stand before it ("end of").
  let markers: [String: [[String]]]
  /// Words after which a bare day number is a day of the month ("tanggal 24").
  let dayMarkers: Set<String>
  /// Determiners and possessive pronouns: a year between one and a word is a year
  /// modifier ("the 1996 campaign", "its 1990 invasion").
  let determiners: Set<String>
  /// Words that join the items of a list ("dan", "and": the coordinator clause markers):
  /// years listed after a year are years ("in 1994, 1995 and 1997").
  let coordinators: Set<String>
  /// Words that introduce a date (the date-lead clause markers: "on", "pada"), besides the
  /// date markers: a named day that is no date alone is one after them ("on Christmas").
  let dateLeads: Set<String>
  /// Future and obligation clause markers by first word: a date after one in its sentence
  /// lies ahead ("will", "akan", "scheduled", "must").
  let aheadMarkers: [String: [[String]]]
  /// Words that open a clause with a tense of its own, ending what a future marker before them
  /// says: relative pronouns ("who", "yang") and speech verbs ("said": "We will go," he
  /// said Monday).
  let clauseOpeners: Set<String>
  /// Named days by their first token, longest first, each as the tokens of its phrase.
  let holidays: [String: [(tokens: [String], holiday: Holiday)]]
  /// Words after which a weekday or a named day recurs ("every Thursday").
  let recurrenceMarkers: Set<String>
  /// Words after which a bare year is a date when it closes its phrase ("expectations for
  /// 1989.", "target untuk 2024 dan 2025").
  let closingYearMarkers: Set<String>
  /// The `until` clause markers by their last word ("until", "hingga", "up to"): a day or
  /// weekday right after one is a deadline, ahead of the clause ("postponed until Tuesday").
  let untilMarkers: [String: [[String]]]
  /// Weekday abbreviations ("sat", "sun") count only beside a date, never alone.
  let weekdayAbbreviations: Set<String>
  /// The hashes of the words and marks an expression can start with, besides numbers.
  let startWords: WordTable<Bool>
  /// Dashes and range words between two dates that make them a range ("20-24 Juni", "2020
  /// hingga 2022", "1991 to 1997").
  let rangeSeparators: Set<String>
  /// Words that open a range of the two dates after them ("antara", "between", "from").
  let betweenWords: Set<String>
  /// Dashes and words that join the two dates after a between word ("dan", "and", "to").
  let betweenSeparators: Set<String>
  /// Words right before or after a date that place it strictly before publication ("Juli
  /// lalu", "last October").
  let strictlyBeforeMarkers: Set<String>
  /// Words right after a weekday that place it strictly before publication ("Kamis lalu").
  let weekdayPastWords: Set<String>
  /// Words between a date and its clock time ("pukul", "at").
  let clockMarkers: Set<String>
  /// Words that, after a number, make the year after them a legal citation's ("Nomor 27
  /// Tahun 2022").
  let citationYearWords: Set<String>
  /// Words after an apostrophe that make the word before a possessive ("Wednesday's").
  let possessiveEndings: Set<String>

  /// The dashes that join two dates as a range.
  static let rangeDashes: Set<String> = ["-", "–", "—"]
  /// The dashes that join the two dates after a between word.
  static let betweenDashes: Set<String> = ["-", "–"]

  public init(lexicons: Lexicons) {
    grammar = DateGrammar(lexicons: lexicons)
    func words(_ list: WordList) -> Set<String> { Set(Language.supported.flatMap { lexicons[$0].words(list) }) }
    rangeSeparators = Self.rangeDashes.union(words(.rangeWords))
    betweenWords = words(.betweenWords)
    betweenSeparators = Self.betweenDashes.union(words(.betweenJoiners))
    strictlyBeforeMarkers = words(.pastMarkers)
    weekdayPastWords = words(.weekdayPastWords)
    clockMarkers = words(.clockMarkers)
    citationYearWords = words(.citationYearWords)
    possessiveEndings = words(.possessiveEndings)
    var relative: [String: [RelativePhrase]] = [:]
    var numbers: [String: Int] = [:]
    var timesOfDay: Set<String> = []
    var markers: [String: [[String]]] = [:]
    var dayMarkers: Set<String> = []
    var determiners: Set<String> = []
    var coordinators: Set<String> = []
    var ahead: [String: [[String]]] = [:]
    var dateLeads: Set<String> = []
    var openers: Set<String> = []
    var recurrence: Set<String> = []
    var holidays: [String: [(tokens: [String], holiday: Holiday)]] = [:]
    var closing: Set<String> = []
    var until: [String: [[String]]] = [:]
    for language in Language.supported {
      let lexicon = lexicons[language]
      for phrase in lexicon.relativeDates { relative[phrase.words[0], default: []].append(phrase) }
      numbers.merge(lexicon.numbers) { first, _ in first }
      timesOfDay.formUnion(lexicon.words(.timesOfDay))
      for marker in lexicon.words(.dateMarkers) {
        let words = marker.split(separator: " ").map(String.init)
        if let last = words.last { markers[last, default: []].append(Array(words.dropLast())) }
      }
      dayMarkers.formUnion(lexicon.words(.dayMarkers))
      openers.formUnion(lexicon.words(.speechVerbs))
      recurrence.formUnion(lexicon.words(.recurrenceMarkers))
      closing.formUnion(lexicon.words(.closingYearMarkers))
      for holiday in lexicon.holidays {
        let tokens = DateGrammar.tokenize(holiday.phrase).map { $0.text == "’" ? "'" : $0.text }
        if let first = tokens.first { holidays[first, default: []].append((tokens, holiday)) }
      }
      for marker in lexicon.clauseMarkers {
        switch marker.kind {
        case .determiner where marker.words.count == 1: determiners.insert(marker.words[0])
        case .coordinator where marker.words.count == 1: coordinators.insert(marker.words[0])
        case .dateLead where marker.words.count == 1: dateLeads.insert(marker.words[0])
        case .relative where marker.words.count == 1: openers.insert(marker.words[0])
        case .future, .obligation: ahead[marker.words[0], default: []].append(marker.words)
        case .until: until[marker.words[marker.words.count - 1], default: []].append(Array(marker.words.dropLast()))
        default: break
        }
      }
    }
    relativeByFirstWord = relative.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    self.numbers = numbers
    self.timesOfDay = timesOfDay
    self.markers = markers
    self.dayMarkers = dayMarkers
    self.determiners = determiners
    self.coordinators = coordinators
    self.dateLeads = dateLeads
    aheadMarkers = ahead
    clauseOpeners = openers
    self.holidays = holidays.mapValues { $0.sorted { $0.tokens.count > $1.tokens.count } }
    recurrenceMarkers = recurrence
    closingYearMarkers = closing
    untilMarkers = until
    let names = Array(grammar.weekdays.keys)
    weekdayAbbreviations = Set(
      names.filter { name in
        name.count <= 4 && names.contains { $0 != name && $0.hasPrefix(name) }
      })
    startWords = Self.startWords(
      grammar: grammar, betweenWords: betweenWords, relativeByFirstWord: relativeByFirstWord, numbers: numbers,
      holidays: Array(self.holidays.keys))
  }

  /// Every word an expression's first token can be: the words `Scan.match(at:)` looks up
  /// at its start (a range opener, a weekday, a month, a relative phrase's first word, a
  /// number word, a named day's first word).
  static func startWords(
    grammar: DateGrammar, betweenWords: Set<String>, relativeByFirstWord: [String: [RelativePhrase]],
    numbers: [String: Int], holidays: [String] = []
  ) -> WordTable<Bool> {
    let words = [
      Array(betweenWords), Array(grammar.weekdays.keys), Array(grammar.months.keys),
      Array(relativeByFirstWord.keys), Array(numbers.keys), holidays,
    ].joined()
    return WordTable(words.map { (WordScanner.foldedHash($0), true) })
  }

  /// Whether an expression may start at `token`: a number, a non-ASCII token (looked up
  /// in full) or one of `startWords`.
  func mayStartExpression(_ token: DateToken) -> Bool {
    token.kind == .number || !token.isASCII || startWords[token.hash] != nil
  }

  /// The temporal expressions of `bytes[span]`, with spans in the raw text.
  public func extract(_ bytes: UnsafeBufferPointer<UInt8>, in span: ByteSpan) -> [TemporalExpression] {
    extract(bytes, in: span, tokens: DateGrammar.tokenize(bytes, span.range))
  }

  /// The same from the span's tokens, `DateGrammar.tokenize(bytes, span.range)`.
  public func extract(
    _ bytes: UnsafeBufferPointer<UInt8>, in span: ByteSpan, tokens: [DateToken]
  ) -> [TemporalExpression] {
    var scan = Scan(extractor: self, tokens: tokens, bytes: bytes, base: span.start)
    return scan.run()
  }
}

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
