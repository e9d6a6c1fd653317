// The timeline as JSON Lines: one self-contained event per line, for jq and pipelines.
import LinimasaCore
import LinimasaTimeline

/// Renders a timeline as one compact JSON object per event, in timeline order, each line
/// ending in "\n"; the objects are `ResolvedEventJSON`'s.
public enum JSONLinesExport {
  public static func format(_ timeline: Timeline) -> String {
    let index = ExportIndex(timeline)
    var out = ""
    for event in timeline.events {
      out.append(JSONWriter.compact(ResolvedEventJSON.value(event, index: index)))
      out.append("\n")
    }
    return out
  }
}
