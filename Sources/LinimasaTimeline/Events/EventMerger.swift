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
  /// Drafts by what a report must share with them to be compared at all (see `Draft.keys`).
  private var index: [String: [Int]] = [:]

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
    for event in document.events {
      let sources = event.sources.map { span in
        SourceRef(document: number, sentence: sentenceNumber(document.eventTexts[span] ?? ""), span: span)
      }
      let claims = event.claims.map { ClaimRef(document: number, index: Int32(clamping: $0)) }
      let draft = Draft(
        event, in: document, number: number, family: eventTypes[event.type]?.family ?? event.type, sources: sources,
        claims: claims)
      let keys = draft.keys
      var candidates = Set<Int>()
      for key in keys { candidates.formUnion(index[key] ?? []) }
      let best = candidates.sorted().filter { drafts[$0].agrees(with: draft) }.max { lhs, rhs in
        (drafts[lhs].affinity(with: draft), -lhs) < (drafts[rhs].affinity(with: draft), -rhs)
      }
      if let best {
        let known = Set(drafts[best].keys)
        drafts[best].absorb(draft)
        for key in drafts[best].keys where !known.contains(key) { index[key, default: []].append(best) }
      } else {
        for key in keys { index[key, default: []].append(drafts.count) }
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

  /// The merged events in time order (undated last), their sources marked with the
  /// documents they are copies of (`copies`: document id to original's id), each made whole
  /// only when read. Each draft is emptied once its event is made, so the merger holds
  /// nothing after: call this once.
  func takeEvents(names: EventNames, copies: [String: String]) -> TimelineEvents {
    let events = drafts.filter(\.standsAlone).map { draft in
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
final class Draft {
  let isStatement: Bool
  /// The type's family: reports of one family may be one event.
  let family: String
  /// The text's own date, if any report gives one, with the day numbers it covers: of the
  /// most precise dates the reports give, the one most give (the first on a tie).
  var ownDate: EventDate?
  var ownDays: (first: Int, last: Int)?
  /// Each own date the reports give, by value, with how many give it, in order of first report.
  var dateVotes: [(date: EventDate, count: Int)]
  /// The first report's publication date, standing in when no report dates the event.
  var publication: CivilDate?
  /// The earliest and latest publication day of the reports, when known.
  var published: (first: Int, last: Int)?
  /// Each type the reports give, with how many give it, in order of first report.
  var reportedTypes: [(type: String, count: Int)]
  /// The type most reports give (the first on a tie).
  var type: String { reportedTypes.max { $0.count < $1.count }?.type ?? "" }
  var actors: [EventActor]
  /// Where each entity first is in `actors`.
  var actorIndex: [String: Int]
  /// How many reports give each entity each role other than `other`: an event's actor
  /// takes the role most reports give it (the first on a tie).
  var roleVotes: [String: [EventActor.Role: Int]]
  /// The speakers that are people (also by their names' keys), and all speakers; agents;
  /// agents, speakers and targets.
  var people: Set<String>
  var peopleKeys: [PersonNameKey]
  var speakers: Set<String>
  var agents: Set<String>
  var leading: Set<String>
  /// The people, bodies and groups the reports' articles name: what tells two reports
  /// that share nothing themselves are of one story.
  var context: Set<String>
  /// The entities the sources name (also in order of first mention), the figures they
  /// give, the laws they cite.
  var mentioned: Set<String>
  var mentionOrder: [String]
  var figures: Set<String>
  var legalReferences: [String]
  var legalReferenceSet: Set<String>
  /// Event types the statement's claims speak of, with how often, in order of first report.
  var topics: [(type: String, count: Int)]
  /// The best headline in each language, with its rank (a dated report first, then the
  /// earliest document).
  var headlines: [Language: (text: String, rank: Int)]
  /// Whether every claim denies what it says (a denial, not an assertion).
  var denies: Bool
  /// Whether some report names a date, a doer, a target or a speaker; a draft none of whose
  /// reports does is no event (see `DocumentEvent.standsAlone`).
  var standsAlone: Bool
  /// Claims and sources in the order reported. Reports are absorbed in document order, so
  /// both are sorted by document number: a repeat can only be among the last document's.
  var claims: [ClaimRef]
  var sources: [SourceRef]
  /// The sources' sentences, for telling a sentence published twice.
  var sourceSentences: Set<Int32>

  init(
    _ event: DocumentEvent, in document: DocumentRecord, number: Int32, family: String, sources: [SourceRef],
    claims: [ClaimRef]
  ) {
    isStatement = event.isStatement
    self.family = family
    reportedTypes = [(event.type, 1)]
    if let expression = event.date, let value = expression.value {
      ownDate = EventDate(
        value: value, text: document.eventTexts[expression.span],
        resolution: expression.resolution == .explicit ? .explicit : .anchored, document: document.id,
        span: expression.span)
      ownDays = value.days
    }
    dateVotes = ownDate.map { [($0, 1)] } ?? []
    publication = document.metadata.published?.value
    published = publication.map { TemporalValue.date($0).days }.map { ($0.first, $0.first) }
    actors = event.actors
    actorIndex = Dictionary(event.actors.indices.map { (event.actors[$0].entity, $0) }) { first, _ in first }
    roleVotes = [:]
    for actor in event.actors where actor.role != .other { roleVotes[actor.entity, default: [:]][actor.role, default: 0] += 1 }
    let roles = { (role: EventActor.Role) in Set(event.actors.filter { $0.role == role }.map(\.entity)) }
    speakers = roles(.speaker)
    people = speakers.filter { $0.hasPrefix(EntityType.person.prefix + ":") }
    let names = Dictionary(document.entities.map { ($0.id, $0.name) }) { first, _ in first }
    peopleKeys = people.sorted().compactMap { names[$0].map(PersonNameKey.init) }
    agents = roles(.agent)
    leading = event.actors.leading
    mentioned = Set(event.mentioned)
    mentionOrder = event.mentioned
    context = Set(document.entities.filter { $0.type != .place }.map(\.id))
    figures = Set(event.figures)
    legalReferences = event.legalReferences
    legalReferenceSet = Set(event.legalReferences)
    topics = event.topics.map { ($0, 1) }
    let rank = (event.date?.value == nil ? 1 << 30 : 0) + Int(number)
    headlines = event.headline.isEmpty ? [:] : [document.language: (event.headline, rank)]
    denies = event.denies
    standsAlone = event.standsAlone
    self.claims = claims
    self.sources = sources
    sourceSentences = Set(sources.map(\.sentence).filter { $0 >= 0 })
  }

  /// What a report must share with this draft to be compared with it: a speaker (or the
  /// key of a speaker's name); or an agent, target, named entity, figure or law in the
  /// family; and any sentence.
  var keys: [String] {
    var keys = sourceSentences.sorted().map { "sentence|\($0)" }
    if isStatement {
      keys += speakers.sorted().map { "speaker|\($0)" }
      // Keys that match share their first two words (see `PersonNameKey.matches`).
      keys += Set(peopleKeys.filter { $0.words.count >= 2 }.map { $0.words.prefix(2).joined(separator: " ") })
        .sorted().map { "speaker-name|\($0)" }
    } else {
      let shared =
        leading.union(mentioned).sorted().map { "entity:" + $0 } + figures.sorted().map { "figure:" + $0 }
        + legalReferenceSet.sorted().map { "law:" + $0 } + months.map { "month:" + $0 }
      keys += (shared.isEmpty ? ["-"] : shared).map { "\(family)|\($0)" }
    }
    return keys
  }

  /// The months a report may be compared in (reports of one story that share nothing else
  /// meet there): those its own date covers (at most three), else the month of its
  /// publication and the one before.
  private var months: [String] {
    let month = { (date: CivilDate) in String(date.iso.prefix(7)) }
    if let value = ownDate?.value {
      guard value.start.month != nil, let first = CivilDate(dayNumber: value.days.first),
        let last = CivilDate(dayNumber: value.days.last)
      else { return [] }
      var found: [String] = []
      var current = first
      while found.count < 3 {
        found.append(month(current))
        guard let next = CivilDate(dayNumber: (current.dayNumber ?? 0) + 32).flatMap({ CivilDate(year: $0.year, month: $0.month ?? 1, day: 1) }),
          (next.dayNumber ?? .max) <= (last.dayNumber ?? 0)
        else { break }
        current = next
      }
      return found
    }
    guard let publication, let day = publication.dayNumber, let before = CivilDate(dayNumber: day - 31) else { return [] }
    return [month(publication), month(before)]
  }

  func agrees(with other: Draft) -> Bool {
    guard isStatement == other.isStatement, family == other.family else { return false }
    if !sourceSentences.isDisjoint(with: other.sourceSentences) { return true }
    return isStatement ? statementAgrees(with: other) : happeningAgrees(with: other)
  }

  /// The same speaker on the same occasion (see `EventMerger`).
  private func statementAgrees(with other: Draft) -> Bool {
    // People by who they are (or their names' keys); a body only with a body, not with a
    // person who may speak for it on another occasion.
    let sameSpeaker =
      people.isEmpty && other.people.isEmpty
      ? !speakers.isDisjoint(with: other.speakers)
      : !people.isDisjoint(with: other.people)
        || peopleKeys.contains { mine in other.peopleKeys.contains(where: mine.matches) }
    guard sameSpeaker else { return false }
    let content = sharedContent(with: other, besides: speakers.union(other.speakers))
    switch (ownDays, other.ownDays) {
    case (let mine?, let theirs?):
      return Self.overlap(mine, theirs)
    case (let dated?, nil):
      return content > 0 && Self.published(other.published, within: dated, after: statementDays(with: other))
    case (nil, let dated?):
      return content > 0 && Self.published(published, within: dated, after: statementDays(with: other))
    case (nil, nil):
      guard let mine = published, let theirs = other.published else { return content > 1 }
      return content > 0 && abs(mine.first - theirs.first) <= 2
    }
  }

  /// One happening told by both (see `EventMerger`).
  private func happeningAgrees(with other: Draft) -> Bool {
    switch (ownDays, other.ownDays) {
    case (let mine?, let theirs?):
      guard Self.overlap(mine, theirs) else { return false }
    case (let dated?, nil):
      guard Self.published(other.published, within: dated, after: backgroundDays(with: other)) else { return false }
    case (nil, let dated?):
      guard Self.published(published, within: dated, after: backgroundDays(with: other)) else { return false }
    case (nil, nil):
      if let mine = published, let theirs = other.published,
        abs(mine.first - theirs.first) > EventMerger.undatedDays
      {
        return false
      }
    }
    // Two doers named, none of them in the other report, and no one else in common: two
    // happenings.
    if !agents.isEmpty, !other.agents.isEmpty, leading.isDisjoint(with: other.leading),
      agents.isDisjoint(with: other.mentioned), other.agents.isDisjoint(with: mentioned)
    {
      return false
    }
    if sharedContent(with: other, besides: []) > 0 { return true }
    // Reports that share nothing themselves still tell one happening when their articles
    // are of one story (they name the same people and bodies) and the dates agree: both
    // dated, or the same type.
    let story = context.intersection(other.context).count
    return ownDays != nil && other.ownDays != nil ? story >= 2 : story >= 3 && type == other.type
  }

  /// How long after a statement an undated report of it may be published:
  /// `statementDays`, or a year when the two give the same figure (an article looking back
  /// at what was said: "Pratama stated that Jimbo filtered down to 204,807,203 ...").
  private func statementDays(with other: Draft) -> Int {
    figures.isDisjoint(with: other.figures) ? EventMerger.statementDays : 366
  }

  /// How long after a happening an undated report may tell it: `backgroundDays`, or a
  /// year when the two name the same doer or target.
  private func backgroundDays(with other: Draft) -> Int {
    leading.isDisjoint(with: other.leading) ? EventMerger.backgroundDays : 366
  }

  /// How much two reports share: agents, speakers and targets most, then figures, then
  /// named entities, laws and topics; `besides` are left out.
  func sharedContent(with other: Draft, besides: Set<String>) -> Int {
    let leadingShared = leading.intersection(other.leading).subtracting(besides).count
    let mentionedShared = mentioned.intersection(other.mentioned).subtracting(besides).count
    let topicShared = Set(topics.map(\.type)).isDisjoint(with: other.topics.map(\.type)) ? 0 : 1
    return 3 * leadingShared + mentionedShared + 2 * figures.intersection(other.figures).count
      + legalReferenceSet.intersection(other.legalReferenceSet).count + topicShared
  }

  /// How well a report fits this draft, for choosing among drafts it agrees with.
  func affinity(with other: Draft) -> Int {
    let sameDay = ownDate?.value != nil && ownDate?.value == other.ownDate?.value ? 5 : 0
    let sameSentence = sourceSentences.isDisjoint(with: other.sourceSentences) ? 0 : 100
    return sameSentence + sameDay + sharedContent(with: other, besides: [])
  }

  /// Whether a document published on one of `days` (nil: unknown) may report, undated, a
  /// happening of `dated`: from three days before it to `after` days after.
  static func published(_ days: (first: Int, last: Int)?, within dated: (first: Int, last: Int), after: Int) -> Bool {
    guard let days else { return true }
    return days.last >= dated.first - 3 && days.first <= dated.last + after
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
    for (type, count) in other.topics {
      if let index = topics.firstIndex(where: { $0.type == type }) {
        topics[index].count += count
      } else {
        topics.append((type, count))
      }
    }
    // The text's own date: of the most precise, the one most reports give.
    for (date, count) in other.dateVotes {
      if let index = dateVotes.firstIndex(where: { $0.date.value == date.value }) {
        dateVotes[index].count += count
      } else {
        dateVotes.append((date, count))
      }
    }
    let span = { (date: EventDate) -> Int in date.value.map { $0.days.last - $0.days.first } ?? .max }
    if let narrowest = dateVotes.map({ span($0.date) }).min(),
      let best = dateVotes.filter({ span($0.date) == narrowest }).enumerated().max(by: { lhs, rhs in
        (lhs.element.count, -lhs.offset) < (rhs.element.count, -rhs.offset)
      })?.element.date
    {
      ownDate = best
      ownDays = best.value?.days
    }
    if publication == nil { publication = other.publication }
    if let theirs = other.published {
      published = published.map { (min($0.first, theirs.first), max($0.last, theirs.last)) } ?? theirs
    }
    // The other draft's votes count once each; its actors join in its order.
    for actor in other.actors where actor.role != .other {
      let extra = (other.roleVotes[actor.entity]?[actor.role] ?? 1) - 1
      if extra > 0 { roleVotes[actor.entity, default: [:]][actor.role, default: 0] += extra }
    }
    for actor in other.actors { join(actor) }
    for entity in other.mentionOrder where mentioned.insert(entity).inserted { mentionOrder.append(entity) }
    context.formUnion(other.context)
    figures.formUnion(other.figures)
    for reference in other.legalReferences where legalReferenceSet.insert(reference).inserted {
      legalReferences.append(reference)
    }
    for (language, headline) in other.headlines where headline.rank < (headlines[language]?.rank ?? .max) {
      headlines[language] = headline
    }
    denies = denies && other.denies
    standsAlone = standsAlone || other.standsAlone
    for key in other.peopleKeys where !peopleKeys.contains(key) { peopleKeys.append(key) }
    Self.appendNew(other.claims, to: &claims, document: \.document)
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
    roleVotes = [:]
    speakers = []
    people = []
    peopleKeys = []
    agents = []
    leading = []
    mentioned = []
    mentionOrder = []
    context = []
    figures = []
  }

  /// Adds an actor as `[EventActor].join` does (a known entity's role `other` gives way),
  /// and counts its role; a role more reports give than the one held replaces it.
  func join(_ actor: EventActor) {
    if actor.role != .other { roleVotes[actor.entity, default: [:]][actor.role, default: 0] += 1 }
    if let index = actorIndex[actor.entity] {
      let held = actors[index].role
      let votes = roleVotes[actor.entity] ?? [:]
      guard held == .other || (actor.role != .other && (votes[actor.role] ?? 0) > (votes[held] ?? 0)) else { return }
      actors[index] = actor
    } else {
      actorIndex[actor.entity] = actors.count
      actors.append(actor)
    }
    if actor.role != .other { leading.insert(actor.entity) }
    if actor.role == .agent { agents.insert(actor.entity) }
    if actor.role == .speaker {
      speakers.insert(actor.entity)
      if actor.entity.hasPrefix(EntityType.person.prefix + ":") { people.insert(actor.entity) }
    }
  }

  /// The event's date: the text's own; else, for a statement, its first report's
  /// publication date (said that day or just before); else none, since a happening told
  /// without a date may be background of any earlier day.
  var date: EventDate {
    if let ownDate { return ownDate }
    if isStatement, let publication {
      return EventDate(value: .date(publication), text: nil, resolution: .publication, document: nil, span: nil)
    }
    return EventDate(value: nil, text: nil, resolution: .unresolved, document: nil, span: nil)
  }

  /// The timeline event, its sources and claims still as numbers (`documentIDs` names the
  /// documents they refer to).
  func event(types: [String: EventType], names: EventNames, documentIDs: [String]) -> TimelineEvents.Compact {
    let first = sources.first
    let date = self.date
    let anchor =
      "\(first.map { documentIDs[Int($0.document)] } ?? ""):\(first?.span.start ?? 0):\(type):\(actors.first?.entity ?? "")"
    let id = "ev-\(date.value?.iso ?? "undated")-\(type)-\(Self.shortHash(anchor))"
    let summary = EventSummary(types: types, names: names).summaries(
      type: type, actors: actors, topics: topics.enumerated().sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }.map(\.element.type),
      denies: denies, named: mentionOrder)
    let headline = headlines.sorted { $0.key.rawValue < $1.key.rawValue }.map {
      (language: $0.key.rawValue, text: $0.value.text)
    }
    let event = TimelineEvent(
      id: id, date: date, type: type, summary: summary, headline: headline, actors: actors, claims: [],
      legalReferences: legalReferences, sources: [])
    return TimelineEvents.Compact(event: event, sources: sources, claims: claims)
  }

  /// Eight hex digits of FNV-1a over `text`.
  static func shortHash(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    let hex = String(hash & 0xffff_ffff, radix: 16)
    return String(repeating: "0", count: 8 - hex.count) + hex
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
