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
