// The legal tables of a language's lexicon folder: how instruments are written, the phrases
// that refer back to them, and the names of the old criminal code.

/// The type of legal instrument a written form names; a citation's id starts with it
/// ("PP-71-2019").
public enum InstrumentCode: String, Sendable, CaseIterable {
  case uu = "UU"
  case perppu = "PERPPU"
  case pp = "PP"
  case perpres = "PERPRES"
  case pkpu = "PKPU"
  case perbawaslu = "PERBAWASLU"
  case perda = "PERDA"
  case pmk = "PMK"
  /// A ministry's regulation: the ministry's name may stand between the form and the number.
  case permen = "PERMEN"
  /// A Constitutional Court decision: a docket may follow instead of a number and year.
  case putusanMK = "PUTUSAN-MK"
}

/// A written form of a type of legal instrument ("peraturan pemerintah" → PP), a row of
/// `legal-instruments.tsv`.
public struct InstrumentForm: Sendable, Hashable {
  /// Lowercase, as written ("undang-undang").
  public let phrase: String
  public let code: InstrumentCode
  /// Whether the form names an instrument only when written with a capital ("Law"; "the
  /// law" refers back).
  public let capitalized: Bool
}

/// A phrase that refers back to an instrument cited before ("UU tersebut", "the law"), a
/// row of `legal-anaphora.tsv`.
public struct LegalAnaphor: Sendable, Hashable {
  /// What the phrase refers back to.
  public enum Referent: String, Sendable, CaseIterable {
    /// The last statute (UU) cited.
    case statute
    /// The last instrument of any kind cited.
    case instrument
  }

  /// Lowercase, as written ("uu tersebut").
  public let phrase: String
  public let refersTo: Referent
  /// Whether it refers back only right after cited articles ("Article 18 of the same law").
  public let onlyAfterArticles: Bool
}

/// A name of the old criminal code (KUHP) that `statutes.tsv` does not list, a row of
/// `legal-criminal-code.tsv`.
public struct CriminalCodeName: Sendable, Hashable {
  /// Lowercase, as written ("criminal code").
  public let phrase: String
  /// Words that, right before the name, make it the new code ("new Criminal Code").
  public let newBefore: Set<String>
  /// Words that, right after the name, make it the new code ("KUHP baru").
  public let newAfter: Set<String>
  /// Whether an acronym in parentheses right after the name belongs to the citation
  /// ("Criminal Code (KUHP)").
  public let acronymAfter: Bool
}
