// Reads one lexicon folder (common/, id/, en/) into a Lexicons value, validating each row.
import Foundation

/// Loads the files of one lexicon folder. Unknown files and folders are reported, so a
/// misspelt file name does not silently do nothing.
struct LexiconLoader {
  let root: String
  /// Whether the ASCII rows of `entities.tsv` are read from the file's bytes (the general,
  /// String-based reading is kept for the others, and for tests to compare with).
  var readsEntityRowsAsBytes = true

  /// The language folder's files: its tables and lists, and the plain word lists (`WordList`).
  static let languageFiles = [
    "abbreviations.tsv", "stop-words.txt", "furniture.tsv", "months.tsv", "weekdays.tsv", "bylines.tsv",
    "relative-dates.tsv", "numbers.tsv", "role-titles.txt", "referring-nouns.tsv", "event-triggers.tsv",
    "clause-markers.tsv", "name-heads.tsv", "holidays.tsv", "name-classifiers.tsv", "future-cues.tsv",
    "speaker-pronouns.tsv",
  ] + legalFiles + WordList.allCases.map(\.file)
  static let commonFiles = ["outlets.tsv", "time-zones.tsv", "statutes.tsv", "entities.tsv", "event-types.tsv", "places-id.tsv", "places-world.tsv"]

  func load(into lexicons: inout Lexicons, issues: inout [LexiconIssue]) {
    let fileManager = FileManager.default
    var isDirectory: ObjCBool = false
    guard fileManager.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
      issues.append(LexiconIssue(file: root, line: 0, message: "lexicon folder not found"))
      return
    }
    let entries = ((try? fileManager.contentsOfDirectory(atPath: root)) ?? []).sorted()
    for entry in entries where !entry.hasPrefix(".") {
      let path = (root as NSString).appendingPathComponent(entry)
      var entryIsDirectory: ObjCBool = false
      let exists = fileManager.fileExists(atPath: path, isDirectory: &entryIsDirectory)
      if !exists || !entryIsDirectory.boolValue {
        if entry.hasSuffix(".tsv") || entry.hasSuffix(".txt") {
          issues.append(
            LexiconIssue(
              file: path, line: 0, message: "lexicon files belong in common/ or a language folder (id/, en/)"))
        }
        continue
      }
      if entry == "common" {
        loadCommon(folder: path, into: &lexicons, issues: &issues)
      } else if let language = Language(rawValue: entry), language != .undetermined {
        var lexicon = lexicons.languages[language] ?? LanguageLexicon()
        loadLanguage(folder: path, into: &lexicon, issues: &issues)
        lexicons.languages[language] = lexicon
      } else {
        issues.append(
          LexiconIssue(
            file: path, line: 0, message: "unknown lexicon folder; expected common, id or en"))
      }
    }
  }

  private func files(in folder: String, known: [String], issues: inout [LexiconIssue]) -> [String: String] {
    var found: [String: String] = [:]
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    for name in names where !name.hasPrefix(".") {
      let path = (folder as NSString).appendingPathComponent(name)
      if known.contains(name) {
        found[name] = path
      } else if name.hasSuffix(".tsv") || name.hasSuffix(".txt") {
        issues.append(
          LexiconIssue(
            file: path, line: 0, message: "unknown lexicon file; expected one of \(known.joined(separator: ", "))"))
      }
    }
    return found
  }

  private func loadCommon(folder: String, into lexicons: inout Lexicons, issues: inout [LexiconIssue]) {
    let found = files(in: folder, known: Self.commonFiles, issues: &issues)
    if let path = found["outlets.tsv"] {
      var seen = KeyRegistry(file: path)
      for row in LexiconTable.readTable(at: path, columns: ["name", "domains", "aliases"], issues: &issues) {
        guard seen.insert(row.fields[0].lowercased(), line: row.line, issues: &issues) else { continue }
        let domains = Self.list(row.fields[1])
        for domain in domains where !domain.contains(".") || domain.contains(" ") {
          issues.append(LexiconIssue(file: path, line: row.line, message: "'\(domain)' is not a host name"))
        }
        lexicons.outlets.removeAll { $0.name.lowercased() == row.fields[0].lowercased() }
        lexicons.outlets.append(
          Outlet(name: row.fields[0], domains: domains.map { $0.lowercased() }, aliases: Self.list(row.fields[2])))
      }
    }
    if let path = found["statutes.tsv"] {
      var seen = KeyRegistry(file: path)
      var names = KeyRegistry(file: path)
      for row in LexiconTable.readTable(
        at: path, columns: ["id", "title_id", "title_en", "short_names"], issues: &issues)
      {
        let id = row.fields[0]
        guard Self.isStatuteID(id) else {
          issues.append(
            LexiconIssue(
              file: path, line: row.line,
              message: "id must look like UU-27-2022, UUD-1945, KUHP or PUTUSAN-MK-90/PUU-XXI-2023, got '\(id)'"))
          continue
        }
        guard seen.insert(id, line: row.line, issues: &issues) else { continue }
        let shortNames = Self.list(row.fields[3])
        for name in shortNames { _ = names.insert(name.lowercased(), line: row.line, issues: &issues) }
        lexicons.statutes[id] = Statute(
          id: id, titleIndonesian: row.fields[1], titleEnglish: row.fields[2], shortNames: shortNames)
      }
    }
    if let path = found["entities.tsv"] {
      loadEntities(path, into: &lexicons, issues: &issues)
    }
    for file in ["places-id.tsv", "places-world.tsv"] {
      if let path = found[file] { loadPlaces(path, into: &lexicons, issues: &issues) }
    }
    if let path = found["event-types.tsv"] {
      loadEventTypes(path, into: &lexicons, issues: &issues)
    }
    if let path = found["time-zones.tsv"] {
      var seen = KeyRegistry(file: path)
      for row in LexiconTable.readTable(at: path, columns: ["zone", "utc_offset"], issues: &issues) {
        let zone = row.fields[0].uppercased()
        guard seen.insert(zone, line: row.line, issues: &issues) else { continue }
        guard let minutes = Self.parseOffset(row.fields[1]) else {
          issues.append(
            LexiconIssue(
              file: path, line: row.line, message: "utc_offset must look like +7 or +5:30, got '\(row.fields[1])'"))
          continue
        }
        lexicons.timeZones[zone] = minutes
      }
    }
  }

  /// One gazetteer: `name_id`, `name_en`, `kind`, `within` (- for none), `aliases`. A row
  /// repeating another's name, kind and `within` is a duplicate.
  private func loadPlaces(_ path: String, into lexicons: inout Lexicons, issues: inout [LexiconIssue]) {
    var seen = KeyRegistry(file: path)
    for row in LexiconTable.readTable(at: path, columns: ["name_id", "name_en", "kind", "within", "aliases"], issues: &issues) {
      let kind = row.fields[2]
      guard PlaceEntry.kinds.contains(kind) else {
        issues.append(
          LexiconIssue(
            file: path, line: row.line, message: "kind must be one of \(PlaceEntry.kinds.joined(separator: ", ")), got '\(kind)'"))
        continue
      }
      let names = [row.fields[0], row.fields[1]] + Self.list(row.fields[4])
      if let bad = names.first(where: { !($0.first?.isUppercase ?? false) }) {
        issues.append(LexiconIssue(file: path, line: row.line, message: "a place's name starts with a capital letter, got '\(bad)'"))
        continue
      }
      let within = row.fields[3] == "-" ? nil : row.fields[3]
      guard seen.insert([row.fields[0].lowercased(), kind, within ?? "-"].joined(separator: "\t"), line: row.line, issues: &issues)
      else { continue }
      if let within { lexicons.placeWithins.append((path, row.line, within)) }
      lexicons.places.append(
        PlaceEntry(nameIndonesian: row.fields[0], nameEnglish: row.fields[1], kind: kind, within: within, aliases: Self.list(row.fields[4])))
    }
  }

  /// "-" means an empty list; otherwise values separated by "|".
  static func list(_ field: String) -> [String] {
    guard field != "-" else { return [] }
    // Fields are trimmed and not empty, so one without "|" is a list of itself.
    guard field.utf8.contains(UInt8(ascii: "|")) else { return [field] }
    var values: [String] = []
    for part in Self.split(field, on: UInt8(ascii: "|")) {
      let value = part.trimmingSpaces()
      if !value.isEmpty { values.append(value) }
    }
    return values
  }

  /// `text.split(separator:maxSplits:)`, done on the UTF-8 bytes when the text is ASCII, where
  /// every character is one byte (otherwise a combining mark makes "|" part of another character).
  static func split(_ text: String, on separator: UInt8, maxSplits: Int = .max) -> [Substring] {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return text.split(separator: Character(Unicode.Scalar(separator)), maxSplits: maxSplits)
    }
    return text.utf8.split(separator: separator, maxSplits: maxSplits).map { Substring($0) }
  }

  /// `TYPE-number-year`, "UUD-1945", "KUHP" or "PUTUSAN-MK-<docket>".
  static func isStatuteID(_ id: String) -> Bool {
    if id == "UUD-1945" || id == "KUHP" { return true }
    if id.hasPrefix("PUTUSAN-MK-") { return id.count > 11 }
    let parts = id.split(separator: "-")
    let types: Set<Substring> = ["UU", "PP", "PERPRES", "PERPPU", "PERMEN", "PKPU", "PERBAWASLU", "PERDA", "PMK"]
    return parts.count == 3 && types.contains(parts[0]) && Int(parts[1]) != nil && parts[2].count == 4
      && Int(parts[2]) != nil
  }

  static func parseOffset(_ text: String) -> Int? {
    guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
    let parts = text.dropFirst().split(separator: ":", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let hours = Int(parts[0]), (0...14).contains(hours) else { return nil }
    let minutes = parts.count == 2 ? Int(parts[1]) : 0
    guard let minutes, (0..<60).contains(minutes) else { return nil }
    return (sign == "-" ? -1 : 1) * (hours * 60 + minutes)
  }

  private func loadLanguage(folder: String, into lexicon: inout LanguageLexicon, issues: inout [LexiconIssue]) {
    let found = files(in: folder, known: Self.languageFiles, issues: &issues)
    if let path = found["abbreviations.tsv"] {
      var seen = KeyRegistry(file: path)
      for row in LexiconTable.readTable(at: path, columns: ["abbreviation", "ends_sentence"], issues: &issues) {
        let text = row.fields[0]
        guard text.hasSuffix("."), text.count > 1, !text.contains(" ") else {
          issues.append(
            LexiconIssue(
              file: path, line: row.line, message: "an abbreviation is one word ending in '.', got '\(text)'"))
          continue
        }
        guard let flag = yesNo(row.fields[1], path: path, line: row.line, issues: &issues) else { continue }
        guard seen.insert(text.lowercased(), line: row.line, issues: &issues) else { continue }
        lexicon.abbreviations[text.lowercased()] = Abbreviation(text: text, mayEndSentence: flag)
      }
    }
    if let path = found["stop-words.txt"] {
      var seen = KeyRegistry(file: path)
      for row in LexiconTable.readList(at: path, issues: &issues) {
        let word = row.fields[0]
        guard !word.contains(" "), word == word.lowercased() else {
          issues.append(
            LexiconIssue(
              file: path, line: row.line, message: "a stop word is one lowercase word, got '\(word)'"))
          continue
        }
        guard seen.insert(word, line: row.line, issues: &issues) else { continue }
        lexicon.stopWords.insert(word)
      }
    }
    if let path = found["furniture.tsv"] {
      var seen = KeyRegistry(file: path)
      for row in LexiconTable.readTable(at: path, columns: ["match", "phrase", "label"], issues: &issues) {
        guard
          let match = choice(
            row.fields[0], column: "match", among: FurnitureMatch.allCases, path: path, line: row.line, issues: &issues)
        else { continue }
        let phrase = FurnitureNormalizer.normalize(row.fields[1])
        guard !phrase.isEmpty else {
          issues.append(LexiconIssue(file: path, line: row.line, message: "phrase has no letters or digits"))
          continue
        }
        guard seen.insert(match.rawValue + "\t" + phrase, line: row.line, issues: &issues) else { continue }
        lexicon.furniture.append(FurniturePhrase(match: match, phrase: phrase, label: row.fields[2]))
      }
    }
    loadNumbered(
      found["months.tsv"], columns: ["name", "month"], range: 1...12, into: &lexicon.months, issues: &issues)
    loadNumbered(
      found["weekdays.tsv"], columns: ["name", "weekday"], range: 1...7, into: &lexicon.weekdays, issues: &issues)
    loadChoices(
      found["bylines.tsv"], columns: ["label", "role"], choices: BylineRole.allCases, into: &lexicon.bylineLabels,
      issues: &issues)
    for list in WordList.allCases {
      loadWordList(
        found[list.file], into: &lexicon.wordLists[list, default: []], issues: &issues,
        oneWordOfLetters: list.oneWordOfLetters)
    }
    if let path = found["holidays.tsv"] {
      loadHolidays(path, into: &lexicon, issues: &issues)
    }
    if let path = found["future-cues.tsv"] {
      loadFutureCues(path, into: &lexicon, issues: &issues)
    }
    if let path = found["name-heads.tsv"] {
      var seen = KeyRegistry(file: path)
      for row in LexiconTable.readTable(at: path, columns: ["head", "type", "position"], issues: &issues) {
        let head = row.fields[0].lowercased()
        guard head.allSatisfy(\.isLetter) else {
          issues.append(
            LexiconIssue(
              file: path, line: row.line, message: "a name head is one word of letters, got '\(row.fields[0])'"))
          continue
        }
        guard
          let type = choice(
            row.fields[1], column: "type", among: [EntityType.organization, .place], path: path, line: row.line,
            issues: &issues),
          let position = choice(
            row.fields[2], column: "position", among: HeadPosition.allCases, path: path, line: row.line, issues: &issues),
          seen.insert(head, line: row.line, issues: &issues)
        else { continue }
        lexicon.nameHeads[head] = NameHead(type: type, first: position != .last, last: position != .first)
      }
    }
    loadChoices(
      found["name-classifiers.tsv"], columns: ["classifier", "names"], choices: NameClass.allCases,
      into: &lexicon.nameClassifiers, issues: &issues)
    loadChoices(
      found["referring-nouns.tsv"], columns: ["noun", "refers_to"],
      choices: [EntityType.person, .organization, .group],
      into: &lexicon.referringNouns, issues: &issues)
    if let path = found["role-titles.txt"] {
      var seen = KeyRegistry(file: path)
      for row in LexiconTable.readList(at: path, issues: &issues)
      where seen.insert(row.fields[0], line: row.line, issues: &issues) {
        lexicon.roleTitles.append(row.fields[0])
      }
    }
    loadNumbered(
      found["numbers.tsv"], columns: ["word", "value"], range: 1...100, into: &lexicon.numbers, issues: &issues)
    if let path = found["event-triggers.tsv"] {
      loadEventTriggers(path, into: &lexicon, issues: &issues)
    }
    if let path = found["clause-markers.tsv"] {
      loadClauseMarkers(path, into: &lexicon, issues: &issues)
    }
    if let path = found["speaker-pronouns.tsv"] {
      loadSpeakerPronouns(path, into: &lexicon, issues: &issues)
    }
    if let path = found["relative-dates.tsv"] {
      var seen = KeyRegistry(file: path)
      for row in LexiconTable.readTable(at: path, columns: ["phrase", "unit", "offset", "from"], issues: &issues) {
        guard
          let unit = choice(
            row.fields[1], column: "unit", among: RelativeUnit.allCases, path: path, line: row.line, issues: &issues)
        else { continue }
        guard let offset = Int(row.fields[2].hasPrefix("+") ? String(row.fields[2].dropFirst()) : row.fields[2]),
          abs(offset) <= 100
        else {
          issues.append(
            LexiconIssue(
              file: path, line: row.line, message: "offset must be a whole number like -1 or +2, got '\(row.fields[2])'"
            ))
          continue
        }
        guard
          let base = choice(
            row.fields[3], column: "from", among: RelativeBase.allCases, path: path, line: row.line, issues: &issues)
        else { continue }
        let words = row.fields[0].lowercased().split(separator: " ").map(String.init)
        guard words.filter({ $0 == RelativePhrase.numberSlot }).count <= 1 else {
          issues.append(LexiconIssue(file: path, line: row.line, message: "a phrase has at most one number slot '{n}'"))
          continue
        }
        guard seen.insert(words.joined(separator: " "), line: row.line, issues: &issues) else { continue }
        lexicon.relativeDates.append(RelativePhrase(words: words, unit: unit, offset: offset, base: base))
      }
    }
    loadLegalTables(found, into: &lexicon, issues: &issues)
  }

  /// `holidays.tsv`: phrase, month (1–12, or `-` for a moving feast), day (1–31, `N.W` for the
  /// N-th ISO weekday W of the month, or `-`), alone (`yes`/`no`).
  private func loadHolidays(_ path: String, into lexicon: inout LanguageLexicon, issues: inout [LexiconIssue]) {
    var seen = KeyRegistry(file: path)
    for row in LexiconTable.readTable(at: path, columns: ["phrase", "month", "day", "alone"], issues: &issues) {
      let phrase = row.fields[0].lowercased()
      let (monthField, dayField) = (row.fields[1], row.fields[2])
      var month: Int?
      var day: Holiday.Day?
      if monthField != "-" || dayField != "-" {
        month = Int(monthField).flatMap { (1...12).contains($0) ? $0 : nil }
        let parts = dayField.split(separator: ".").map { Int($0) }
        if parts.count == 1, let number = parts[0], (1...31).contains(number) {
          day = .fixed(number)
        } else if parts.count == 2, let n = parts[0], let weekday = parts[1], (1...5).contains(n),
          (1...7).contains(weekday)
        {
          day = .nth(weekday: weekday, n: n)
        }
        guard month != nil, day != nil else {
          issues.append(
            LexiconIssue(
              file: path, line: row.line,
              message:
                "month must be 1–12 and day 1–31 or N.W (the N-th ISO weekday W), or both '-', got '\(monthField)' '\(dayField)'"
            ))
          continue
        }
      }
      guard let alone = yesNo(row.fields[3], path: path, line: row.line, issues: &issues) else { continue }
      guard seen.insert(phrase, line: row.line, issues: &issues) else { continue }
      lexicon.holidays.append(Holiday(phrase: phrase, month: month, day: day, alone: alone))
    }
  }

  /// A list of lowercased entries, each once; with `oneWordOfLetters` (what an entry is, for
  /// the message), every entry must be one word of letters.
  private func loadWordList(
    _ path: String?, into set: inout Set<String>, issues: inout [LexiconIssue], oneWordOfLetters: String? = nil
  ) {
    guard let path else { return }
    var seen = KeyRegistry(file: path)
    for row in LexiconTable.readList(at: path, issues: &issues) {
      let word = row.fields[0].lowercased()
      if let entry = oneWordOfLetters, word.isEmpty || !word.allSatisfy(\.isLetter) {
        issues.append(
          LexiconIssue(file: path, line: row.line, message: "\(entry) is one word of letters, got '\(row.fields[0])'"))
        continue
      }
      guard seen.insert(word, line: row.line, issues: &issues) else { continue }
      set.insert(word)
    }
  }

  /// A two-column table from a lowercased key to one of `choices`, named by raw value
  /// ("penulis → author", "pelaku → person").
  private func loadChoices<Choice: RawRepresentable<String>>(
    _ path: String?, columns: [String], choices: [Choice], into table: inout [String: Choice],
    issues: inout [LexiconIssue]
  ) {
    guard let path else { return }
    var seen = KeyRegistry(file: path)
    for row in LexiconTable.readTable(at: path, columns: columns, issues: &issues) {
      guard
        let found = choice(row.fields[1], column: columns[1], among: choices, path: path, line: row.line, issues: &issues)
      else { continue }
      let key = row.fields[0].lowercased()
      guard seen.insert(key, line: row.line, issues: &issues) else { continue }
      table[key] = found
    }
  }

  /// The choice whose raw value `field` is, or nil with a "`column` must be one of …" issue.
  func choice<Choice: RawRepresentable<String>>(
    _ field: String, column: String, among choices: [Choice], path: String, line: Int, issues: inout [LexiconIssue]
  ) -> Choice? {
    if let found = choices.first(where: { $0.rawValue == field }) { return found }
    let names = choices.map(\.rawValue).joined(separator: ", ")
    issues.append(LexiconIssue(file: path, line: line, message: "\(column) must be one of \(names), got '\(field)'"))
    return nil
  }

  /// Where a name head stands (`name-heads.tsv`'s position column).
  private enum HeadPosition: String, CaseIterable {
    case first, last, either
  }

  private func loadNumbered(
    _ path: String?, columns: [String], range: ClosedRange<Int>, into table: inout [String: Int],
    issues: inout [LexiconIssue]
  ) {
    guard let path else { return }
    var seen = KeyRegistry(file: path)
    for row in LexiconTable.readTable(at: path, columns: columns, issues: &issues) {
      guard let number = Int(row.fields[1]), range.contains(number) else {
        issues.append(
          LexiconIssue(
            file: path, line: row.line,
            message: "\(columns[1]) must be \(range.lowerBound)–\(range.upperBound), got '\(row.fields[1])'"))
        continue
      }
      let name = row.fields[0].lowercased()
      guard !name.hasSuffix("."), !name.contains(" ") else {
        issues.append(
          LexiconIssue(
            file: path, line: row.line,
            message: "write names as one word without a final period, got '\(row.fields[0])'"))
        continue
      }
      guard seen.insert(name, line: row.line, issues: &issues) else { continue }
      table[name] = number
    }
  }

  func yesNo(_ field: String, path: String, line: Int, issues: inout [LexiconIssue]) -> Bool? {
    switch field {
    case "yes": return true
    case "no": return false
    default:
      issues.append(LexiconIssue(file: path, line: line, message: "expected yes or no, got '\(field)'"))
      return nil
    }
  }
}

