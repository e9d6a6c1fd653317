// The happening a sentence reports: its trigger, date, doer and the one it is done to.
import LinimasaCore

/// A trigger word of the event lexicon found in a sentence.
struct Trigger {
  let type: String
  /// The index of its first word in the sentence, its word count and its span.
  let index: Int
  let count: Int
  let span: ByteSpan
  /// The claim whose reported words hold it.
  let claim: Int?
}

/// A sentence's report of a happening.
struct HappeningReport {
  let sentence: Int
  let trigger: Trigger
  let date: TemporalExpression?
  let actors: [EventActor]
  /// Whether the sentence tells it as fact (in the writer's voice, or a claim that gives
  /// it a date of its own, attributes it to a source, tells it as background or is the
  /// speaker's claim of their own deed); otherwise it is what a statement is about.
  var toldAsFact: Bool
  /// Whether it names a date, a doer, a target or a source that vouches for it: one that
  /// names none ("the attack") only adds a source to a happening other reports establish.
  let standsAlone: Bool

  var type: String { trigger.type }

  /// Whether a claim's speaker tells their own deed ("Police said they had set up a team").
  func isSelfReport(in document: DocumentReading) -> Bool {
    guard let claim = trigger.claim, let speaker = document.claims[claim].speaker else { return false }
    return actors.contains { $0.entity == speaker && $0.role == .agent }
  }
}

/// Reads the happening of one sentence (see `EventExtractor`).
struct HappeningReader {
  let document: DocumentReading

  /// The sentence's happening, if it reports one: of its triggers told as fact, one in a
  /// main clause before one in a relative clause, a verb before a noun, then the first.
  /// A sentence that states a rule ("sebagaimana diatur dalam Pasal …") reports none.
  func report(in sentence: Int) -> HappeningReport? {
    let reading = document.readings[sentence]
    guard !reading.contains(.provision) else { return nil }
    var candidates: [(trigger: Trigger, date: TemporalExpression?, rank: Int)] = []
    let all = withoutSettings(triggers(in: sentence), in: reading)
    for trigger in all where reading.isFactual(trigger.index, count: trigger.count) {
      let isNoun = reading.voice(ofTriggerAt: trigger.index, language: document.language) == .noun
      guard !isNoun || reading.predicateIsFactual(afterNounAt: trigger.index + trigger.count) else { continue }
      let found = self.date(of: trigger, in: sentence, claim: trigger.claim.map { document.claims[$0] }, among: all)
      // A dated trigger before an undated one (the sentence's news: "Vonis tersebut sama
      // dengan tuntutan jaksa yang dibacakan bulan lalu").
      candidates.append((trigger, found, rank(trigger, reading) * 2 + (found == nil ? 1 : 0)))
    }
    let ranked = candidates.enumerated().min { lhs, rhs in
      (lhs.element.rank, lhs.offset) < (rhs.element.rank, rhs.offset)
    }
    guard let trigger = ranked?.element.trigger else { return nil }
    let claim = trigger.claim.map { document.claims[$0] }
    let date = ranked?.element.date
    // What happens after publication is a plan, not a happening.
    if let date, document.liesAhead(date) { return nil }
    var actors = participants(of: trigger, in: sentence, claim: claim)
    // A happening named in a phrase that sets a speaker's words ("Dalam unggahannya, Jimbo
    // menyebut …", "In its ruling, the court said …") is theirs when it names no doer.
    if trigger.claim == nil, !actors.contains(where: { $0.role == .agent }),
      (max(reading.clauseStarts[trigger.index], trigger.index - 3)..<trigger.index).contains(where: {
        reading.kinds(at: $0).contains(.setting)
      }),
      let speaker = document.claimsBySentence[sentence].lazy.map({ document.claims[$0] }).first(where: { claim in
        claim.speaker != nil && (claim.verb.map { $0.start > trigger.span.start } ?? false)
      })?.speaker
    {
      actors.removeAll { $0.entity == speaker }
      actors.insert(EventActor(entity: speaker, role: .agent), at: 0)
    }
    let toldAsFact = claim.map { told(trigger, in: sentence, by: $0, date: date, actors: &actors) } ?? true
    // Whoever speaks in the sentence is there too ("…, namun saat itu KPU membantah …").
    for index in document.claimsBySentence[sentence] {
      if let speaker = document.claims[index].speaker, !document.isOutlet(speaker) {
        actors.join(EventActor(entity: speaker, role: .other))
      }
    }
    // A happening a named source vouches for ("They demanded a ransom, according to PT
    // Telkom") stands alone though its doer goes unnamed.
    let vouched = claim.map { $0.speaker != nil && isSourceAttribution($0, in: reading) } ?? false
    return HappeningReport(
      sentence: sentence, trigger: trigger, date: date, actors: actors, toldAsFact: toldAsFact,
      standsAlone: date != nil || vouched || actors.contains { $0.role == .agent || $0.role == .target })
  }

