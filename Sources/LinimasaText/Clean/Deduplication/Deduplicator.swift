// Marks repeated paragraphs: exact repeats, near repeats, and repeated blocks.
import LinimasaCore

/// Finds paragraphs that repeat an earlier one, keeping the first occurrence.
/// Exact repeats compare the word sequence with case, white space, punctuation and quote
/// style ignored. Short exact repeats count only inside a repeated block (a run of
/// consecutive repeats that mirrors a run of consecutive originals). Near repeats differ
/// by small edits (see `NearDuplicateIndex`).
struct Deduplicator {
  let options: CleaningOptions

  /// Candidate paragraph: its position, its words' hashes and which of those are numbers.
  struct Candidate {
    let index: Int
    let words: ArraySlice<UInt64>
    /// Hashes of the words that are numbers, sorted.
    let numbers: [UInt64]
  }

  /// For each of `paragraphCount` paragraphs, the earlier paragraph it repeats (and
  /// whether nearly), or nil; only `candidates` are considered.
  func findDuplicates(_ candidates: [Candidate], paragraphCount: Int) -> [(original: Int, near: Bool)?] {
    // Each distinct word sequence maps to the paragraph it first appeared in (for the copy
    // of a near-duplicate, to that near-duplicate's original).
    var firstByKey = GrowingWordTable<(original: Int, near: Bool)>()
    var shortRepeats: [(index: Int, original: Int)] = []
    var result = [(original: Int, near: Bool)?](repeating: nil, count: paragraphCount)
    var nearIndex = NearDuplicateIndex()
    for candidate in candidates where !candidate.words.isEmpty {
      let key = DuplicateNormalizer.key(candidate.words)
      if let (original, near) = firstByKey[key] {
        if candidate.words.count >= options.exactDuplicateMinimumWords {
          result[candidate.index] = (original, near)
        } else {
          shortRepeats.append((candidate.index, original))
        }
        continue
      }
      firstByKey[key] = (candidate.index, false)
      guard (options.nearDuplicateMinimumWords...options.nearDuplicateMaximumWords).contains(candidate.words.count)
      else { continue }
      let bands = NearDuplicateIndex.bands(candidate.words)
      if let original = nearIndex.nearDuplicate(
        of: candidate.words, numbers: candidate.numbers, bands: bands, similarity: options.nearDuplicateSimilarity)
      {
        result[candidate.index] = (original, true)
        firstByKey[key] = (original, true)
      } else {
        nearIndex.insert(candidate.index, words: candidate.words, numbers: candidate.numbers, bands: bands)
      }
    }
    // A short repeat joins the result when a neighbour repeats the original's neighbour.
    for (index, original) in shortRepeats {
      let before = index > 0 && result[index - 1].map { $0.original == original - 1 } ?? false
      let after = index + 1 < paragraphCount && result[index + 1].map { $0.original == original + 1 } ?? false
      if before || after { result[index] = (original, false) }
    }
    return result
  }

  /// Runs of consecutive repeats whose originals are consecutive too, as block ranges
  /// (0-based, inclusive) keyed by each member.
  static func blocks(_ duplicates: [(original: Int, near: Bool)?]) -> [Int: ClosedRange<Int>] {
    var blocks: [Int: ClosedRange<Int>] = [:]
    let indices = duplicates.indices.filter { duplicates[$0] != nil }
    var runStart = 0
    for position in indices.indices {
      let index = indices[position]
      let continues = position + 1 < indices.count && indices[position + 1] == index + 1
        && duplicates[index + 1]?.original == (duplicates[index]?.original ?? -2) + 1
      if !continues {
        let run = indices[runStart...position]
        if run.count >= 2, let first = run.first, let last = run.last {
          for member in run { blocks[member] = first...last }
        }
        runStart = position + 1
      }
    }
    return blocks
  }
}
