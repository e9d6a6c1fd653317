// A span of UTF-8 bytes in a document's raw text: the unit of provenance.

/// A half-open range `[start, end)` of UTF-8 byte offsets into a document's raw text.
public struct ByteSpan: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Offset of the first byte, in UTF-8 bytes from the start of the raw text.
  public var start: Int
  /// Offset one past the last byte, in UTF-8 bytes from the start of the raw text.
  public var end: Int

  public init(_ start: Int, _ end: Int) {
    precondition(start <= end, "span start after end")
    self.start = start
    self.end = end
  }

  /// The span of a range of byte offsets.
  public init(_ range: Range<Int>) { self.init(range.lowerBound, range.upperBound) }

  public var count: Int { end - start }
  public var isEmpty: Bool { start == end }
  public var range: Range<Int> { start..<end }

  /// Whether the two spans share at least one byte.
  public func overlaps(_ other: ByteSpan) -> Bool { start < other.end && other.start < end }

  public static func < (lhs: ByteSpan, rhs: ByteSpan) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }

  /// `[start, end]`, the form used in JSON and in diagnostics.
  public var description: String { "[\(start), \(end)]" }
}

/// A span is written as `[start, end]`; one that ends before it starts is refused.
extension ByteSpan: Codable {
  public init(from decoder: any Decoder) throws {
    var container = try decoder.unkeyedContainer()
    let start = try container.decode(Int.self)
    let end = try container.decode(Int.self)
    guard 0 <= start, start <= end else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "a byte span [\(start), \(end)] must have 0 <= start <= end")
    }
    self.init(start, end)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.unkeyedContainer()
    try container.encode(start)
    try container.encode(end)
  }
}
