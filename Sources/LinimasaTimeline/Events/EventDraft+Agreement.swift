// When two reports are one event (see `EventMerger`).
import LinimasaCore
import LinimasaExtract

/// Something a report must share with a draft to be compared with it (see `Draft.keys`).
enum MergeKey: Hashable {
  case sentence(Int32)
  case speaker(Symbol)
  case quoteOpening(UInt64)
  /// The first two words of a speaker's name key (see `PersonNameKey.matches`).
  case speakerName(String)
  /// For a happening, by its type's family: an agent, target or named entity; a figure; a
  /// law; a month; or nothing shared.
  case entity(family: Symbol, Symbol)
  case figure(family: Symbol, Symbol)
  case law(family: Symbol, Symbol)
  case month(family: Symbol, String)
  case nothingShared(family: Symbol)
}

extension Draft {
  /// What a report must share with this draft to be compared with it: a speaker (or the
  /// key of a speaker's name) or a quotation's opening; or an agent, target, named entity,
  /// figure, law or month in the family (or, sharing none, the family's "nothing"); and
  /// any sentence.
  var keys: [MergeKey] {
    var keys = sourceSentences.sorted().map(MergeKey.sentence)
    if isStatement {
      keys += speakers.sorted().map(MergeKey.speaker) + quoteOpenings.sorted().map(MergeKey.quoteOpening)
      keys += speakerNames.sorted().map(MergeKey.speakerName)
    } else {
      let shared =
        leading.union(mentioned).sorted().map { MergeKey.entity(family: family, $0) }
        + figures.sorted().map { MergeKey.figure(family: family, $0) }
        + legalReferenceSet.sorted().map { MergeKey.law(family: family, $0) } + monthKeys
      keys += shared.isEmpty ? [.nothingShared(family: family)] : shared
    }
    return keys
  }

  /// Whether `key` is one of this draft's `keys`.
  func holds(_ key: MergeKey) -> Bool {
    switch key {
    case .sentence(let number): sourceSentences.contains(number)
    case .speaker(let entity): isStatement && speakers.contains(entity)
    case .quoteOpening(let opening): isStatement && quoteOpenings.contains(opening)
    case .speakerName(let name): isStatement && speakerNames.contains(name)
    case .entity(let family, let entity):
      !isStatement && family == self.family && (leading.contains(entity) || mentioned.contains(entity))
    case .figure(let family, let figure): !isStatement && family == self.family && figures.contains(figure)
    case .law(let family, let law): !isStatement && family == self.family && legalReferenceSet.contains(law)
    case .month(let family, let month): !isStatement && family == self.family && months.contains(month)
    case .nothingShared(let family): family == self.family && sharesNothing
    }
  }

  /// The keys of the months a happening may be compared in (none for a statement).
  var monthKeys: [MergeKey] { isStatement ? [] : months.map { MergeKey.month(family: family, $0) } }

  /// Whether a happening shares nothing another could share: no doer, target, named
  /// entity, figure, law or month.
  private var sharesNothing: Bool {
    !isStatement && leading.isEmpty && mentioned.isEmpty && figures.isEmpty && legalReferenceSet.isEmpty
      && months.isEmpty
  }

  /// The first two words of each speaker's name key of two words or more.
  private var speakerNames: Set<String> {
    Set(peopleKeys.filter { $0.words.count >= 2 }.map { $0.words.prefix(2).joined(separator: " ") })
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

  /// The same speaker on the same occasion, or the same words quoted (see `EventMerger`).
  private func statementAgrees(with other: Draft) -> Bool {
    if !quoteOpenings.isDisjoint(with: other.quoteOpenings) { return true }
    // People by who they are (or their names' keys); a body only with a body, not with a
    // person who may speak for it on another occasion.
    let sameSpeaker =
      people.isEmpty && other.people.isEmpty
      ? !speakers.isDisjoint(with: other.speakers)
      : !people.isDisjoint(with: other.people)
        || peopleKeys.contains { mine in other.peopleKeys.contains(where: mine.matches) }
    guard sameSpeaker else { return false }
    let content = sharedContent(with: other, besidesSpeakers: true)
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
    if sharedContent(with: other) > 0 { return true }
    // Reports that share nothing themselves still tell one happening when their articles
    // are of one story (they name the same people and bodies) and the dates agree: both
    // dated, or the same type.
    let story = Self.sharedCount(context, other.context)
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
  /// named entities, laws and topics; with `besidesSpeakers`, either's speakers left out.
  func sharedContent(with other: Draft, besidesSpeakers: Bool = false) -> Int {
    let besides = besidesSpeakers ? (speakers, other.speakers) : ([], [])
    let leadingShared = Self.sharedCount(leading, other.leading, besides: besides)
    let mentionedShared = Self.sharedCount(mentioned, other.mentioned, besides: besides)
    let topicShared = topics.contains { mine in other.topics.contains { $0.type == mine.type } } ? 1 : 0
    return 3 * leadingShared + mentionedShared + 2 * Self.sharedCount(figures, other.figures)
      + Self.sharedCount(legalReferenceSet, other.legalReferenceSet) + topicShared
  }

  /// How many members `first` and `second` share that neither set of `besides` holds,
  /// counted without building their intersection.
  static func sharedCount(
    _ first: Set<Symbol>, _ second: Set<Symbol>, besides: (Set<Symbol>, Set<Symbol>) = ([], [])
  ) -> Int {
    let (smaller, larger) = first.count <= second.count ? (first, second) : (second, first)
    var count = 0
    for member in smaller where larger.contains(member) && !besides.0.contains(member) && !besides.1.contains(member) {
      count += 1
    }
    return count
  }

  /// How well a report fits this draft, for choosing among drafts it agrees with.
  func affinity(with other: Draft) -> Int {
    let sameDay = ownDate?.value != nil && ownDate?.value == other.ownDate?.value ? 5 : 0
    let sameSentence = sourceSentences.isDisjoint(with: other.sourceSentences) ? 0 : 100
    return sameSentence + sameDay + sharedContent(with: other)
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
}
