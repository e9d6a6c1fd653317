// The date patterns one pass over a paragraph's tokens matches ("between X and Y",
// "Senin (4/12/2023)", "last May", "a day later").
import LinimasaCore

extension Scan {
  func match(at index: Int) -> (Int, TemporalReading)? {
    // "between X and Y", "antara X dan Y", "from X to Y".
    if let word = word(index), extractor.betweenWords.contains(word),
      let (firstEnd, first) = part(at: index + 1),
      index + 1 < tokens.count,
      let separator = tokens.indices.contains(firstEnd) ? tokens[firstEnd].text : nil,
      extractor.betweenSeparators.contains(separator), let (end, second) = part(at: firstEnd + 1),
      let reading = range(first, second)
    {
      return (end, reading)
    }
    if let weekdayMatch = weekdayWithDate(at: index) { return weekdayMatch }
    if let (firstEnd, first) = part(at: index) {
      if firstEnd < tokens.count, extractor.rangeSeparators.contains(tokens[firstEnd].text),
        let (end, second) = part(at: firstEnd + 1), let reading = range(first, second)
      {
        return (end, reading)
      }
      if let inYear = inRelativeYear(first, end: firstEnd) { return inYear }
      if let reading = reading(of: first) { return (firstEnd, reading) }
      if let special = monthDayOrYear(first, at: index, end: firstEnd) { return special }
      // A bare month or year needs a date marker before it ("pada Juli", "since 2015");
      // "Tahun" right after a number is a legal citation's year ("Nomor 27 Tahun 2022").
      if hasDateMarker(before: index), !isCitationYear(at: index) {
        switch first {
        case .monthOnly(let month): return (firstEnd, .month(month, strictlyBefore: false))
        case .yearOnly(let year): return CivilDate(year: year).map { (firstEnd, .explicit($0)) }
        default: break
        }
      }
      if case .yearOnly(let year) = first, let before = word(index - 1), extractor.closingYearMarkers.contains(before),
        closesPhrase(firstEnd), let date = CivilDate(year: year)
      {
        return (firstEnd, .explicit(date))
      }
      if case .holiday(let holiday) = first { return namedDay(holiday, at: index, end: firstEnd) }
    }
    if let relative = relativePhrase(at: index) { return relative }
    return bareWeekday(at: index)
  }

  /// Whether the year at `index` is a legal citation's: a citation year word right before
  /// it, a number before that ("Nomor 27 Tahun 2022").
  func isCitationYear(at index: Int) -> Bool {
    word(index - 1).map(extractor.citationYearWords.contains) == true && number(index - 2, maximumDigits: 4) != nil
  }

  /// Whether the word at `index` ends a possessive, after an apostrophe ("Wednesday's").
  func isPossessiveEnding(at index: Int) -> Bool {
    word(index).map(extractor.possessiveEndings.contains) == true && isPunctuation(index - 1, Self.apostrophes)
  }

  /// Whether a date marker ends right before `index` ("in", "sejak", "the end of").
  func hasDateMarker(before index: Int) -> Bool { endsPhrase(extractor.markers, before: index) }

  /// Whether one of `phrases` (keyed by their last word, the words before it as values)
  /// ends right before `index`.
  func endsPhrase(_ phrases: [String: [[String]]], before index: Int) -> Bool {
    guard let last = word(index - 1), let heads = phrases[last] else { return false }
    return heads.contains { words in
      words.indices.allSatisfy { word(index - 1 - words.count + $0) == words[$0] }
    }
  }

  /// Whether the year ending before `end` closes its phrase: nothing, a punctuation mark
  /// other than a hyphen, or a coordinator follows it.
  func closesPhrase(_ end: Int) -> Bool {
    guard end < tokens.count else { return true }
    if tokens[end].kind == .punctuation { return !["-", "–", "/"].contains(tokens[end].text) }
    return word(end).map(extractor.coordinators.contains) == true
  }

  /// A month, a day or a named day followed by a year counted from publication ("April next
  /// year", "early October this year", "Juli tahun lalu", "Christmas last year").
  func inRelativeYear(_ part: Part, end: Int) -> (Int, TemporalReading)? {
    let partial: YearlessDate
    switch part {
    case .monthOnly(let month): partial = .month(month)
    case .yearless(let month, let day): partial = .day(month: month, day: day)
    case .holiday(let holiday) where holiday.month != nil: partial = .holiday(holiday)
    default: return nil
    }
    guard let (yearEnd, reading) = relativePhrase(at: end), case .relative(.year, let years) = reading else {
      return nil
    }
    return (yearEnd, .inRelativeYear(partial, years: years))
  }

