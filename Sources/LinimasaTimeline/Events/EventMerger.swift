// The same happening reported by several documents, as one event.
import LinimasaCore
import LinimasaExtract

/// Builds the timeline's events from the documents' events.
///
/// Two reports are one event when their types are of one family (the same type, or "leak"
/// and "sale"; see `EventType.family`), their dates agree at the
/// coarser of their precisions ("2023-11" agrees with "2023-11-27", "2023-11-27" does not
/// agree with "2023-11-28"), and they share a participant: for a statement, the speaker;
/// otherwise an agent, speaker or target, or a cited legal instrument. A happening with no
/// date of its own is merged only with reports of the same sentence (a syndicated copy's),
/// since nothing else ties it to a day; a statement dated only by its article's
/// publication merges with the same speaker's statements of that day. The merged event keeps
/// the most precise date and lists every source; sources from syndicated copies are
/// marked and not counted as independent.
///
/// Documents are added one at a time, in path order (a run adds them as they are done);
/// which documents are syndicated copies is known only once all are in, so it is given to
/// `events`.
struct EventMerger {
  let eventTypes: [String: EventType]
  private var drafts: [Draft] = []
  /// Drafts that could be one event, by `Draft.bucket`.
  private var buckets: [String: [Int]] = [:]

  /// The ids of the documents added, by number: sources refer to them by number.
  private var documentIDs: [String] = []
  /// Every sentence the sources hold, by number, once: a sentence published by many
  /// outlets is kept once, not once per copy.
  private var sentences: [String] = []
  private var sentenceNumbers: [String: Int32] = [:]

  init(eventTypes: [String: EventType]) {
    self.eventTypes = eventTypes
  }

