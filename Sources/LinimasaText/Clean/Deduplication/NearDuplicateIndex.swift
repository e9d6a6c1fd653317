// Finds earlier paragraphs that differ from a new one by small edits.
import LinimasaCore

/// A MinHash index over word sets with banded lookups (locality-sensitive hashing), so
/// each paragraph is compared only with the few earlier ones that share a band; a
/// candidate is then confirmed by word-level edit similarity.
struct NearDuplicateIndex {
  static let hashCount = 8
  static let rowsPerBand = 2
  private var buckets: [UInt64: [Int]] = [:]
  private var words: [Int: [UInt64]] = [:]
  private var digits: [Int: Set<UInt64>] = [:]

  /// Remembers paragraph `index` with its word hashes (and which of them are numbers).
  mutating func insert(_ index: Int, words paragraphWords: [UInt64], numbers: Set<UInt64>) {
    words[index] = paragraphWords
    digits[index] = numbers
    for band in Self.bands(paragraphWords) { buckets[band, default: []].append(index) }
  }

  /// The earliest indexed paragraph that `paragraphWords` nearly duplicates.
  /// - Complexity: O(b · n · m) for b candidates of n and m words; b is small in practice.
  func nearDuplicate(
    of paragraphWords: [UInt64], numbers: Set<UInt64>, similarity threshold: Double
  ) -> Int? {
    var candidates: Set<Int> = []
    for band in Self.bands(paragraphWords) {
      if let hits = buckets[band] { candidates.formUnion(hits) }
    }
    for candidate in candidates.sorted() {
      guard let other = words[candidate] else { continue }
      let longer = max(other.count, paragraphWords.count)
      guard Double(min(other.count, paragraphWords.count)) >= Double(longer) * threshold else { continue }
      // Paragraphs that differ in a number report different facts.
      let otherNumbers = digits[candidate] ?? []
      if otherNumbers != numbers { continue }
      let distance = Self.editDistance(other, paragraphWords, limit: Int(Double(longer) * (1 - threshold)))
      if let distance, 1 - Double(distance) / Double(longer) >= threshold { return candidate }
    }
    return nil
  }

  /// The band keys of a word set's one-permutation MinHash signature: each word's mixed
  /// hash falls in one of `hashCount` bins by its top bits, and each bin keeps its minimum.
  static func bands(_ words: [UInt64]) -> [UInt64] {
    var signature = [UInt64](repeating: .max, count: hashCount)
    for word in words {
      let mixed = mix(word)
      let bin = Int(mixed >> 61)
      let value = mixed & 0x1FFF_FFFF_FFFF_FFFF
      if value < signature[bin] { signature[bin] = value }
    }
    return stride(from: 0, to: hashCount, by: rowsPerBand).map { start in
      var key = UInt64(start)
      for row in start..<(start + rowsPerBand) { key = mix(key ^ signature[row]) }
      return key
    }
  }

  /// SplitMix64's finalizer.
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9e37_79b9_7f4a_7c15
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }

  /// Word-level Levenshtein distance, or nil once it must exceed `limit`.
  static func editDistance(_ a: [UInt64], _ b: [UInt64], limit: Int) -> Int? {
    if abs(a.count - b.count) > limit { return nil }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      current[0] = i
      var rowMinimum = current[0]
      for j in stride(from: 1, through: b.count, by: 1) {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
        rowMinimum = min(rowMinimum, current[j])
      }
      if rowMinimum > limit { return nil }
      swap(&previous, &current)
    }
    let distance = a.isEmpty ? b.count : previous[b.count]
    return distance <= limit ? distance : nil
  }
}
