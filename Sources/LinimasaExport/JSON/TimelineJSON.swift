// The timeline as the JSON contract of docs/timeline-json.md (schemaVersion "1").
import LinimasaCore
import LinimasaTimeline

/// Renders a timeline whose records still hold their details as the contract's JSON
/// document, byte-identical for equal timelines (see `TimelineJSONWriter` for runs that
/// write as they go).
public enum TimelineJSON {
  public static func format(_ timeline: Timeline) throws -> String {
    let writer = try TimelineJSONWriter(spillFolder: nil)
    for document in timeline.documents { writer.observe(document) }
    var text: [UInt8] = []
    try writer.write(timeline) { text += $0 }
    return String(decoding: text, as: UTF8.self)
  }
}
