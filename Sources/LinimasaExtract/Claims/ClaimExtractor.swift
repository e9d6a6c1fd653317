// Who said what: direct quotations and indirect statements with their speakers.
import LinimasaCore
import LinimasaText

/// A statement a document attributes to a speaker.
public struct Claim: Sendable, Equatable, Codable {
  public enum Kind: String, Sendable, Codable { case direct, indirect }
  /// Whether the speaker asserts what the claim says or denies it ("KPU membantah data yang
  /// beredar berasal dari sistemnya": denied).
  public enum Stance: String, Sendable, Codable { case asserted, denied }

  public let kind: Kind
  /// The entity that said it, or nil when the text does not say.
  public let speaker: String?
  /// The claim without its attribution.
  public let text: String
  /// The whole quoted or reported sentence(s).
  public let span: ByteSpan
  /// When it was said, if the attribution tells ("dalam diskusi daring, Sabtu").
  public let date: TemporalExpression?
  /// Where what was said lies: the quotation's words, or the reported clause (for a claim
  /// told on both sides of its attribution, both sides and the attribution between).
  public let content: ByteSpan
  /// The verb or reporting word that attributes it ("mengatakan", "said", "Menurut"), if any.
  public let verb: ByteSpan?
  public let stance: Stance

  public init(
    kind: Kind, speaker: String?, text: String, span: ByteSpan, date: TemporalExpression?, content: ByteSpan,
    verb: ByteSpan?, stance: Stance = .asserted
  ) {
    self.kind = kind
    self.speaker = speaker
    self.text = text
    self.span = span
    self.date = date
    self.content = content
    self.verb = verb
    self.stance = stance
  }

  /// The claim said by `speaker` (an entity id) instead.
  public func withSpeaker(_ speaker: String) -> Claim {
    Claim(kind: kind, speaker: speaker, text: text, span: span, date: date, content: content, verb: verb, stance: stance)
  }

  /// The same claim with another stance.
  func with(stance: Stance) -> Claim {
    Claim(kind: kind, speaker: speaker, text: text, span: span, date: date, content: content, verb: verb, stance: stance)
  }
}

