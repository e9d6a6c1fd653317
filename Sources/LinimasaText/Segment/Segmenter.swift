// Sentence segmentation through ICU, corrected for abbreviations.
import LinimasaCore

/// Splits kept paragraphs into sentences and gives each of the document's words its
/// sentence. ICU proposes sentence boundaries; a boundary right after an abbreviation
/// from `abbreviations.tsv` or a single-letter initial ("Johnny G. Plate") is dropped,
/// unless the abbreviation may end a sentence and a capitalized word follows. Quotation
/// marks group sentences into quotations.
/// One instance per worker thread (it owns ICU iterators).
public final class Segmenter {
  private let breaker: ICUBreaker
  /// The sentences of the paragraph being segmented, reused across paragraphs.
  private var sentenceScratch: [ByteSpan] = []
  /// Abbreviations by the folded hash of their text (period included), per language.
  private let abbreviations: [Language: [UInt64: Abbreviation]]
  private let allAbbreviations: [UInt64: Abbreviation]

  public init(lexicons: Lexicons) throws(SegmentationError) {
    // The throwing work comes first, so a failure leaves nothing half-initialized.
    let breaker = try ICUBreaker()
    self.breaker = breaker
    var perLanguage: [Language: [UInt64: Abbreviation]] = [:]
    var all: [UInt64: Abbreviation] = [:]
    for language in Language.supported {
      var table: [UInt64: Abbreviation] = [:]
      for abbreviation in lexicons[language].abbreviations.values {
        table[WordScanner.foldedHash(abbreviation.text)] = abbreviation
      }
      perLanguage[language] = table
      all.merge(table) { first, _ in first }
    }
    abbreviations = perLanguage
    allAbbreviations = all
  }

  /// Segments `paragraphs` (kept paragraphs, in order) of a document in `language`, whose
  /// words `tokens` holds; each token learns its sentence.
  public func segment(
    _ bytes: UnsafeBufferPointer<UInt8>, paragraphs: [CleanParagraph], tokens: TokenTable, language: Language
  ) throws(SegmentationError) -> Segmentation {
    var result = Segmentation()
    result.tokens = tokens
    let known = abbreviations[language] ?? allAbbreviations
    var quotationLeftOpen = false
    for paragraph in paragraphs {
      let quotations = QuotationFinder.quotations(bytes, in: paragraph.span, continuing: quotationLeftOpen)
      quotationLeftOpen = quotations.last?.isClosed == false
      let firstQuotation = result.quotations.count
      result.quotations += quotations
      try breaker.setText(bytes, span: paragraph.span)
      collectSentences(bytes, in: paragraph.span, abbreviations: known)
      for span in sentenceScratch {
        let quotation = quotations.firstIndex { $0.span.start <= span.start && span.start < $0.span.end }
        let words = result.tokens.tokens(startingIn: span)
        result.tokens.assign(sentence: result.sentences.count, to: words)
        result.sentences.append(Sentence(
          span: span, paragraph: paragraph.index, quotation: quotation.map { $0 + firstQuotation }, words: words))
      }
    }
    return result
  }

  /// Puts the sentence spans of one paragraph (inside the breaker's current text), trimmed
  /// of white space, in `sentenceScratch`.
  private func collectSentences(
    _ bytes: UnsafeBufferPointer<UInt8>, in span: ByteSpan, abbreviations: [UInt64: Abbreviation]
  ) {
    var result: [ByteSpan] = []
    swap(&result, &sentenceScratch)  // take the buffer, so appending does not copy it
    result.removeAll(keepingCapacity: true)
    defer { sentenceScratch = result }
    var start = span.start
    breaker.forEachSentenceBoundary(in: span) { boundary in
      let isLast = boundary == span.end
      if !isLast && continuesAfter(bytes, sentenceStart: start, boundary: boundary, abbreviations: abbreviations) {
        return
      }
      if let trimmed = Self.trim(bytes, start..<boundary) { result.append(trimmed) }
      start = boundary
    }
  }

  /// Whether the sentence should run on past `boundary` because the text before it ends
  /// with an abbreviation or an initial.
  private func continuesAfter(
    _ bytes: UnsafeBufferPointer<UInt8>, sentenceStart: Int, boundary: Int, abbreviations: [UInt64: Abbreviation]
  ) -> Bool {
    var end = boundary
    while end > sentenceStart && ASCII.isSpace(bytes[end - 1]) { end -= 1 }
    guard end > sentenceStart, bytes[end - 1] == UInt8(ascii: ".") else { return false }
    var wordStart = end - 1
    while wordStart > sentenceStart && !ASCII.isSpace(bytes[wordStart - 1]) && bytes[wordStart - 1] != UInt8(ascii: "(")
      && bytes[wordStart - 1] != UInt8(ascii: "\"")
    {
      wordStart -= 1
    }
    var word: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes[wordStart..<end] { word = (word ^ UInt64(ASCII.lowercased(byte))) &* 0x100_0000_01b3 }
    var next = boundary
    while next < bytes.count && (ASCII.isSpace(bytes[next]) || bytes[next] == UInt8(ascii: "\"")) { next += 1 }
    let nextIsCapital = next < bytes.count && ASCII.isUpper(bytes[next])
    if let abbreviation = abbreviations[word] {
      return !(abbreviation.mayEndSentence && nextIsCapital)
    }
    // A single capital letter and a period: an initial in a name.
    return end - wordStart == 2 && ASCII.isUpper(bytes[wordStart]) && nextIsCapital
  }

  static func trim(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> ByteSpan? {
    var lower = range.lowerBound, upper = range.upperBound
    while lower < upper && ASCII.isSpace(bytes[lower]) { lower += 1 }
    while upper > lower && ASCII.isSpace(bytes[upper - 1]) { upper -= 1 }
    return lower < upper ? ByteSpan(lower, upper) : nil
  }
}
