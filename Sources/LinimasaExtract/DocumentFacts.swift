// What the extractors find in one document.
import LinimasaCore
import LinimasaText

/// The facts of one document, with the publication date they were anchored to.
public struct DocumentFacts: Sendable {
  /// The publication date used for anchoring (stated or inferred).
  public let published: PublicationDate?
  public let temporalExpressions: [TemporalExpression]
  public let legalCitations: [LegalCitation]
  public let entities: EntityAnalysis
  public let claims: [Claim]
  public let events: [DocumentEvent]
}

/// Runs the extractors over a document's text, in order:
/// 1. temporal expressions in kept paragraphs, captions and timestamp lines;
/// 2. the publication date, inferred from the lead when nothing states it;
/// 3. every partial date anchored to it (a "later" phrase to the date before it);
/// 4. legal citations in kept paragraphs, anaphora resolved in reading order;
/// 5. entities (lexicon and discovered);
/// 6. claims with their speakers;
/// 7. events: statements and dated happenings.
public struct FactExtractor: Sendable {
  let temporal: TemporalExtractor
  let inference: PublicationInference
  let legal: LegalExtractor
  let entities: EntityRecognizer
  let claims: ClaimExtractor
  let events: EventExtractor

  public init(lexicons: Lexicons) {
    temporal = TemporalExtractor(lexicons: lexicons)
    inference = PublicationInference(lexicons: lexicons)
    legal = LegalExtractor(lexicons: lexicons)
    entities = EntityRecognizer(lexicons: lexicons)
    let referringNouns = ReferringNouns(lexicons: lexicons)
    claims = ClaimExtractor(lexicons: lexicons, referringNouns: referringNouns)
    events = EventExtractor(lexicons: lexicons, referringNouns: referringNouns)
  }

  public func extract(_ analysis: DocumentAnalysis) -> DocumentFacts {
    var times: ExtractionTimes? = nil
    return extract(analysis, times: &times)
  }

  /// The same, adding the time each stage takes to `times` when it is not nil.
  public func extract(_ analysis: DocumentAnalysis, times: inout ExtractionTimes?) -> DocumentFacts {
    var clock = StageClock(enabled: times != nil)
    return analysis.article.bytes.withUnsafeBufferPointer { bytes in
      // 1.
      // Kept paragraphs (the legal references' too) are a part of those carrying dates.
      var tokenized: [(paragraph: CleanParagraph, tokens: [DateToken])] = []
      var expressions: [TemporalExpression] = []
      for paragraph in analysis.cleaning.paragraphs where Self.carriesDates(paragraph) {
        let tokens = DateGrammar.tokenize(bytes, paragraph.span.range)
        tokenized.append((paragraph, tokens))
        expressions += temporal.extract(bytes, in: paragraph.span, tokens: tokens)
      }
      // 2.
      var published = analysis.metadata.published
      if published == nil {
        let lead = analysis.cleaning.paragraphs.filter(\.isKept).map(\.span)
        published = inference.infer(expressions, leadSpans: lead, bytes: bytes).map {
          PublicationDate(value: $0, basis: .inferred)
        }
      }
      // 3.
      expressions = TemporalAnchor.resolveAll(expressions, publication: published?.value)
      times?.temporal += clock.lap()
      // 4.
      var citations: [LegalCitation] = []
      var context = LegalExtractor.Context()
      for (paragraph, tokens) in tokenized where paragraph.isKept {
        citations += legal.extract(bytes, in: paragraph.span, tokens: tokens, context: &context)
      }
      times?.legal += clock.lap()
      // 5–6. The dateline's date ("JAKARTA, Nov 9 (Wire) -") is when the story was filed: it
      // dates neither what was said nor what happened.
      let told = expressions.filter { date in analysis.cleaning.dateline.map { !$0.span.contains(date.span) } ?? true }
      var found = entities.recognize(analysis)
      times?.entities += clock.lap()
      let (claims, resolvedMentions) = claims.extract(analysis, entities: found, dates: told)
      found.add(resolvedMentions)
      times?.claims += clock.lap()
      // 7.
      let events = events.extract(
        analysis, published: published?.value, entities: found, dates: told, citations: citations, claims: claims)
      times?.events += clock.lap()
      return DocumentFacts(
        published: published, temporalExpressions: expressions, legalCitations: citations, entities: found,
        claims: claims,
        events: events)
    }
  }

  /// Article text, photo captions and timestamp lines carry the story's dates; menus,
  /// bylines, titles and repeats do not.
  static func carriesDates(_ paragraph: CleanParagraph) -> Bool {
    switch paragraph.removal {
    case nil, .caption?, .timestamp?: return true
    default: return false
    }
  }
}

/// Nanoseconds spent in each stage of `FactExtractor`, summed over documents.
public struct ExtractionTimes: Sendable {
  /// Temporal expressions, the publication date and anchoring.
  public var temporal: UInt64 = 0
  public var legal: UInt64 = 0
  public var entities: UInt64 = 0
  public var claims: UInt64 = 0
  public var events: UInt64 = 0

  public init() {}

  /// The stages with their names, in pipeline order.
  public var named: [(String, UInt64)] {
    [("dates", temporal), ("legal references", legal), ("entities", entities), ("claims", claims), ("events", events)]
  }
}
