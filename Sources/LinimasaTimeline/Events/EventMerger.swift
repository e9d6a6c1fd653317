// The same happening or statement reported by several documents, as one event.
import LinimasaCore
import LinimasaExtract

/// Builds the timeline's events from the documents' events. Two reports are one event when
/// they are of one kind and family and:
/// - they share a sentence (a syndicated copy publishes the same words), or
/// - for **statements**: a speaker (a person, or an organisation where one side names no
///   person), on the same day when both are dated; when one is not, its document was
///   published within `statementDays` after the other's date (or its publication is
///   unknown) and the two share something besides the speaker (an entity, a figure, a
///   law, a topic); two undated ones only so, published within two days of each other;
///   or, whoever each credits it to, the same long direct quotation (its opening words);
/// - for **happenings**: dates that agree at the coarser precision ("2023-11" agrees with
///   "2023-11-27"), or one undated report published after the other's date within
///   `backgroundDays` (a happening told again later joins the dated event it reports:
///   background is never news of the later day); agents that do not conflict; and
///   something in common: an agent or target, a named entity, a figure or a law.
/// Of several events a report agrees with, it joins the one it shares most with. The
/// merged event keeps the text's own date (the most precise), its headline in each
/// language from the report that dates it (else the first), and every source; sources
/// from syndicated copies are marked and not counted as independent.
///
/// Documents are added one at a time, in path order (a run adds them as they are done);
/// which documents are syndicated copies is known only once all are in, so it is given to
/// `takeEvents`.
struct EventMerger {
  let eventTypes: [String: EventType]
  private var drafts: [Draft] = []
  /// Drafts by what a report must share with them to be compared at all (see `Draft.keys`),
  /// and each draft's keys in that index.
  private var index: [MergeKey: [Int]] = [:]
  private var indexedKeys: [Set<MergeKey>] = []
  /// Per draft, the number of the last report it was compared with: a draft several keys
  /// find is compared once.
  private var lastCompared: [Int] = []
  private var reportNumber = 0
  /// The numbers the drafts hold entity ids, figures, laws and families by.
  private let symbols = Symbols()

  /// The ids of the documents added, by number: sources refer to them by number.
  private var documentIDs: [String] = []
  /// Every sentence the sources hold, by number, once: a sentence published by many
  /// outlets is kept once, not once per copy.
  private var sentences: [String] = []
  private var sentenceNumbers: [String: Int32] = [:]

  /// How many days after a statement a report of it without a date may be published.
  static let statementDays = 7
  /// How many days after a happening a report of it without a date may be published.
  static let backgroundDays = 62
  /// How many days apart two undated reports of one happening may be published.
  static let undatedDays = 31

  init(eventTypes: [String: EventType]) {
    self.eventTypes = eventTypes
  }

  /// Merges the document's events into the events so far.
  mutating func add(_ document: DocumentRecord) {
    let number = Int32(clamping: documentIDs.count)
    documentIDs.append(document.id)
    let story = Draft.Story(document, symbols: symbols)
    for event in document.events {
      let sources = event.sources.map { span in
        SourceRef(document: number, sentence: sentenceNumber(document.eventTexts[span] ?? ""), span: span)
      }
      let claims = event.claims.map { ClaimRef(document: number, index: Int32(clamping: $0)) }
      let draft = Draft(
        event, in: document, story: story, number: number, family: eventTypes[event.type]?.family ?? event.type,
        sources: sources, claims: claims, symbols: symbols)
      let keys = draft.keys
      if let best = bestMatch(for: draft, keys: keys) {
        drafts[best].absorb(draft)
        // What the draft shares grows only by what the report shares, and its months by
        // its date, which the report may have changed: its new keys are among those.
        for key in keys + drafts[best].monthKeys where drafts[best].holds(key) {
          if indexedKeys[best].insert(key).inserted { index[key, default: []].append(best) }
        }
      } else {
        for key in keys { index[key, default: []].append(drafts.count) }
        indexedKeys.append(Set(keys))
        lastCompared.append(-1)
        drafts.append(draft)
      }
    }
  }

  /// Of the drafts `keys` find that agree with `draft`, the one it shares most with (the
  /// first on a tie).
  private mutating func bestMatch(for draft: Draft, keys: [MergeKey]) -> Int? {
    reportNumber += 1
    var best: (draft: Int, affinity: Int)?
    for key in keys {
      for candidate in index[key] ?? [] where lastCompared[candidate] != reportNumber {
        lastCompared[candidate] = reportNumber
        guard drafts[candidate].agrees(with: draft) else { continue }
        let affinity = drafts[candidate].affinity(with: draft)
        if best.map({ (affinity, -candidate) > ($0.affinity, -$0.draft) }) ?? true { best = (candidate, affinity) }
      }
    }
    return best?.draft
  }

  /// The number of `text` among the sentences held (added if new); -1 for no text.
  private mutating func sentenceNumber(_ text: String) -> Int32 {
    guard !text.isEmpty else { return -1 }
    if let number = sentenceNumbers[text] { return number }
    let number = Int32(clamping: sentences.count)
    sentences.append(text)
    sentenceNumbers[text] = number
    return number
  }

  /// The merged events in time order (undated last), their sources marked with the
  /// documents they are copies of (`copies`: document id to original's id), their actors
  /// renamed (`renames`: see `EntityVariants`), each made whole only when read. Each draft
  /// is emptied once its event is made, so the merger holds nothing after: call this once.
  func takeEvents(names: EventNames, copies: [String: String], renames: [String: String]) -> TimelineEvents {
    let events = drafts.filter(\.standsAlone).map { draft in
      defer { draft.empty() }
      draft.rename(renames)
      return draft.event(types: eventTypes, names: names, documentIDs: documentIDs)
    }
    let ordered = events.sorted { lhs, rhs in
      switch (lhs.event.date.value?.start, rhs.event.date.value?.start) {
      case (let left?, let right?) where left != right: return left < right
      case (nil, _?): return false
      case (_?, nil): return true
      default: return lhs.event.id < rhs.event.id
      }
    }
    return TimelineEvents(
      ordered, references: TimelineEvents.References(documentIDs: documentIDs, sentences: sentences, copies: copies))
  }
}
