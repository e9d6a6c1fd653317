// The timeline as TimelineJS3 JSON, for the TimelineJS viewer.
import LinimasaCore
import LinimasaExtract
import LinimasaTimeline

/// Renders a timeline in TimelineJS3's JSON format.
///
/// A title slide comes first, then one slide per dated event in timeline order (undated
/// events have no place on its axis). Dates carry only the parts their precision gives;
/// a range has an `end_date`. A slide's headline is the event's (the words of its reports);
/// its text is HTML: both summaries, actors, legal references, quotes and links to the
/// sources, all escaped. The title slide gives the run's account and lists the quotes no
/// event holds and the skipped inputs with their reasons.
public enum TimelineJSExport {
  public static func format(_ timeline: Timeline) -> String {
    let index = ExportIndex(timeline)
    let slides = timeline.events.compactMap { slide($0, index: index) }
    let title = "\(slides.count) dated events from \(timeline.documents.count) documents"
    let outside = timeline.claimsOutsideEvents.map { quote($0.claim, index: index) }.joined()
    return JSONWriter.pretty(.object([
      JSONMember("title", .object([
        JSONMember("text", .object([
          JSONMember("headline", .string("Linimasa")),
          JSONMember(
            "text",
            .string(
              "<p>" + Escaping.html(title) + "</p>"
                + "<p class=\"run\">" + Escaping.html(RunAccount.line(timeline)) + "</p>"
                + (outside.isEmpty ? "" : "<p><strong>Quotes in no event:</strong></p>" + outside)
                + skippedList(timeline.skipped))),
        ])),
      ])),
      JSONMember("events", .array(slides)),
    ]))
  }

  /// The skipped inputs with their reasons, as an HTML list ("" when none was).
  static func skippedList(_ skipped: [SkippedInput]) -> String {
    guard !skipped.isEmpty else { return "" }
    return "<p><strong>Skipped inputs:</strong></p><ul>"
      + skipped.map { "<li><code>" + Escaping.html($0.path) + "</code>: " + Escaping.html($0.reason.message) + "</li>" }
      .joined() + "</ul>"
  }

  /// The event's slide; nil for an undated event.
  static func slide(_ event: TimelineEvent, index: ExportIndex) -> JSONValue? {
    guard let value = event.date.value else { return nil }
    var members = [JSONMember("start_date", date(value.start))]
    if case .range(_, let end) = value { members.append(JSONMember("end_date", date(end))) }
    members += [
      JSONMember("text", .object([
        JSONMember("headline", .string(Escaping.html(event.headline.first?.text ?? summary(event, "en")))),
        JSONMember("text", .string(description(event, index: index))),
      ])),
      JSONMember("group", .string(event.type)),
      JSONMember("unique_id", .string(event.id)),
    ]
    return .object(members)
  }

  /// `{"year": "2023", "month": "11", "day": "27"}`, with only the parts the date has.
  static func date(_ date: CivilDate) -> JSONValue {
    var parts = [JSONMember("year", .string(String(date.year)))]
    if let month = date.month { parts.append(JSONMember("month", .string(String(month)))) }
    if let day = date.day { parts.append(JSONMember("day", .string(String(day)))) }
    return .object(parts)
  }

  static func summary(_ event: TimelineEvent, _ language: String) -> String {
    event.summary.first { $0.language == language }?.text ?? event.type
  }

  /// The slide's HTML body; every piece of article text in it is escaped.
  static func description(_ event: TimelineEvent, index: ExportIndex) -> String {
    var html = "<p lang=\"en\">" + Escaping.html(summary(event, "en")) + "</p>"
    html += "<p lang=\"id\">" + Escaping.html(summary(event, "id")) + "</p>"
    if !event.actors.isEmpty {
      let actors = event.actors.map { actor in
        Escaping.html(index.name(of: actor.entity, in: "en")) + " (" + actor.role.rawValue + ")"
      }
      html += "<p><strong>Actors:</strong> " + actors.joined(separator: ", ") + "</p>"
    }
    for id in event.legalReferences {
      let title = index.title(of: id, in: "en").map { ": " + Escaping.html($0) } ?? ""
      html += "<p><strong>" + Escaping.html(id) + "</strong>" + title + "</p>"
    }
    for claim in event.claims.compactMap({ index.claims[$0]?.claim }) { html += quote(claim, index: index) }
    let sources = event.sources.map { source in
      let label = Escaping.html(index.label(of: source.document))
      let link = index.webURL(of: source.document).map { url in
        "<a href=\"" + Escaping.html(url) + "\">" + label + "</a>"
      } ?? label
      return "<li>" + link + " <small>(" + Escaping.html(source.document) + ", bytes " + String(source.span.start)
        + "\u{2013}" + String(source.span.end) + ")</small></li>"
    }
    return html + "<p><strong>Sources:</strong></p><ul>" + sources.joined() + "</ul>"
  }

  /// A claim as a block quote with its speaker, escaped.
  static func quote(_ claim: Claim, index: ExportIndex) -> String {
    let text = claim.kind == .direct ? "\u{201C}" + claim.text + "\u{201D}" : claim.text
    let speaker = claim.speaker.map { "<cite>" + Escaping.html(index.name(of: $0, in: "en")) + "</cite>" } ?? ""
    return "<blockquote>" + Escaping.html(text) + (speaker.isEmpty ? "" : " \u{2014} " + speaker) + "</blockquote>"
  }
}
