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
  static let pronouns: Set<String> = ["dia", "ia", "beliau", "he", "she", "it", "they", "mereka", "pihaknya"]
  static let reporting: Set<String> = ["menurut", "according"]

  public init(lexicons: Lexicons) {
    let foldedHashes = { (words: KeyPath<LanguageLexicon, Set<String>>) in
      Set(Language.supported.flatMap { lexicons[$0][keyPath: words].map(WordScanner.foldedHash) })
    }
    speechVerbs = foldedHashes(\.speechVerbs)
    findingVerbs = foldedHashes(\.findingVerbs)
    referringNouns = Language.supported.reduce(into: [:]) { $0.merge(lexicons[$1].referringNouns) { first, _ in first } }
  }

  public func extract(
    _ analysis: DocumentAnalysis, entities: EntityAnalysis, dates: [TemporalExpression]
  ) -> [Claim] {
    analysis.article.bytes.withUnsafeBufferPointer { bytes in
      var scan = ClaimScan(extractor: self, analysis: analysis, entities: entities, dates: dates, bytes: bytes)
      return scan.run()
    }
  }
}

private struct ClaimScan {
  let extractor: ClaimExtractor
  let analysis: DocumentAnalysis
  let entities: EntityAnalysis
  let dates: [TemporalExpression]
  let bytes: UnsafeBufferPointer<UInt8>
  var claims: [Claim] = []
  var lastSpeaker: String?
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
    if ClaimExtractor.pronouns.contains(word) { return (pronounReferent(word), true) }
    if let mention = mention(at: first) { return (mention.entity, true) }
    return (nil, false)
  }

  /// Who a pronoun stands for: the last speaker, or for "pihaknya" ("his side") the
  /// organisation the last speaker holds a role in (the role the text gives, which comes
  /// after the lexicon's).
  func pronounReferent(_ pronoun: String) -> String? {
    guard pronoun == "pihaknya", let speaker = lastSpeaker,
      let organization = entities.entities[speaker]?.roles.last(where: { $0.organization != nil })?.organization
    else { return lastSpeaker }
    return organization
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
      let inParagraph = quotations.indices.filter { paragraph.span.contains(quotations[$0].span) }
      // Direct quotations.
      for index in inParagraph {
        let quotation = quotations[index]
        let inner = quoteContent(quotation)
        guard words(inner).count >= ClaimExtractor.minimumQuoteWords else { continue }
        // The sentence(s) the quotation lies in.
        let covering = sentences.indices.filter { sentences[$0].span.overlaps(quotation.span) }
        for sentence in covering { usedSentences.insert(sentence) }
        let sentenceSpan = covering.isEmpty
          ? quotation.span : ByteSpan(sentences[covering[0]].span.start, sentences[covering[covering.count - 1]].span.end)
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
        if let speaker { lastSpeaker = speaker }
      }
      // Indirect statements in the other sentences.
      for sentenceIndex in sentences.indices where paragraph.span.contains(sentences[sentenceIndex].span) && !usedSentences.contains(sentenceIndex) {
        if let claim = indirect(sentences[sentenceIndex].span) {
          claims.append(claim)
          if let speaker = claim.speaker { lastSpeaker = speaker }
        } else if let mention = entities.mentions.last(where: {
          sentences[sentenceIndex].span.contains($0.span) && entities.entities[$0.entity]?.type == .person
        }) {
          lastSpeaker = mention.entity
        }
      }
    }
    return claims
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
      if verb.hasSuffix("nya") && verb.count > 4 { return .some(lastSpeaker) }  // "ujarnya", "katanya"
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
      return Claim(kind: .indirect, speaker: lastSpeaker, text: trimmed(ByteSpan(comma + 1, span.end)), span: span, date: nil)
    }
    // "Menurut X, ...", "According to X, ...".
    if ClaimExtractor.reporting.contains(lower(found[0])) {
      let nameStart = lower(found[0]) == "according" && found.count > 2 ? 2 : 1
      if let comma = (found[nameStart].range.upperBound..<span.end).first(where: { bytes[$0] == UInt8(ascii: ",") }) {
        let (entity, ok) = speaker(in: ByteSpan(found[nameStart].range.lowerBound, comma))
        if ok {
          return Claim(kind: .indirect, speaker: entity, text: trimmed(ByteSpan(comma + 1, span.end)), span: span, date: nil)
        }
      }
    }
    let reportsFinding = { (index: Int) in
      extractor.findingVerbs.contains(found[index].hash) && index + 1 < found.count && ["that", "bahwa"].contains(self.lower(found[index + 1]))
    }
    for (index, word) in found.enumerated() where index > 0 && (extractor.speechVerbs.contains(word.hash) || reportsFinding(index)) {
      let verb = lower(word)
      if verb == "according" { continue }
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
      // A speaker before the verb: the last person named in the clause (else a pronoun,
      // else the last organization), as in "Presiding judge Fahzal Hendri said that ...",
      // "The ministry, known as Kominfo, said ..." or "Almas, who argued that ...".
      guard let entity = speakerBefore(verbAt: word.range.lowerBound, sentence: span, words: found, verbIndex: index) else {
        continue
      }
      // What was said: after "that"/"bahwa" when it follows soon, else after the verb.
      var contentStart = index + 1
      if let that = (index + 1..<min(found.count, index + 12)).first(where: { ["bahwa", "that"].contains(lower(found[$0])) }) {
        contentStart = that + 1
      }
      guard contentStart < found.count, found.count - contentStart >= 3 else { continue }
      return Claim(
        kind: .indirect, speaker: entity, text: trimmed(ByteSpan(found[contentStart].range.lowerBound, span.end)),
        span: span, date: dates.first { span.contains($0.span) && $0.span.start < word.range.lowerBound })
    }
    return nil
  }

  /// The speaker named before a speech verb, or nil (the entity id may itself be nil for
  /// a pronoun with no earlier speaker).
  func speakerBefore(verbAt verb: Int, sentence: ByteSpan, words found: [TextWord], verbIndex: Int) -> String?? {
    let clause = ByteSpan(sentence.start, verb)
    let before = entities.mentions.filter { clause.contains($0.span) }
    // An aside between commas just before the verb ("The council (MKMK), chaired by Jimly
    // Asshiddiqie, found", "Widodo, who was in China, said"): the subject is named before it,
    // unless the aside is only a name ("Direktur LKSN, Andreas Sitompul, menilai").
    if let asideEnd = (clause.start..<verb).last(where: { !ASCII.isSpace(bytes[$0]) }), bytes[asideEnd] == UInt8(ascii: ","),
      let asideStart = (clause.start..<asideEnd).last(where: { bytes[$0] == UInt8(ascii: ",") }),
      !words(ByteSpan(asideStart, asideEnd)).allSatisfy({ word in
        before.contains { $0.span.contains(ByteSpan(word.range.lowerBound, word.range.upperBound)) }
      }),
      let subject = before.last(where: { mention in
        mention.span.end <= asideStart && [.person, .group, .organization].contains(entities.entities[mention.entity]?.type)
      })
    {
      return .some(subject.entity)
    }
    if let person = before.last(where: { entities.entities[$0.entity]?.type == .person }) { return .some(person.entity) }
    if let group = before.last(where: { entities.entities[$0.entity]?.type == .group }) { return .some(group.entity) }
    // The subject a few words before the verb ("he said", "Ia juga menegaskan", "The ministry
    // also said", "Kelompok itu juga menyebut"), or the one opening the sentence ("Ia enggan
    // ... dan mengatakan"): a pronoun is the last speaker; a referring noun the last entity
    // of its kind named before it.
    let subjects = Array(max(0, verbIndex - 3)..<verbIndex).reversed() + (verbIndex > 3 ? [0] : [])
    for position in subjects where found[position].range.lowerBound >= sentence.start {
      let word = lower(found[position])
      if ClaimExtractor.pronouns.contains(word) { return .some(pronounReferent(word)) }
      if let kind = extractor.referringNouns[word], let referent = referent(of: word, kind: kind, before: found[position].range.lowerBound) {
        return .some(referent)
      }
    }
    if let organization = before.last(where: { entities.entities[$0.entity]?.type == .organization }) {
      return .some(organization.entity)
    }
    return nil
  }

  /// What a referring noun before `offset` stands for: the last entity of its kind named
  /// before it, preferring one whose name holds the noun ("the court" → "Constitutional Court"
  /// over a party named since).
  func referent(of noun: String, kind: EntityType, before offset: Int) -> String? {
    let kinds: [EntityType] = kind == .person ? [.person, .group] : [kind]
    let candidates = entities.mentions.filter { mention in
      mention.span.end <= offset && kinds.contains { entities.entities[mention.entity]?.type == $0 }
    }
    let named = candidates.last { mention in
      guard let entity = entities.entities[mention.entity] else { return false }
      return ([entity.name] + entity.aliases).contains { name in
        name.lowercased().split(whereSeparator: { !$0.isLetter }).contains(Substring(noun))
      }
    }
    return (named ?? candidates.last)?.entity
  }

  func trimmed(_ span: ByteSpan) -> String {
    var start = span.start, end = span.end
    while start < end && (ASCII.isSpace(bytes[start]) || bytes[start] == UInt8(ascii: ",")) { start += 1 }
    while end > start && (ASCII.isSpace(bytes[end - 1]) || bytes[end - 1] == UInt8(ascii: ".")) { end -= 1 }
    return text(ByteSpan(start, end))
  }
}

extension ByteSpan {
  /// Whether the two spans share at least one byte.
  func overlaps(_ other: ByteSpan) -> Bool { start < other.end && other.start < end }
}
