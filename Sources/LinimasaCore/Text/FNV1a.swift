// FNV-1a, the one plain 64-bit hash of text the project uses where the same text must
// give the same number on every machine and run.

/// FNV-1a over bytes, 64 bits: stable across runs and machines (Swift's `Hasher` is
/// seeded per process), for ids and shares that must not move.
public enum FNV1a {
  public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  public static let prime: UInt64 = 0x100_0000_01b3

  /// The hash of `text`'s UTF-8 bytes.
  public static func hash(_ text: some StringProtocol) -> UInt64 {
    var hash = offsetBasis
    for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* prime }
    return hash
  }
}
