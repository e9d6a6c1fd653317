// Who an attribution names: a name, a pronoun or a referring noun, resolved to an entity.
import LinimasaCore
import LinimasaText

extension ClaimScan {
  /// The entity named by the words starting at the start of `span` (past a determiner:
  /// "the KPU"), or a pronoun's referent; else a person named after a title that opens it ("kata Pakar Keamanan Siber
  /// sekaligus Chairman CISSReC, Pratama Persadha"), before the sentence ends.
  func speaker(in span: ByteSpan) -> (entity: String?, found: Bool) {
    let spanWords = words(span)
    guard let first = spanWords.first else { return (nil, false) }
    if lower(first, isIn: extractor.pronounWords) { return (pronounReferent(first), true) }
    // A person named within the first words after a title, with no punctuation before
    // them: "said spokesman John Kirby", "said Atlantic City Mayor Don Guardian", "said
    // former secretary of state Hillary Clinton".
    if let person = entities.mentions.first(where: { mention in
      mention.span.start >= first.range.lowerBound && entities.entities[mention.entity]?.type == .person
    }), spanWords.prefix(6).contains(where: { $0.range.lowerBound == person.span.start }),
      !(first.range.lowerBound..<person.span.start).contains(where: { [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":")].contains(bytes[$0]) && !(bytes[$0] == UInt8(ascii: ".") && !endsSentence(periodAt: $0)) }),
      !spanWords.prefix(while: { $0.range.lowerBound < person.span.start }).contains(where: {
        extractor.speechVerbs.contains($0.hash) || lower($0, isIn: extractor.prepositionWords) && !lower($0, isIn: extractor.titleJoinerWords)
      })
    {
      return (person.entity, true)
    }
    if let mention = mention(at: first), isSpeakerType(mention) { return (mention.entity, true) }
    // "the KPU", "the Trump campaign", "the Florida senator", "his campaign": a name or a
    // referring noun among the first words after a determiner.
    if extractor.determiners.contains(first.hash) {
      for word in spanWords.dropFirst().prefix(3) {
        if lower(word, isIn: extractor.prepositionWords) { break }
        if let mention = mention(at: word) {
          if isSpeakerType(mention) { return (mention.entity, true) }
          continue
        }
        if extractor.referringNouns.isNoun(word), let referent = referent(of: word) { return (referent, true) }
        if ASCII.isLower(bytes[word.range.lowerBound]) && !extractor.referringNouns.isNoun(word) { continue }
      }
    }
    guard ASCII.isUpper(bytes[first.range.lowerBound]) else { return (nil, false) }
    let titleEnd = spanWords.prefix(ClaimExtractor.titleWords).last?.range.upperBound ?? span.end
    let sentenceEnd =
      (first.range.lowerBound..<titleEnd).first { bytes[$0] == UInt8(ascii: ".") && endsSentence(periodAt: $0) } ?? titleEnd
    if let person = entities.mentions.first(where: { mention in
      mention.span.start > first.range.lowerBound && mention.span.end <= sentenceEnd
        && entities.entities[mention.entity]?.type == .person
    }) {
      return (person.entity, true)
    }
    return (nil, false)
  }

  /// The speaker a phrase names ("According to BPKP head Muhammad Yusuf Ateh,", "Menurut
  /// the agency,"): a pronoun, else the last person named in it, else the first name, else
  /// a referring noun among its first words.
  func speaker(inPhrase span: ByteSpan) -> (entity: String?, found: Bool) {
    let phraseWords = words(span)
    guard let first = phraseWords.first else { return (nil, false) }
    if lower(first, isIn: extractor.pronounWords) { return (pronounReferent(first), true) }
    let named = entities.mentions.filter { span.contains($0.span) && isSpeakerType($0) }
    if let person = named.last(where: { entities.entities[$0.entity]?.type == .person }) ?? named.first {
      return (person.entity, true)
    }
    for word in phraseWords.prefix(3) {
      if let referent = referent(of: word) { return (referent, true) }
    }
    return (nil, false)
  }

  /// Who a pronoun stands for, kept as a mention of it: "he", "she", "dia", "ia", "beliau"
  /// the last person (or group) who spoke, "it" the last organisation or group, "they" and
  /// "mereka" the last speaker; "pihaknya" ("his side") the organisation the last person
  /// who spoke holds a role in (the role the text gives, which comes after the lexicon's).
  func pronounReferent(_ word: TextWord) -> String? {
    let pronoun = extractor.speakerPronouns[lower(word)] ?? .person
    let kinds: Set<EntityType> =
      switch pronoun {
      case .thing: [.organization, .group]
      case .plural: [.person, .organization, .group]
      default: [.person, .group]
      }
    // "he" is never someone the text tells is a woman, "she" never a man.
    let otherGender: Gender? = pronoun == .masculine ? .feminine : pronoun == .feminine ? .masculine : nil
    let people =
      kinds.contains(.organization)
      ? speakers : speakers.filter { !isOutlet($0) && (otherGender == nil || genders[$0] != otherGender) }
    var referent = people.last { entities.entities[$0].map { kinds.contains($0.type) } ?? false } ?? people.last
    // No one who spoke fits "she" (or "he"): the last person of that gender named before,
    // else the last one the text tells no gender of.
    if referent == nil, let otherGender {
      let before = entities.mentions.filter { mention in
        mention.span.end <= word.range.lowerBound && entities.entities[mention.entity]?.type == .person
          && genders[mention.entity] != otherGender && !isOutlet(mention.entity)
      }
      referent = (before.last { genders[$0.entity] != nil } ?? before.last)?.entity
    }
    if pronoun == .side, let person = referent,
      let organization = entities.entities[person]?.roles.last(where: { $0.organization != nil })?.organization
    {
      referent = organization
    }
    noteResolved(referent, ByteSpan(word.range))
    return referent
  }

  /// Who the clitic "-nya" of a speech verb stands for ("ujarnya", "Menurutnya"): the last
  /// person who spoke, kept as a mention of "nya".
  func cliticReferent(_ word: TextWord) -> String? {
    let referent =
      speakers.last { entities.entities[$0].map { [.person, .group].contains($0.type) } ?? false && !isOutlet($0) }
      ?? speakers.last { !isOutlet($0) }
    noteResolved(referent, ByteSpan(word.range.upperBound - 3, word.range.upperBound))
    return referent
  }

  /// The speaker named before a speech verb, or nil (the entity id may itself be nil for
  /// a pronoun with no earlier speaker).
  func speakerBefore(verbAt verb: Int, sentence: ByteSpan, words found: [TextWord], verbIndex: Int) -> String?? {
    let clause = ByteSpan(sentence.start, verb)
    let before = entities.mentions.filter { clause.contains($0.span) && isSpeakerType($0) }
    // The name just before the verb, past auxiliaries and with no comma between ("the
    // Constitutional Court ruled", "Telkomsigma has said", "KPU juga menyatakan").
    var subjectEnd = verbIndex
    while subjectEnd > 0, found[subjectEnd - 1].range.lowerBound >= clause.start,
      lower(found[subjectEnd - 1], isIn: extractor.auxiliaryWords)
    {
      subjectEnd -= 1
    }
    if subjectEnd > 0, found[subjectEnd - 1].range.lowerBound >= clause.start,
      let mention = mention(at: found[subjectEnd - 1]),
      isSpeakerType(mention), !(mention.span.end..<verb).contains(where: { bytes[$0] == UInt8(ascii: ",") })
    {
      // "Maria Kartikasari of Borneo Raya University said": a person, one lowercase word,
      // then the body they belong to: the person speaks.
      if entities.entities[mention.entity]?.type != .person,
        let first = found.firstIndex(where: { $0.range.lowerBound >= mention.span.start }), first >= 2,
        found[first - 2].range.lowerBound >= clause.start, ASCII.isLower(bytes[found[first - 1].range.lowerBound]),
        let person = self.mention(at: found[first - 2]), entities.entities[person.entity]?.type == .person,
        !(person.span.end..<mention.span.start).contains(where: { bytes[$0] == UInt8(ascii: ",") })
      {
        return .some(person.entity)
      }
      return .some(mention.entity)
    }
    // A pronoun or a referring noun just before the verb is its subject, whoever was named
    // earlier ("In its legal opinion, read out by Justice Guntur Hamzah, the Court held").
    if subjectEnd > 0, found[subjectEnd - 1].range.lowerBound >= clause.start, mention(at: found[subjectEnd - 1]) == nil,
      !(found[subjectEnd - 1].range.upperBound..<verb).contains(where: { bytes[$0] == UInt8(ascii: ",") })
    {
      let word = found[subjectEnd - 1]
      if lower(word, isIn: extractor.pronounWords) { return .some(pronounReferent(word)) }
      // "A spokesman for the campaign said": someone not named before, who stays unnamed
      // unless the description names whom they speak for ("a spokesman for Trump").
      if let described = indefiniteDescription(endingAt: subjectEnd - 1, words: found, from: clause.start) {
        return .some(described)
      }
      if extractor.referringNouns.isNoun(word), let referent = referent(of: word) { return .some(referent) }
      // A description pointed back at names the person who last spoke: a role title
      // ("Koordinator Divisi Data dan Informasi KPU ini menjelaskan") or a noun relating them
      // to someone the description names ("Pasangan capres Anies Baswedan itu berpendapat":
      // Anies's running mate, not Anies).
      if extractor.demonstratives.contains(word.hash), let opening = found.firstIndex(where: { $0.range.lowerBound >= clause.start }),
        opening < subjectEnd - 1, mention(at: found[opening]) == nil
      {
        let people = before.filter { entities.entities[$0.entity]?.type == .person }
        let described = Set(people.map(\.entity))
        if people.isEmpty, extractor.roleTitleFirstWords.contains(found[opening].hash) {
          return .some(cliticReferent(word))
        }
        if !people.isEmpty, people.allSatisfy({ $0.span.start > found[opening].range.lowerBound }),
          let referent = speakers.last(where: { !described.contains($0) && entities.entities[$0]?.type == .person })
        {
          noteResolved(referent, ByteSpan(word.range))
          return .some(referent)
        }
      }
    }
    // An aside between commas before the verb ("The council (MKMK), chaired by Jimly
    // Asshiddiqie, found", "Herlan Wijanarko, a director at PT Telkom Indonesia, which runs
    // ..., confirmed"): the subject is the first name a comma follows, unless the aside is
    // a person's name, after a capitalized rank or not ("Direktur LKSN, Andreas Sitompul,
    // menilai", "head of BSSN, Lieutenant General Hinsa Siburian, stated").
    let asideLimit = subjectEnd > 0 && subjectEnd < verbIndex ? found[subjectEnd].range.lowerBound : verb
    if let asideEnd = (clause.start..<asideLimit).last(where: { !ASCII.isSpace(bytes[$0]) }),
      bytes[asideEnd] == UInt8(ascii: ","),
      let asideStart = (clause.start..<asideEnd).last(where: { bytes[$0] == UInt8(ascii: ",") }),
      !words(ByteSpan(asideStart, asideEnd)).allSatisfy({ word in
        before.contains { $0.span.contains(ByteSpan(word.range)) }
      }),
      !before.contains(where: { mention in
        entities.entities[mention.entity]?.type == .person && mention.span.start > asideStart
          && (mention.span.end..<asideEnd).allSatisfy { ASCII.isSpace(bytes[$0]) }
          && words(ByteSpan(asideStart, mention.span.start)).allSatisfy { ASCII.isUpper(bytes[$0.range.lowerBound]) }
      }),
      let subject = before.first(where: { $0.span.end <= asideStart && isFollowedByComma($0.span.end) })
        ?? before.last(where: { $0.span.end <= asideStart })
    {
      return .some(subject.entity)
    }
    // A verb opening its own clause (", saying", ", but told", "and said") has the
    // sentence's subject: "Clinton attacked Trump, saying …" is Clinton's.
    let clauseOpener = subjectEnd > 0 ? found[subjectEnd - 1] : nil
    let afterComma = (clause.start..<found[subjectEnd].range.lowerBound).last { !ASCII.isSpace(bytes[$0]) }.map {
      bytes[$0] == UInt8(ascii: ",") || bytes[$0] == UInt8(ascii: ";")
    }
    // Not after a name standing alone between commas ("Direktur LKSN, Andreas Sitompul,
    // menilai"): that name is the subject.
    let nameAside = afterComma == true && before.contains { mention in
      entities.entities[mention.entity]?.type == .person && isFollowedByComma(mention.span.end)
        && (clause.start..<mention.span.start).last(where: { !ASCII.isSpace(bytes[$0]) }).map { bytes[$0] == UInt8(ascii: ",") } == true
        && mention.span.end <= found[subjectEnd].range.lowerBound
        && words(ByteSpan(mention.span.end, found[subjectEnd].range.lowerBound)).isEmpty
    }
    if !nameAside, afterComma == true || clauseOpener.map({ lower($0, isIn: extractor.coordinatorWords) }) == true,
      let subject = sentenceSubject(ByteSpan(sentence.start, found[subjectEnd].range.lowerBound), people: true, pronouns: true)
    {
      return .some(subject)
    }
    if let person = before.last(where: { entities.entities[$0.entity]?.type == .person }) {
      return .some(person.entity)
    }
    if let group = before.last(where: { entities.entities[$0.entity]?.type == .group }) { return .some(group.entity) }
    // The subject a few words before the verb ("he said", "Ia juga menegaskan", "The ministry
    // also said", "Kelompok itu juga menyebut"), opening the clause ("..., the group apologised
    // and said") or the sentence ("Ia enggan ... dan mengatakan"): a pronoun is the last
    // speaker; a referring noun the last entity of its kind named before it.
    let clauseStart = (clause.start..<verb).last { bytes[$0] == UInt8(ascii: ",") }.flatMap { comma in
      found.firstIndex { $0.range.lowerBound > comma }
    }
    let openings = [clauseStart, clauseStart.map { $0 + 1 }, verbIndex > 3 ? 0 : nil].compactMap { $0 }.filter {
      $0 < verbIndex
    }
    for position in Array(max(0, verbIndex - 3)..<verbIndex).reversed() + openings
    where found[position].range.lowerBound >= sentence.start && mention(at: found[position]) == nil {
      if lower(found[position], isIn: extractor.pronounWords) { return .some(pronounReferent(found[position])) }
      if let referent = referent(of: found[position]) { return .some(referent) }
    }
    // Last, an organisation named in the verb's own clause or just before the comma that
    // opens it ("The ministry, known as Kominfo, said"), not one further back ("The KPU is
    // facing pressure, following a breach observers said …").
    let clauseOpening = (clause.start..<verb).last { bytes[$0] == UInt8(ascii: ",") } ?? clause.start
    if let organization = before.last(where: { mention in
      let opensClause =
        mention.span.end <= clauseOpening && (mention.span.end..<clauseOpening).allSatisfy { ASCII.isSpace(bytes[$0]) }
      return (mention.span.start >= clauseOpening || opensClause)
        && entities.entities[mention.entity]?.type == .organization && !isOutlet(mention.entity)
    }) {
      return .some(organization.entity)
    }
    return nil
  }

  /// Whether `entity` is a news outlet, by its name or another spelling ("The Washington
  /// Post", "Washington Post", "AP").
  func isOutlet(_ entity: String?) -> Bool {
    guard let entity, let known = entities.entities[entity] else { return false }
    return ([known.name] + known.aliases).contains { extractor.outletNames.contains(extractor.outletKey($0)) }
  }

  /// Who speaks a quotation whose sentence has no speech verb: a person or group named
  /// right after it ("\"…,\" Bennett shot back"), else the first one named before it in the
  /// sentence, past an opening adjunct and not after a preposition ("Bradley criticized …
  /// as “…”", "After the vote, Sanders called it “…”"), or in English a pronoun opening it
  /// ("She then told the crowd: “…”"); nil when none is.
  func namedAround(before: ByteSpan, after: ByteSpan) -> String? {
    let isCandidate = { (mention: EntityMention) in
      [.person, .group].contains(self.entities.entities[mention.entity]?.type)
    }
    let afterWords = words(after)
    if let first = afterWords.first, let named = mention(at: first), named.span.start == first.range.lowerBound,
      isCandidate(named),
      (after.start..<first.range.lowerBound).allSatisfy({ ASCII.isSpace(bytes[$0]) || bytes[$0] == UInt8(ascii: ",") })
    {
      return named.entity
    }
    return sentenceSubject(before, people: true, pronouns: analysis.language == .english, anywhere: true)
  }

  /// The subject at the start of `span` (a sentence up to a verb): past an opening adjunct
  /// ("After the vote,", "Speaking in Iowa,", "Asked about it,"), a pronoun opening it, else
  /// the first person named among its first words before a comma (past titles: "Former
  /// Arkansas Gov. Mike Huckabee"), else the first group or organisation there; nil when
  /// none is, `people` asking for a person or group only, `pronouns` for a pronoun's
  /// referent too and `anywhere` for a name anywhere in `span`.
  func sentenceSubject(_ span: ByteSpan, people: Bool = false, pronouns: Bool = false, anywhere: Bool = false) -> String? {
    let spanWords = words(span)
    guard let opening = spanWords.first else { return nil }
    var start = 0
    let opener = lower(opening)
    if lower(opening, isIn: extractor.adjunctOpenerWords) || opener.hasSuffix("ing") || opener.hasSuffix("ed") {
      guard let comma = (span.start..<span.end).first(where: { bytes[$0] == UInt8(ascii: ",") }),
        let next = spanWords.firstIndex(where: { $0.range.lowerBound > comma })
      else { return nil }
      start = next
    }
    if start < spanWords.count, lower(spanWords[start], isIn: extractor.pronounWords) {
      return pronouns ? pronounReferent(spanWords[start]) : nil
    }
    let segmentStart = start < spanWords.count ? spanWords[start].range.lowerBound : span.end
    let segmentEnd = anywhere ? span.end : (segmentStart..<span.end).first { bytes[$0] == UInt8(ascii: ",") } ?? span.end
    var fallback: String?
    for index in spanWords.indices.dropFirst(start).prefix(anywhere ? spanWords.count : 8)
    where spanWords[index].range.lowerBound < segmentEnd {
      guard let named = mention(at: spanWords[index]), named.span.start == spanWords[index].range.lowerBound,
        isSpeakerType(named)
      else { continue }
      if index > 0, lower(spanWords[index - 1], isIn: extractor.prepositionWords) { continue }
      let type = entities.entities[named.entity]?.type
      if type == .person { return named.entity }
      if fallback == nil, type == .group || !people { fallback = named.entity }
    }
    return fallback
  }

  /// For a description opened by "a"/"an" and ending at `end` in a referring noun ("A
  /// spokesman for the campaign", "a senior official"): the person or organisation named
  /// in it, or nil (an unnamed speaker); `.none` when the words are no such description.
  func indefiniteDescription(endingAt end: Int, words found: [TextWord], from start: Int) -> String?? {
    guard extractor.referringNouns.isNoun(found[end]) else { return .none }
    var index = end - 1
    var opening: Int?
    while index >= 0, end - index <= 6, found[index].range.lowerBound >= start {
      let word = found[index]
      if (word.range.upperBound..<found[index + 1].range.lowerBound).contains(where: { !ASCII.isSpace(bytes[$0]) }) { break }
      if lower(word, isIn: extractor.indefiniteArticles) {
        opening = index
        break
      }
      // The description's words: its modifiers, names, and "of"/"for" before whom it serves.
      let isDescribing = mention(at: word) != nil || extractor.determiners.contains(word.hash)
        || lower(word, isIn: extractor.descriptionJoiners) || (ASCII.isLower(bytes[word.range.lowerBound]) && !extractor.speechVerbs.contains(word.hash))
      guard isDescribing else { break }
      index -= 1
    }
    guard let opening else { return .none }
    let phrase = ByteSpan(found[opening].range.lowerBound, found[end].range.upperBound)
    let named = entities.mentions.filter { phrase.contains($0.span) && isSpeakerType($0) && !isOutlet($0.entity) }
    return .some((named.first { entities.entities[$0.entity]?.type == .person } ?? named.first)?.entity
      ?? introducedLater(as: lower(found[end]), describedBy: phrase))
  }

  /// The person the text names next, within a few paragraphs, with a role the noun ends
  /// ("A state auditor told the court …" and then "Dewi Pratiwi, an auditor with …"): the
  /// unnamed speaker of a lead, named below.
  func introducedLater(as noun: String, describedBy phrase: ByteSpan) -> String? {
    let window = phrase.end..<(phrase.end + Self.introductionWindow)
    let person = entities.mentions.first { mention in
      guard window.contains(mention.span.start), let entity = entities.entities[mention.entity], entity.type == .person
      else { return false }
      return entity.roles.contains { $0.title.lowercased().split(separator: " ").last.map(String.init) == noun }
    }
    noteResolved(person?.entity, phrase)
    return person?.entity
  }

  /// How many bytes after an unnamed speaker's description the text may name them.
  static let introductionWindow = 800

  /// Whether a mention names someone who can speak: a person, a group or an organisation.
  func isSpeakerType(_ mention: EntityMention) -> Bool {
    [.person, .group, .organization].contains(entities.entities[mention.entity]?.type)
  }

  /// Whether a comma comes next after `offset`, past spaces and a closing parenthesis.
  func isFollowedByComma(_ offset: Int) -> Bool {
    var index = offset
    while index < bytes.count, ASCII.isSpace(bytes[index]) || bytes[index] == UInt8(ascii: ")") { index += 1 }
    return index < bytes.count && bytes[index] == UInt8(ascii: ",")
  }

  /// What a referring noun stands for (see `ReferringNouns.referent`), kept as a mention of it.
  func referent(of word: TextWord) -> String? {
    let referent = extractor.referringNouns.referent(of: lower(word), at: word.range.lowerBound, in: entities, bytes: bytes)
    noteResolved(referent, ByteSpan(word.range))
    return referent
  }
}
