// The timeline as JSON Lines: one self-contained event per line, for jq and pipelines.
import LinimasaCore
import LinimasaTimeline

/// Renders a timeline as one compact JSON object per line, each ending in "\n": first the
/// run's account (`"record": "run"`, with the JSON's `summary`, `skipped` and `copies`), then every
/// event in timeline order (`"record": "event"`), then every claim no event holds
/// (`"record": "quote"`), so each claim appears once; the objects are `ResolvedEventJSON`'s.
public enum JSONLinesExport {
  public static func format(_ timeline: Timeline) -> String {
    let index = ExportIndex(timeline)
    var out = JSONWriter.compact(
      .object([
        JSONMember("record", .string("run")),
        JSONMember("summary", RunAccount.summary(timeline)),
        JSONMember("skipped", .array(timeline.skipped.map(RunAccount.skipped))),
        JSONMember("copies", .array(timeline.copies.map(RunAccount.copy))),
      ]))
    out.append("\n")
    for event in timeline.events {
      out.append(JSONWriter.compact(ResolvedEventJSON.value(event, index: index)))
      out.append("\n")
    }
    for claim in timeline.claimsOutsideEvents {
      out.append(JSONWriter.compact(ResolvedEventJSON.quote(claim, index: index)))
      out.append("\n")
    }
    return out
  }
}