  /// The triggers without those that only tell where another happened: an occasion after
  /// "dalam", "in", "at" that follows another trigger of its clause ("DPR mengesahkan UU
  /// PDP dalam rapat paripurna pada Selasa": the law is passed, at a plenary session).
  func withoutSettings(_ triggers: [Trigger], in reading: ClauseReading) -> [Trigger] {
    triggers.filter { trigger in
      guard document.extractor.occasions.contains(trigger.type) else { return true }
      var lead = trigger.index - 1
      if lead >= 0, reading.kinds(at: lead).contains(.determiner) { lead -= 1 }
      guard lead >= 0, !reading.kinds(at: lead).isDisjoint(with: [.setting, .dateLead]) else { return true }
      return !triggers.contains { other in
        other.index < lead && !document.extractor.occasions.contains(other.type)
          && reading.clauseStarts[other.index] == reading.clauseStarts[trigger.index]
      }
    }
  }

  /// Lower is preferred: a main clause, then a verb.
  private func rank(_ trigger: Trigger, _ reading: ClauseReading) -> Int {
    (reading.isRelative[trigger.index] ? 2 : 0)
      + (reading.voice(ofTriggerAt: trigger.index, language: document.language) == .noun ? 1 : 0)
  }

  /// The sentence's triggers outside undated quotations and names, other than statements, with
  /// the claim whose reported words hold each. A trigger after a claim's verb and outside
  /// what was said, or one of an occasion type anywhere outside it ("kata Semuel dalam
  /// rapat kerja", "At a hearing on June 27, Hinsa acknowledged"), tells the statement's
  /// occasion, not a happening.
  func triggers(in sentence: Int) -> [Trigger] {
    let reading = document.readings[sentence]
    let words = reading.words
    let claims = document.claimsBySentence[sentence]
    var found: [Trigger] = []
    var index = 0
    while index < words.count {
      let start = words[index].range.lowerBound
      guard let (type, count) = document.extractor.triggers.match(words, at: index),
        !document.extractor.occasions.contains(type) || claims.allSatisfy({ document.claims[$0].speaker == nil }),
        type != EventType.statement,
        !isQuotedUndated(index, in: reading),
        !document.entities.mentions.contains(where: { $0.span.start <= start && start < $0.span.end })
      else {
        index += 1
        continue
      }
      let span = ByteSpan(start, words[index + count - 1].range.upperBound)
      let holder = claims.first { document.claims[$0].content.contains(span) }
      // After a speaker's verb, in a time phrase before it ("Seusai terpilih, Suhartoyo
      // mengatakan") or in a relative clause on the speaker ("Plate, who was arrested on May
      // 17, told the court"), a trigger tells the statement's occasion or its speaker.
      let aside =
        reading.isRelative[index] || (max(0, index - 2)..<index).contains { reading.kinds(at: $0).contains(.after) }
      let inAttribution = claims.contains { claim in
        document.claims[claim].speaker != nil
          && (document.claims[claim].verb.map { $0.start < span.start || aside } ?? true)
      }
      if holder != nil || !inAttribution {
        found.append(Trigger(type: type, index: index, count: count, span: span, claim: holder))
      }
      index += count
    }
    return found
  }

  /// Whether the word at `index` lies in a quotation that gives no date outright before it
  /// or in its clause: a speaker's words are their statement, except a dated happening they
  /// tell ("Tahun 2022 lalu, DPR RI telah mengesahkan UU PDP").
  func isQuotedUndated(_ index: Int, in reading: ClauseReading) -> Bool {
    let start = reading.words[index].range.lowerBound
    guard let quotation = document.quotations.first(where: { $0.start <= start && start < $0.end }) else {
      return false
    }
    return !document.dates.contains { date in
      guard date.resolution == .explicit, quotation.contains(date.span),
        let dateIndex = reading.words.firstIndex(where: { $0.range.upperBound > date.span.start })
      else { return false }
      return dateIndex < index || reading.clauseStarts[dateIndex] == reading.clauseStarts[index]
    }
  }

