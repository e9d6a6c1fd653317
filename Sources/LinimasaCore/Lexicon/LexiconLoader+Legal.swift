// Reading the legal tables of a language folder: instrument forms, anaphora, full heads of
// statutes' short names and names of the old criminal code.

extension LexiconLoader {
  /// The legal tables of a language folder.
  static let legalFiles = [
    "legal-instruments.tsv", "legal-anaphora.tsv", "legal-head-abbreviations.tsv", "legal-criminal-code.tsv",
  ]

  /// Reads the legal tables among `found` (file name → path).
  func loadLegalTables(_ found: [String: String], into lexicon: inout LanguageLexicon, issues: inout [LexiconIssue]) {
    if let path = found["legal-instruments.tsv"] { loadInstrumentForms(path, into: &lexicon, issues: &issues) }
    if let path = found["legal-anaphora.tsv"] { loadLegalAnaphora(path, into: &lexicon, issues: &issues) }
    if let path = found["legal-head-abbreviations.tsv"] {
      loadStatuteHeadAbbreviations(path, into: &lexicon, issues: &issues)
    }
    if let path = found["legal-criminal-code.tsv"] { loadCriminalCodeNames(path, into: &lexicon, issues: &issues) }
  }

  /// Phrase, code (an `InstrumentCode`), capitalized (`yes`/`no`); each phrase once.
  private func loadInstrumentForms(_ path: String, into lexicon: inout LanguageLexicon, issues: inout [LexiconIssue]) {
    var seen = KeyRegistry(file: path)
    for row in LexiconTable.readTable(at: path, columns: ["phrase", "code", "capitalized"], issues: &issues) {
      guard let phrase = legalPhrase(row.fields[0], path: path, line: row.line, issues: &issues),
        let code = choice(
          row.fields[1], column: "code", among: InstrumentCode.allCases, path: path, line: row.line, issues: &issues),
        let capitalized = yesNo(row.fields[2], path: path, line: row.line, issues: &issues),
        seen.insert(phrase, line: row.line, issues: &issues)
      else { continue }
      lexicon.instrumentForms.append(InstrumentForm(phrase: phrase, code: code, capitalized: capitalized))
    }
  }

  /// Phrase, refers_to (`statute`/`instrument`), only_after_articles (`yes`/`no`); each phrase once.
  private func loadLegalAnaphora(_ path: String, into lexicon: inout LanguageLexicon, issues: inout [LexiconIssue]) {
    var seen = KeyRegistry(file: path)
    let columns = ["phrase", "refers_to", "only_after_articles"]
    for row in LexiconTable.readTable(at: path, columns: columns, issues: &issues) {
      guard let phrase = legalPhrase(row.fields[0], path: path, line: row.line, issues: &issues),
        let referent = choice(
          row.fields[1], column: "refers_to", among: LegalAnaphor.Referent.allCases, path: path, line: row.line,
          issues: &issues),
        let onlyAfterArticles = yesNo(row.fields[2], path: path, line: row.line, issues: &issues),
        seen.insert(phrase, line: row.line, issues: &issues)
      else { continue }
      lexicon.legalAnaphora.append(LegalAnaphor(phrase: phrase, refersTo: referent, onlyAfterArticles: onlyAfterArticles))
    }
  }

  /// Phrase, abbreviation (one word of letters); each phrase once.
  private func loadStatuteHeadAbbreviations(
    _ path: String, into lexicon: inout LanguageLexicon, issues: inout [LexiconIssue]
  ) {
    var seen = KeyRegistry(file: path)
    for row in LexiconTable.readTable(at: path, columns: ["phrase", "abbreviation"], issues: &issues) {
      guard let phrase = legalPhrase(row.fields[0], path: path, line: row.line, issues: &issues),
        let abbreviation = lowercaseWords(
          [row.fields[1]], column: "abbreviation", path: path, line: row.line, issues: &issues)?.first,
        seen.insert(phrase, line: row.line, issues: &issues)
      else { continue }
      lexicon.statuteHeadAbbreviations[phrase] = abbreviation
    }
  }

  /// Name, new_before and new_after (`|`-separated words, or `-`), acronym_after (`yes`/`no`);
  /// each name once.
  private func loadCriminalCodeNames(_ path: String, into lexicon: inout LanguageLexicon, issues: inout [LexiconIssue]) {
    var seen = KeyRegistry(file: path)
    let columns = ["name", "new_before", "new_after", "acronym_after"]
    for row in LexiconTable.readTable(at: path, columns: columns, issues: &issues) {
      guard let phrase = legalPhrase(row.fields[0], path: path, line: row.line, issues: &issues),
        let before = lowercaseWords(
          Self.list(row.fields[1]), column: "new_before", path: path, line: row.line, issues: &issues),
        let after = lowercaseWords(
          Self.list(row.fields[2]), column: "new_after", path: path, line: row.line, issues: &issues),
        let acronymAfter = yesNo(row.fields[3], path: path, line: row.line, issues: &issues),
        seen.insert(phrase, line: row.line, issues: &issues)
      else { continue }
      lexicon.criminalCodeNames.append(
        CriminalCodeName(phrase: phrase, newBefore: Set(before), newAfter: Set(after), acronymAfter: acronymAfter))
    }
  }

  /// `field` when it is lowercase words separated by single spaces; nil and an issue otherwise.
  private func legalPhrase(_ field: String, path: String, line: Int, issues: inout [LexiconIssue]) -> String? {
    guard field == field.lowercased(), field.split(separator: " ").joined(separator: " ") == field else {
      issues.append(
        LexiconIssue(
          file: path, line: line, message: "a phrase is lowercase words separated by single spaces, got '\(field)'"))
      return nil
    }
    return field
  }

  /// `words` when each is one lowercase word of letters; nil and an issue naming `column` otherwise.
  private func lowercaseWords(
    _ words: [String], column: String, path: String, line: Int, issues: inout [LexiconIssue]
  ) -> [String]? {
    guard let bad = words.first(where: { $0.isEmpty || $0 != $0.lowercased() || !$0.allSatisfy(\.isLetter) }) else {
      return words
    }
    issues.append(
      LexiconIssue(file: path, line: line, message: "\(column) must be lowercase words of letters, got '\(bad)'"))
    return nil
  }
}
