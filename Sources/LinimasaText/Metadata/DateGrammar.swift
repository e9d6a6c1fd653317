// Reads calendar dates written in full, in Indonesian or English, for metadata and
// timestamp lines. (Partial and relative dates belong to the temporal extractor.)
import LinimasaCore

/// A word, number or punctuation mark of a short line, with its UTF-8 range in that line.
public struct DateToken: Equatable, Sendable {
  public enum Kind: Sendable { case word, number, punctuation }
  public let kind: Kind
  /// Lowercased for words; as written otherwise.
  public let text: String
  /// UTF-8 offsets in the tokenized text.
  public let range: Range<Int>
  /// FNV-1a 64 of `text`'s bytes, as `WordScanner.foldedHash` computes it for words.
  public let hash: UInt64
  /// Whether the token is plain ASCII (lookups by `hash` are then exact).
  public let isASCII: Bool
}

/// Full-date patterns over month and weekday names from every loaded language.
public struct DateGrammar: Sendable {
  public let months: [String: Int]
  public let weekdays: [String: Int]
  public let timeZones: [String: Int]
  let timestampLabels: Set<String>
  /// Suffixes written after a day number ("th" of "4th December").
  let ordinalSuffixes: Set<String>
  /// Words of a clock time's half of the day in a timestamp line ("pm", "a" and "m" of "a.m.").
  let meridiemWords: Set<String>

  public init(lexicons: Lexicons) {
    var months: [String: Int] = [:]
    var weekdays: [String: Int] = [:]
    for language in Language.supported {
      let lexicon = lexicons[language]
      months.merge(lexicon.months) { first, _ in first }
      weekdays.merge(lexicon.weekdays) { first, _ in first }
    }
    func words(_ list: WordList) -> Set<String> { Set(Language.supported.flatMap { lexicons[$0].words(list) }) }
    self.months = months
    self.weekdays = weekdays
    self.timeZones = lexicons.timeZones
    timestampLabels = words(.timestampLabels)
    ordinalSuffixes = words(.ordinalSuffixes)
    meridiemWords = words(.meridiemWords)
  }

  /// Words, numbers and punctuation marks of `text`, with their UTF-8 ranges.
  public static func tokenize(_ text: some StringProtocol) -> [DateToken] {
    Array(text.utf8).withUnsafeBufferPointer { tokenize($0, 0..<$0.count) }
  }

  /// The tokens of `bytes[range]` (valid UTF-8), with ranges counted from `range`'s start.
  public static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [DateToken] {
    var tokens: [DateToken] = []
    tokens.reserveCapacity(range.count / 4)
    var index = range.lowerBound
    let end = range.upperBound
    while index < end {
      let byte = bytes[index]
      let start = index
      let kind: DateToken.Kind
      if ASCII.isSpace(byte) {
        index += 1
        continue
      } else if ASCII.isDigit(byte) {
        while index < end && ASCII.isDigit(bytes[index]) { index += 1 }
        kind = .number
      } else if ASCII.isLetter(byte) || (byte >= 0xC0 && !isPunctuationLead(bytes, index, end)) {
        while index < end
          && (ASCII.isLetter(bytes[index]) || (bytes[index] >= 0x80 && !isPunctuationLead(bytes, index, end)))
        {
          index += 1
        }
        kind = .word
      } else {
        index += 1
        while index < end && bytes[index] & 0xC0 == 0x80 { index += 1 }
        kind = .punctuation
      }
      tokens.append(token(kind, bytes, start..<index, offset: range.lowerBound))
    }
    return tokens
  }

  /// The token of `bytes[range]`, words lowercased (ASCII letters only).
  private static func token(
    _ kind: DateToken.Kind, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, offset: Int
  ) -> DateToken {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var isASCII = true
    let text = String(unsafeUninitializedCapacity: range.count) { buffer in
      for (position, index) in range.enumerated() {
        let byte = kind == .word ? ASCII.lowercased(bytes[index]) : bytes[index]
        if byte >= 0x80 { isASCII = false }
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        buffer[position] = byte
      }
      return range.count
    }
    let local = (range.lowerBound - offset)..<(range.upperBound - offset)
    return DateToken(kind: kind, text: text, range: local, hash: hash, isASCII: isASCII)
  }

  /// Whether a non-ASCII scalar starting at `index` is punctuation or a space (Latin-1
  /// symbols, General Punctuation such as dashes and curly quotes).
  private static func isPunctuationLead(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
    let byte = bytes[index]
    if byte == 0xC2 { return true }
    return byte == 0xE2 && index + 1 < end && (bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81)
  }

  /// A date found in a token list: the value and the tokens it used.
  public struct Match: Sendable {
    public let date: CivilDate
    public let tokens: Range<Int>
  }

  /// The first full date (day, month and year) in `tokens`.
  func firstFullDate(in tokens: [DateToken]) -> Match? {
    var index = 0
    while index < tokens.count {
      if let match = fullDate(in: tokens, at: index) { return match }
      index += 1
    }
    return nil
  }

