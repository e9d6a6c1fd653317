// Syndicated copies: a story republished by other outlets, whole or in part.
import LinimasaCore
import LinimasaText

/// Finds documents that repeat another document's paragraphs.
///
/// A kept paragraph of at least `minimumWords` words is fingerprinted by the key cleaning
/// compares repeats with (case, punctuation and quote styles ignored, so a re-typeset
/// copy still matches). Documents are taken
/// by publication date, then path; a document is a copy of the earlier one it shares most
/// paragraphs with, when they share at least `minimumShared` paragraphs or at least half
/// of its own (and two or more). A copy of a copy points at the first publication.
public enum Syndication {
  static let minimumWords = 12
  static let minimumShared = 3

  /// The fingerprints of the document's kept paragraphs that are long enough.
  static func fingerprints(_ analysis: DocumentAnalysis) -> [UInt64] {
    var seen = Set<UInt64>()
    return analysis.cleaning.paragraphs.filter { $0.isKept && $0.wordCount >= minimumWords }.map(\.contentKey)
      .filter { seen.insert($0).inserted }
  }

  /// Sets `copyOf` and `sharedParagraphs` on every copy.
  static func markCopies(_ documents: inout [DocumentRecord]) {
    let order = documents.indices.sorted { lhs, rhs in
      let left = documents[lhs].metadata.published?.value, right = documents[rhs].metadata.published?.value
      if left != right, let left, let right { return left < right }
      if (left == nil) != (right == nil) { return left != nil }
      return lhs < rhs
    }
    var firstSeen: [UInt64: Int] = [:]
    for index in order {
      var shared: [Int: Int] = [:]
      for fingerprint in documents[index].paragraphFingerprints {
        if let earlier = firstSeen[fingerprint] { shared[earlier, default: 0] += 1 } else { firstSeen[fingerprint] = index }
      }
      let own = documents[index].paragraphFingerprints.count
      guard let (original, count) = shared.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }),
        count >= minimumShared || (count >= 2 && count * 2 >= own)
      else { continue }
      documents[index].copyOf = documents[original].copyOf ?? documents[original].id
      documents[index].sharedParagraphs = count
    }
  }
}
