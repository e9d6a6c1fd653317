// Which supported languages list a word as a stop word, looked up by the word's hash.
import LinimasaCore

/// Stop words of every supported language in one table keyed by `WordScanner`'s folded
/// hash, so the hot paths never build strings.
public struct StopWordIndex: Sendable {
  @usableFromInline let masks: WordTable<UInt8>

  public init(lexicons: Lexicons) {
    var masks: [UInt64: UInt8] = [:]
    for (position, language) in Language.supported.enumerated() {
      for word in lexicons[language].stopWords {
        masks[WordScanner.foldedHash(word), default: 0] |= 1 << UInt8(position)
      }
    }
    self.masks = WordTable(masks.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
  }

  /// Bit `i` set when `Language.supported[i]` lists the word.
  @inlinable public func mask(_ hash: UInt64) -> UInt8 { masks[hash] ?? 0 }

  /// The bit of `language` in masks (0 for `.undetermined`).
  public static func bit(_ language: Language) -> UInt8 {
    guard let position = language.position else { return 0 }
    return 1 << UInt8(position)
  }
}