  /// The trigger's date: the nearest of its sentence's dates (a date across a comma counts
  /// as far) that no other trigger of the sentence is nearer to ("Pemilihan ketua ini
  /// tindak lanjut putusan MKMK pada Selasa": Tuesday is the ruling's), leaving out the
  /// dateline's, the date a claim was made, a date that ends a period ("hingga 22 Maret")
  /// or names one ("tahun anggaran 2021"),
  /// one in a subordinate clause and, for a trigger inside a claim, dates outside it.
  func date(of trigger: Trigger, in sentence: Int, claim: Claim?, among all: [Trigger]) -> TemporalExpression? {
    let reading = document.readings[sentence]
    let span = document.sentences[sentence]
    // When a claim was made dates what it says only when the trigger is outside it.
    let attributionDates =
      claim == nil ? [] : document.claimsBySentence[sentence].compactMap { document.claims[$0].date?.span }
    let candidates = document.dates.filter { date in
      guard span.contains(date.span), !attributionDates.contains(date.span),
        !reading.boundsPeriod(dateAt: date.span.start),
        !reading.namesPeriod(dateAt: date.span.start), claim.map({ $0.content.contains(date.span) }) ?? true
      else { return false }
      // A date in a subordinate clause of its own dates that clause only.
      if let index = reading.words.firstIndex(where: { $0.range.upperBound > date.span.start }),
        reading.separatesClauses(index, trigger.index)
      {
        return false
      }
      let mine = distance(date.span, trigger.span, in: span)
      return !all.contains { $0.index != trigger.index && distance(date.span, $0.span, in: span) < mine }
    }
    return candidates.min { distance($0.span, trigger.span, in: span) < distance($1.span, trigger.span, in: span) }
  }

  /// How far a date is from a trigger: the bytes between them, and far more when a comma
  /// stands between (the date then belongs to another clause: ", yang ... pada 2021,").
  func distance(_ date: ByteSpan, _ trigger: ByteSpan, in sentence: ByteSpan) -> Int {
    let between = date.end <= trigger.start ? date.end..<trigger.start : trigger.end..<max(trigger.end, date.start)
    return between.count + (between.contains { document.bytes[$0] == UInt8(ascii: ",") } ? 1_000 : 0)
  }

