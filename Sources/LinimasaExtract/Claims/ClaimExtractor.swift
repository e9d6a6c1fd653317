// Who said what: direct quotations and indirect statements with their speakers.
import LinimasaCore
import LinimasaText

/// A statement a document attributes to a speaker.
public struct Claim: Sendable, Equatable {
  public enum Kind: String, Sendable { case direct, indirect }

  public let kind: Kind
  /// The entity that said it, or nil when the text does not say.
  public let speaker: String?
  /// The claim without its attribution.
  public let text: String
  /// The whole quoted or reported sentence(s).
  public let span: ByteSpan
  /// When it was said, if the attribution tells ("dalam diskusi daring, Sabtu").
  public let date: TemporalExpression?
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
  let speechVerbs: Set<UInt64>
  /// Verbs that attribute only with "that"/"bahwa" after them ("the court found that").
  let findingVerbs: Set<UInt64>
  /// Lowercased nouns that refer back to the last entity of a kind named.
  let referringNouns: [String: EntityType]
  /// The lowercased words of every name of each lexicon entity, in both languages.
  let lexiconNameWords: [String: Set<Substring>]
  static let pronouns: Set<String> = ["dia", "ia", "beliau", "he", "she", "it", "they", "mereka", "pihaknya"]
  static let reporting: Set<String> = ["menurut", "according"]
  /// Words that open an adjunct between a speech verb and "that" ("said on Monday that").
  static let adjunctOpeners: Set<String> = [
    "on", "in", "at", "during", "after", "before", "while", "last", "yesterday", "today", "earlier", "later", "this",
    "via", "through", "to", "from", "for", "with", "by", "when", "as", "however", "also", "again", "separately",
    "previously", "recently", "publicly", "repeatedly", "dalam", "di", "pada", "kepada", "saat", "ketika", "usai",
    "seusai", "setelah", "sebelum", "kemarin", "melalui", "lewat", "secara", "juga", "kembali", "pun", "sendiri",
    "tadi", "dengan", "sambil", "seraya",
  ]
  /// Speech verbs followed by whom they were said to ("told reporters that").
  static let objectVerbs: Set<String> = ["told", "tells", "tell", "memberi", "memberitahu", "memberitahukan"]
  /// Words that deny the speech verb after them ("had not commented").
  static let negations: Set<String> = ["not", "never", "no", "tidak", "belum", "tak", "bukan", "enggan", "tanpa"]
  /// Words that open a relative clause (", who ...,", ", yang ...,").
  static let relativePronouns: Set<String> = ["who", "which", "whose", "yang"]
  /// Words that may stand between a subject and its speech verb ("Telkomsigma has said").
  static let auxiliaries: Set<String> = [
    "has", "have", "had", "also", "later", "earlier", "then", "again", "previously", "further", "would", "will",
    "juga", "telah", "sudah", "pun", "kemudian", "lalu", "sebelumnya", "pernah", "akan", "kembali", "sempat", "turut",
  ]

  public init(lexicons: Lexicons) {
    let foldedHashes = { (words: KeyPath<LanguageLexicon, Set<String>>) in
      Set(Language.supported.flatMap { lexicons[$0][keyPath: words].map(WordScanner.foldedHash) })
    }
    speechVerbs = foldedHashes(\.speechVerbs)
    findingVerbs = foldedHashes(\.findingVerbs)
    referringNouns = Language.supported.reduce(into: [:]) { $0.merge(lexicons[$1].referringNouns) { first, _ in first } }
    lexiconNameWords = lexicons.entities.mapValues { entry in
      Set(([entry.nameIndonesian, entry.nameEnglish] + entry.aliases).flatMap(ClaimExtractor.lowercaseWords))
    }
  }

  static func lowercaseWords(_ name: String) -> [Substring] {
    name.lowercased().split { !$0.isLetter }
  }

  /// The document's claims, and the pronouns and referring nouns their attributions
  /// resolved ("he", "-nya" in "ujarnya", "the ministry") as mentions of their referents.
  public func extract(
    _ analysis: DocumentAnalysis, entities: EntityAnalysis, dates: [TemporalExpression]
  ) -> (claims: [Claim], resolvedMentions: [EntityMention]) {
    analysis.article.bytes.withUnsafeBufferPointer { bytes in
      var scan = ClaimScan(extractor: self, analysis: analysis, entities: entities, dates: dates, bytes: bytes)
      let claims = scan.run()
      return (claims, scan.resolvedMentions)
    }
  }
}