/// Finds claims in kept paragraphs:
/// - direct quotations (straight or curly quotes, at least `minimumQuoteWords` words, so
///   quoted names and scare quotes are not claims) with the attribution after ("\"...,\"
///   ucap Usman", "..., he said"), before ("Usman mengatakan, \"...\"") or around; a
///   quotation with no attribution of its own continues the previous speaker's (a quote
///   over several paragraphs, or "\"...,\" kata Hasyim. \"...\"");
/// - indirect statements: a speaker before a speech verb ("Usman mengatakan bahwa ...",
///   "X said that ..."), "Menurut X, ..." / "According to X, ...", or the verb and speaker
///   inside the sentence (", kata dia, ...").
/// Pronouns and clitics ("dia", "ia", "ujarnya", "he") are the last speaker ("pihaknya" the
/// organisation the last speaker holds a role in); a referring noun
/// ("Pelaku mengklaim", "the hacker said") is the last person or group named before it; a
/// name is the entity recognised there.
public struct ClaimExtractor: Sendable {
  static let minimumQuoteWords = 4
  /// How many words of title may stand between a speech verb and the name after it.
  static let titleWords = 16
  let speechVerbs: Set<UInt64>
  /// Verbs that attribute only with "that"/"bahwa" after them ("the court found that").
  let findingVerbs: Set<UInt64>
  /// Speech verbs that deny what follows ("membantah", "denied"): the clause markers of
  /// kind `denial` that are one word.
  let denialVerbs: Set<UInt64>
  /// Words that deny the speech verb after them ("had not commented", "hasn't announced"):
  /// the clause markers of kind `negation` that are one word.
  let negations: Set<UInt64>
  /// Relative pronouns ("yang", "who"): a speech verb right after one is the clause head's.
  let relativePronouns: Set<UInt64>
  /// Nouns that refer back to a named entity ("the ministry said").
  let referringNouns: ReferringNouns
  /// Demonstratives after a noun ("ini", "itu", "tersebut": clause markers of kind
  /// `demonstrative`) and the first words of role titles: "Koordinator Divisi Data KPU ini
  /// menjelaskan" is a person named before, not the KPU.
  let demonstratives: Set<UInt64>
  /// Determiners ("the"): one before a name is not part of who spoke ("…," the KPU said).
  let determiners: Set<UInt64>
  /// Words opening a subordinate clause ("while", "although", "meski"): a speech verb in one
  /// that leads its sentence is background ("While Sanders has pledged to …, Devine said").
  let subordinators: Set<UInt64>
  let roleTitleFirstWords: Set<UInt64>
  /// News outlets' names and other spellings, lowercased and without a leading "the": an
  /// outlet speaks only where the text says it did ("The Times reported", "according to
  /// CNN"), never as whom a speaker told something ("told The Times"), as what "he" or
  /// "she" stands for, or as an organisation guessed from further back.
  let outletNames: Set<String>
  /// Given names and words before a name that tell a woman, or a man (folded hashes).
  let feminineWords: Set<UInt64>
  let masculineWords: Set<UInt64>
  /// Pronouns that stand for a speaker ("dia", "he", "pihaknya"), with what each stands for,
  /// over every language.
  let speakerPronouns: [String: SpeakerPronoun]
  let pronounWords: LowercaseWordSet
  /// Each language's pronouns that go on telling a speaker's words later in their sentence
  /// ("he", "she", "they"; see `ClaimScan.noteSpeakerPronouns`).
  let laterPronounWords: [Language: LowercaseWordSet]
  /// "menurut", "according to": what follows is the source's.
  let reporting: ReportingPhrases
  /// Reporting words holding their source as a clitic ("menurutnya").
  let cliticReportingWords: LowercaseWordSet
  /// Words that open an adjunct between a speech verb and "that" ("said on Monday that").
  let adjunctOpenerWords: LowercaseWordSet
  /// Speech verbs followed by whom they were said to ("told reporters that").
  let objectVerbWords: LowercaseWordSet
  /// Prepositions: a name right after one is no subject ("a letter to Obama called it …").
  let prepositionWords: LowercaseWordSet
  /// Words that may stand between a role title and a name ("secretary of state Hillary
  /// Clinton"): a preposition among them does not end a title before a speaker's name.
  let titleJoinerWords: LowercaseWordSet
  /// Words that join a second verb to its sentence's subject ("He endorsed Clinton, but told").
  let coordinatorWords: LowercaseWordSet
  /// Words that may stand between a subject and its speech verb ("Telkomsigma has said").
  let auxiliaryWords: LowercaseWordSet
  /// "that" and "bahwa", which open a reported clause: the clause markers of kind
  /// `complementizer` that are one word.
  let thatWords: LowercaseWordSet
  /// "a", "an": they open a description of someone not named before ("A spokesman for …").
  let indefiniteArticles: LowercaseWordSet
  /// "of", "for": they join such a description to whom it serves ("a spokesman for Trump").
  let descriptionJoiners: LowercaseWordSet
  /// Relative pronouns said of things ("which"): one after a person's name is no mention of them.
  let thingRelatives: LowercaseWordSet
  /// Articles an outlet's name may open with and be written without ("The Times").
  let outletArticles: [String]

  public init(lexicons: Lexicons) {
    self.init(lexicons: lexicons, referringNouns: ReferringNouns(lexicons: lexicons))
  }

