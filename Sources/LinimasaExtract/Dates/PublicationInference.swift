// Publication dates reasoned from the text when nothing states them.
import LinimasaCore
import LinimasaText

/// Infers a publication date from the explicit dates of the article's lead: the latest
/// full date (day precision, not a range) among the temporal expressions of the first
/// `leadParagraphs` kept paragraphs that is not announced as future ("akan", "will",
/// "mendatang" just before it). News leads report what happened on the day of publication
/// or just before, so the result is never later than the latest date the lead reports as
/// past; scheduled dates ("Pemilu akan digelar 14 Februari 2024") do not count. Without
/// such a date in the lead, nothing is inferred.
public enum PublicationInference {
  public static let leadParagraphs = 3
  /// How many bytes before a date are searched for a future marker.
  static let futureWindow = 48

  public static func infer(
    _ expressions: [TemporalExpression], leadSpans: [ByteSpan], bytes: UnsafeBufferPointer<UInt8>
  ) -> CivilDate? {
    let lead = leadSpans.prefix(leadParagraphs)
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
  static func isAnnouncedAsFuture(_ span: ByteSpan, in paragraph: ByteSpan, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let window = max(paragraph.start, span.start - futureWindow)..<span.end
    let after = span.end..<min(paragraph.end, span.end + 12)
    return ByteSearch.contains(bytes, window, "akan ") || ByteSearch.contains(bytes, window, "will ")
      || ByteSearch.contains(bytes, window, "scheduled") || ByteSearch.contains(bytes, after, "mendatang")
      || ByteSearch.contains(bytes, window, "dijadwalkan")
  }
}

extension ByteSpan {
  /// Whether `other` lies wholly inside this span.
  func contains(_ other: ByteSpan) -> Bool { start <= other.start && other.end <= end }
}
