// `--shard K/N`: one machine's share of the inputs.
import LinimasaCore

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
    Int(FNV1a.hash(path) % UInt64(count)) == index - 1
  }
}
