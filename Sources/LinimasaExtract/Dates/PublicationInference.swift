// Publication dates reasoned from the text when nothing states them.
import LinimasaCore
import LinimasaText

/// Infers a publication date from the explicit dates of the article's lead: the latest
/// full date (day precision, not a range) among the temporal expressions of the first
/// `leadParagraphs` kept paragraphs that is not announced as future (a future cue of the
/// lexicons: "akan", "will" just before it, "mendatang" just after it). News leads report
/// what happened on the day of publication or just before, so the result is never later
/// than the latest date the lead reports as past; scheduled dates ("Pemilu akan digelar 14
/// Februari 2024") do not count. Without such a date in the lead, nothing is inferred.
public struct PublicationInference: Sendable {
  public static let leadParagraphs = 3
  /// How many bytes before a date are searched for a future cue.
  static let futureWindow = 48
  /// How many bytes after a date are searched for a future cue.
  static let futureWindowAfter = 12
  /// The future cues of every language, as bytes, by where they stand.
  let cuesBefore: [[UInt8]]
  let cuesAfter: [[UInt8]]

  public init(lexicons: Lexicons) {
    let cues = Language.supported.flatMap { lexicons[$0].futureCues }
    cuesBefore = cues.filter { $0.side == .before }.map { Array($0.text.utf8) }
    cuesAfter = cues.filter { $0.side == .after }.map { Array($0.text.utf8) }
  }

  public func infer(
    _ expressions: [TemporalExpression], leadSpans: [ByteSpan], bytes: UnsafeBufferPointer<UInt8>
  ) -> CivilDate? {
    let lead = leadSpans.prefix(Self.leadParagraphs)
    var latest: CivilDate?
    for expression in expressions {
      guard case .explicit(let date) = expression.reading, date.precision == .day,
        let paragraph = lead.first(where: { $0.contains(expression.span) }),
        !isAnnouncedAsFuture(expression.span, in: paragraph, bytes: bytes)
      else { continue }
      if latest.map({ $0 < date }) ?? true { latest = date }
    }
    return latest
  }
}

extension PublicationInference {
  func isAnnouncedAsFuture(_ span: ByteSpan, in paragraph: ByteSpan, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let before = max(paragraph.start, span.start - Self.futureWindow)..<span.end
    let after = span.end..<min(paragraph.end, span.end + Self.futureWindowAfter)
    return cuesBefore.contains { ByteSearch.contains(bytes, before, $0) }
      || cuesAfter.contains { ByteSearch.contains(bytes, after, $0) }
  }
}

extension ByteSpan {
  /// Whether `other` lies wholly inside this span.
  func contains(_ other: ByteSpan) -> Bool { start <= other.start && other.end <= end }
}
