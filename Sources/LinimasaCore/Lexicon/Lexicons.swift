// All lexicons, loaded from the bundled folder and any user folders laid over it.
import Foundation

/// The loaded language data. Built once per run, then shared read-only by every worker.
public struct Lexicons: Sendable {
  public internal(set) var languages: [Language: LanguageLexicon] = [:]
  public internal(set) var outlets: [Outlet] = []
  /// Legal instruments by id.
  public internal(set) var statutes: [String: Statute] = [:]
  /// Entities by id.
  public internal(set) var entities: [String: EntityEntry] = [:]
  /// Each place's `within` with its file and line, checked once every folder is loaded.
  var placeWithins: [(file: String, line: Int, within: String)] = []
  /// The gazetteer's places, in file order.
  public internal(set) var places: [PlaceEntry] = []
  /// Upper-cased zone abbreviations ("WIB") to their offset from UTC in minutes.
  public internal(set) var timeZones: [String: Int] = [:]
  /// Event types by id.
  public internal(set) var eventTypes: [String: EventType] = [:]

  public init() {}

  /// The lexicon of `language`, or an empty one for `.undetermined`.
  public subscript(language: Language) -> LanguageLexicon {
    languages[language] ?? LanguageLexicon()
  }

  /// Loads `folders` in order; a later folder adds to the earlier ones, and where both
  /// define the same key (a month name, an abbreviation) the later one wins.
  /// - Throws: `LexiconLoadError` listing every problem with its file and line.
  /// The files of the word lists (`WordList`) that no language folder of `folder` holds: a
  /// lexicon folder from an older version, which this one would read without their rules.
  public static func missingWordLists(in folder: String) -> [String] {
    WordList.allCases.filter { list in
      !Language.supported.contains { FileManager.default.fileExists(atPath: "\(folder)/\($0.rawValue)/\(list.file)") }
    }.map(\.file)
  }

  public static func load(from folders: [String]) throws(LexiconLoadError) -> Lexicons {
    try load(from: folders, readingEntityRowsAsBytes: true)
  }

  /// `load(from:)`, reading the ASCII rows of `entities.tsv` from the file's bytes or, for
  /// tests to compare with, every row as Strings.
  static func load(from folders: [String], readingEntityRowsAsBytes: Bool) throws(LexiconLoadError) -> Lexicons {
    var lexicons = Lexicons()
    var issues: [LexiconIssue] = []
    for folder in folders {
      LexiconLoader(root: folder, readsEntityRowsAsBytes: readingEntityRowsAsBytes).load(into: &lexicons, issues: &issues)
    }
    // Triggers may name a type another folder defines, so types are checked once all are loaded.
    for language in Language.supported {
      for trigger in lexicons[language].eventTriggers.values.sorted(by: { ($0.file, $0.line) < ($1.file, $1.line) })
      where lexicons.eventTypes[trigger.type] == nil {
        issues.append(LexiconIssue(file: trigger.file, line: trigger.line, message: "unknown event type '\(trigger.type)'; define it in common/event-types.tsv"))
      }
    }
    // A place lies in another the gazetteers name, or in Indonesia.
    let placeNames = Set(lexicons.places.map(\.nameIndonesian) + ["Indonesia"])
    for (file, line, within) in lexicons.placeWithins where !placeNames.contains(within) {
      issues.append(LexiconIssue(file: file, line: line, message: "within names no place of the gazetteers: '\(within)'"))
    }
    lexicons.placeWithins = []
    if !lexicons.eventTypes.isEmpty && lexicons.eventTypes[EventType.statement] == nil {
      issues.append(LexiconIssue(file: folders.last ?? "", line: 0, message: "common/event-types.tsv must define the type 'statement'"))
    }
    if !issues.isEmpty { throw LexiconLoadError(issues: issues) }
    return lexicons
  }
}