  /// A named day: with a year after it, that day ("Christmas 2023", "Natal 2023"); with "last"
  /// before it, the latest before publication; a date by itself when its lexicon says so, or
  /// after a date marker or date lead ("on Christmas"); never after a recurrence marker
  /// ("every Christmas") and never a moving feast ("Tahun Baru Imlek"), whose tokens are
  /// passed over.
  func namedDay(_ holiday: Holiday, at index: Int, end: Int) -> (Int, TemporalReading)? {
    guard holiday.month != nil, word(index - 1).map(extractor.recurrenceMarkers.contains) != true else { return nil }
    if let year = year(end) {
      return holiday.date(in: year).map { (end + 1, .explicit($0)) }
    }
    if let before = word(index - 1), extractor.strictlyBeforeMarkers.contains(before) {
      return (end, .holiday(holiday, strictlyBefore: true))
    }
    let led = word(index - 1).map { extractor.dateLeads.contains($0) } ?? false
    guard
      holiday.alone || led || hasDateMarker(before: index)
        || word(end).map(extractor.strictlyBeforeMarkers.contains) == true
    else { return nil }
    return (end, .holiday(holiday, strictlyBefore: false))
  }

  /// "last October", "Juli lalu", "tanggal 24", "the 1996 campaign", "the October slaying",
  /// and the later years of a list after a year ("in 1994, 1995 and 1997").
  func monthDayOrYear(_ part: Part, at index: Int, end: Int) -> (Int, TemporalReading)? {
    switch part {
    case .monthOnly(let month):
      if let after = word(end), extractor.strictlyBeforeMarkers.contains(after) {
        return (end + 1, .month(month, strictlyBefore: true))
      }
      if let before = word(index - 1), extractor.strictlyBeforeMarkers.contains(before) {
        return (end, .month(month, strictlyBefore: true))
      }
      // A month naming what a noun refers to: "the October slaying", "its May report".
      if word(index - 1).map(extractor.determiners.contains) == true, word(end) != nil, !isCapitalized(end) {
        return (end, .monthModifier(month))
      }
    case .dayOnly(let day):
      if let before = word(index - 1), extractor.dayMarkers.contains(before) { return (end, .dayOfMonth(day)) }
    case .yearOnly(let year):
      if lastYearEnd >= 0, index - lastYearEnd <= 2, index > lastYearEnd,
        (lastYearEnd..<index).allSatisfy({ isPunctuation($0, ",") || extractor.coordinators.contains(word($0) ?? "") }
        ),
        let date = CivilDate(year: year)
      {
        return (end, .explicit(date))
      }
      let possessive = isPossessiveEnding(at: index - 1)
      let determined = word(index - 1).map(extractor.determiners.contains) == true
      // "his unsuccessful 1996 campaign": one lowercase word between the determiner and the
      // year, and a noun in the singular after it ("the remaining 1950 troops" counts them).
      let qualified =
        word(index - 2).map(extractor.determiners.contains) == true
        && word(index - 1).map { extractor.numbers[$0] == nil && !isCapitalized(index - 1) } == true
        && word(end).map { !$0.hasSuffix("s") } == true
      // A capitalized word after it makes a name ("the 1945 Constitution").
      if possessive || determined || qualified, word(end) != nil, !isCapitalized(end) {
        return (end, .yearModifier(year))
      }
    default: break
    }
    return nil
  }

  /// "Senin (4/12/2023)", "Rabu malam, 29 November 2023", "Senin (27/11)", "Saturday, December 2".
  func weekdayWithDate(at index: Int) -> (Int, TemporalReading)? {
    guard let word = word(index), extractor.grammar.weekdays[word] != nil else { return nil }
    var next = index + 1
    if let time = self.word(next), extractor.timesOfDay.contains(time) { next += 1 }
    if isPunctuation(next, ",") { next += 1 }
    if isPunctuation(next, "(") {
      if let match = extractor.grammar.fullDate(in: tokens, at: next + 1), isPunctuation(match.tokens.upperBound, ")")
      {
        return (match.tokens.upperBound + 1, .explicit(match.date))
      }
      if let day = number(next + 1), isPunctuation(next + 2, "/"), let month = number(next + 3),
        isPunctuation(next + 4, ")"), CivilDate(year: 2000, month: month, day: day) != nil
      {
        return (next + 5, .yearless(month: month, day: day))
      }
      return nil
    }
    if let (end, part) = part(at: next), let reading = reading(of: part) { return (end, reading) }
    return nil
  }

