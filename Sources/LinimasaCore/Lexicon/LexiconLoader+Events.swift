// Reading the event lexicon: types with their summary templates (common/) and the
// trigger words of each language.

extension LexiconLoader {
  /// Event types, their families, topics and summary templates: `{agent}` must appear
  /// (outside brackets) in the templates with an agent and must not appear in those without.
  func loadEventTypes(_ path: String, into lexicons: inout Lexicons, issues: inout [LexiconIssue]) {
    var seen = KeyRegistry(file: path)
    let columns = [
      "type", "family", "noun_owner", "occasion", "topic_en", "topic_id", "summary_en", "summary_id", "summary_en_no_agent",
      "summary_id_no_agent",
    ]
    for row in LexiconTable.readTable(at: path, columns: columns, issues: &issues) {
      let id = row.fields[0]
      guard Self.isSlug(id) else {
        issues.append(LexiconIssue(file: path, line: row.line, message: "type must be lowercase letters and hyphens, got '\(id)'"))
        continue
      }
      guard seen.insert(id, line: row.line, issues: &issues) else { continue }
      let family = row.fields[1]
      guard family == "-" || Self.isSlug(family) else {
        issues.append(LexiconIssue(file: path, line: row.line, message: "family must be lowercase letters and hyphens, or -, got '\(family)'"))
        continue
      }
      let owner = row.fields[2]
      guard owner == "agent" || owner == "target" else {
        issues.append(LexiconIssue(file: path, line: row.line, message: "noun_owner must be agent or target, got '\(owner)'"))
        continue
      }
      let occasion = row.fields[3]
      guard occasion == "yes" || occasion == "no" else {
        issues.append(LexiconIssue(file: path, line: row.line, message: "occasion must be yes or no, got '\(occasion)'"))
        continue
      }
      var templates: [SummaryTemplate] = []
      for index in 6..<10 {
        do throws(TemplateError) {
          let template = try SummaryTemplate(parsing: row.fields[index])
          let withAgent = index <= 7
          if withAgent && !template.requiredSlots.contains(.agent) {
            issues.append(LexiconIssue(file: path, line: row.line, message: "\(columns[index]) must contain {agent} outside [...]"))
          } else if !withAgent && template.slots.contains(.agent) {
            issues.append(LexiconIssue(file: path, line: row.line, message: "\(columns[index]) must not contain {agent}"))
          } else {
            templates.append(template)
          }
        } catch {
          issues.append(LexiconIssue(file: path, line: row.line, message: "\(columns[index]): \(error.description)"))
        }
      }
      guard templates.count == 4 else { continue }
      lexicons.eventTypes[id] = EventType(
        id: id, family: family == "-" ? id : family, summaries: [.english: templates[0], .indonesian: templates[1]],
        summariesWithoutAgent: [.english: templates[2], .indonesian: templates[3]],
        topics: [.english: row.fields[4], .indonesian: row.fields[5]], nounOwnerIsAgent: owner == "agent",
        isOccasion: occasion == "yes")
    }
  }

  /// Trigger phrases: lowercase words separated by single spaces, each once.
  func loadEventTriggers(_ path: String, into lexicon: inout LanguageLexicon, issues: inout [LexiconIssue]) {
    var seen = KeyRegistry(file: path)
    for row in LexiconTable.readTable(at: path, columns: ["trigger", "type"], issues: &issues) {
      let words = row.fields[0].split(separator: " ").map(String.init)
      guard words.joined(separator: " ") == row.fields[0], row.fields[0] == row.fields[0].lowercased(),
        words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "-" } })
      else {
        issues.append(LexiconIssue(
          file: path, line: row.line, message: "a trigger is lowercase words separated by single spaces, got '\(row.fields[0])'"))
        continue
      }
      guard seen.insert(row.fields[0], line: row.line, issues: &issues) else { continue }
      lexicon.eventTriggers[row.fields[0]] = EventTrigger(words: words, type: row.fields[1], file: path, line: row.line)
    }
  }

  /// Clause markers: a phrase of lowercase words and its kind, each pair once.
  func loadClauseMarkers(_ path: String, into lexicon: inout LanguageLexicon, issues: inout [LexiconIssue]) {
    var seen = KeyRegistry(file: path)
    for row in LexiconTable.readTable(at: path, columns: ["phrase", "kind"], issues: &issues) {
      let words = row.fields[0].split(separator: " ").map(String.init)
      guard words.joined(separator: " ") == row.fields[0], row.fields[0] == row.fields[0].lowercased() else {
        issues.append(LexiconIssue(
          file: path, line: row.line, message: "a phrase is lowercase words separated by single spaces, got '\(row.fields[0])'"))
        continue
      }
      guard
        let kind = choice(
          row.fields[1], column: "kind", among: ClauseMarker.Kind.allCases, path: path, line: row.line, issues: &issues)
      else { continue }
      guard seen.insert(row.fields[0] + "\t" + kind.rawValue, line: row.line, issues: &issues) else { continue }
      lexicon.clauseMarkers.append(ClauseMarker(words: words, kind: kind))
    }
  }

  /// Lowercase ASCII letters and hyphens, not starting with a hyphen ("ransom-demand").
  static func isSlug(_ text: String) -> Bool {
    !text.isEmpty && text.first != "-" && text.allSatisfy { ("a"..."z").contains($0) || $0 == "-" }
  }
}
