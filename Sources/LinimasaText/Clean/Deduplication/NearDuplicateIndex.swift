// Finds earlier paragraphs that differ from a new one by small edits.
import LinimasaCore

/// A MinHash index over word sets with banded lookups (locality-sensitive hashing), so
/// each paragraph is compared only with the few earlier ones that share a band; a
/// candidate is then confirmed by word-level edit similarity.
struct NearDuplicateIndex {
  private struct Entry {
    let index: Int
    let words: ArraySlice<UInt64>
    let numbers: [UInt64]
  }

  private var entries: [Entry] = []
  /// Open-addressing multimap from band keys to positions in `entries` (-1 = empty).
  private var slotKeys: [UInt64] = Array(repeating: 0, count: 64)
  private var slotEntries: [Int32] = Array(repeating: -1, count: 64)
  private var used = 0

  /// Remembers paragraph `index` with its word hashes (and which of them are numbers) and
  /// its band keys (from `bands`).
  mutating func insert(_ index: Int, words paragraphWords: ArraySlice<UInt64>, numbers: [UInt64], bands: SIMD4<UInt64>) {
    entries.append(Entry(index: index, words: paragraphWords, numbers: numbers))
    for band in 0..<4 { add(bands[band], Int32(entries.count - 1)) }
  }

  private mutating func add(_ key: UInt64, _ entry: Int32) {
    if (used + 1) * 2 > slotKeys.count { grow() }
    let mask = slotKeys.count - 1
    var slot = Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> 32) & mask
    while slotEntries[slot] >= 0 { slot = (slot + 1) & mask }
    slotKeys[slot] = key
    slotEntries[slot] = entry
    used += 1
  }

  private mutating func grow() {
    let oldKeys = slotKeys, oldEntries = slotEntries
    slotKeys = Array(repeating: 0, count: oldKeys.count * 2)
    slotEntries = Array(repeating: -1, count: oldKeys.count * 2)
    used = 0
    for slot in oldKeys.indices where oldEntries[slot] >= 0 { add(oldKeys[slot], oldEntries[slot]) }
  }

  private func forEachEntry(with key: UInt64, _ body: (Int) -> Void) {
    let mask = slotKeys.count - 1
    var slot = Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> 32) & mask
    while slotEntries[slot] >= 0 {
      if slotKeys[slot] == key { body(Int(slotEntries[slot])) }
      slot = (slot + 1) & mask
    }
  }

  /// The earliest indexed paragraph that `paragraphWords` nearly duplicates.
  /// - Complexity: O(b · n · m) for b candidates of n and m words; b is small in practice.
  func nearDuplicate(
    of paragraphWords: ArraySlice<UInt64>, numbers: [UInt64], bands: SIMD4<UInt64>, similarity threshold: Double
  ) -> Int? {
    var candidates: [Int] = []
    for band in 0..<4 {
      forEachEntry(with: bands[band]) { candidates.append($0) }
    }
    var checked = -1
    for position in candidates.sorted() where position != checked {
      checked = position
      let other = entries[position]
      let longer = max(other.words.count, paragraphWords.count)
      guard Double(min(other.words.count, paragraphWords.count)) >= Double(longer) * threshold else { continue }
      // Paragraphs that differ in a number report different facts.
      if other.numbers != numbers { continue }
      let distance = Self.editDistance(other.words, paragraphWords, limit: Int(Double(longer) * (1 - threshold)))
      if let distance, 1 - Double(distance) / Double(longer) >= threshold { return other.index }
    }
    return nil
  }

  /// The four band keys of a word set's one-permutation MinHash signature: each word's
  /// hash, multiplied, falls in one of eight bins by its top bits, each bin keeps its minimum, and
  /// each band hashes two bins.
  static func bands(_ words: ArraySlice<UInt64>) -> SIMD4<UInt64> {
    var signature = SIMD8<UInt64>(repeating: .max)
    for word in words {
      // The word hashes are FNV-1a already; one multiply spreads them over the top bits.
      let mixed = word &* 0x9e37_79b9_7f4a_7c15
      let bin = Int(mixed >> 61)
      let value = mixed & 0x1FFF_FFFF_FFFF_FFFF
      if value < signature[bin] { signature[bin] = value }
    }
    var keys = SIMD4<UInt64>()
    for band in 0..<4 {
      keys[band] = mix(mix(UInt64(band) ^ signature[band * 2]) ^ signature[band * 2 + 1])
    }
    return keys
  }

  /// SplitMix64's finalizer.
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9e37_79b9_7f4a_7c15
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }

  /// Word-level Levenshtein distance, or nil once it must exceed `limit`.
  static func editDistance(_ a: ArraySlice<UInt64>, _ b: ArraySlice<UInt64>, limit: Int) -> Int? {
    if abs(a.count - b.count) > limit { return nil }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      current[0] = i
      var rowMinimum = current[0]
      for j in stride(from: 1, through: b.count, by: 1) {
        let substitution = previous[j - 1] + (a[a.startIndex + i - 1] == b[b.startIndex + j - 1] ? 0 : 1)
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