  /// The same, sharing referring nouns already built from `lexicons`.
  init(lexicons: Lexicons, referringNouns: ReferringNouns) {
    speechVerbs = lexicons.foldedHashes(of: .speechVerbs)
    findingVerbs = lexicons.foldedHashes(of: .findingVerbs)
    denialVerbs = lexicons.oneWordMarkers(.denial)
    negations = lexicons.oneWordMarkers(.negation)
    relativePronouns = lexicons.oneWordMarkers(.relative)
    demonstratives = lexicons.oneWordMarkers(.demonstrative)
    determiners = lexicons.oneWordMarkers(.determiner)
    subordinators = lexicons.oneWordMarkers(.subordinator)
    roleTitleFirstWords = Set(
      Language.supported.flatMap { language in
        lexicons[language].roleTitles.compactMap { $0.split(separator: " ").first.map { WordScanner.foldedHash(String($0)) } }
      })
    self.referringNouns = referringNouns
    feminineWords = lexicons.foldedHashes(of: .feminineWords)
    masculineWords = lexicons.foldedHashes(of: .masculineWords)
    speakerPronouns = Language.supported.reduce(into: [:]) { table, language in
      table.merge(lexicons[language].speakerPronouns) { first, _ in first }
    }
    pronounWords = LowercaseWordSet(Set(speakerPronouns.keys))
    laterPronounWords = Dictionary(
      uniqueKeysWithValues: Language.supported.map { language in
        let later = lexicons[language].speakerPronouns.filter { [.masculine, .feminine, .plural].contains($0.value) }
        return (language, LowercaseWordSet(Set(later.keys)))
      })
    reporting = ReportingPhrases(lexicons: lexicons)
    let words = { (list: WordList) in LowercaseWordSet(Set(Language.supported.flatMap { lexicons[$0].words(list) })) }
    cliticReportingWords = words(.cliticReportingWords)
    adjunctOpenerWords = words(.adjunctOpeners)
    objectVerbWords = words(.objectVerbs)
    prepositionWords = words(.prepositions)
    titleJoinerWords = words(.titleJoiners)
    coordinatorWords = words(.verbCoordinators)
    auxiliaryWords = words(.auxiliaries)
    thatWords = LowercaseWordSet(
      Set(
        Language.supported.flatMap { lexicons[$0].clauseMarkers }.filter { $0.kind == .complementizer && $0.words.count == 1 }
          .map { $0.words[0] }))
    indefiniteArticles = words(.indefiniteArticles)
    descriptionJoiners = words(.descriptionJoiners)
    thingRelatives = words(.thingRelatives)
    let articles = Language.supported.flatMap { lexicons[$0].words(.outletArticles) }.sorted()
    outletArticles = articles
    outletNames = Set(lexicons.outlets.flatMap { [$0.name] + $0.aliases }.map { Self.outletKey($0, articles: articles) })
  }

  /// A name as `outletNames` holds it: lowercased, without a leading article ("the ").
  func outletKey(_ name: String) -> String { Self.outletKey(name, articles: outletArticles) }

  /// `name` lowercased, without a leading word of `articles`.
  static func outletKey(_ name: String, articles: [String]) -> String {
    let lowered = name.lowercased()
    guard let article = articles.first(where: { lowered.hasPrefix($0 + " ") }) else { return lowered }
    return String(lowered.dropFirst(article.count + 1))
  }

  /// The document's claims, and the pronouns and referring nouns their attributions
  /// resolved ("he", "-nya" in "ujarnya", "the ministry") as mentions of their referents.
  public func extract(
    _ analysis: DocumentAnalysis, entities: EntityAnalysis, dates: [TemporalExpression]
  ) -> (claims: [Claim], resolvedMentions: [EntityMention]) {
    analysis.article.bytes.withUnsafeBufferPointer { bytes in
      let scan = ClaimScan(extractor: self, analysis: analysis, entities: entities, dates: dates, bytes: bytes)
      let claims = scan.run()
      return (claims, scan.resolvedMentions)
    }
  }
}

/// Mentions resolved while reading one attribution, kept only if it yields a claim, and
/// the verb that attribution turned on.
final class PendingMentions {
  var pending: [EntityMention] = []
  var verb: ByteSpan?
}

/// One document being read for claims, in text order, remembering who spoke so far (a
/// class: its methods and their closures share one scan rather than copy it).
final class ClaimScan {
  let extractor: ClaimExtractor
  let analysis: DocumentAnalysis
  let entities: EntityAnalysis
  let dates: [TemporalExpression]
  let bytes: UnsafeBufferPointer<UInt8>
  var claims: [Claim] = []
  /// Pronouns and referring nouns resolved in the claims' attributions.
  var resolvedMentions: [EntityMention] = []
  let resolved = PendingMentions()
  /// Everyone who spoke (or was last named in a sentence without a claim), in order.
  var speakers: [String] = []
  var lastSpeaker: String? { speakers.last }
  /// What the text tells of each person's gender (see `ClaimScan.genders`).
  var genders: [String: Gender] = [:]
  enum Gender { case feminine, masculine }

  init(
    extractor: ClaimExtractor, analysis: DocumentAnalysis, entities: EntityAnalysis, dates: [TemporalExpression],
    bytes: UnsafeBufferPointer<UInt8>
  ) {
    self.extractor = extractor
    self.analysis = analysis
    self.entities = entities
    self.dates = dates
    self.bytes = bytes
    genders = Self.genders(extractor: extractor, entities: entities, bytes: bytes)
  }

