// Sentences and words of kept paragraphs.
import LinimasaCore

/// A sentence of a kept paragraph.
public struct Sentence: Sendable, Equatable {
  public let span: ByteSpan
  /// 0-based index of the paragraph it belongs to.
  public let paragraph: Int
  /// The quotation this sentence lies in, as an index into `Segmentation.quotations`.
  public let quotation: Int?
  /// The sentence's words, as positions in `Segmentation.words`.
  public let words: Range<Int>
}

/// A quotation: from its opening mark through its closing mark (or to the paragraph's end
/// when the closing mark is missing), with the sentences inside it.
public struct Quotation: Sendable, Equatable {
  public let span: ByteSpan
  /// Whether the closing mark is present.
  public let isClosed: Bool
}

/// The sentences of a document's kept paragraphs and the quotations that group them.
public struct Segmentation: Sendable, Equatable {
  public var sentences: [Sentence] = []
  public var quotations: [Quotation] = []
  /// The words of every sentence, in order: ICU word segments that hold letters or
  /// digits, with URLs and e-mail addresses as one word each.
  public var words: [ByteSpan] = []

  public init() {}
}
