// Sentences and words of kept paragraphs.
import LinimasaCore

/// A sentence of a kept paragraph.
public struct Sentence: Sendable, Equatable {
  public let span: ByteSpan
  /// 0-based index of the paragraph it belongs to.
  public let paragraph: Int
  /// The quotation this sentence lies in, as an index into `Segmentation.quotations`.
  public let quotation: Int?
  /// The sentence's words, as positions in `Segmentation.tokens`.
  public let words: Range<Int>
}

/// A quotation: from its opening mark through its closing mark (or to the paragraph's end
/// when the closing mark is missing), with the sentences inside it.
public struct Quotation: Sendable, Equatable {
  public let span: ByteSpan
  /// Whether the closing mark is present.
  public let isClosed: Bool
}

/// The sentences of a document's kept paragraphs, the quotations that group them, and the
/// words of all its paragraphs.
public struct Segmentation: Sendable {
  public var sentences: [Sentence] = []
  public var quotations: [Quotation] = []
  /// Every paragraph's words (removed paragraphs' too), each knowing its sentence.
  public var tokens = TokenTable()

  public init() {}
}
