// A compact hash table keyed by word hashes, for lookups on every word of the text.

/// An open-addressing table from 64-bit word hashes (already well mixed, as
/// `WordScanner.foldedHash` values are) to small values. Built once, then read-only;
/// lookups cost one multiply and usually one probe, without SipHash.
public struct WordTable<Value: Sendable>: Sendable {
  @usableFromInline var keys: [UInt64]
  @usableFromInline var values: [Value?]
  @usableFromInline var mask: Int

  /// A table holding `entries` (later duplicates replace earlier ones).
  public init(_ entries: [(UInt64, Value)]) {
    var capacity = 16
    while capacity < entries.count * 2 { capacity <<= 1 }
    keys = Array(repeating: 0, count: capacity)
    values = Array(repeating: nil, count: capacity)
    mask = capacity - 1
    for (key, value) in entries {
      var slot = Self.slot(key, mask)
      while values[slot] != nil && keys[slot] != key { slot = (slot + 1) & mask }
      keys[slot] = key
      values[slot] = value
    }
  }

  @inlinable static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> 32) & mask
  }

  /// The value stored for `key`, if any.
  @inlinable public subscript(key: UInt64) -> Value? {
    var slot = Self.slot(key, mask)
    while let value = values[slot] {
      if keys[slot] == key { return value }
      slot = (slot + 1) & mask
    }
    return nil
  }
}
