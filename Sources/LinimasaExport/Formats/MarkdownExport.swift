// The timeline as a Markdown document people read: one heading per date.
import LinimasaCore
import LinimasaExtract
import LinimasaTimeline

/// Renders a timeline as Markdown, one heading per date.
///
/// Headings follow timeline order (a month before its days, "Undated" last); under each
/// comes every event under its headline (the words of its reports), with both summaries,
/// its type, actors, legal references, quotes and linked sources; then a section lists the
/// quotes no event holds, so each claim appears once, and a last one the skipped inputs
/// with their reasons (the run's account is under the title). Text from articles is
/// escaped so it renders as written.
public enum MarkdownExport {
  public static func format(_ timeline: Timeline) -> String {
    let index = ExportIndex(timeline)
    var out = "# Timeline\n\n"
    out += "\(timeline.events.count) events from \(timeline.documents.count) documents "
      + "(\(Escaping.markdown(RunAccount.line(timeline)))).\n"
    for (heading, events) in groups(timeline.events) {
      out += "\n## " + heading + "\n"
      for event in events { out += "\n" + section(event, index: index) }
    }
    let outside = timeline.claimsOutsideEvents
    if !outside.isEmpty {
      out += "\n## Quotes in no event\n\n"
      out += outside.map { "- " + quote($0, index: index) }.joined(separator: "\n") + "\n"
    }
    if !timeline.copies.isEmpty {
      out += "\n## Identical copies\n\n"
      out += timeline.copies.map { copy in
        "- `\(copy.path.replacingOccurrences(of: "`", with: "'"))`: the same bytes as `\(copy.document)`"
      }.joined(separator: "\n") + "\n"
    }
    if !timeline.skipped.isEmpty {
      out += "\n## Skipped inputs\n\n"
      out += timeline.skipped.map { skipped in
        "- `\(skipped.path.replacingOccurrences(of: "`", with: "'"))`: " + Escaping.markdown(skipped.reason.message)
          + " (\(skipped.reason.code))"
      }.joined(separator: "\n") + "\n"
    }
    return out
  }

  /// Events under their date heading, headings in order of first appearance.
  static func groups(_ events: some Sequence<TimelineEvent>) -> [(heading: String, events: [TimelineEvent])] {
    var order: [String] = []
    var byHeading: [String: [TimelineEvent]] = [:]
    for event in events {
      let heading = heading(event.date)
      if byHeading[heading] == nil { order.append(heading) }
      byHeading[heading, default: []].append(event)
    }
    return order.map { ($0, byHeading[$0] ?? []) }
  }

  /// "2023-11-27", "2023-11 (month)", "2023 (year)", "2023-11-27/2023-11-29 (range)", "Undated".
  static func heading(_ date: EventDate) -> String {
    guard let value = date.value else { return "Undated" }
    if case .range = value { return value.iso + " (range)" }
    switch value.start.precision {
    case .day: return value.iso
    case .month: return value.iso + " (month)"
    case .year: return value.iso + " (year)"
    }
  }

  static func section(_ event: TimelineEvent, index: ExportIndex) -> String {
    func summary(_ language: String) -> String { event.summary.first { $0.language == language }?.text ?? event.type }
    let title = event.headline.first?.text ?? summary("en")
    var lines = ["### " + Escaping.markdown(title), ""]
    for headline in event.headline.dropFirst() {
      lines.append("- **Headline (\(headline.language)):** " + Escaping.markdown(headline.text))
    }
    lines.append("- **Summary:** " + Escaping.markdown(summary("en")))
    lines.append("- **Ringkasan:** " + Escaping.markdown(summary("id")))
    lines.append("- **Type:** " + Escaping.markdown(event.type))
    lines.append("- **Date:** " + dateLine(event.date))
    if !event.actors.isEmpty {
      let actors = event.actors.map { actor in
        Escaping.markdown(index.name(of: actor.entity, in: "en")) + " (" + actor.role.rawValue + ")"
      }
      lines.append("- **Actors:** " + actors.joined(separator: ", "))
    }
    if !event.legalReferences.isEmpty {
      lines.append("- **Legal references:**")
      for id in event.legalReferences {
        let title = index.title(of: id, in: "en").map { ": " + Escaping.markdown($0) } ?? ""
        lines.append("  - " + Escaping.markdown(id) + title)
      }
    }
    let claims = event.claims.compactMap { index.claims[$0] }
    if !claims.isEmpty {
      lines.append("- **Quotes:**")
      for record in claims { lines.append("  - " + quote(record, index: index)) }
    }
    lines.append("- **Sources** (\(event.independentSources) independent):")
    for source in event.sources { lines.append("  - " + sourceLine(source, index: index)) }
    lines.append("- **Id:** `" + event.id + "`")
    return lines.joined(separator: "\n") + "\n"
  }

  /// The value, the words that gave it, and how it was found; publication dates say so.
  static func dateLine(_ date: EventDate) -> String {
    guard let value = date.value else { return "unknown" }
    let words = date.text.flatMap { $0 == value.iso ? nil : " \u{201C}" + Escaping.markdown($0) + "\u{201D}" } ?? ""
    switch date.resolution {
    case .explicit: return value.iso + words
    case .anchored: return value.iso + words + " (placed against the publication date)"
    case .publication: return value.iso + " (publication date only; the text gives no date)"
    case .unresolved: return "unknown" + words
    }
  }

  /// A direct quote in quotation marks, an indirect one as reported, after its speaker.
  static func quote(_ record: TimelineClaim, index: ExportIndex) -> String {
    let claim = record.claim
    let speaker =
      claim.speaker.map { "**" + Escaping.markdown(index.name(of: $0, in: "en")) + "**" }
      ?? "*Unattributed*"
    let text = Escaping.markdown(claim.text)
    let said = claim.kind == .direct ? "\u{201C}" + text + "\u{201D}" : text + " *(reported)*"
    return speaker + ": " + said + " (`" + record.document + "` bytes \(claim.span.start)\u{2013}\(claim.span.end))"
  }

  /// "[Outlet: Title](url) `doc-id` bytes 10–20", then the sentence as published.
  static func sourceLine(_ source: EventSource, index: ExportIndex) -> String {
    let label = Escaping.markdown(index.label(of: source.document))
    let link =
      index.webURL(of: source.document).map { "[" + label + "](" + Escaping.markdownDestination($0) + ")" }
      ?? label
    let copy = source.copyOf.map { ", copy of `" + $0 + "`" } ?? ""
    return link + " (`" + source.document + "` bytes \(source.span.start)\u{2013}\(source.span.end)" + copy + "): "
      + "\u{201C}" + Escaping.markdown(source.text) + "\u{201D}"
  }
}
