// The timeline as RFC 4180 CSV, for spreadsheets: one row per event, and a CSV of claims.
import LinimasaCore
import LinimasaExtract
import LinimasaTimeline

/// Renders a timeline as CSV a spreadsheet reads as it is: names, not ids.
///
/// `format`: a header row, the run's account (record `run`: the line a run prints, in
/// `summary_en`), then one row per event in timeline order (record `event`): its date as
/// given and its precision, headlines and summaries in both languages, actors by name with
/// their role in each language, its quotes ("Speaker: “words”", a denial marked as one),
/// legal references with their titles, the outlets and URLs that report it and where;
/// then one row per claim no event holds (record `quote`), one per byte-identical copy of
/// a document (record `copy`) and one per skipped input (record `skipped`: its path as
/// `id`, its reason code as `type`, its reason as `summary_en`).
///
/// `claims`: one row per claim, every claim once: its document, outlet and URL, date,
/// speaker (id and names), kind, stance, words and the event that holds it.
///
/// Lists are joined with "; " (quotes with " | "); rows end in CRLF; a field is quoted
/// when it holds a comma, a double quote, a line break or leading or trailing spaces.
public enum CSVExport {
  static let header = [
    "record", "id", "date", "date_text", "precision", "type", "headline_en", "headline_id", "summary_en",
    "summary_id", "actors_en", "actors_id", "actor_ids", "quotes", "legal_references", "outlets", "urls", "sources",
    "independent_sources",
  ]

  static let claimsHeader = [
    "id", "document", "outlet", "url", "date", "speaker", "speaker_name_en", "speaker_name_id", "kind", "stance",
    "text", "event", "span",
  ]

  /// The role words of each language ("agent" / "pelaku").
  static let roleWords: [String: [EventActor.Role: String]] = [
    "en": [.agent: "agent", .speaker: "speaker", .target: "target", .other: "other"],
    "id": [.agent: "pelaku", .speaker: "narasumber", .target: "sasaran", .other: "lainnya"],
  ]

  public static func format(_ timeline: Timeline) -> String {
    let index = ExportIndex(timeline)
    var out = row(header)
    out.append(row(record("run", summaryEnglish: RunAccount.line(timeline))))
    for event in timeline.events {
      out.append(row(fields(event, index: index)))
    }
    for claim in timeline.claimsOutsideEvents {
      out.append(row(fields(claim, index: index)))
    }
    for copy in timeline.copies {
      out.append(row(record("copy", id: copy.path, summaryEnglish: "identical to " + copy.document)))
    }
    for skipped in timeline.skipped {
      out.append(
        row(record("skipped", id: skipped.path, type: skipped.reason.code, summaryEnglish: skipped.reason.message)))
    }
    return out
  }

  /// Every claim once, in document order, with the event that holds it (if one does).
  public static func claims(_ timeline: Timeline) -> String {
    let index = ExportIndex(timeline)
    var events: [String: String] = [:]
    for event in timeline.events {
      for claim in event.claims where events[claim] == nil { events[claim] = event.id }
    }
    var out = row(claimsHeader)
    for record in timeline.claims {
      let claim = record.claim
      let metadata = index.documents[record.document]?.metadata
      out.append(
        row([
          record.id, record.document, metadata?.source ?? "", index.webURL(of: record.document) ?? "",
          claim.date?.value?.iso ?? "", claim.speaker ?? "", claim.speaker.map { index.name(of: $0, in: "en") } ?? "",
          claim.speaker.map { index.name(of: $0, in: "id") } ?? "", claim.kind.rawValue, claim.stance.rawValue,
          claim.text, events[record.id] ?? "", "\(claim.span.start)-\(claim.span.end)",
        ]))
    }
    return out
  }

  static func fields(_ event: TimelineEvent, index: ExportIndex) -> [String] {
    func summary(_ language: String) -> String { event.summary.first { $0.language == language }?.text ?? "" }
    func headline(_ language: String) -> String { event.headline.first { $0.language == language }?.text ?? "" }
    func actors(_ language: String) -> String {
      event.actors.map { "\(index.name(of: $0.entity, in: language)) (\(roleWords[language]?[$0.role] ?? ""))" }
        .joined(separator: "; ")
    }
    let documents = unique(event.sources.map(\.document))
    return [
      "event",
      event.id,
      event.date.value?.iso ?? "",
      event.date.text ?? "",
      precision(event.date.value),
      event.type,
      headline("en"),
      headline("id"),
      summary("en"),
      summary("id"),
      actors("en"),
      actors("id"),
      event.actors.map(\.entity).joined(separator: "; "),
      event.claims.compactMap { index.claims[$0].map { quote($0, index: index) } }.joined(separator: " | "),
      event.legalReferences.map { id in index.title(of: id, in: "en").map { "\(id) (\($0))" } ?? id }
        .joined(separator: "; "),
      unique(documents.compactMap { index.documents[$0]?.metadata.source }).joined(separator: "; "),
      unique(documents.compactMap { index.webURL(of: $0) }).joined(separator: "; "),
      event.sources.map { "\($0.document)[\($0.span.start)-\($0.span.end)]" }.joined(separator: "; "),
      String(event.independentSources),
    ]
  }

  /// A claim no event holds: its speaker and words as its row's quote and headline.
  static func fields(_ record: TimelineClaim, index: ExportIndex) -> [String] {
    let claim = record.claim
    let language = index.documents[record.document]?.language.rawValue
    let words = quote(record, index: index)
    var fields = self.record("quote", id: record.id, type: claim.kind.rawValue, summaryEnglish: "")
    fields[2] = claim.date?.value?.iso ?? ""
    fields[4] = precision(claim.date?.value)
    fields[6] = language == "id" ? "" : words
    fields[7] = language == "id" ? words : ""
    fields[10] = claim.speaker.map { index.name(of: $0, in: "en") } ?? ""
    fields[11] = claim.speaker.map { index.name(of: $0, in: "id") } ?? ""
    fields[12] = claim.speaker ?? ""
    fields[13] = words
    fields[15] = index.documents[record.document]?.metadata.source ?? ""
    fields[16] = index.webURL(of: record.document) ?? ""
    fields[17] = "\(record.document)[\(claim.span.start)-\(claim.span.end)]"
    fields[18] = "1"
    return fields
  }

  /// "Speaker: “words”"; a denial says so ("Speaker denies: “words”"); "Unattributed" when
  /// the text names no speaker.
  static func quote(_ record: TimelineClaim, index: ExportIndex) -> String {
    let claim = record.claim
    let speaker = claim.speaker.map { index.name(of: $0, in: "en") } ?? "Unattributed"
    return speaker + (claim.stance == .denied ? " denies" : "") + ": \u{201C}" + claim.text + "\u{201D}"
  }

  /// "day", "month", "year" or "range"; "" without a date.
  static func precision(_ value: TemporalValue?) -> String {
    guard let value else { return "" }
    if case .range = value { return "range" }
    return value.start.precision.rawValue
  }

  /// A row of the run's account, a copy or a skipped input: only the columns given are filled.
  static func record(_ kind: String, id: String = "", type: String = "", summaryEnglish: String) -> [String] {
    var fields = [String](repeating: "", count: header.count)
    fields[0] = kind
    fields[1] = id
    fields[5] = type
    fields[8] = summaryEnglish
    return fields
  }

  private static func unique(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
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
