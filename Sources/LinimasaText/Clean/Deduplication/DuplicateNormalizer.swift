// The comparison form of a paragraph for duplicate detection.
import LinimasaCore

/// Paragraph keys that ignore case, white space, punctuation and quote styles: two
/// paragraphs are exact duplicates when their word hashes are equal in order.
public enum DuplicateNormalizer {
  /// A single hash of the word sequence (order-sensitive).
  public static func key(_ words: some Sequence<UInt64>) -> UInt64 {
    var hash: UInt64 = 0x84222325cbf29ce4
    var count: UInt64 = 0
    for word in words {
      hash = (hash ^ word) &* 0x100_0000_01b3 &+ 0x9e37_79b9
      count += 1
    }
    return hash ^ count
  }
}
