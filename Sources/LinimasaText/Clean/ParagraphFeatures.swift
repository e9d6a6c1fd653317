// Measurements of a paragraph that the boilerplate rules and language identification read.
import Foundation
import LinimasaCore

/// The measurements of a document's paragraphs, taken in the one scan that finds the
/// document's words (`tokens`).
public struct DocumentMeasurements: Sendable {
  public let features: [ParagraphFeatures]
  /// Every paragraph's words; the later stages read them here.
  public let tokens: TokenTable

  /// Measures each paragraph of `spans`, its words' stems leaving out `nameEndings`.
  public init(
    _ bytes: UnsafeBufferPointer<UInt8>, spans: [ByteSpan], identifier: LanguageIdentifier,
    markers: ParagraphFeatures.Markers, nameEndings: [[UInt8]]
  ) {
    var table = TokenTable(nameEndings: nameEndings)
    features = spans.map {
      ParagraphFeatures(bytes, span: $0, identifier: identifier, markers: markers, tokens: &table)
    }
    tokens = table
  }

  /// The case-folded hashes of paragraph `index`'s words, in order.
  func words(_ index: Int) -> LazyMapSequence<ArraySlice<Token>, UInt64> {
    tokens.tokens[tokens.paragraphs[index].tokens].lazy.map(\.foldedHash)
  }

  /// The hashes of paragraph `index`'s words that are numbers, in order.
  func numbers(_ index: Int) -> [UInt64] {
    tokens.tokens[tokens.paragraphs[index].tokens].filter { $0.shape.contains(.number) }.map(\.foldedHash)
  }
}

/// Word-level measurements of one paragraph, computed in one scan.
public struct ParagraphFeatures: Sendable {
  public let span: ByteSpan
  public let wordCount: Int
  /// Stop-word and affix evidence for each supported language.
  public let evidence: LanguageEvidence
  /// The last character other than closing quotes and brackets is . ! ? … or :
  public let endsLikeSentence: Bool
  /// How many of its words are numbers.
  let numberCount: Int
  /// Whether the paragraph mentions a URL ("http", "www") or an "@": a link may be in it.
  let mayHoldLink: Bool
  /// Whether the words "foto" or "photo" occur: a photo credit may be in it.
  let mentionsPhoto: Bool

  /// Measures `bytes[span]`, appending its words to `tokens`; `markers` holds the hashes
  /// of the words that flag links and photo credits, computed once per run.
  init(
    _ bytes: UnsafeBufferPointer<UInt8>, span: ByteSpan, identifier: LanguageIdentifier, markers: Markers,
    tokens: inout TokenTable
  ) {
    self.span = span
    var evidence = LanguageEvidence()
    var link = false, photo = false
    var numbers = 0
    let words = tokens.scanParagraph(bytes, span) { word in
      let hash = word.foldedHash
      if hash == markers.http || hash == markers.https || hash == markers.www { link = true }
      if markers.photoWords.contains(hash) { photo = true }
      if word.isNumber {
        numbers += 1
      } else {
        identifier.count(word, in: bytes, into: &evidence)
      }
    }
    wordCount = words.count
    numberCount = numbers
    self.evidence = evidence
    mayHoldLink = link || Self.containsAt(bytes, span)
    mentionsPhoto = photo
    endsLikeSentence = Self.endsLikeSentence(bytes, span)
  }

  /// Folded hashes of the marker words.
  public struct Markers: Sendable {
    let http = WordScanner.foldedHash("http"), https = WordScanner.foldedHash("https")
    let www = WordScanner.foldedHash("www")
    /// The photo words of every language ("foto", "photo").
    let photoWords: Set<UInt64>

    public init(lexicons: Lexicons) { photoWords = lexicons.foldedHashes(of: .photoWords) }
  }

  /// The share of words that are stop words of `language` (of any language for `und`).
  func stopWordShare(_ language: Language) -> Double {
    guard wordCount > 0 else { return 0 }
    let hits: Int32
    if let position = language.position {
      hits = evidence.hits[position]
    } else {
      hits = evidence.hits.max()
    }
    return Double(hits) / Double(wordCount)
  }

  /// Reads as running text: enough words and a sentence ending, or long with stop words
  /// (long regardless in a language without stop words here).
  func isProse(_ options: CleaningOptions, language: Language) -> Bool {
    (wordCount >= options.proseMinimumWords && endsLikeSentence)
      || (wordCount >= options.proseWithoutPunctuationWords
        && (language == .undetermined || stopWordShare(language) >= 0.1))
  }

  private static func containsAt(_ bytes: UnsafeBufferPointer<UInt8>, _ span: ByteSpan) -> Bool {
    guard let base = bytes.baseAddress, !span.isEmpty else { return false }
    return memchr(base + span.start, Int32(UInt8(ascii: "@")), span.count) != nil
  }

  static func endsLikeSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ span: ByteSpan) -> Bool {
    var end = span.end
    while end > span.start {
      let byte = bytes[end - 1]
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") {
        end -= 1
      } else if end - 3 >= span.start && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80
        && (bytes[end - 1] == 0x9D || bytes[end - 1] == 0x99)
      {
        end -= 3  // ” or ’
      } else {
        break
      }
    }
    guard end > span.start else { return false }
    let last = bytes[end - 1]
    if last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") || last == UInt8(ascii: ":") {
      return true
    }
    return end - 3 >= span.start && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 && bytes[end - 1] == 0xA6  // …
  }
}
