// Publication dates reasoned from the text when nothing states them.
import LinimasaCore
import LinimasaText

/// Infers a publication date from the explicit dates of the article's lead: the latest
/// full date (day precision, not a range) among the temporal expressions of the first
/// `leadParagraphs` kept paragraphs. News leads report what happened on the day of
/// publication or just before, so the latest date there is the best evidence; later
/// paragraphs mention scheduled future dates ("14 Februari 2024") that must not count,
/// and the result is never later than the latest explicit date the lead reports.
/// Without an explicit full date in the lead, nothing is inferred.
public enum PublicationInference {
  public static let leadParagraphs = 3

  public static func infer(
    _ expressions: [TemporalExpression], leadSpans: [ByteSpan]
  ) -> CivilDate? {
    let lead = leadSpans.prefix(leadParagraphs)
    var latest: CivilDate?
    for expression in expressions {
      guard case .explicit(let date) = expression.reading, date.precision == .day,
        lead.contains(where: { $0.contains(expression.span) })
      else { continue }
      if latest.map({ $0 < date }) ?? true { latest = date }
    }
    return latest
  }
}

extension ByteSpan {
  /// Whether `other` lies wholly inside this span.
  func contains(_ other: ByteSpan) -> Bool { start <= other.start && other.end <= end }
}