/// Remembers the keys of one file so a repeated entry is reported with both line numbers.
struct KeyRegistry {
  let file: String
  private var lines: [String: Int] = [:]

  init(file: String, capacity: Int = 0) {
    self.file = file
    lines.reserveCapacity(capacity)
  }

  /// Whether `key` is new; reports a duplicate otherwise.
  mutating func insert(_ key: String, line: Int, issues: inout [LexiconIssue]) -> Bool {
    if let first = lines[key] {
      issues.append(Self.duplicateIssue(file: file, line: line, key: key, first: first))
      return false
    }
    lines[key] = line
    return true
  }

  /// The report of `key` at `line` of `file`, first seen at line `first`.
  static func duplicateIssue(file: String, line: Int, key: String, first: Int) -> LexiconIssue {
    LexiconIssue(
      file: file, line: line,
      message: "duplicate entry '\(key.replacingOccurrences(of: "\t", with: " "))' (first at line \(first))")
  }
}

/// The normalization shared by furniture phrases and the paragraphs they are compared with:
/// ASCII letters lowercased, every run of other punctuation and spaces a separator, and
/// ":" and "©" kept as words of their own, because they tell a label ("Foto: ...") or a
/// notice ("Copyright © ...") from running text.
public enum FurnitureNormalizer {
  /// A normalized word: its hash, and whether it is all digits.
  public struct Token: Sendable {
    public let hash: UInt64
    public let isNumber: Bool
  }