  /// Who takes part, by the trigger's voice (see `ClauseReading.voice`):
  /// - active: the agent is the doer named last before the trigger (a pronoun there is the
  ///   nearest fitting name before it; a referring noun nearer than any name, its referent),
  ///   or before the light verb of a noun ("BSSN melakukan forensik", "Kominfo sought the
  ///   KPU's clarification"); the target the first named after it;
  /// - passive: the one named before is the target, the one after "oleh"/"by" (or, in
  ///   Indonesian, right after the verb) the agent;
  /// - a noun: the agent is named after "oleh"/"by", the target after "terhadap"/"on"; a
  ///   possessive before it ("the KPU's") or a name right after it ("putusan MK") is its
  ///   owner, the doer or the target as the type has it (`EventType.nounOwnerIsAgent`).
  /// A claim's speaker is not its own topic's doer. Every other name is a bystander.
  func participants(of trigger: Trigger, in sentence: Int, claim: Claim?) -> [EventActor] {
    let reading = document.readings[sentence]
    let words = reading.words
    let scope = claim?.content ?? document.sentences[sentence]
    let speakers = Set(document.claimsBySentence[sentence].compactMap { document.claims[$0].speaker })
    let named = document.mentions(in: document.sentences[sentence]).filter { !speakers.contains($0.entity) }
    let inScope = named.filter { scope.contains($0.span) }
    let end = trigger.index + trigger.count
    let clauseStart = words[reading.clauseStarts[trigger.index]].range.lowerBound
    var actors: [EventActor] = []
    func add(_ entity: String?, _ role: EventActor.Role) {
      if let entity { actors.join(EventActor(entity: entity, role: role)) }
    }
    /// Adds the doer or target and the names of its kind listed with it ("Agustinus dan
    /// Ferdinand divonis"), by its mention nearest the trigger. After the trigger only
    /// people: bodies named together after a verb are often those it is done with
    /// ("meminta bantuan BSSN dan Bareskrim", "worked with BSSN and the police").
    func addListed(_ entity: String?, _ role: EventActor.Role, after: Bool = false) {
      guard let entity else { return }
      add(entity, role)
      guard !after || document.type(of: entity) == .person else { return }
      let nearest = inScope.filter { $0.entity == entity }.min {
        abs($0.span.start - trigger.span.start) < abs($1.span.start - trigger.span.start)
      }
      guard let nearest else { return }
      for listed in document.list(holding: nearest)
      where listed.entity != entity && document.type(of: listed.entity) == document.type(of: entity)
        && inScope.contains(listed) && !speakers.contains(listed.entity)
      {
        add(listed.entity, role)
      }
    }
    /// The first mention starting at or after word `index`, within `limit` words; an
    /// organisation that is a person's title ("Menteri Komunikasi dan Informatika Johnny
    /// Plate") gives way to the person.
    func mention(from index: Int, within limit: Int, where fits: (String) -> Bool) -> String? {
      guard index < words.count else { return nil }
      let last = words[min(words.count - 1, index + limit - 1)].range.upperBound
      guard let found = inScope.firstIndex(where: {
        $0.span.start >= words[index].range.lowerBound && $0.span.start < last && fits($0.entity)
      }) else { return nil }
      if document.type(of: inScope[found].entity) == .organization, found + 1 < inScope.count,
        document.type(of: inScope[found + 1].entity) == .person,
        (inScope[found].span.end..<inScope[found + 1].span.start).count <= 1, fits(inScope[found + 1].entity)
      {
        return inScope[found + 1].entity
      }
      return inScope[found].entity
    }
    let agentAfter = reading.agentStart(afterTriggerEndingAt: end).flatMap {
      mention(from: $0, within: 4, where: document.takesPart)
    }
    let lightVerb = reading.lightVerb(before: trigger.index)
    let subjectEnd = lightVerb.map { words[$0].range.lowerBound } ?? trigger.span.start
    let subject = self.subject(
      endingBefore: subjectEnd, trigger: trigger, in: sentence, scope: scope, clauseStart: clauseStart, named: inScope,
      claim: claim)
    let marked = reading.targetStart(afterTriggerEndingAt: end).flatMap {
      mention(from: $0, within: 6, where: document.canUndergo)
    }
    switch reading.voice(ofTriggerAt: trigger.index, language: document.language) {
    case .active:
      addListed(agentAfter ?? subject.flatMap { document.takesPart($0) ? $0 : nil }, .agent)
      if lightVerb != nil, let owner = possessor(of: trigger, in: sentence, named: inScope) {
        add(owner, document.extractor.ownedByDoer.contains(trigger.type) ? .agent : .target)
      }
      addListed(marked ?? mention(from: end, within: 8, where: document.canUndergo), .target, after: true)
    case .passive:
      addListed(subject.flatMap { document.canUndergo($0) ? $0 : nil }, .target)
      let direct = document.language == .english ? nil : mention(from: end, within: 1, where: document.takesPart)
      add(agentAfter ?? direct, .agent)
    case .noun:
      add(agentAfter, .agent)
      add(marked, .target)
      if let owner = possessor(of: trigger, in: sentence, named: inScope) {
        let ownerIsDoer = document.extractor.ownedByDoer.contains(trigger.type) && document.takesPart(owner)
        add(owner, ownerIsDoer ? .agent : .target)
      }
    }
    for mention in named where mention.span.end <= document.sentences[sentence].end {
      if document.type(of: mention.entity) != .place || actors.isEmpty { add(mention.entity, .other) }
    }
    return actors
  }

  /// A noun's owner: a name right before it ("the KPU's clarification", "LockBit attack")
  /// or, in Indonesian, one of the two words right after it ("putusan MK", "kebocoran data
  /// KPU").
  func possessor(of trigger: Trigger, in sentence: Int, named: [EntityMention]) -> String? {
    let words = document.readings[sentence].words
    let before = named.last { mention in
      mention.span.end <= trigger.span.start
        && (mention.span.end..<trigger.span.start).allSatisfy { document.bytes[$0] == UInt8(ascii: " ") }
    }
    if let before { return before.entity }
    guard document.language != .english else { return nil }
    let end = trigger.index + trigger.count
    guard end < words.count else { return nil }
    let limit = words[min(words.count - 1, end + 1)].range.upperBound
    return named.first { $0.span.start >= words[end].range.lowerBound && $0.span.start < limit }?.entity
  }

