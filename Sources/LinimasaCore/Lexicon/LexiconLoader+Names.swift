// Reading the words that name a speaker: the pronouns of speaker-pronouns.tsv.

extension LexiconLoader {
  /// `speaker-pronouns.tsv`: a pronoun (one word of letters, each once) and what it stands for.
  func loadSpeakerPronouns(_ path: String, into lexicon: inout LanguageLexicon, issues: inout [LexiconIssue]) {
    var seen = KeyRegistry(file: path)
    for row in LexiconTable.readTable(at: path, columns: ["pronoun", "stands_for"], issues: &issues) {
      let pronoun = row.fields[0].lowercased()
      guard pronoun.allSatisfy(\.isLetter) else {
        issues.append(
          LexiconIssue(file: path, line: row.line, message: "a pronoun is one word of letters, got '\(row.fields[0])'"))
        continue
      }
      guard
        let standsFor = choice(
          row.fields[1], column: "stands_for", among: SpeakerPronoun.allCases, path: path, line: row.line, issues: &issues),
        seen.insert(pronoun, line: row.line, issues: &issues)
      else { continue }
      lexicon.speakerPronouns[pronoun] = standsFor
    }
  }
}