  /// A full date starting exactly at `start`.
  public func fullDate(in tokens: [DateToken], at start: Int) -> Match? {
    func token(_ offset: Int) -> DateToken? { start + offset < tokens.count ? tokens[start + offset] : nil }
    func number(_ offset: Int) -> Int? {
      guard let token = token(offset), token.kind == .number, token.text.count <= 4 else { return nil }
      return Int(token.text)
    }
    func isPunctuation(_ offset: Int, _ marks: Set<String>) -> Bool {
      guard let token = token(offset), token.kind == .punctuation else { return false }
      return marks.contains(token.text)
    }
    func month(_ offset: Int) -> (month: Int, width: Int)? {
      guard let token = token(offset), token.kind == .word, let month = months[token.text] else { return nil }
      return (month, isPunctuation(offset + 1, ["."]) ? 2 : 1)
    }
    guard let first = token(0) else { return nil }
    // 2023-12-04, 2023/12/04
    if first.kind == .number, first.text.count == 4, let year = number(0), isPunctuation(1, ["-", "/"]),
      let monthNumber = number(2), isPunctuation(3, [tokens[start + 1].text]), let day = number(4),
      token(2)?.text.count ?? 0 <= 2, token(4)?.text.count ?? 0 <= 2,
      let date = CivilDate(year: year, month: monthNumber, day: day)
    {
      return Match(date: date, tokens: start..<(start + 5))
    }
    // 4/12/2023, 04-12-2023, 4.12.2023 (day first, as written in Indonesia and in British English)
    if first.kind == .number, first.text.count <= 2, let day = number(0), isPunctuation(1, ["/", "-", "."]),
      let monthNumber = number(2), token(2)?.text.count ?? 0 <= 2, isPunctuation(3, [tokens[start + 1].text]),
      let year = number(4), token(4)?.text.count == 4,
      let date = CivilDate(year: year, month: monthNumber, day: day)
    {
      return Match(date: date, tokens: start..<(start + 5))
    }
    // 4 Desember 2023, 4 Dec. 2023, 4th December 2023
    if first.kind == .number, first.text.count <= 2, let day = number(0) {
      var offset = 1
      if let suffix = token(1), suffix.kind == .word, ordinalSuffixes.contains(suffix.text) { offset = 2 }
      if let (monthNumber, width) = month(offset) {
        var yearOffset = offset + width
        if isPunctuation(yearOffset, [","]) { yearOffset += 1 }
        if let year = number(yearOffset), token(yearOffset)?.text.count == 4,
          let date = CivilDate(year: year, month: monthNumber, day: day)
        {
          return Match(date: date, tokens: start..<(start + yearOffset + 1))
        }
      }
    }
    // December 4, 2023; Dec. 4 2023; December 4th, 2023
    if let (monthNumber, width) = month(0), let day = number(width), token(width)?.text.count ?? 0 <= 2 {
      var offset = width + 1
      if let suffix = token(offset), suffix.kind == .word, ordinalSuffixes.contains(suffix.text) { offset += 1 }
      if isPunctuation(offset, [","]) { offset += 1 }
      if let year = number(offset), token(offset)?.text.count == 4,
        let date = CivilDate(year: year, month: monthNumber, day: day)
      {
        return Match(date: date, tokens: start..<(start + offset + 1))
      }
    }
    return nil
  }

  /// A date from a metadata field: ISO 8601 (date or timestamp), RFC 2822, or a written
  /// full date ("30 November 2023", "Nov 30, 2023", "30/11/2023").
  public func parseMetadataDate(_ value: String) -> CivilDate? {
    let trimmed = value.trimmingSpaces()
    if let date = CivilDate(iso: trimmed) { return date }
    let tokens = Self.tokenize(trimmed)
    return firstFullDate(in: tokens)?.date
  }

  /// Timestamp lines are short; longer paragraphs are not examined.
  public static let timestampMaximumBytes = 120

  /// A cheap test on bytes: a full date has a four-digit year.
  public static func mayHoldFullDate(_ bytes: UnsafeBufferPointer<UInt8>, _ span: ByteSpan) -> Bool {
    var run = 0
    for index in span.range {
      if ASCII.isDigit(bytes[index]) {
        run += 1
        if run == 4 && (index + 1 == span.end || !ASCII.isDigit(bytes[index + 1])) { return true }
      } else {
        run = 0
      }
    }
    return false
  }

  /// The date of a timestamp line ("Senin, 4 Desember 2023 14:05 WIB", "29/11/2023,
  /// 14.55 WIB", "Updated: Dec 1, 2023 10:30 am"): a line holding one full date and
  /// otherwise only a weekday, a clock time, a time zone, labels and separators.
  public func timestampDate(_ line: some StringProtocol) -> CivilDate? {
    guard line.utf8.count <= Self.timestampMaximumBytes else { return nil }
    let tokens = Self.tokenize(line)
    guard let match = firstFullDate(in: tokens) else { return nil }
    var index = 0
    while index < tokens.count {
      if match.tokens.contains(index) {
        index = match.tokens.upperBound
        continue
      }
      let token = tokens[index]
      switch token.kind {
      case .word:
        let allowed = weekdays[token.text] != nil || timestampLabels.contains(token.text)
          || timeZones[token.text.uppercased()] != nil || meridiemWords.contains(token.text)
        guard allowed else { return nil }
      case .number:
        // Clock times: 14:05, 14.55, 9:12; nothing else numeric may stand beside the date.
        guard token.text.count <= 2, index + 2 < tokens.count, [":", "."].contains(tokens[index + 1].text),
          tokens[index + 2].kind == .number, tokens[index + 2].text.count == 2
        else { return nil }
        index += 3
        if index + 1 < tokens.count, [":", "."].contains(tokens[index].text), tokens[index + 1].kind == .number {
          index += 2
        }
        continue
      case .punctuation:
        guard ["|", "-", "–", "—", ",", "/", ":", "(", ")", "+", "•", "·", "."].contains(token.text) else { return nil }
      }
      index += 1
    }
    return match.date
  }
}
