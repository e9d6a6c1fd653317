// Time spent per stage, for benchmarks.
import Foundation

/// Nanoseconds spent in each stage of `DocumentProcessor`, summed over documents.
public struct StageTimes: Sendable {
  public var ingestion: UInt64 = 0
  /// Paragraph splitting, word measurements and the first language guess.
  public var measurement: UInt64 = 0
  public var cleaning: UInt64 = 0
  public var languageAndMetadata: UInt64 = 0
  public var segmentation: UInt64 = 0

  public init() {}

  /// The stages with their names, in pipeline order.
  public var named: [(String, UInt64)] {
    [("ingestion", ingestion), ("paragraphs+measurement", measurement), ("cleaning", cleaning),
     ("language+metadata", languageAndMetadata), ("segmentation", segmentation)]
  }
}

/// Reads the monotonic clock between stages; does nothing when disabled.
public struct StageClock {
  private var last: UInt64

  public init(enabled: Bool) { last = enabled ? DispatchTime.now().uptimeNanoseconds : 0 }

  /// Nanoseconds since the previous lap (0 when disabled).
  public mutating func lap() -> UInt64 {
    guard last != 0 else { return 0 }
    let now = DispatchTime.now().uptimeNanoseconds
    defer { last = now }
    return now - last
  }
}