  /// Merges the document's events into the events so far.
  mutating func add(_ document: DocumentRecord) {
    let number = Int32(clamping: documentIDs.count)
    documentIDs.append(document.id)
    for event in document.events {
      let sources = event.sources.map { span in
        SourceRef(document: number, sentence: sentenceNumber(document.eventTexts[span] ?? ""), span: span)
      }
      let claims = event.claims.map { ClaimRef(document: number, index: Int32(clamping: $0)) }
      let draft = Draft(
        event, in: document, family: eventTypes[event.type]?.family ?? event.type, sources: sources, claims: claims)
      let key = draft.bucket
      if let index = buckets[key]?.first(where: { drafts[$0].agrees(with: draft) }) {
        drafts[index].absorb(draft)
      } else {
        buckets[key, default: []].append(drafts.count)
        drafts.append(draft)
      }
    }
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

  /// The merged events in time order, their sources marked with the documents they are
  /// copies of (`copies`: document id to original's id), each made whole only when read.
  /// Each draft is emptied once its event is made, so the merger holds nothing after: call
  /// this once.
  func takeEvents(names: EventNames, copies: [String: String]) -> TimelineEvents {
    let events = drafts.map { draft in
      defer { draft.empty() }
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

/// An event being assembled from one or more reports (a class: drafts are compared far
/// more often than they change, and a struct this large is copied to be read).
private final class Draft {
  var date: EventDate {
    didSet { days = date.value?.days }
  }
  /// The first and last day `date` covers.
  var days: (first: Int, last: Int)?
  /// The type most reports give (the first on a tie).
  var type: String { reportedTypes.max { $0.count < $1.count }?.type ?? "" }
  /// Each type the reports give, with how many give it, in order of first report.
  var reportedTypes: [(type: String, count: Int)]
  /// The type's family: reports of one family may be one event.
  let family: String
  var actors: [EventActor]
  /// Claims and sources in the order reported. Reports are absorbed in document order, so
  /// both are sorted by document number: a repeat can only be among the last document's.
  var claims: [ClaimRef]
  var sources: [SourceRef]
  var legalReferences: [String]
  /// The same, as a set.
  var legalReferenceSet: Set<String>
  /// The sources' sentences, for telling a sentence published twice.
  var sourceSentences: Set<Int32>
  /// Where each entity first is in `actors`.
  var actorIndex: [String: Int]
  /// The entities that speak, that have a role other than `other`, and all: what `agrees`
  /// compares, kept beside `actors` since a report is compared with every draft of its
  /// bucket and a merged event may have thousands of actors.
  var speakers: Set<String>
  var leadingEntities: Set<String>
  var allEntities: Set<String>
  /// Who takes part (as `[EventActor].participants`).
  var participants: Set<String> { leadingEntities.isEmpty ? allEntities : leadingEntities }

  init(
    _ event: DocumentEvent, in document: DocumentRecord, family: String, sources: [SourceRef], claims: [ClaimRef]
  ) {
    reportedTypes = [(event.type, 1)]
    self.family = family
    if let expression = event.date, let value = expression.value {
      date = EventDate(
        value: value, text: document.eventTexts[expression.span],
        resolution: expression.resolution == .explicit ? .explicit : .anchored)
    } else if let published = document.metadata.published?.value {
      date = EventDate(value: .date(published), text: nil, resolution: .publication)
    } else {
      date = EventDate(value: nil, text: nil, resolution: .unresolved)
    }
    actors = event.actors
    self.claims = claims
    legalReferences = event.legalReferences
    self.sources = sources
    legalReferenceSet = Set(legalReferences)
    sourceSentences = Set(sources.map(\.sentence).filter { $0 >= 0 })
    days = date.value?.days
    let actors = event.actors
    actorIndex = Dictionary(actors.indices.map { (actors[$0].entity, $0) }) { first, _ in first }
    speakers = Set(actors.filter { $0.role == .speaker }.map(\.entity))
    leadingEntities = Set(actors.filter { $0.role != .other }.map(\.entity))
    allEntities = Set(actors.map(\.entity))
  }

  /// Reports that could be one event share this key: the type and the year.
  var bucket: String { family + "|" + (date.value.map { String($0.start.year) } ?? "-") }

  func agrees(with other: Draft) -> Bool {
    guard family == other.family else { return false }
    // One sentence published twice (a syndicated copy) reports one event, dated or not.
    return sharesPeopleOnItsDay(with: other) || !sourceSentences.isDisjoint(with: other.sourceSentences)
  }

  /// Whether the two reports' dates agree and they share a participant (for statements,
  /// a speaker).
  private func sharesPeopleOnItsDay(with other: Draft) -> Bool {
    guard let mine = days, let theirs = other.days else { return false }
    if type == EventType.statement {
      // The same speaker on the same day, even where one report is dated only by its publication.
      let sameDay = date.isOwn && other.date.isOwn ? Self.overlap(mine, theirs) : date.value == other.date.value
      return sameDay && !speakers.isDisjoint(with: other.speakers)
    }
    guard date.isOwn, other.date.isOwn, Self.overlap(mine, theirs) else { return false }
    return !participants.isDisjoint(with: other.participants)
      || !legalReferenceSet.isDisjoint(with: other.legalReferenceSet)
  }

  /// Whether two dates' days overlap: "2023-11" agrees with "2023-11-27",
  /// "2023-11-27/2023-12-03" with "2023-12-01".
  static func overlap(_ lhs: (first: Int, last: Int), _ rhs: (first: Int, last: Int)) -> Bool {
    lhs.first <= rhs.last && rhs.first <= lhs.last
  }

  func absorb(_ other: Draft) {
    for (type, count) in other.reportedTypes {
      if let index = reportedTypes.firstIndex(where: { $0.type == type }) {
        reportedTypes[index].count += count
      } else {
        reportedTypes.append((type, count))
      }
    }
    // The text's own date over a publication date; the more precise of two own dates.
    if other.date.isOwn
      && (!date.isOwn
        || days.flatMap { mine in other.days.map { $0.last - $0.first < mine.last - mine.first } } == true)
    {
      date = other.date
    }
    for actor in other.actors { join(actor) }
    Self.appendNew(other.claims, to: &claims, document: \.document)
    for reference in other.legalReferences where legalReferenceSet.insert(reference).inserted {
      legalReferences.append(reference)
    }
    Self.appendNew(other.sources, to: &sources, document: \.document)
    sourceSentences.formUnion(other.sourceSentences)
  }

  /// Appends the items of `new` that `list` lacks. Both are sorted by `document` and `new`
  /// is of the last document `list` may hold, so only `list`'s tail of that document is searched.
  static func appendNew<Item: Equatable>(_ new: [Item], to list: inout [Item], document: KeyPath<Item, Int32>) {
    guard let last = new.first?[keyPath: document] else { return }
    let tailStart = list.lastIndex { $0[keyPath: document] != last }.map { $0 + 1 } ?? list.startIndex
    for item in new where !list[tailStart...].contains(item) { list.append(item) }
  }

  /// Lets go of the sources, claims and actors (once the event is made).
  func empty() {
    sources = []
    sourceSentences = []
    claims = []
    actors = []
    actorIndex = [:]
    speakers = []
    leadingEntities = []
    allEntities = []
  }

  /// Adds an actor as `[EventActor].join` does (a known entity's role `other` gives way).
  func join(_ actor: EventActor) {
    if let index = actorIndex[actor.entity] {
      guard actors[index].role == .other else { return }
      actors[index] = actor
    } else {
      actorIndex[actor.entity] = actors.count
      actors.append(actor)
    }
    allEntities.insert(actor.entity)
    if actor.role != .other { leadingEntities.insert(actor.entity) }
    if actor.role == .speaker { speakers.insert(actor.entity) }
  }

  /// The timeline event, its sources and claims still as numbers (`documentIDs` names the
  /// documents they refer to).
  func event(types: [String: EventType], names: EventNames, documentIDs: [String]) -> TimelineEvents.Compact {
    let first = sources.first
    let anchor =
      "\(first.map { documentIDs[Int($0.document)] } ?? ""):\(first?.span.start ?? 0):\(type):\(actors.first?.entity ?? "")"
    let id = "ev-\(date.value?.iso ?? "undated")-\(type)-\(Self.shortHash(anchor))"
    let leading: Set<EventActor.Role> = type == EventType.statement ? [.speaker, .agent] : [.agent]
    let agents = actors.filter { leading.contains($0.role) }.map(\.entity)
    let target = actors.first { $0.role == .target }?.entity
    let summary = Language.supported.sorted { $0.rawValue < $1.rawValue }.map { language in
      (
        language: language.rawValue,
        text: summarize(types[type], agents: agents, target: target, in: language, names: names)
      )
    }
    let event = TimelineEvent(
      id: id, date: date, type: type, summary: summary, actors: actors, claims: [], legalReferences: legalReferences,
      sources: [])
    return TimelineEvents.Compact(event: event, sources: sources, claims: claims)
  }

  /// The type's template in `language`, filled with the entities' names there.
  func summarize(_ eventType: EventType?, agents: [String], target: String?, in language: Language, names: EventNames)
    -> String
  {
    // One agent: templates are written for one ("sends", "mengirim"); the others are actors.
    var values: [SummaryTemplate.Slot: String] = [:]
    if let agent = agents.first { values[.agent] = names.name(of: agent, in: language) }
    if let target { values[.target] = names.name(of: target, in: language) }
    let template = agents.isEmpty ? eventType?.summariesWithoutAgent[language] : eventType?.summaries[language]
    return template?.render(values) ?? type
  }

  /// Eight hex digits of FNV-1a over `text`.
  static func shortHash(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    let hex = String(hash & 0xffff_ffff, radix: 16)
    return String(repeating: "0", count: 8 - hex.count) + hex
  }
}

/// The names summaries use: an organisation's short name ("Kominfo", "KPU") when the
/// lexicon has one, else the name in the summary's language; a person's full name.
struct EventNames: Sendable {
  let lexicon: [String: EntityEntry]
  /// Names of entities the lexicon does not know.
  let discovered: [String: String]

  func name(of entity: String, in language: Language) -> String {
    guard let entry = lexicon[entity] else { return discovered[entity] ?? entity }
    if entry.type == .organization || entry.type == .group,
      let short = entry.aliases.first(where: { alias in
        !alias.contains(" ") && alias.count <= 12 && alias.first?.isUppercase == true
      })
    {
      return short
    }
    return language == .english ? entry.nameEnglish : entry.nameIndonesian
  }
}

/// A source while events are merged: its document's and sentence's numbers in the
/// merger, and its span (a third of an `EventSource`).
struct SourceRef: Hashable {
  // The two numbers first: 24 bytes, not 32.
  let document: Int32
  /// -1 when the text at the span is unknown.
  let sentence: Int32
  let span: ByteSpan
}

/// A claim while events are merged: its document's number in the merger and its index
/// among the document's claims.
struct ClaimRef: Hashable {
  let document: Int32
  let index: Int32
}
