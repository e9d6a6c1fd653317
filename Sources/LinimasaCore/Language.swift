// The languages Linimasa reads.

/// A document or paragraph language: Indonesian, English, or undetermined.
public enum Language: String, Sendable, Codable, CaseIterable, Comparable {
  case indonesian = "id"
  case english = "en"
  case undetermined = "und"

  /// The languages that have lexicon folders.
  public static let supported: [Language] = [.indonesian, .english]

  /// This language's index in `supported` (nil for `.undetermined`); a switch, so hot
  /// loops pay no lookup.
  @inlinable public var position: Int? {
    switch self {
    case .indonesian: return 0
    case .english: return 1
    case .undetermined: return nil
    }
  }

  public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }
}