  /// The clause's subject, named before byte `end`: the last name before it in the
  /// trigger's clause (else in the sentence, outside relative clauses closed before it), a
  /// pronoun's antecedent (in what a speaker says, the speaker when of the pronoun's kind:
  /// "Police said they had set up a team"), or a referring noun's referent when nearer
  /// than any name.
  func subject(
    endingBefore end: Int, trigger: Trigger, in sentence: Int, scope: ByteSpan, clauseStart: Int,
    named: [EntityMention], claim: Claim?
  ) -> String? {
    let reading = document.readings[sentence]
    let words = reading.words
    // In a relative clause, the subject is the noun it describes: a name right before
    // "yang"/"which", else none ("data yang bocor").
    if reading.isRelative[trigger.index] {
      let opener = words[reading.clauseStarts[trigger.index]].range.lowerBound
      return named.last { mention in
        mention.span.end <= opener
          && (mention.span.end..<opener).allSatisfy { [UInt8(ascii: " "), UInt8(ascii: ",")].contains(document.bytes[$0]) }
      }?.entity
    }
    let before = named.filter { $0.span.end <= end }
    let inClause = before.last { $0.span.start >= clauseStart }
    let outside = before.last { mention in
      guard let index = reading.wordIndex(startingAt: mention.span.start) else { return true }
      return !reading.isRelative[index]
    }
    let name = inClause ?? outside
    // A pronoun or a referring noun between that name and the trigger stands for the subject.
    let from = max(name?.span.end ?? scope.start, scope.start)
    for index in words.indices.reversed() where words[index].range.lowerBound >= from && words[index].range.upperBound <= end {
      let kinds = reading.kinds(at: index)
      let fitting: Set<EntityType>? =
        kinds.contains(.personPronoun)
        ? [.person, .group]
        : kinds.contains(.pluralPronoun)
          ? [.person, .group, .organization] : kinds.contains(.thingPronoun) ? [.organization, .group] : nil
      if let fitting {
        if let speaker = claim?.speaker, let type = document.type(of: speaker), fitting.contains(type),
          !isSourceAttribution(claim, in: reading)
        {
          return speaker
        }
        return document.antecedent(before: words[index].range.lowerBound, kinds: fitting)
      }
      if let referent = document.extractor.referringNouns.referent(of: words[index], in: document.entities, bytes: document.bytes) {
        return document.isOutlet(referent) ? nil : referent
      }
    }
    return name?.entity
  }

  /// Whether a claim is attributed to a source ("according to PT Telkom", "menurut BMKG")
  /// rather than said by its speaker: "they" in what a source reports is not the source.
  func isSourceAttribution(_ claim: Claim?, in reading: ClauseReading) -> Bool {
    claim.map { verbKinds(of: $0, in: reading).contains(.reporting) } ?? false
  }

  /// The clause-marker kinds of the word that attributes a claim ("said", "menurut").
  func verbKinds(of claim: Claim, in reading: ClauseReading) -> Set<ClauseMarker.Kind> {
    claim.verb.flatMap { reading.wordIndex(startingAt: $0.start) }.map(reading.kinds(at:)) ?? []
  }

  /// Whether a claim tells the happening as fact, adding its speaker as a bystander when
  /// it does and as the doer of a deed they claim.
  func told(
    _ trigger: Trigger, in sentence: Int, by claim: Claim, date: TemporalExpression?, actors: inout [EventActor]
  ) -> Bool {
    let reading = document.readings[sentence]
    let verbKinds = verbKinds(of: claim, in: reading)
    let speaker = claim.speaker
    if verbKinds.contains(.selfClaim), let speaker, !actors.contains(where: { $0.role == .agent }) {
      actors.removeAll { $0.entity == speaker }
      actors.insert(EventActor(entity: speaker, role: .agent), at: 0)
      return true
    }
    let fact =
      date != nil || verbKinds.contains(.reporting) || reading.contains(.background)
      || (speaker.map(document.isOutlet) ?? false)
      || (verbKinds.contains(.selfClaim) && actors.contains { $0.entity == speaker && $0.role == .agent })
    if fact, let speaker, !document.isOutlet(speaker) { actors.join(EventActor(entity: speaker, role: .other)) }
    return fact
  }
}
