// An event being assembled while reports are merged, and the references it holds.
import LinimasaCore
import LinimasaExtract

/// An event being assembled from one or more reports (a class: drafts are compared far
/// more often than they change, and a struct this large is copied to be read).
final class Draft {
  let isStatement: Bool
  /// The type's family: reports of one family may be one event.
  let family: Symbol
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
  /// The merger's symbols, in which the sets below hold entity ids, figures and laws.
  let symbols: Symbols
  /// The speakers that are people (also by their names' keys), and all speakers; agents;
  /// agents, speakers and targets.
  var people: Set<Symbol>
  var peopleKeys: [PersonNameKey]
  var speakers: Set<Symbol>
  var agents: Set<Symbol>
  var leading: Set<Symbol>
  /// The people, bodies and groups the reports' articles name: what tells two reports
  /// that share nothing themselves are of one story.
  var context: Set<Symbol>
  /// The entities the sources name (also in order of first mention), the figures they
  /// give, the laws they cite.
  var mentioned: Set<Symbol>
  var mentionOrder: [String]
  var figures: Set<Symbol>
  /// The openings of the statement's long direct quotations (see `DocumentEvent.quoteOpenings`).
  var quoteOpenings: Set<UInt64>
  var legalReferences: [String]
  var legalReferenceSet: Set<Symbol>
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

  /// What every draft of one document is given alike, gathered once per document.
  struct Story {
    /// The keys of the names of the document's people, by id.
    let personKeys: [String: PersonNameKey]
    /// The document's people, bodies and groups (see `context`).
    let context: Set<Symbol>

    init(_ document: DocumentRecord, symbols: Symbols) {
      let prefix = EntityType.person.prefix + ":"
      personKeys = Dictionary(
        document.entities.filter { $0.id.hasPrefix(prefix) }.map { ($0.id, PersonNameKey($0.name)) }
      ) { first, _ in first }
      context = Set(document.entities.filter { $0.type != .place }.map { symbols[$0.id] })
    }
  }

  init(
    _ event: DocumentEvent, in document: DocumentRecord, story: Story, number: Int32, family: String,
    sources: [SourceRef], claims: [ClaimRef], symbols: Symbols
  ) {
    isStatement = event.isStatement
    self.symbols = symbols
    self.family = symbols[family]
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
    let roles = { (role: EventActor.Role) in event.actors.filter { $0.role == role }.map(\.entity) }
    let speakerIDs = roles(.speaker)
    let personIDs = Set(speakerIDs.filter { $0.hasPrefix(EntityType.person.prefix + ":") })
    speakers = Set(speakerIDs.map { symbols[$0] })
    people = Set(personIDs.map { symbols[$0] })
    peopleKeys = personIDs.sorted().compactMap { story.personKeys[$0] }
    agents = Set(roles(.agent).map { symbols[$0] })
    leading = Set(event.actors.leading.map { symbols[$0] })
    mentioned = Set(event.mentioned.map { symbols[$0] })
    mentionOrder = event.mentioned
    context = story.context
    figures = Set(event.figures.map { symbols[$0] })
    quoteOpenings = Set(event.quoteOpenings)
    legalReferences = event.legalReferences
    legalReferenceSet = Set(event.legalReferences.map { symbols[$0] })
    topics = event.topics.map { ($0, 1) }
    let rank = (event.date?.value == nil ? 1 << 30 : 0) + Int(number)
    headlines = event.headline.isEmpty ? [:] : [document.language: (event.headline, rank)]
    denies = event.denies
    standsAlone = event.standsAlone
    self.claims = claims
    self.sources = sources
    sourceSentences = Set(sources.map(\.sentence).filter { $0 >= 0 })
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
    for entity in other.mentionOrder where mentioned.insert(symbols[entity]).inserted { mentionOrder.append(entity) }
    context.formUnion(other.context)
    figures.formUnion(other.figures)
    quoteOpenings.formUnion(other.quoteOpenings)
    for reference in other.legalReferences where legalReferenceSet.insert(symbols[reference]).inserted {
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

  /// Gives the actors and the entities named their new ids (`renames`, see
  /// `EntityVariants`), each entity once: two forms of one name become one actor, in the
  /// first's place, with a role other than `other` if either has one.
  func rename(_ renames: [String: String]) {
    guard !renames.isEmpty, actors.contains(where: { renames[$0.entity] != nil })
      || mentionOrder.contains(where: { renames[$0] != nil })
    else { return }
    var renamed: [EventActor] = []
    for actor in actors { renamed.join(EventActor(entity: renames[actor.entity] ?? actor.entity, role: actor.role)) }
    actors = renamed
    var named = Set<String>()
    mentionOrder = mentionOrder.map { renames[$0] ?? $0 }.filter { named.insert($0).inserted }
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
    quoteOpenings = []
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
    let entity = symbols[actor.entity]
    if actor.role != .other { leading.insert(entity) }
    if actor.role == .agent { agents.insert(entity) }
    if actor.role == .speaker {
      speakers.insert(entity)
      if actor.entity.hasPrefix(EntityType.person.prefix + ":") { people.insert(entity) }
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
    let hex = String(FNV1a.hash(text) & 0xffff_ffff, radix: 16)
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
