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
  /// Upper-cased zone abbreviations ("WIB") to their offset from UTC in minutes.
  public internal(set) var timeZones: [String: Int] = [:]

  public init() {}

  /// The lexicon of `language`, or an empty one for `.undetermined`.
  public subscript(language: Language) -> LanguageLexicon {
    languages[language] ?? LanguageLexicon()
  }

  /// Loads `folders` in order; a later folder adds to the earlier ones, and where both
  /// define the same key (a month name, an abbreviation) the later one wins.
  /// - Throws: `LexiconLoadError` listing every problem with its file and line.
  public static func load(from folders: [String]) throws(LexiconLoadError) -> Lexicons {
    var lexicons = Lexicons()
    var issues: [LexiconIssue] = []
    for folder in folders {
      LexiconLoader(root: folder).load(into: &lexicons, issues: &issues)
    }
    if !issues.isEmpty { throw LexiconLoadError(issues: issues) }
    return lexicons
  }
}
