// A document's words, found once and read by every stage after.

/// One word of a document: its bytes, its case-folded hash, its shape, and where it lies.
public struct Token: Sendable, Equatable {
  public let start: Int32
  public let end: Int32
  /// `WordScanner`'s FNV-1a 64 of the word with ASCII letters lowercased.
  public let foldedHash: UInt64
  /// Where the word ends without a name ending ("Widodo’s", "KPU-nya"), and that stem's
  /// folded hash: the form names are matched in.
  public let stemEnd: Int32
  public let stemHash: UInt64
  public let shape: Shape
  /// The paragraph it lies in, as `CleanParagraph.index` counts them.
  public let paragraph: Int32
  /// The sentence it lies in, as `Segmentation.sentences` counts them; -1 outside kept text.
  public internal(set) var sentence: Int32

  @inlinable public var range: Range<Int> { Int(start)..<Int(end) }
  @inlinable public var stem: Range<Int> { Int(start)..<Int(stemEnd) }

  /// Spelling features of a word, read from its bytes once.
  public struct Shape: OptionSet, Sendable, Equatable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// Only digits and the separators inside numbers ("2.500", "204,8").
    public static let number = Shape(rawValue: 1)
    /// Starts with an ASCII capital letter ("Jakarta", "KPU").
    public static let capitalized = Shape(rawValue: 2)
    /// Holds an ASCII letter and no ASCII lowercase letter ("KPU", "UU").
    public static let upperCase = Shape(rawValue: 4)
    /// Holds a byte outside ASCII.
    public static let nonASCII = Shape(rawValue: 8)
  }
}

/// The words of a document's paragraphs in reading order, found by `WordScanner` in one
/// pass while the paragraphs are measured. Every stage after reads its words here: a span
/// inside one paragraph is a range of tokens, found by binary search.
public struct TokenTable: Sendable {
  public private(set) var tokens: [Token] = []
  /// The scanned paragraphs' spans, in order, and their tokens.
  public private(set) var paragraphs: [(span: ByteSpan, tokens: Range<Int>)] = []
  /// Endings left out of a word's stem (lowercase UTF-8), tried in order.
  public let nameEndings: [[UInt8]]

  /// An empty table whose words' stems leave out `nameEndings` ("’s", "-nya").
  public init(nameEndings: [[UInt8]] = []) { self.nameEndings = nameEndings }

  /// Scans paragraph `bytes[span]` (after those scanned before it), appends its words and
  /// calls `body` with each; returns the paragraph's tokens.
  @discardableResult
  public mutating func scanParagraph(
    _ bytes: UnsafeBufferPointer<UInt8>, _ span: ByteSpan, _ body: (ScannedWord) -> Void = { _ in }
  ) -> Range<Int> {
    let first = tokens.count
    let paragraph = Int32(paragraphs.count)
    WordScanner.forEachWord(in: bytes, range: span.range) { word in
      let stem = stem(bytes, word.range)
      tokens.append(Token(
        start: Int32(word.range.lowerBound), end: Int32(word.range.upperBound), foldedHash: word.foldedHash,
        stemEnd: Int32(stem.upperBound),
        stemHash: stem == word.range ? word.foldedHash : WordScanner.foldedHash(bytes, stem),
        shape: Self.shape(bytes, word), paragraph: paragraph, sentence: -1))
      body(word)
    }
    paragraphs.append((span, first..<tokens.count))
    return first..<tokens.count
  }

  /// The table of `span` alone: the same words as `tokens(in:)` gives when it is not nil.
  public func scanned(_ bytes: UnsafeBufferPointer<UInt8>, _ span: ByteSpan) -> TokenTable {
    var table = TokenTable(nameEndings: nameEndings)
    table.scanParagraph(bytes, span)
    return table
  }

  /// The tokens of `span`, or nil when `span` is not inside one scanned paragraph or its
  /// edge cuts a word (a scan of the span alone would then find other words).
  public func tokens(in span: ByteSpan) -> Range<Int>? {
    guard let paragraph = paragraph(holding: span) else { return nil }
    let scope = paragraphs[paragraph].tokens
    let lower = firstToken(endingAfter: span.start, in: scope)
    if lower < scope.upperBound && tokens[lower].start < span.start { return nil }
    let upper = firstToken(endingAfter: span.end, in: lower..<scope.upperBound)
    if upper < scope.upperBound && tokens[upper].start < span.end { return nil }
    return lower..<upper
  }

  /// The tokens that start inside `span` (empty when no scanned paragraph holds it): a
  /// sentence's words, each word in one sentence even where a boundary cuts it.
  public func tokens(startingIn span: ByteSpan) -> Range<Int> {
    guard let paragraph = paragraph(holding: span) else { return tokens.count..<tokens.count }
    let scope = paragraphs[paragraph].tokens
    let lower = firstToken(startingAtOrAfter: span.start, in: scope)
    return lower..<firstToken(startingAtOrAfter: span.end, in: lower..<scope.upperBound)
  }

  /// Marks `range` (tokens of one sentence) as sentence `sentence`.
  public mutating func assign(sentence: Int, to range: Range<Int>) {
    for index in range { tokens[index].sentence = Int32(sentence) }
  }

  /// The index of the scanned paragraph whose span holds `span`.
  private func paragraph(holding span: ByteSpan) -> Int? {
    var low = 0, high = paragraphs.count
    while low < high {
      let middle = (low + high) / 2
      if paragraphs[middle].span.end < span.end { low = middle + 1 } else { high = middle }
    }
    guard low < paragraphs.count, paragraphs[low].span.start <= span.start else { return nil }
    return low
  }

  /// The first token of `scope` whose end lies after `offset`.
  private func firstToken(endingAfter offset: Int, in scope: Range<Int>) -> Int {
    var low = scope.lowerBound, high = scope.upperBound
    while low < high {
      let middle = (low + high) / 2
      if Int(tokens[middle].end) <= offset { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The first token of `scope` that starts at or after `offset`.
  private func firstToken(startingAtOrAfter offset: Int, in scope: Range<Int>) -> Int {
    var low = scope.lowerBound, high = scope.upperBound
    while low < high {
      let middle = (low + high) / 2
      if Int(tokens[middle].start) < offset { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// `range` without the first name ending it ends with, when a stem of two bytes or more is left.
  private func stem(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
    for ending in nameEndings where range.count >= ending.count + 2 {
      let start = range.upperBound - ending.count
      if (0..<ending.count).allSatisfy({ ASCII.lowercased(bytes[start + $0]) == ending[$0] }) {
        return range.lowerBound..<start
      }
    }
    return range
  }

  private static func shape(_ bytes: UnsafeBufferPointer<UInt8>, _ word: ScannedWord) -> Token.Shape {
    var shape: Token.Shape = word.isNumber ? .number : []
    if ASCII.isUpper(bytes[word.range.lowerBound]) { shape.insert(.capitalized) }
    var letter = false, lower = false, wide = false
    for index in word.range {
      let byte = bytes[index]
      if byte >= 0x80 { wide = true } else if ASCII.isLower(byte) { lower = true } else if ASCII.isUpper(byte) { letter = true }
    }
    if letter && !lower { shape.insert(.upperCase) }
    if wide { shape.insert(.nonASCII) }
    return shape
  }
}
