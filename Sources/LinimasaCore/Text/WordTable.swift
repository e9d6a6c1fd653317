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

/// A growable open-addressing map from 64-bit hashes to values, for per-document tables
/// that are filled as text is read (no SipHash, no allocation per entry).
public struct GrowingWordTable<Value> {
  @usableFromInline var keys: [UInt64] = Array(repeating: 0, count: 32)
  @usableFromInline var values: [Value?] = Array(repeating: nil, count: 32)
  @usableFromInline var count = 0

  @inlinable public init() {}

  @inlinable static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> 32) & mask
  }

  @inlinable public subscript(key: UInt64) -> Value? {
    get {
      let mask = keys.count - 1
      var slot = Self.slot(key, mask)
      while let value = values[slot] {
        if keys[slot] == key { return value }
        slot = (slot + 1) & mask
      }
      return nil
    }
    set {
      guard let newValue else { return }  // entries are never removed
      if (count + 1) * 2 > keys.count { grow() }
      let mask = keys.count - 1
      var slot = Self.slot(key, mask)
      while values[slot] != nil && keys[slot] != key { slot = (slot + 1) & mask }
      if values[slot] == nil { count += 1 }
      keys[slot] = key
      values[slot] = newValue
    }
  }

  @inlinable mutating func grow() {
    let oldKeys = keys, oldValues = values
    keys = Array(repeating: 0, count: oldKeys.count * 2)
    values = Array(repeating: nil, count: oldKeys.count * 2)
    count = 0
    for slot in oldKeys.indices {
      if let value = oldValues[slot] { self[oldKeys[slot]] = value }
    }
  }
}
