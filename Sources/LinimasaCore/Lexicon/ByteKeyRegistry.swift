// Remembering the keys of a large lexicon file by their bytes.
import Foundation

/// `KeyRegistry` for large files: ASCII keys, given as bytes, are kept in one table without
/// an allocation per key (the entity lexicon has tens of thousands of ids and names). A
/// hash finds the candidates; keys are told apart by their bytes, so a collision is never a
/// duplicate. Other keys are compared as Strings are, by canonical equivalence.
struct ByteKeyRegistry {
  let file: String
  /// The keys that are not ASCII nor another way of writing ASCII text.
  private var others: KeyRegistry
  /// Every key's bytes, one after another.
  private var keyBytes: [UInt8] = []
  /// Open addressing with linear probing; a slot with line 0 is empty (lines start at 1).
  private var slots: [Slot]
  private var count = 0

  private struct Slot {
    var hash: UInt64 = 0
    var key: Range<Int> = 0..<0
    var line = 0
  }

  init(file: String, capacity: Int) {
    self.file = file
    others = KeyRegistry(file: file)
    slots = Array(repeating: Slot(), count: Self.slotCount(for: capacity))
    keyBytes.reserveCapacity(capacity * 24)
  }

  /// Whether the ASCII `key` is new; reports a duplicate otherwise. With `lowercasingASCII`,
  /// the key is `key` with its capitals lowercased.
  mutating func insert(
    _ key: UnsafeBufferPointer<UInt8>, lowercasingASCII: Bool, line: Int, issues: inout [LexiconIssue]
  ) -> Bool {
    guard let first = firstLine(of: key, lowercasingASCII: lowercasingASCII, line: line) else { return true }
    let text = String(decoding: key, as: UTF8.self)
    issues.append(
      KeyRegistry.duplicateIssue(file: file, line: line, key: lowercasingASCII ? text.lowercased() : text, first: first))
    return false
  }

  /// Whether `key` is new; reports a duplicate otherwise.
  mutating func insert(_ key: String, line: Int, issues: inout [LexiconIssue]) -> Bool {
    guard var ascii = key.utf8.allSatisfy({ $0 < 0x80 }) ? key : Self.asciiEquivalent(key) else {
      return others.insert(key, line: line, issues: &issues)
    }
    guard let first = ascii.withUTF8({ firstLine(of: $0, lowercasingASCII: false, line: line) }) else { return true }
    issues.append(KeyRegistry.duplicateIssue(file: file, line: line, key: key, first: first))
    return false
  }

  /// The ASCII text canonically equivalent to `key` ("K" for the Kelvin sign), if any.
  private static func asciiEquivalent(_ key: String) -> String? {
    let composed = key.precomposedStringWithCanonicalMapping
    return composed.utf8.allSatisfy({ $0 < 0x80 }) && composed == key ? composed : nil
  }

  /// The line where the ASCII `key` was first seen, or nil when it is new (it is then
  /// remembered at `line`).
  private mutating func firstLine(of key: UnsafeBufferPointer<UInt8>, lowercasingASCII: Bool, line: Int) -> Int? {
    let start = keyBytes.count
    if lowercasingASCII {
      for byte in key { keyBytes.append(ASCII.lowercased(byte)) }
    } else {
      keyBytes.append(contentsOf: key)
    }
    let added = start..<keyBytes.count
    let hash = Self.hash(keyBytes[added])
    if (count + 1) * 2 > slots.count { grow() }
    let mask = slots.count - 1
    var index = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
    while slots[index].line != 0 {
      if slots[index].hash == hash && keyBytes[slots[index].key].elementsEqual(keyBytes[added]) {
        keyBytes.removeSubrange(added)
        return slots[index].line
      }
      index = (index + 1) & mask
    }
    slots[index] = Slot(hash: hash, key: added, line: line)
    count += 1
    return nil
  }

  /// Doubles the table, placing every key again.
  private mutating func grow() {
    let old = slots
    slots = Array(repeating: Slot(), count: old.count * 2)
    let mask = slots.count - 1
    for slot in old where slot.line != 0 {
      var index = Int(truncatingIfNeeded: slot.hash ^ (slot.hash >> 32)) & mask
      while slots[index].line != 0 { index = (index + 1) & mask }
      slots[index] = slot
    }
  }

  /// A power of two with room for `capacity` keys at most half full.
  private static func slotCount(for capacity: Int) -> Int {
    var count = 16
    while count < capacity * 2 { count *= 2 }
    return count
  }

  /// FNV-1a 64 of `bytes`.
  private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
  }
}
