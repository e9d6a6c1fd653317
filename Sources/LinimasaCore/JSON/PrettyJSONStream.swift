// Writes a pretty JSON document piece by piece, in JSONWriter's layout, without a tree.

/// Writes the same bytes as `JSONWriter.pretty` would for the whole document, but member by
/// member and item by item, so a large document never exists as one tree or one string:
/// the UTF-8 text is handed to `flush` in pieces of about `chunkSize` bytes.
///
/// Containers opened here are always laid out on several lines (as `JSONWriter` lays out
/// non-empty objects and arrays holding objects); write arrays of numbers as one value.
public struct PrettyJSONStream {
  private enum Container {
    case object(count: Int)
    case array(count: Int)
  }

  private var text: [UInt8] = []
  private var open: [Container] = []
  /// Whether a member's key was written and its value is next.
  private var pendingMember = false
  /// Levels of indentation outside the first container (for a piece of a larger document).
  private let baseDepth: Int
  private let chunkSize: Int
  private let flush: ([UInt8]) throws -> Void

  /// A stream for a whole document (`depth` 0), or for one value that will sit `depth`
  /// levels deep in one (see `raw`).
  public init(depth: Int = 0, chunkSize: Int = 1 << 20, flush: @escaping ([UInt8]) throws -> Void) {
    baseDepth = depth
    self.chunkSize = chunkSize
    self.flush = flush
  }

  /// Opens an object: the document itself, an array item, or (after `key`) a member value.
  public mutating func beginObject() throws {
    try beginValue()
    text.append(UInt8(ascii: "{"))
    open.append(.object(count: 0))
  }

  /// Opens an array, like `beginObject`.
  public mutating func beginArray() throws {
    try beginValue()
    text.append(UInt8(ascii: "["))
    open.append(.array(count: 0))
  }

  /// Starts a member of the innermost object; its value follows (a `value`, `raw` or an
  /// opened container).
  public mutating func key(_ name: String) throws {
    guard case .object(let count) = open.last else { return }
    open[open.count - 1] = .object(count: count + 1)
    JSONWriter.append(count == 0 ? "\n" : ",\n", to: &text)
    JSONWriter.appendIndent(depth, into: &text)
    JSONWriter.appendQuoted(name, into: &text)
    JSONWriter.append(": ", to: &text)
    pendingMember = true
  }

  /// A member: `key` then `value`.
  public mutating func member(_ name: String, _ value: JSONValue) throws {
    try key(name)
    try self.value(value)
  }

  /// A whole value: an array item, or the value of the member just keyed.
  public mutating func value(_ value: JSONValue) throws {
    try beginValue()
    JSONWriter.pretty(value, indent: depth, into: &text)
    try flushIfFull()
  }

  /// A value already rendered by `JSONWriter.pretty(_:indent:into:)` at this depth
  /// (`depth` gives it).
  public mutating func raw(_ rendered: some Collection<UInt8>) throws {
    try beginValue()
    text.append(contentsOf: rendered)
    try flushIfFull()
  }

  /// More of the value last given to `raw`, appended as it is.
  public mutating func continueRaw(_ rendered: some Collection<UInt8>) throws {
    text.append(contentsOf: rendered)
    try flushIfFull()
  }

  /// How deep a value written next is nested: the `indent` to render `raw` values with.
  public var depth: Int { baseDepth + open.count }

  /// Bytes written and not yet handed to `flush`.
  public var pendingCount: Int { text.count }

  /// Closes the innermost container.
  public mutating func end() throws {
    guard let container = open.popLast() else { return }
    switch container {
    case .object(let count):
      if count > 0 {
        text.append(UInt8(ascii: "\n"))
        JSONWriter.appendIndent(depth, into: &text)
      }
      text.append(UInt8(ascii: "}"))
    case .array(let count):
      if count > 0 {
        text.append(UInt8(ascii: "\n"))
        JSONWriter.appendIndent(depth, into: &text)
      }
      text.append(UInt8(ascii: "]"))
    }
    if open.isEmpty && baseDepth == 0 { text.append(UInt8(ascii: "\n")) }
    try flushIfFull()
  }

  /// Hands over what is left; call once, after the last `end`.
  public mutating func finish() throws {
    if !text.isEmpty { try flush(text) }
    text = []
  }

  /// Places a value: after a member's key, or as the next item of the innermost array.
  private mutating func beginValue() throws {
    if pendingMember {
      pendingMember = false
      return
    }
    guard case .array(let count) = open.last else { return }
    open[open.count - 1] = .array(count: count + 1)
    JSONWriter.append(count == 0 ? "\n" : ",\n", to: &text)
    JSONWriter.appendIndent(depth, into: &text)
  }

  private mutating func flushIfFull() throws {
    guard text.count >= chunkSize else { return }
    try flush(text)
    text.removeAll(keepingCapacity: true)
  }
}