/// Mentions resolved while reading one attribution, kept only if it yields a claim.
private final class PendingMentions {
  var pending: [EntityMention] = []
}

private struct ClaimScan {
  let extractor: ClaimExtractor
  let analysis: DocumentAnalysis
  let entities: EntityAnalysis
  let dates: [TemporalExpression]
  let bytes: UnsafeBufferPointer<UInt8>
  var claims: [Claim] = []
  /// Pronouns and referring nouns resolved in the claims' attributions.
  var resolvedMentions: [EntityMention] = []
  let resolved = PendingMentions()
  var lastSpeaker: String?
  /// Everyone who spoke so far, in order.
  var speakers: [String] = []
  /// Claims whose speaker is still open (a quotation waiting for a later attribution).
  var pending: [Int] = []

  init(extractor: ClaimExtractor, analysis: DocumentAnalysis, entities: EntityAnalysis, dates: [TemporalExpression], bytes: UnsafeBufferPointer<UInt8>) {
    self.extractor = extractor
    self.analysis = analysis
    self.entities = entities
    self.dates = dates
    self.bytes = bytes
  }

  func text(_ span: ByteSpan) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[span.range]), as: UTF8.self) }

  func words(_ span: ByteSpan) -> [TextWord] { EntityMatcher.words(bytes, span) }

  func lower(_ word: TextWord) -> String { text(ByteSpan(word.range.lowerBound, word.range.upperBound)).lowercased() }

  /// The entity named by the words starting at the start of `span`, or a pronoun's referent.
  func speaker(in span: ByteSpan) -> (entity: String?, found: Bool) {
    let spanWords = words(span)
    guard let first = spanWords.first else { return (nil, false) }
    let word = lower(first)
    if ClaimExtractor.pronouns.contains(word) { return (pronounReferent(first), true) }
    if let mention = mention(at: first) { return (mention.entity, true) }
    return (nil, false)
  }

  /// The speaker a phrase names ("According to BPKP head Muhammad Yusuf Ateh,", "Menurut
  /// the agency,"): a pronoun, else the last person named in it, else the first name, else
  /// a referring noun among its first words.
  func speaker(inPhrase span: ByteSpan) -> (entity: String?, found: Bool) {
    let phraseWords = words(span)
    guard let first = phraseWords.first else { return (nil, false) }
    if ClaimExtractor.pronouns.contains(lower(first)) { return (pronounReferent(first), true) }
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
    let pronoun = lower(word)
    let kinds: Set<EntityType> = switch pronoun {
    case "it": [.organization, .group]
    case "they", "mereka": [.person, .organization, .group]
    default: [.person, .group]
    }
    var referent = speakers.last { entities.entities[$0].map { kinds.contains($0.type) } ?? false } ?? lastSpeaker
    if pronoun == "pihaknya", let person = referent,
      let organization = entities.entities[person]?.roles.last(where: { $0.organization != nil })?.organization
    {
      referent = organization
    }
    noteResolved(referent, ByteSpan(word.range.lowerBound, word.range.upperBound))
    return referent
  }

  /// Who the clitic "-nya" of a speech verb stands for ("ujarnya", "Menurutnya"): the last
  /// person who spoke, kept as a mention of "nya".
  func cliticReferent(_ word: TextWord) -> String? {
    let referent = speakers.last { entities.entities[$0].map { [.person, .group].contains($0.type) } ?? false } ?? lastSpeaker
    noteResolved(referent, ByteSpan(word.range.upperBound - 3, word.range.upperBound))
    return referent
  }

  /// Records that the words at `span` refer to `entity`, a mention kept if the attribution
  /// being read yields a claim.
  func noteResolved(_ entity: String?, _ span: ByteSpan) {
    guard let entity else { return }
    resolved.pending.append(EntityMention(entity: entity, span: span))
  }

  /// The speaker a claim was just attributed to, and the mentions its attribution resolved.
  mutating func noteClaim(speaker: String?) {
    if let speaker {
      lastSpeaker = speaker
      speakers.append(speaker)
    }
    resolvedMentions += resolved.pending
    resolved.pending = []
  }

  /// The entity mention that holds the start of `word`.
  func mention(at word: TextWord) -> EntityMention? {
    entities.mentions.first { $0.span.start <= word.range.lowerBound && word.range.lowerBound < $0.span.end }
  }

  mutating func run() -> [Claim] {
    let sentences = analysis.segmentation.sentences
    let quotations = analysis.segmentation.quotations
    var usedSentences = Set<Int>()
    for paragraph in analysis.cleaning.paragraphs where paragraph.isKept {
      // The quotations long enough to be claims, with the sentences they lie in, and the
      // other sentences, taken in text order so each speaker is the one named before.
      var items: [(start: Int, order: Int, item: ParagraphItem)] = []
      for index in quotations.indices where paragraph.span.contains(quotations[index].span) {
        let quotation = quotations[index]
        guard words(quoteContent(quotation)).count >= ClaimExtractor.minimumQuoteWords else { continue }
        let covering = sentences.indices.filter { sentences[$0].span.overlaps(quotation.span) }
        usedSentences.formUnion(covering)
        let sentenceSpan = covering.isEmpty
          ? quotation.span : ByteSpan(sentences[covering[0]].span.start, sentences[covering[covering.count - 1]].span.end)
        items.append((sentenceSpan.start, quotation.span.start, .quotation(quotation, sentence: sentenceSpan)))
      }
      for index in sentences.indices where paragraph.span.contains(sentences[index].span) && !usedSentences.contains(index) {
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

  enum ParagraphItem {
    case quotation(Quotation, sentence: ByteSpan)
    case sentence(ByteSpan)
  }

  /// A direct quotation and its attribution, and a statement the attribution goes on to
  /// report ("\"...,\" Hinsa said, adding that ...").
  mutating func direct(_ quotation: Quotation, sentence sentenceSpan: ByteSpan) {
    resolved.pending = []
    let inner = quoteContent(quotation)
    let after = ByteSpan(quotation.span.end, max(quotation.span.end, sentenceSpan.end))
    let before = ByteSpan(min(sentenceSpan.start, quotation.span.start), quotation.span.start)
    var speaker: String?
    var attributed = false
    if let found = attribution(after: after) {
      (speaker, attributed) = (found, true)
    } else if let found = attribution(before: before) {
      (speaker, attributed) = (found, true)
    }
    if !attributed { speaker = lastSpeaker }
    let date = dates.first { after.contains($0.span) || before.contains($0.span) }
    claims.append(Claim(kind: .direct, speaker: speaker, text: text(inner), span: sentenceSpan, date: date))
    noteClaim(speaker: speaker)
    if attributed, let reported = reportedAfterAttribution(after) {
      claims.append(Claim(kind: .indirect, speaker: speaker, text: reported, span: sentenceSpan, date: date))
    }
  }

  /// An indirect statement in a sentence with no quotation; else the last person it names
  /// becomes the last speaker.
  mutating func statement(in span: ByteSpan) {
    resolved.pending = []
    if let claim = indirect(span) {
      claims.append(claim)
      noteClaim(speaker: claim.speaker)
    } else if let mention = entities.mentions.last(where: {
      span.contains($0.span) && entities.entities[$0.entity]?.type == .person
    }) {
      lastSpeaker = mention.entity
      speakers.append(mention.entity)
    }
  }

  /// What an attribution after a quotation goes on to report with a second speech verb:
  /// "Hinsa said, adding that his agency ...", "kata Usman, menambahkan bahwa ...".
  func reportedAfterAttribution(_ span: ByteSpan) -> String? {
    let found = words(span)
    guard let first = found.prefix(4).firstIndex(where: { extractor.speechVerbs.contains($0.hash) }) else { return nil }
    guard let second = found.indices.dropFirst(first + 1).first(where: { extractor.speechVerbs.contains(found[$0].hash) }),
      second <= first + 6
    else { return nil }
    let start = second + 1 < found.count && ["that", "bahwa"].contains(lower(found[second + 1])) ? second + 2 : second + 1
    guard found.count - start >= 3 else { return nil }
    return trimmed(ByteSpan(found[start].range.lowerBound, span.end))
  }

  /// When the statement was made, if the attribution says: the first resolved date in it
  /// ("said on Monday that", "Hasyim, speaking on Wednesday, said").
  /// A date in a relative clause between commas (", who joined the court in 2011,", ",
  /// yang menjadi hakim sejak Januari 2015,") tells about the speaker, not the statement.
  func attributionDate(in attribution: ByteSpan) -> TemporalExpression? {
    dates.first { date in
      guard attribution.contains(date.span), date.value != nil else { return false }
      let clauseStart = (attribution.start..<date.span.start).last { bytes[$0] == UInt8(ascii: ",") }
      let opener = clauseStart.flatMap { words(ByteSpan($0, date.span.start)).first }.map(lower)
      return !(opener.map(ClaimExtractor.relativePronouns.contains) ?? false)
    }
  }

  /// The text inside the quotation marks, without a trailing comma.
  func quoteContent(_ quotation: Quotation) -> ByteSpan {
    var start = quotation.span.start, end = quotation.span.end
    start += bytes[start] == UInt8(ascii: "\"") ? 1 : 3
    if quotation.isClosed { end -= bytes[end - 1] == UInt8(ascii: "\"") ? 1 : 3 }
    while end > start && (bytes[end - 1] == UInt8(ascii: ",") || ASCII.isSpace(bytes[end - 1])) { end -= 1 }
    return ByteSpan(start, max(start, end))
  }

  /// ", ucap Usman", " kata dia", ", ujarnya", ", he said", ", Semuel said".
  func attribution(after span: ByteSpan) -> String?? {
    let found = words(span)
    guard !found.isEmpty else { return nil }
    for (index, word) in found.prefix(3).enumerated() where extractor.speechVerbs.contains(word.hash) {
      let verb = lower(word)
      if verb.hasSuffix("nya") && verb.count > 4 { return .some(cliticReferent(word)) }  // "ujarnya", "katanya"
      if index + 1 < found.count {
        let (entity, ok) = speaker(in: ByteSpan(found[index + 1].range.lowerBound, span.end))
        if ok { return .some(entity) }
      }
      if index > 0 {
        let (entity, ok) = speaker(in: ByteSpan(found[0].range.lowerBound, word.range.upperBound))
        if ok { return .some(entity) }
      }
      return .some(lastSpeaker)
    }
    // A name, an aside and the verb: "\"...,\" Kuntadi, the director of investigation at the
    // AGO, told a news conference."
    if let named = mention(at: found[0]), isSpeakerType(named), isFollowedByComma(named.span.end),
      found.prefix(30).dropFirst().contains(where: { word in
        extractor.speechVerbs.contains(word.hash)
          && (span.start..<word.range.lowerBound).last(where: { !ASCII.isSpace(bytes[$0]) }).map { bytes[$0] == UInt8(ascii: ",") } == true
      })
    {
      return .some(named.entity)
    }
    return nil
  }

  /// "Usman mengatakan, ", "X said:", "Menurut X, ".
  func attribution(before span: ByteSpan) -> String?? {
    let found = words(span)
    guard let verbIndex = found.lastIndex(where: { extractor.speechVerbs.contains($0.hash) || ClaimExtractor.reporting.contains(lower($0)) }) else {
      return nil
    }
    if ClaimExtractor.reporting.contains(lower(found[verbIndex])), verbIndex + 1 < found.count {
      let start = found[verbIndex + 1].range.lowerBound
      let (entity, ok) = speaker(in: ByteSpan(lower(found[verbIndex + 1]) == "to" && verbIndex + 2 < found.count ? found[verbIndex + 2].range.lowerBound : start, span.end))
      return ok ? .some(entity) : nil
    }
    let (entity, ok) = speaker(in: ByteSpan(found[0].range.lowerBound, found[verbIndex].range.lowerBound))
    return ok ? .some(entity) : nil
  }

  /// An indirect statement in one sentence, or nil.
  func indirect(_ span: ByteSpan) -> Claim? {
    let found = words(span)
    guard found.count >= 5 else { return nil }
    // "Menurutnya, ...": the last speaker.
    if lower(found[0]) == "menurutnya", let comma = (found[0].range.upperBound..<span.end).first(where: { bytes[$0] == UInt8(ascii: ",") }) {
      return Claim(kind: .indirect, speaker: cliticReferent(found[0]), text: trimmed(ByteSpan(comma + 1, span.end)), span: span, date: nil)
    }
    // "Menurut X, ...", "According to X, ...".
    if ClaimExtractor.reporting.contains(lower(found[0])) {
      let nameStart = lower(found[0]) == "according" && found.count > 2 ? 2 : 1
      if let comma = (found[nameStart].range.upperBound..<span.end).first(where: { bytes[$0] == UInt8(ascii: ",") }) {
        let (entity, ok) = speaker(inPhrase: ByteSpan(found[nameStart].range.lowerBound, comma))
        if ok {
          return Claim(kind: .indirect, speaker: entity, text: trimmed(ByteSpan(comma + 1, span.end)), span: span, date: nil)
        }
      }
    }
    let reportsFinding = { (index: Int) in
      extractor.findingVerbs.contains(found[index].hash) && index + 1 < found.count && ["that", "bahwa"].contains(self.lower(found[index + 1]))
    }
    for (index, word) in found.enumerated() where index > 0 && (extractor.speechVerbs.contains(word.hash) || reportsFinding(index)) {
      resolved.pending = []
      let verb = lower(word)
      // "had not commented", "belum menyatakan": nothing was said.
      if found[max(0, index - 2)..<index].contains(where: { ClaimExtractor.negations.contains(lower($0)) }) { continue }
      // "..., killing more than 330 people according to the BNPB": what comes before, back
      // to the comma opening that clause.
      if verb == "according" {
        guard index + 2 < found.count, lower(found[index + 1]) == "to", index >= 3 else { continue }
        let phraseEnd = (found[index + 2].range.lowerBound..<span.end).first { bytes[$0] == UInt8(ascii: ",") } ?? span.end
        let (entity, ok) = speaker(inPhrase: ByteSpan(found[index + 2].range.lowerBound, phraseEnd))
        guard ok else { continue }
        let clauseEnd = (span.start..<word.range.lowerBound).last { !ASCII.isSpace(bytes[$0]) } ?? span.start
        let clauseStart = bytes[clauseEnd] == UInt8(ascii: ",")
          ? span.start : ((span.start..<word.range.lowerBound).last { bytes[$0] == UInt8(ascii: ",") }.map { $0 + 1 } ?? span.start)
        let said = trimmed(ByteSpan(clauseStart, bytes[clauseEnd] == UInt8(ascii: ",") ? clauseEnd : word.range.lowerBound))
        guard said.split(separator: " ").count >= 3 else { continue }
        return Claim(kind: .indirect, speaker: entity, text: said, span: span, date: nil)
      }
      // ", kata dia, ..." / "..., lanjut Usman, ..." inside the sentence, and ", kata dia."
      // / ", she added." at its end (the claim is then what comes before). Inside the
      // sentence, the claim is both sides of the attribution ("Kunci yang dirilis, kata dia,
      // akan diuji") unless the side before is a connective ("Namun, kata dia, ...").
      if bytes[found[index - 1].range.upperBound] == UInt8(ascii: ",") || bytes[word.range.lowerBound - 2] == UInt8(ascii: ",") {
        if index + 1 < found.count {
          let (entity, ok) = speaker(in: ByteSpan(found[index + 1].range.lowerBound, span.end))
          // Where the speaker (a pronoun or a name) ends.
          let speakerEnd = mention(at: found[index + 1])?.span.end ?? found[index + 1].range.upperBound
          // The speaker closes the attribution: ", kata dia, ..." but not ", said he did not ...".
          if ok, let end = (speakerEnd..<span.end).first(where: { !ASCII.isSpace(bytes[$0]) }),
            bytes[end] == UInt8(ascii: ",")
          {
            let after = trimmed(ByteSpan(end + 1, span.end))
            let comma = (span.start..<word.range.lowerBound).last { bytes[$0] == UInt8(ascii: ",") } ?? span.start
            let text = index >= 3 ? trimmed(ByteSpan(span.start, comma)) + " " + after : after
            return Claim(kind: .indirect, speaker: entity, text: text, span: span, date: nil)
          }
          // ", kata dia." closing the sentence: the claim is what comes before.
          let closesSentence = (speakerEnd..<span.end).allSatisfy { !ASCII.isWordByte(bytes[$0]) }
          if ok, index >= 2, closesSentence, let comma = (span.start..<word.range.lowerBound).last(where: { bytes[$0] == UInt8(ascii: ",") }) {
            return Claim(kind: .indirect, speaker: entity, text: trimmed(ByteSpan(span.start, comma)), span: span, date: nil)
          }
        }
      }
      // "..., she added." / "..., the minister said." with the speaker before the verb.
      if index + 2 >= found.count, index >= 2,
        let comma = (span.start..<found[index - 1].range.lowerBound).last(where: { bytes[$0] == UInt8(ascii: ",") }),
        comma > found[0].range.upperBound,
        let entity = speakerBefore(verbAt: word.range.lowerBound, sentence: ByteSpan(comma + 1, span.end), words: found, verbIndex: index)
      {
        return Claim(kind: .indirect, speaker: entity, text: trimmed(ByteSpan(span.start, comma)), span: span, date: nil)
      }
      // "Most of the rest, he said, was encrypted": a short attribution between commas with
      // the speaker first; the claim is both sides of it.
      if index >= 3, let comma = (span.start..<found[index - 1].range.lowerBound).last(where: { bytes[$0] == UInt8(ascii: ",") }),
        comma > found[0].range.upperBound, found.filter({ $0.range.lowerBound > comma && $0.range.lowerBound < word.range.lowerBound }).count <= 4,
        let close = (word.range.upperBound..<span.end).first(where: { !ASCII.isSpace(bytes[$0]) }), bytes[close] == UInt8(ascii: ","),
        let entity = speakerBefore(verbAt: word.range.lowerBound, sentence: ByteSpan(comma + 1, span.end), words: found, verbIndex: index)
      {
        let text = trimmed(ByteSpan(span.start, comma)) + " " + trimmed(ByteSpan(close + 1, span.end))
        return Claim(kind: .indirect, speaker: entity, text: text, span: span, date: nil)
      }
      // A speaker before the verb: the last person named in the clause (else a pronoun,
      // else the last organization), as in "Presiding judge Fahzal Hendri said that ...",
      // "The ministry, known as Kominfo, said ..." or "Almas, who argued that ...".
      guard let entity = speakerBefore(verbAt: word.range.lowerBound, sentence: span, words: found, verbIndex: index) else {
        continue
      }
      let contentStart = reportedClauseStart(afterVerb: index, words: found)
      guard contentStart < found.count, found.count - contentStart >= 3 else { continue }
      return Claim(
        kind: .indirect, speaker: entity, text: trimmed(ByteSpan(found[contentStart].range.lowerBound, span.end)),
        span: span, date: attributionDate(in: ByteSpan(span.start, found[contentStart].range.lowerBound)))
    }
    return nil
  }

  /// Where what was said starts after the speech verb at `verbIndex`: after "that"/"bahwa"
  /// when it follows at once or after an adjunct ("said on Monday that", "mengatakan dalam
  /// keterangannya bahwa", "told a news conference that"); else right after the verb ("He
  /// said agencies that had kept ..."), or after the one-word object of "told" ("told
  /// reporters the ministry was ...").
  func reportedClauseStart(afterVerb verbIndex: Int, words found: [TextWord]) -> Int {
    let next = verbIndex + 1
    guard next < found.count else { return next }
    let isThat = { (position: Int) in ["that", "bahwa"].contains(self.lower(found[position])) }
    if isThat(next) { return next + 1 }
    let takesObject = ClaimExtractor.objectVerbs.contains(lower(found[verbIndex]))
    let opensAdjunct = ClaimExtractor.adjunctOpeners.contains(lower(found[next]))
      || dates.contains { $0.span.start == found[next].range.lowerBound }
      || bytes[found[verbIndex].range.upperBound] == UInt8(ascii: ",")
    if takesObject || opensAdjunct, let that = (next..<min(found.count, next + 12)).first(where: isThat) {
      return that + 1
    }
    return takesObject ? next + 1 : next
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
      ClaimExtractor.auxiliaries.contains(lower(found[subjectEnd - 1]))
    {
      subjectEnd -= 1
    }
    if subjectEnd > 0, found[subjectEnd - 1].range.lowerBound >= clause.start, let mention = mention(at: found[subjectEnd - 1]),
      isSpeakerType(mention), !(mention.span.end..<verb).contains(where: { bytes[$0] == UInt8(ascii: ",") })
    {
      return .some(mention.entity)
    }
    // An aside between commas before the verb ("The council (MKMK), chaired by Jimly
    // Asshiddiqie, found", "Herlan Wijanarko, a director at PT Telkom Indonesia, which runs
    // ..., confirmed"): the subject is the first name a comma follows, unless the aside is
    // only a name ("Direktur LKSN, Andreas Sitompul, menilai").
    let asideLimit = subjectEnd > 0 && subjectEnd < verbIndex ? found[subjectEnd].range.lowerBound : verb
    if let asideEnd = (clause.start..<asideLimit).last(where: { !ASCII.isSpace(bytes[$0]) }), bytes[asideEnd] == UInt8(ascii: ","),
      let asideStart = (clause.start..<asideEnd).last(where: { bytes[$0] == UInt8(ascii: ",") }),
      !words(ByteSpan(asideStart, asideEnd)).allSatisfy({ word in
        before.contains { $0.span.contains(ByteSpan(word.range.lowerBound, word.range.upperBound)) }
      }),
      let subject = before.first(where: { $0.span.end <= asideStart && isFollowedByComma($0.span.end) })
        ?? before.last(where: { $0.span.end <= asideStart })
    {
      return .some(subject.entity)
    }
    if let person = before.last(where: { entities.entities[$0.entity]?.type == .person }) { return .some(person.entity) }
    if let group = before.last(where: { entities.entities[$0.entity]?.type == .group }) { return .some(group.entity) }
    // The subject a few words before the verb ("he said", "Ia juga menegaskan", "The ministry
    // also said", "Kelompok itu juga menyebut"), opening the clause ("..., the group apologised
    // and said") or the sentence ("Ia enggan ... dan mengatakan"): a pronoun is the last
    // speaker; a referring noun the last entity of its kind named before it.
    let clauseStart = (clause.start..<verb).last { bytes[$0] == UInt8(ascii: ",") }.flatMap { comma in
      found.firstIndex { $0.range.lowerBound > comma }
    }
    let openings = [clauseStart, clauseStart.map { $0 + 1 }, verbIndex > 3 ? 0 : nil].compactMap { $0 }.filter { $0 < verbIndex }
    for position in Array(max(0, verbIndex - 3)..<verbIndex).reversed() + openings
    where found[position].range.lowerBound >= sentence.start && mention(at: found[position]) == nil {
      let word = lower(found[position])
      if ClaimExtractor.pronouns.contains(word) { return .some(pronounReferent(found[position])) }
      if let referent = referent(of: found[position]) { return .some(referent) }
    }
    if let organization = before.last(where: { entities.entities[$0.entity]?.type == .organization }) {
      return .some(organization.entity)
    }
    return nil
  }

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

  /// What a referring noun stands for, kept as a mention of it: the last entity of its kind named
  /// before it, preferring one whose name holds the noun ("the court" → "Constitutional
  /// Court" over a party named since); with none before, the first named after it whose
  /// name holds the noun ("Indonesia's communications ministry said ..." in a lead).
  func referent(of word: TextWord) -> String? {
    let noun = lower(word)
    guard let kind = extractor.referringNouns[noun] else { return nil }
    let offset = word.range.lowerBound
    let kinds: [EntityType] = kind == .person ? [.person, .group] : [kind]
    let ofKind = entities.mentions.filter { mention in kinds.contains { entities.entities[mention.entity]?.type == $0 } }
    let namesNoun = { (mention: EntityMention) -> Bool in
      if extractor.lexiconNameWords[mention.entity]?.contains(Substring(noun)) == true { return true }
      guard let entity = entities.entities[mention.entity] else { return false }
      return ([entity.name] + entity.aliases).contains { ClaimExtractor.lowercaseWords($0).contains(Substring(noun)) }
    }
    let candidates = ofKind.filter { $0.span.end <= offset }
    let referent = (candidates.last(where: namesNoun) ?? candidates.last ?? ofKind.first { $0.span.start > offset && namesNoun($0) })?.entity
    noteResolved(referent, ByteSpan(word.range.lowerBound, word.range.upperBound))
    return referent
  }

  func trimmed(_ span: ByteSpan) -> String {
    var start = span.start, end = span.end
    while start < end && (ASCII.isSpace(bytes[start]) || bytes[start] == UInt8(ascii: ",")) { start += 1 }
    while end > start && (ASCII.isSpace(bytes[end - 1]) || bytes[end - 1] == UInt8(ascii: ".")) { end -= 1 }
    return text(ByteSpan(start, end))
  }
}
