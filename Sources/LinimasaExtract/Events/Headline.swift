// Headlines made of the document's own words: who did or said what, in a few words.
import LinimasaCore

/// Builds an event's headline from its evidence, never from a template: for a statement
/// the speaker's name and the gist of their first reported claim ("Budi Arie Setiadi: the
/// government would not pay or comply with the demands …"; a denial keeps its verb: "KPU
/// membantah: data yang beredar berasal dari sistemnya"); for a happening the clause of its
/// trigger, from the sentence's subject, without a dateline, an opening adjunct
/// ("Sebelumnya,", "In August,") or the dates that close it. Long text is cut at a clause
/// boundary, else at `maximumWords`, and marked with "…".
struct Headline {
  let document: DocumentReading
  static let maximumWords = 18
  /// A claim's gist is cut at the first clause boundary after this many words.
  static let gistWords = 8

  func statement(_ draft: StatementDraft) -> String {
    let name = draft.speakers.first.flatMap { document.entities.entities[$0]?.name } ?? ""
    let claims = draft.claims.map { document.claims[$0] }
    guard let claim = claims.first(where: { $0.kind == .indirect }) ?? claims.first else { return name }
    let gist = cut(claim.content, atClauseAfter: Self.gistWords)
    if claim.stance == .denied, let verb = claim.verb {
      return "\(name) \(document.text(verb).lowercased()): \(gist)"
    }
    return "\(name): \(gist)"
  }

  func happening(_ report: HappeningReport) -> String {
    let reading = document.readings[report.sentence]
    let words = reading.words
    let trigger = report.trigger.index
    var first = 0
    if let dateline = document.dateline {
      first = words.firstIndex { $0.range.lowerBound >= dateline.end } ?? 0
    }
    // From the doer or the one it is done to, when named before the trigger; else from the
    // start of the trigger's clause (past an opening adjunct).
    let leading = Set(report.actors.filter { $0.role != .other }.map(\.entity))
    let named = document.mentions.first { mention in
      leading.contains(mention.entity) && mention.span.start >= words[first].range.lowerBound
        && mention.span.end <= words[trigger].range.lowerBound
    }
    let start = max(named.flatMap { reading.wordIndex(startingAt: $0.span.start) } ?? reading.clauseStarts[trigger], first)
    // To the end of the trigger's clause.
    var end = trigger + 1
    while end < words.count && reading.clauseStarts[end] <= reading.clauseStarts[trigger] { end += 1 }
    // Dates and the words that introduce them do not end a headline.
    while end > trigger + 1,
      let date = document.dates.first(where: { $0.span.contains(ByteSpan(words[end - 1].range)) })
    {
      end = words.firstIndex { $0.range.lowerBound >= date.span.start } ?? end - 1
      while end > trigger + 1, reading.isDateLead(end - 1) { end -= 1 }
    }
    let cutShort = end - start > Self.maximumWords
    if cutShort { end = start + Self.maximumWords }
    let text = document.text(ByteSpan(words[start].range.lowerBound, words[end - 1].range.upperBound))
    return Self.trimmed(text) + (cutShort ? " …" : "")
  }

  /// The words of `span` up to the first clause boundary after `after` words, or up to
  /// `maximumWords`, "…" marking a cut.
  func cut(_ span: ByteSpan, atClauseAfter after: Int) -> String {
    let words = document.tokens.words(document.bytes, span)
    guard !words.isEmpty else { return "" }
    var end = words.count
    for index in words.indices.dropFirst(after)
    where ClauseReading.hasBoundary(document.bytes, from: words[index - 1].range.upperBound, to: words[index].range.lowerBound)
    {
      end = index
      break
    }
    let cutShort = min(end, Self.maximumWords) < words.count
    end = min(end, Self.maximumWords)
    let text = document.text(ByteSpan(words[0].range.lowerBound, words[end - 1].range.upperBound))
    return Self.trimmed(text) + (cutShort ? " …" : "")
  }

  /// Characters a headline neither starts nor ends with.
  static let edges: Set<Character> = [",", ";", ":", "-", "–", "—", " ", "\n", "\t", "\"", "“", "”", "'", "‘", "’", "("]

  /// Without spaces, commas, dashes and quotation marks at either end.
  static func trimmed(_ text: String) -> String {
    var text = Substring(text)
    while let first = text.first, edges.contains(first) { text = text.dropFirst() }
    while let last = text.last, edges.contains(last) { text = text.dropLast() }
    return String(text)
  }
}
