// The timeline as RFC 4180 CSV, one row per event, for spreadsheets.
import LinimasaCore
import LinimasaTimeline

/// Renders a timeline as CSV: a header row, the run's account (record `run`: the line a
/// run prints, in `summary_en`), then one row per event in timeline order (record
/// `event`), one per claim no event holds (record `quote`: its speaker and words as the
/// headline), so each claim appears once, one per byte-identical copy of a document
/// (record `copy`: its path as `id`, "identical to" the document in `summary_en`) and one
/// per skipped input (record `skipped`: its path as `id`, its reason code as `type` and
/// its reason as `summary_en`).
///
/// Lists (actor, claim, legal instrument ids and sources as "document[start-end]") are
/// joined with "; "; rows end in CRLF; a field is quoted when it holds a comma, a double
/// quote, a line break or leading or trailing spaces.
public enum CSVExport {
  static let header = [
    "record", "id", "date", "precision", "resolution", "date_basis", "type", "headline_en", "headline_id",
    "summary_en", "summary_id", "actors", "claims", "legal_references", "sources", "independent_sources",
  ]

  public static func format(_ timeline: Timeline) -> String {
    let index = ExportIndex(timeline)
    var out = row(header)
    out.append(row(record("run", summaryEnglish: RunAccount.line(timeline))))
    for event in timeline.events {
      out.append(row(fields(event)))
    }
    for claim in timeline.claimsOutsideEvents {
      out.append(row(fields(claim, index: index)))
    }
    for copy in timeline.copies {
      out.append(row(record("copy", id: copy.path, summaryEnglish: "identical to " + copy.document)))
    }
    for skipped in timeline.skipped {
      out.append(row(record("skipped", id: skipped.path, type: skipped.reason.code, summaryEnglish: skipped.reason.message)))
    }
    return out
  }

  static func fields(_ event: TimelineEvent) -> [String] {
    func summary(_ language: String) -> String { event.summary.first { $0.language == language }?.text ?? "" }
    func headline(_ language: String) -> String { event.headline.first { $0.language == language }?.text ?? "" }
    return [
      "event",
      event.id,
      event.date.value?.iso ?? "",
      event.date.precision?.rawValue ?? "",
      event.date.resolution.rawValue,
      event.date.basis.rawValue,
      event.type,
      headline("en"),
      headline("id"),
      summary("en"),
      summary("id"),
      event.actors.map(\.entity).joined(separator: "; "),
      event.claims.joined(separator: "; "),
      event.legalReferences.joined(separator: "; "),
      event.sources.map { "\($0.document)[\($0.span.start)-\($0.span.end)]" }.joined(separator: "; "),
      String(event.independentSources),
    ]
  }

  /// A claim no event holds: its speaker and words in its document's language column.
  static func fields(_ record: TimelineClaim, index: ExportIndex) -> [String] {
    let claim = record.claim
    let speaker = claim.speaker.map { index.name(of: $0, in: "en") + ": " } ?? ""
    let language = index.documents[record.document]?.language.rawValue
    let words = speaker + claim.text
    return [
      "quote", record.id, claim.date?.value?.iso ?? "", claim.date?.value?.start.precision.rawValue ?? "",
      claim.date?.resolution.rawValue ?? "", claim.date?.value == nil ? "none" : "text", claim.kind.rawValue,
      language == "id" ? "" : words, language == "id" ? words : "", "", "", claim.speaker ?? "", record.id, "",
      "\(record.document)[\(claim.span.start)-\(claim.span.end)]", "1",
    ]
  }

  /// A row of the run's account or a skipped input: only the columns given are filled.
  static func record(_ kind: String, id: String = "", type: String = "", summaryEnglish: String) -> [String] {
    var fields = [String](repeating: "", count: header.count)
    fields[0] = kind
    fields[1] = id
    fields[6] = type
    fields[9] = summaryEnglish
    return fields
  }

  static func row(_ fields: [String]) -> String {
    fields.map(quoted).joined(separator: ",") + "\r\n"
  }

  /// The field as written: in double quotes (doubled inside) when it needs them.
  static func quoted(_ field: String) -> String {
    let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0.isNewline }
      || field.first?.isWhitespace == true || field.last?.isWhitespace == true
    guard needsQuotes else { return field }
    var out = "\""
    for character in field {
      if character == "\"" { out.append("\"") }
      out.append(character)
    }
    return out + "\""
  }
}