  /// Whether the weekday at `index` recurs: after a recurrence marker ("every Thursday",
  /// "setiap Senin"), or before a plural part of the day ("Tuesday nights"), itself or the
  /// weekday joined to it ("Monday and Tuesday nights").
  func recurs(at index: Int) -> Bool {
    if let before = word(index - 1), extractor.recurrenceMarkers.contains(before) { return true }
    func pluralPartOfDay(_ position: Int) -> Bool {
      guard let word = word(position), word.count > 1, word.hasSuffix("s") else { return false }
      return extractor.timesOfDay.contains(String(word.dropLast()))
    }
    if pluralPartOfDay(index + 1) { return true }
    if let joiner = word(index + 1), extractor.coordinators.contains(joiner),
      let next = word(index + 2), extractor.grammar.weekdays[next] != nil
    {
      return pluralPartOfDay(index + 3)
    }
    return false
  }

  /// "kemarin", "pekan lalu", "dua hari lalu", "three days ago", with a part of the day after.
  func relativePhrase(at index: Int) -> (Int, TemporalReading)? {
    guard index < tokens.count else { return nil }
    let first = tokens[index]
    // Only a start word can be a phrase's first word.
    let named = extractor.mayStartExpression(first) ? extractor.relativeByFirstWord[first.text] ?? [] : []
    let firstNumber = slotNumber(at: index)
    let numbered = firstNumber != nil ? extractor.relativeByFirstWord[RelativePhrase.numberSlot] ?? [] : []
    guard !named.isEmpty || !numbered.isEmpty else { return nil }
    var best: (Int, TemporalReading)?
    for phrase in [named, numbered].joined() {
      guard let (end, count) = matchRelative(phrase, at: index, firstNumber: firstNumber) else { continue }
      var position = end
      if let time = word(position), extractor.timesOfDay.contains(time) { position += 1 }
      if best.map({ $0.0 < position }) ?? true {
        let offset = phrase.offset * count
        best = (
          position, phrase.base == .previous ? .fromPrevious(phrase.unit, offset) : .relative(phrase.unit, offset)
        )
      }
    }
    return best
  }

  /// Where `phrase` ends when its words start at `index`, with the number its slot holds (1
  /// without a slot); `firstNumber` is `slotNumber(at: index)`.
  func matchRelative(_ phrase: RelativePhrase, at index: Int, firstNumber: Int?) -> (end: Int, count: Int)? {
    var position = index
    var count = 1
    for word in phrase.words {
      guard position < tokens.count else { return nil }
      if word == RelativePhrase.numberSlot {
        guard let value = position == index ? firstNumber : slotNumber(at: position) else { return nil }
        count = value
      } else if self.word(position) != word {
        return nil
      }
      position += 1
    }
    return (position, count)
  }

  /// The number a relative phrase's slot can hold at `index`: up to three digits or a
  /// number word ("dua", "three").
  func slotNumber(at index: Int) -> Int? {
    number(index, maximumDigits: 3) ?? word(index).flatMap { extractor.numbers[$0] }
  }

  /// "Sabtu", "pada Senin", "on Monday", "Selasa sore", "Kamis pekan lalu", "last Thursday".
  func bareWeekday(at index: Int) -> (Int, TemporalReading)? {
    guard let word = word(index), let weekday = extractor.grammar.weekdays[word],
      !extractor.weekdayAbbreviations.contains(word), isCapitalized(index), !recurs(at: index)
    else { return nil }
    var end = index + 1
    if let time = self.word(end), extractor.timesOfDay.contains(time) { end += 1 }
    if let (relativeEnd, reading) = relativePhrase(at: end), case .relative(.week, let offset) = reading {
      return (relativeEnd, .weekday(weekday, weekOffset: offset, strictlyBefore: false))
    }
    var strictlyBefore = self.word(index - 1).map { extractor.strictlyBeforeMarkers.contains($0) } ?? false
    if let after = self.word(end), extractor.weekdayPastWords.contains(after) {
      strictlyBefore = true
      end += 1
    }
    return (end, .weekday(weekday, weekOffset: nil, strictlyBefore: strictlyBefore))
  }
}
