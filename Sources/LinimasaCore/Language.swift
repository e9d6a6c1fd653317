// The languages Linimasa reads.

/// A document or paragraph language: Indonesian, English, or undetermined.
public enum Language: String, Sendable, CaseIterable, Comparable {
  case indonesian = "id"
  case english = "en"
  case undetermined = "und"

  /// The languages that have lexicon folders.
  public static let supported: [Language] = [.indonesian, .english]

  public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }
}
