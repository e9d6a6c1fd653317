// Reading the date vocabulary that is more than a word list: the cues that announce a date
// as ahead.

extension LexiconLoader {
  /// `future-cues.tsv`: cue (lowercase words of letters), side (`before`/`after`),
  /// followed_by (`space`: the cue must be followed by a space; `any`: by anything).
  func loadFutureCues(_ path: String, into lexicon: inout LanguageLexicon, issues: inout [LexiconIssue]) {
    var seen = KeyRegistry(file: path)
    for row in LexiconTable.readTable(at: path, columns: ["cue", "side", "followed_by"], issues: &issues) {
      let cue = row.fields[0]
      guard Self.isLowercasePhrase(cue) else {
        issues.append(
          LexiconIssue(
            file: path, line: row.line, message: "a cue is lowercase words of letters, one space apart, got '\(cue)'"))
        continue
      }
      guard
        let side = choice(
          row.fields[1], column: "side", among: FutureCue.Side.allCases, path: path, line: row.line, issues: &issues),
        let follower = choice(
          row.fields[2], column: "followed_by", among: CueFollower.allCases, path: path, line: row.line,
          issues: &issues)
      else { continue }
      guard seen.insert(cue + "\t" + side.rawValue, line: row.line, issues: &issues) else { continue }
      lexicon.futureCues.append(FutureCue(text: follower == .space ? cue + " " : cue, side: side))
    }
  }

  /// What must follow a future cue (`future-cues.tsv`'s followed_by column).
  private enum CueFollower: String, CaseIterable {
    case space, any
  }

  /// Whether `text` is lowercase words of letters separated by single spaces.
  static func isLowercasePhrase(_ text: String) -> Bool {
    let words = text.split(separator: " ", omittingEmptySubsequences: false)
    return words.allSatisfy { word in !word.isEmpty && word.allSatisfy { $0.isLetter && $0.isLowercase } }
  }
}