  public static let colonHash = WordScanner.foldedHash(":")

  /// The normalized form as text ("Baca juga:" → "baca juga :").
  public static func normalize(_ text: some StringProtocol) -> String {
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    bytes.withUnsafeBufferPointer { buffer in
      forEachToken(buffer, 0..<buffer.count) { range in
        if !out.isEmpty { out.append(0x20) }
        for index in range { out.append(ASCII.lowercased(buffer[index])) }
        return true
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The first `limit` normalized words of `bytes[span]`.
  public static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, _ span: ByteSpan, limit: Int) -> [Token] {
    // A span of n bytes has at most n words.
    Array(unsafeUninitializedCapacity: max(0, min(limit, span.count))) { buffer, count in
      count = tokens(bytes, span, into: buffer)
    }
  }

  /// Writes the first `buffer.count` normalized words of `bytes[span]` to `buffer` and
  /// returns how many there were.
  public static func tokens(
    _ bytes: UnsafeBufferPointer<UInt8>, _ span: ByteSpan, into buffer: UnsafeMutableBufferPointer<Token>
  ) -> Int {
    var count = 0
    guard !buffer.isEmpty else { return 0 }
    forEachToken(bytes, span.range) { range in
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      var digits = true
      for index in range {
        let byte = bytes[index]
        if !ASCII.isDigit(byte) { digits = false }
        hash = (hash ^ UInt64(ASCII.lowercased(byte))) &* 0x100_0000_01b3
      }
      buffer.initializeElement(at: count, to: Token(hash: hash, isNumber: digits))
      count += 1
      return count < buffer.count
    }
    return count
  }

  /// Calls `body` with each word's byte range; stops when it returns false.
  private static func forEachToken(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (Range<Int>) -> Bool
  ) {
    var index = range.lowerBound
    let end = range.upperBound
    func isSeparatorLead(_ index: Int) -> Bool {
      let byte = bytes[index]
      if byte == 0xC2 { return true }
      return byte == 0xE2 && index + 1 < end && (bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81)
    }
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: ":") {
        guard body(index..<(index + 1)) else { return }
        index += 1
      } else if byte == 0xC2 {
        // U+0080–U+00BF: "©" is a word; the rest (no-break space, «», ...) separate words.
        if index + 1 < end && bytes[index + 1] == 0xA9 {
          guard body(index..<(index + 2)) else { return }
        }
        index += 2
      } else if isSeparatorLead(index) {
        index += 3  // General Punctuation: dashes, curly quotes
      } else if ASCII.isWordByte(byte) {
        let start = index
        while index < end && ASCII.isWordByte(bytes[index]) && !isSeparatorLead(index) { index += 1 }
        guard body(start..<index) else { return }
      } else {
        index += 1
      }
    }
  }
}