  /// The gender the text tells of each person: by the given name that opens their name, or
  /// by a word right before a mention ("Mr. Sanders", "spokeswoman Jane Doe"); none when
  /// nothing tells, or the hints disagree.
  static func genders(extractor: ClaimExtractor, entities: EntityAnalysis, bytes: UnsafeBufferPointer<UInt8>)
    -> [String: Gender]
  {
    var hints: [String: Set<Gender>] = [:]
    func note(_ hash: UInt64, _ entity: String) {
      if extractor.feminineWords.contains(hash) { hints[entity, default: []].insert(.feminine) }
      if extractor.masculineWords.contains(hash) { hints[entity, default: []].insert(.masculine) }
    }
    for (id, entity) in entities.entities where entity.type == .person {
      for name in [entity.name] + entity.aliases where name.contains(" ") {
        if let first = name.split(separator: " ").first { note(WordScanner.foldedHash(String(first)), id) }
      }
    }
    for mention in entities.mentions where entities.entities[mention.entity]?.type == .person {
      var end = mention.span.start
      while end > 0, ASCII.isSpace(bytes[end - 1]) || bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
      var start = end
      while start > 0, ASCII.isLetter(bytes[start - 1]) { start -= 1 }
      if start < end { note(WordScanner.foldedHash(bytes, start..<end), mention.entity) }
    }
    return hints.compactMapValues { $0.count == 1 ? $0.first : nil }
  }

