// `--shard K/N`: one machine's share of the inputs.

/// The share K of N (1 ≤ K ≤ N) of a run's inputs: the files whose path hashes to it, so
/// a file falls in the same share whatever else is listed, and the N shares together hold
/// every input once.
public struct Shard: Sendable, Equatable {
  public let index: Int
  public let count: Int

  /// Parses "K/N"; nil unless 1 ≤ K ≤ N.
  public init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), 1 <= index, index <= count else {
      return nil
    }
    self.index = index
    self.count = count
  }

  /// Whether the input at `path` (a file, or what the walk reported) is in this share.
  public func holds(_ path: String) -> Bool {
    // FNV-1a over the path's bytes: the same on every machine and run.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in path.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    return Int(hash % UInt64(count)) == index - 1
  }
}