  func text(_ span: ByteSpan) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[span.range]), as: UTF8.self)
  }

  func words(_ span: ByteSpan) -> [TextWord] { analysis.segmentation.tokens.words(bytes, span) }

  func lower(_ word: TextWord) -> String { text(ByteSpan(word.range)).lowercased() }

  /// Whether `lower(word)` is one of `words`, telling without building the string.
  func lower(_ word: TextWord, isIn words: LowercaseWordSet) -> Bool {
    words.contains(bytes, word.range, hash: word.hash)
  }

  /// Whether `lower(word)` is `candidate` (lowercase ASCII), telling without building the string.
  func lower(_ word: TextWord, is candidate: String) -> Bool { ByteSearch.lowercasedEquals(bytes, word.range, candidate) }

  /// Records that the words at `span` refer to `entity`, a mention kept if the attribution
  /// being read yields a claim.
  func noteResolved(_ entity: String?, _ span: ByteSpan) {
    guard let entity else { return }
    resolved.pending.append(EntityMention(entity: entity, span: span))
  }

  /// Records the verb (or reporting word) an attribution being read turns on.
  func noteVerb(_ word: TextWord) {
    resolved.verb = ByteSpan(word.range)
  }

  /// Appends a claim, denied when its attribution turns on a denial verb.
  func append(_ claim: Claim) {
    let denies = claim.verb.map { extractor.denialVerbs.contains(WordScanner.foldedHash(bytes, $0.range)) } ?? false
    claims.append(denies ? claim.with(stance: .denied) : claim)
  }

  /// The speaker a claim was just attributed to, and the mentions its attribution resolved.
  func noteClaim(speaker: String?) {
    if let speaker { speakers.append(speaker) }
    resolvedMentions += resolved.pending
    resolved.pending = []
  }

  /// The entity mention that holds the start of `word`.
  func mention(at word: TextWord) -> EntityMention? {
    entities.mentions.first { $0.span.start <= word.range.lowerBound && word.range.lowerBound < $0.span.end }
  }

  func run() -> [Claim] {
    let sentences = analysis.segmentation.sentences
    let quotations = analysis.segmentation.quotations
    var usedSentences = Set<Int>()
    for paragraph in analysis.cleaning.paragraphs where paragraph.isKept {
      if transcriptTurn(paragraph.span) {
        usedSentences.formUnion(sentences.indices.filter { paragraph.span.contains(sentences[$0].span) })
        continue
      }
      // The quotations long enough to be claims, with the sentences they lie in, and the
      // other sentences, taken in text order so each speaker is the one named before.
      var items: [(start: Int, order: Int, item: ParagraphItem)] = []
      for index in quotations.indices where paragraph.span.contains(quotations[index].span) {
        let quotation = quotations[index]
        guard words(quoteContent(quotation)).count >= ClaimExtractor.minimumQuoteWords else { continue }
        var covering = sentences.indices.filter { sentences[$0].span.overlaps(quotation.span) }
        // "\"…?\" Lisa Monaco, the adviser, said.": the attribution the segmenter split off.
        if let last = covering.last, last + 1 < sentences.count, paragraph.span.contains(sentences[last + 1].span),
          quotation.isClosed, quotation.span.end <= sentences[last].span.end,
          isOnlyPunctuation(ByteSpan(quotation.span.end, sentences[last].span.end)),
          !quotations.contains(where: { sentences[last + 1].span.overlaps($0.span) }),
          isAttributionOnly(sentences[last + 1].span)
        {
          covering.append(last + 1)
        }
        usedSentences.formUnion(covering)
        let sentenceSpan =
          covering.isEmpty
          ? quotation.span
          : ByteSpan(sentences[covering[0]].span.start, sentences[covering[covering.count - 1]].span.end)
        items.append((sentenceSpan.start, quotation.span.start, .quotation(quotation, sentence: sentenceSpan)))
      }
      for index in sentences.indices
      where paragraph.span.contains(sentences[index].span) && !usedSentences.contains(index) {
        items.append((sentences[index].span.start, sentences[index].span.start, .sentence(sentences[index].span)))
      }
      for (_, _, item) in items.sorted(by: { ($0.start, $0.order) < ($1.start, $1.order) }) {
        switch item {
        case .quotation(let quotation, let sentence): direct(quotation, sentence: sentence)
        case .sentence(let span): statement(in: span)
        }
      }
    }
    return claims
  }

  /// A turn of a transcript ("WALLACE: Do you think …", "JAKE TAPPER: …"): a label of one
  /// to three words in capitals and a colon opening the paragraph make the rest of it the
  /// words of the person the label names (the person of the document whose name holds the
  /// label's last word, else no one). Returns whether the paragraph was one.
  func transcriptTurn(_ paragraph: ByteSpan) -> Bool {
    let limit = min(paragraph.end, paragraph.start + 40)
    guard let colon = (paragraph.start..<limit).first(where: { bytes[$0] == UInt8(ascii: ":") }),
      colon + 1 < paragraph.end, ASCII.isSpace(bytes[colon + 1])
    else { return false }
    let label = ByteSpan(paragraph.start, colon)
    let labelWords = words(label)
    guard (1...3).contains(labelWords.count),
      label.range.allSatisfy({ ASCII.isUpper(bytes[$0]) || ASCII.isSpace(bytes[$0]) || bytes[$0] == UInt8(ascii: ".") || bytes[$0] == UInt8(ascii: "'") }),
      labelWords.allSatisfy({ $0.range.count >= 2 })
    else { return false }
    let content = trimmedSpan(ByteSpan(colon + 1, paragraph.end))
    guard words(content).count >= ClaimExtractor.minimumQuoteWords else { return false }
    resolved.pending = []
    let surname = text(ByteSpan(labelWords[labelWords.count - 1].range)).lowercased()
    let named = entities.mentions.last { mention in
      guard mention.span.end <= paragraph.start, let entity = entities.entities[mention.entity], entity.type == .person
      else { return false }
      return ([entity.name] + entity.aliases).contains { $0.lowercased().split(separator: " ").last.map(String.init) == surname }
    }
    let speaker = named?.entity
    noteResolved(speaker, label)
    append(
      Claim(
        kind: .direct, speaker: speaker, text: text(content), span: trimmedSpan(paragraph), date: nil, content: content,
        verb: nil))
    noteClaim(speaker: speaker)
    return true
  }

  /// Whether `span` holds no letter or digit.
  func isOnlyPunctuation(_ span: ByteSpan) -> Bool { words(span).isEmpty }

  /// Whether the sentence at `span` only attributes what came before: a speech verb among
  /// its first words with at most a short adjunct after it ("Lisa Monaco, the adviser,
  /// said.", "said Jane Doe, a spokeswoman.", "Fielding said on Monday."), and no "that";
  /// or a dash and a name ("― Donald Trump").
  func isAttributionOnly(_ span: ByteSpan) -> Bool {
    let found = words(span)
    if let first = found.first, found.count <= 12, dashedSpeaker(span, firstWord: first) != nil { return true }
    guard found.count <= 20,
      let verb = found.prefix(ClaimExtractor.titleWords).firstIndex(where: { extractor.speechVerbs.contains($0.hash) }),
      !found.contains(where: { lower($0, isIn: extractor.thatWords) })
    else { return false }
    return verb == 0 || found.count - verb - 1 <= 6
  }

  enum ParagraphItem {
    case quotation(Quotation, sentence: ByteSpan)
    case sentence(ByteSpan)
  }

  /// A direct quotation and its attribution, and a statement the attribution goes on to
  /// report ("\"...,\" Hinsa said, adding that ...").
  func direct(_ quotation: Quotation, sentence sentenceSpan: ByteSpan) {
    resolved.pending = []
    resolved.verb = nil
    let inner = quoteContent(quotation)
    let after = ByteSpan(quotation.span.end, max(quotation.span.end, sentenceSpan.end))
    let before = ByteSpan(min(sentenceSpan.start, quotation.span.start), quotation.span.start)
    var speaker: String?
    var attributed = false
    if let found = attribution(after: after) {
      (speaker, attributed) = (found, true)
    } else if let found = attribution(before: before) {
      (speaker, attributed) = (found, true)
    } else if let found = attributionLater(in: after) {
      (speaker, attributed) = (found, true)
    }
    if !attributed { speaker = namedAround(before: before, after: after) ?? lastSpeaker }
    let date = dates.first { after.contains($0.span) || before.contains($0.span) }
    let verb = attributed ? resolved.verb : nil
    let claim = Claim(
      kind: .direct, speaker: speaker, text: text(inner), span: sentenceSpan, date: date, content: inner, verb: verb)
    append(claim)
    noteSpeakerPronouns(of: claim)
    noteClaim(speaker: speaker)
    if attributed, let reported = reportedAfterAttribution(after) {
      append(
        Claim(
          kind: .indirect, speaker: speaker, text: text(reported), span: sentenceSpan, date: date, content: reported,
          verb: verb))
    }
  }

  /// An indirect statement in a sentence with no quotation; else the first person it names
  /// (its subject) becomes the last speaker.
  func statement(in span: ByteSpan) {
    resolved.pending = []
    resolved.verb = nil
    if let claim = indirect(span) {
      append(claim)
      noteSpeakerPronouns(of: claim)
      noteClaim(speaker: claim.speaker)
    } else if let mention = entities.mentions.first(where: {
      span.contains($0.span) && entities.entities[$0.entity]?.type == .person
    }) {
      speakers.append(mention.entity)
    }
  }

  /// When the statement was made, if the attribution says: the first resolved date in it
  /// ("said on Monday that", "Hasyim, speaking on Wednesday, said").
  /// A date in a relative clause between commas (", who joined the court in 2011,", ",
  /// yang menjadi hakim sejak Januari 2015,") tells about the speaker, not the statement.
  func attributionDate(in attribution: ByteSpan) -> TemporalExpression? {
    dates.first { date in
      guard attribution.contains(date.span), date.value != nil else { return false }
      let clauseStart = (attribution.start..<date.span.start).last { bytes[$0] == UInt8(ascii: ",") }
      let opener = clauseStart.flatMap { words(ByteSpan($0, date.span.start)).first }
      return !(opener.map { extractor.relativePronouns.contains($0.hash) } ?? false)
    }
  }

  /// The text inside the quotation marks, without a trailing comma.
  func quoteContent(_ quotation: Quotation) -> ByteSpan {
    var start = quotation.span.start
    var end = quotation.span.end
    // A quotation going on from the paragraph before starts without a mark.
    let apostrophe = UInt8(ascii: "'")
    if bytes[start] == UInt8(ascii: "\"") {
      start += 1
    } else if bytes[start] == apostrophe, start + 1 < end, bytes[start + 1] == apostrophe {
      start += 2  // ''typewriter quotes''
    } else if bytes[start] == 0xE2 {
      start += 3
    }
    if quotation.isClosed {
      end -= bytes[end - 1] == UInt8(ascii: "\"") ? 1 : bytes[end - 1] == apostrophe ? 2 : 3
    }
    while end > start && (bytes[end - 1] == UInt8(ascii: ",") || ASCII.isSpace(bytes[end - 1])) { end -= 1 }
    return ByteSpan(start, max(start, end))
  }

  func trimmed(_ span: ByteSpan) -> String { text(trimmedSpan(span)) }

  /// `span` without leading spaces and commas, and trailing spaces and periods.
  func trimmedSpan(_ span: ByteSpan) -> ByteSpan {
    var start = span.start
    var end = span.end
    while start < end && (ASCII.isSpace(bytes[start]) || bytes[start] == UInt8(ascii: ",")) { start += 1 }
    while end > start && (ASCII.isSpace(bytes[end - 1]) || bytes[end - 1] == UInt8(ascii: ".")) { end -= 1 }
    return ByteSpan(start, end)
  }
}
