// Where a claim's attribution is and what the claim says: attributions around a
// quotation, and indirect statements in a sentence.
import LinimasaCore
import LinimasaText

extension ClaimScan {
  /// What an attribution after a quotation goes on to report with a second speech verb:
  /// "Hinsa said, adding that his agency ...", "kata Usman, menambahkan bahwa ...".
  func reportedAfterAttribution(_ span: ByteSpan) -> ByteSpan? {
    let found = words(span)
    guard let first = found.prefix(4).firstIndex(where: { extractor.speechVerbs.contains($0.hash) }) else { return nil }
    guard let second = found.indices.dropFirst(first + 1).first(where: { extractor.speechVerbs.contains(found[$0].hash) }),
      second <= first + 6
    else { return nil }
    let start = second + 1 < found.count && lower(found[second + 1], isIn: extractor.thatWords) ? second + 2 : second + 1
    guard found.count - start >= 3 else { return nil }
    return trimmedSpan(ByteSpan(found[start].range.lowerBound, span.end))
  }

  /// ", ucap Usman", " kata dia", ", ujarnya", ", he said", ", Semuel said".
  func attribution(after span: ByteSpan) -> String?? {
    let found = words(span)
    guard !found.isEmpty else { return nil }
    // "\"…\" ― Donald Trump": a name after a dash is who said it.
    if let dashed = dashedSpeaker(span, firstWord: found[0]) { return .some(dashed) }
    for (index, word) in found.prefix(5).enumerated() where extractor.speechVerbs.contains(word.hash) {
      // Past the third word only after a description ("the Florida senator said").
      if index >= 3, !extractor.determiners.contains(found[0].hash) { break }
      noteVerb(word)
      let verb = lower(word)
      if verb.hasSuffix("nya") && verb.count > 4 { return .some(cliticReferent(word)) }  // "ujarnya", "katanya"
      // The subject before the verb first ("Sanders told Rolling Stone", "he told Fox"),
      // then a name after it ("said Jane Doe"); whom "told" was said to never speaks.
      if index > 0 {
        let (entity, ok) = speaker(in: ByteSpan(found[0].range.lowerBound, word.range.upperBound))
        if ok { return .some(entity) }
      }
      if index + 1 < found.count, index == 0 || !lower(word, isIn: extractor.objectVerbWords) {
        let (entity, ok) = speaker(in: ByteSpan(found[index + 1].range.lowerBound, span.end))
        if ok, !isOutlet(entity) || index == 0 { return .some(entity) }
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
    // A title, the name and the verb: "\"...,\" KPU's head of data, Betty Epsilon Idroos,
    // explained."
    if let verbIndex = found.prefix(ClaimExtractor.titleWords).firstIndex(where: { extractor.speechVerbs.contains($0.hash) }),
      verbIndex >= 2, ASCII.isUpper(bytes[found[0].range.lowerBound]) || extractor.determiners.contains(found[0].hash)
    {
      let phrase = ByteSpan(found[0].range.lowerBound, found[verbIndex].range.lowerBound)
      let person = entities.mentions.last { phrase.contains($0.span) && entities.entities[$0.entity]?.type == .person }
      if let person, !phrase.range.contains(where: { bytes[$0] == UInt8(ascii: ".") && endsSentence(periodAt: $0) }),
        isPartyTagOrSpace(ByteSpan(person.span.end, phrase.end)) || isAppositive(ByteSpan(person.span.end, phrase.end))
      {
        noteVerb(found[verbIndex])
        return .some(person.entity)
      }
      // "\"…,\" the independent Vermont senator and Democratic candidate told ABC": a
      // description with no name, the last of its kind its referring noun points back to.
      if person == nil, extractor.determiners.contains(found[0].hash),
        !phrase.range.contains(where: { [UInt8(ascii: "."), UInt8(ascii: ",")].contains(bytes[$0]) }),
        !found[1..<verbIndex].contains(where: { extractor.speechVerbs.contains($0.hash) || lower($0, isIn: extractor.prepositionWords) }),
        let noun = found[1..<verbIndex].first(where: { extractor.referringNouns.isNoun($0) && mention(at: $0) == nil }),
        let referent = referent(of: noun)
      {
        noteVerb(found[verbIndex])
        return .some(referent)
      }
    }
    return nil
  }

  /// Whether `span` is an aside between commas that describes who comes before it and
  /// names no one (", the convention chair,", ", a spokeswoman for the campaign,").
  func isAppositive(_ span: ByteSpan) -> Bool {
    guard let open = (span.start..<span.end).first(where: { !ASCII.isSpace(bytes[$0]) }), bytes[open] == UInt8(ascii: ","),
      let close = (span.start..<span.end).last(where: { !ASCII.isSpace(bytes[$0]) }), close > open,
      bytes[close] == UInt8(ascii: ","), let first = words(ByteSpan(open, close)).first
    else { return false }
    return ASCII.isLower(bytes[first.range.lowerBound])
      && !entities.mentions.contains { ByteSpan(open, close).contains($0.span) && entities.entities[$0.entity]?.type == .person }
  }

  /// The speaker a dash names after a quotation ("\"…\" ― Donald Trump", "— Jane Doe,
  /// spokeswoman"): the person or organisation named right after the dash, or nil.
  func dashedSpeaker(_ span: ByteSpan, firstWord: TextWord) -> String? {
    let lead = (span.start..<firstWord.range.lowerBound).filter { !ASCII.isSpace(bytes[$0]) }
    let dash: [[UInt8]] = [[0xE2, 0x80, 0x95], [0xE2, 0x80, 0x94], [0xE2, 0x80, 0x93], [UInt8(ascii: "-"), UInt8(ascii: "-")]]
    guard dash.contains(where: { $0 == lead.map { bytes[$0] } }) || lead.map({ bytes[$0] }) == [UInt8(ascii: "-")] else {
      return nil
    }
    guard let named = mention(at: firstWord), named.span.start == firstWord.range.lowerBound, isSpeakerType(named),
      !isOutlet(named.entity)
    else { return nil }
    return named.entity
  }

  /// Whether the period at `offset` may end a sentence: not after an abbreviation or an
  /// initial, a capitalized word of four letters at most ("Rep.", "Wis.", "J.").
  func endsSentence(periodAt offset: Int) -> Bool {
    var start = offset
    while start > 0, ASCII.isLetter(bytes[start - 1]) { start -= 1 }
    return !((1...4).contains(offset - start) && ASCII.isUpper(bytes[start]))
  }

  /// Whether `span` holds only spaces, commas and at most a US party-and-state tag, in
  /// parentheses or not ("(D-Wis.)", ", R-Ky.,", "(R-S.C.)").
  func isPartyTagOrSpace(_ span: ByteSpan) -> Bool {
    let skipped: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ".")]
    let tag = span.range.filter { !ASCII.isSpace(bytes[$0]) && !skipped.contains(bytes[$0]) }.map { bytes[$0] }
    guard !tag.isEmpty else { return true }
    return tag.count >= 3 && tag.count <= 8 && ASCII.isUpper(tag[0]) && tag[1] == UInt8(ascii: "-")
      && ASCII.isUpper(tag[2]) && tag.dropFirst(2).allSatisfy(ASCII.isLetter)
  }

  /// "Usman mengatakan, ", "X said:", "Menurut X, "; of several speech verbs, the last
  /// that names a speaker ("Anwar Usman said the article would read \"…\"").
  func attribution(before span: ByteSpan) -> String?? {
    let found = words(span)
    let verbs = found.indices.filter { extractor.speechVerbs.contains(found[$0].hash) || lower(found[$0], isIn: extractor.reporting.firstWords) }
    // A name right before one of the verbs first ("…, Hollande said Tuesday, noting \"…\"").
    for verbIndex in verbs.reversed() where !lower(found[verbIndex], isIn: extractor.reporting.firstWords) {
      if let subject = subjectJustBefore(verbAt: verbIndex, words: found, from: span.start) {
        noteVerb(found[verbIndex])
        return .some(subject)
      }
    }
    // Then a pronoun right before one ("Asked about it later, she said: \"…\"").
    for verbIndex in verbs.reversed() where !lower(found[verbIndex], isIn: extractor.reporting.firstWords) {
      if let referent = pronounJustBefore(verbAt: verbIndex, words: found, from: span.start) {
        noteVerb(found[verbIndex])
        return referent
      }
    }
    for verbIndex in verbs.reversed() {
      if let speaker = attribution(before: span, verbAt: verbIndex, words: found) { return speaker }
    }
    return nil
  }

  /// The speaker the attribution at the verb `verbIndex` of `found` names.
  private func attribution(before span: ByteSpan, verbAt verbIndex: Int, words found: [TextWord]) -> String?? {
    noteVerb(found[verbIndex])
    if lower(found[verbIndex], isIn: extractor.reporting.firstWords), verbIndex + 1 < found.count {
      let start = found[verbIndex + 1].range.lowerBound
      let (entity, ok) = speaker(in: ByteSpan(lower(found[verbIndex + 1], isIn: extractor.reporting.laterWords) && verbIndex + 2 < found.count ? found[verbIndex + 2].range.lowerBound : start, span.end))
      return ok ? .some(entity) : nil
    }
    // The name right before the verb first ("Asked about Sullivan, Feinstein said \"…\"").
    if let subject = subjectJustBefore(verbAt: verbIndex, words: found, from: span.start) { return .some(subject) }
    let (entity, ok) = speaker(in: ByteSpan(found[0].range.lowerBound, found[verbIndex].range.lowerBound))
    return ok ? .some(entity) : nil
  }

  /// The person, group or organisation named right before the speech verb at `verbIndex`,
  /// past auxiliaries and with no comma between ("Sanders said", "Trump has also said"), not
  /// a body someone is "of" or "at" ("a professor at Northwestern University writes"); nil
  /// when none is.
  func subjectJustBefore(verbAt verbIndex: Int, words found: [TextWord], from start: Int) -> String? {
    var subjectEnd = verbIndex
    while subjectEnd > 0, found[subjectEnd - 1].range.lowerBound >= start,
      lower(found[subjectEnd - 1], isIn: extractor.auxiliaryWords)
    {
      subjectEnd -= 1
    }
    guard subjectEnd > 0, found[subjectEnd - 1].range.lowerBound >= start, let named = mention(at: found[subjectEnd - 1]),
      isSpeakerType(named), named.span.end <= found[verbIndex].range.lowerBound,
      !(named.span.end..<found[verbIndex].range.lowerBound).contains(where: { bytes[$0] == UInt8(ascii: ",") })
    else { return nil }
    if entities.entities[named.entity]?.type != .person,
      let first = found.firstIndex(where: { $0.range.lowerBound >= named.span.start }), first > 0,
      lower(found[first - 1], isIn: extractor.prepositionWords)
    {
      return nil
    }
    return named.entity
  }

  /// In English, whom the pronoun right before the speech verb at `verbIndex` stands for,
  /// past auxiliaries and with no comma between ("…, he said", "she has said"); `.none`
  /// when no pronoun stands there.
  func pronounJustBefore(verbAt verbIndex: Int, words found: [TextWord], from start: Int) -> String?? {
    guard analysis.language == .english else { return .none }
    var subjectEnd = verbIndex
    while subjectEnd > 0, found[subjectEnd - 1].range.lowerBound >= start,
      lower(found[subjectEnd - 1], isIn: extractor.auxiliaryWords)
    {
      subjectEnd -= 1
    }
    guard subjectEnd > 0, found[subjectEnd - 1].range.lowerBound >= start,
      lower(found[subjectEnd - 1], isIn: extractor.pronounWords),
      !(found[subjectEnd - 1].range.upperBound..<found[verbIndex].range.lowerBound).contains(where: { bytes[$0] == UInt8(ascii: ",") })
    else { return .none }
    return .some(pronounReferent(found[subjectEnd - 1]))
  }

  /// The attribution a sentence gives further after its quotation ("\"…\" for the victory,
  /// Sanders said.", "\"…\" at the convention, he said.", "\"…,\" in contrast to past years, says Dante Scala, a political
  /// scientist"): at its first speech verb, the name right before it, else the name right
  /// after it when a comma opens that clause; nil when there is none.
  func attributionLater(in span: ByteSpan) -> String? {
    let found = words(span)
    for (index, word) in found.enumerated() where extractor.speechVerbs.contains(word.hash) {
      if let subject = subjectJustBefore(verbAt: index, words: found, from: span.start) {
        noteVerb(word)
        return subject
      }
      if let referent = pronounJustBefore(verbAt: index, words: found, from: span.start), let referent {
        noteVerb(word)
        return referent
      }
      let opensClause = (span.start..<word.range.lowerBound).last { !ASCII.isSpace(bytes[$0]) }.map { bytes[$0] == UInt8(ascii: ",") }
      if opensClause == true, index + 1 < found.count, let named = mention(at: found[index + 1]),
        named.span.start == found[index + 1].range.lowerBound, isSpeakerType(named)
      {
        noteVerb(word)
        return named.entity
      }
      return nil
    }
    return nil
  }

  /// An indirect statement in one sentence, or nil.
  func indirect(_ span: ByteSpan) -> Claim? {
    // A clause leading the sentence with a subordinator ("While X has pledged …,", "Even as
    // he accused …,") tells background: its verbs attribute only when the main clause's do not.
    let found = words(span)
    if found.prefix(2).contains(where: { extractor.subordinators.contains($0.hash) }),
      let comma = (span.start..<span.end).first(where: { bytes[$0] == UInt8(ascii: ",") }),
      let claim = indirect(span, skippingBefore: comma)
    {
      return claim
    }
    return indirect(span, skippingBefore: nil)
  }

  /// An indirect statement in one sentence, its speech verbs before `skippingBefore` left out.
  private func indirect(_ span: ByteSpan, skippingBefore leadingClauseEnd: Int?) -> Claim? {
    let found = words(span)
    guard found.count >= 5 else { return nil }
    // "Menurutnya, ...": the last speaker.
    if lower(found[0], isIn: extractor.cliticReportingWords), let comma = (found[0].range.upperBound..<span.end).first(where: { bytes[$0] == UInt8(ascii: ",") }) {
      return claim(speaker: cliticReferent(found[0]), content: ByteSpan(comma + 1, span.end), in: span, verb: found[0])
    }
    // "Menurut X, ...", "According to X, ...".
    if lower(found[0], isIn: extractor.reporting.firstWords) {
      let after = extractor.reporting.wordsAfter(bytes, found[0])
      let nameStart = after > 0 && found.count > after + 1 ? after + 1 : 1
      if let comma = (found[nameStart].range.upperBound..<span.end).first(where: { bytes[$0] == UInt8(ascii: ",") }) {
        let (entity, ok) = speaker(inPhrase: ByteSpan(found[nameStart].range.lowerBound, comma))
        if ok {
          return claim(speaker: entity, content: ByteSpan(comma + 1, span.end), in: span, verb: found[0])
        }
      }
    }
    let reportsFinding = { (index: Int) in
      self.extractor.findingVerbs.contains(found[index].hash) && index + 1 < found.count
        && self.lower(found[index + 1], isIn: self.extractor.thatWords)
    }
    for (index, word) in found.enumerated() where index > 0 && (extractor.speechVerbs.contains(word.hash) || reportsFinding(index)) {
      if let leadingClauseEnd, word.range.lowerBound < leadingClauseEnd { continue }
      resolved.pending = []
      // "had not commented", "belum menyatakan": nothing was said.
      if found[max(0, index - 2)..<index].contains(where: { extractor.negations.contains($0.hash) }) { continue }
      // "empat hakim yang menyatakan pendapat berbeda": said by a clause's head that is no
      // name, told as background ("Almas, who argued that" and "Jimbo yang mengklaim" are
      // claims of the name).
      if extractor.relativePronouns.contains(found[index - 1].hash),
        !entities.mentions.contains(where: { mention in
          mention.span.end <= found[index - 1].range.lowerBound
            && (mention.span.end..<found[index - 1].range.lowerBound).allSatisfy {
              ASCII.isSpace(bytes[$0]) || [UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: ")")].contains(bytes[$0])
                || bytes[$0] >= 0x80
            }
        })
      {
        continue
      }
      // "..., killing more than 330 people according to the BNPB": what comes before, back
      // to the comma opening that clause.
      let reportingWordsAfter = extractor.reporting.wordsAfter(bytes, word)
      if reportingWordsAfter > 0 {
        let source = index + reportingWordsAfter + 1
        guard source < found.count, extractor.reporting.length(bytes, found, at: index) == source - index, index >= 3
        else { continue }
        let phraseEnd = (found[source].range.lowerBound..<span.end).first { bytes[$0] == UInt8(ascii: ",") } ?? span.end
        let (entity, ok) = speaker(inPhrase: ByteSpan(found[source].range.lowerBound, phraseEnd))
        guard ok else { continue }
        let clauseEnd = (span.start..<word.range.lowerBound).last { !ASCII.isSpace(bytes[$0]) } ?? span.start
        let clauseStart = bytes[clauseEnd] == UInt8(ascii: ",")
          ? span.start : ((span.start..<word.range.lowerBound).last { bytes[$0] == UInt8(ascii: ",") }.map { $0 + 1 } ?? span.start)
        let said = ByteSpan(clauseStart, bytes[clauseEnd] == UInt8(ascii: ",") ? clauseEnd : word.range.lowerBound)
        guard trimmed(said).split(separator: " ").count >= 3 else { continue }
        return claim(speaker: entity, content: said, in: span, verb: word)
      }
      // ", kata dia, ..." / "..., lanjut Usman, ..." inside the sentence, and ", kata dia."
      // / ", she added." at its end (the claim is then what comes before). Inside the
      // sentence, the claim is both sides of the attribution ("Kunci yang dirilis, kata dia,
      // akan diuji") unless the side before is a connective ("Namun, kata dia, ...").
      if bytes[found[index - 1].range.upperBound] == UInt8(ascii: ",") || bytes[word.range.lowerBound - 2] == UInt8(ascii: ",") {
        if index + 1 < found.count {
          // A description resolved here ("said the ministry had …") stays a mention only if
          // this attribution is the one taken.
          let resolvedBefore = resolved.pending.count
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
            let content = trimmedSpan(ByteSpan(index >= 3 ? span.start : end + 1, span.end))
            return Claim(
              kind: .indirect, speaker: entity, text: text, span: span, date: nil, content: content,
              verb: ByteSpan(word.range))
          }
          // ", kata dia." closing the sentence: the claim is what comes before.
          let closesSentence = (speakerEnd..<span.end).allSatisfy { !ASCII.isWordByte(bytes[$0]) }
          if ok, index >= 2, closesSentence, let comma = (span.start..<word.range.lowerBound).last(where: { bytes[$0] == UInt8(ascii: ",") }) {
            return claim(speaker: entity, content: ByteSpan(span.start, comma), in: span, verb: word)
          }
          if extractor.determiners.contains(found[index + 1].hash) {
            resolved.pending.removeLast(resolved.pending.count - resolvedBefore)
          }
        }
      }
      // "..., she added." / "..., the minister said." with the speaker before the verb.
      if index + 2 >= found.count, index >= 2,
        let comma = (span.start..<found[index - 1].range.lowerBound).last(where: { bytes[$0] == UInt8(ascii: ",") }),
        comma > found[0].range.upperBound,
        let entity = speakerBefore(verbAt: word.range.lowerBound, sentence: ByteSpan(comma + 1, span.end), words: found, verbIndex: index)
      {
        return claim(speaker: entity, content: ByteSpan(span.start, comma), in: span, verb: word)
      }
      // "Most of the rest, he said, was encrypted": a short attribution between commas with
      // the speaker first; the claim is both sides of it.
      if index >= 3, let comma = (span.start..<found[index - 1].range.lowerBound).last(where: { bytes[$0] == UInt8(ascii: ",") }),
        comma > found[0].range.upperBound, found.filter({ $0.range.lowerBound > comma && $0.range.lowerBound < word.range.lowerBound }).count <= 4,
        let close = (word.range.upperBound..<span.end).first(where: { !ASCII.isSpace(bytes[$0]) }), bytes[close] == UInt8(ascii: ","),
        let entity = speakerBefore(verbAt: word.range.lowerBound, sentence: ByteSpan(comma + 1, span.end), words: found, verbIndex: index)
      {
        let text = trimmed(ByteSpan(span.start, comma)) + " " + trimmed(ByteSpan(close + 1, span.end))
        return Claim(
          kind: .indirect, speaker: entity, text: text, span: span, date: nil, content: trimmedSpan(span),
          verb: ByteSpan(word.range))
      }
      // A speaker before the verb: the last person named in the clause (else a pronoun,
      // else the last organization), as in "Presiding judge Fahzal Hendri said that ...",
      // "The ministry, known as Kominfo, said ..." or "Almas, who argued that ...".
      guard let entity = speakerBefore(verbAt: word.range.lowerBound, sentence: span, words: found, verbIndex: index) else {
        continue
      }
      // "Ted Cruz, who said …": the relative pronoun is a mention of the speaker too.
      if let relative = found[..<index].last(where: { !lower($0, isIn: extractor.auxiliaryWords) }),
        extractor.relativePronouns.contains(relative.hash),
        !(lower(relative, isIn: extractor.thingRelatives) && entities.entities[entity ?? ""]?.type == .person)
      {
        noteResolved(entity, ByteSpan(relative.range))
      }
      let contentStart = reportedClauseStart(afterVerb: index, words: found)
      guard contentStart < found.count, found.count - contentStart >= 3 else { continue }
      let content = trimmedSpan(ByteSpan(found[contentStart].range.lowerBound, span.end))
      return Claim(
        kind: .indirect, speaker: entity, text: text(content), span: span,
        date: attributionDate(in: ByteSpan(span.start, found[contentStart].range.lowerBound)), content: content,
        verb: ByteSpan(word.range))
    }
    return nil
  }

  /// An indirect claim whose content is `content` (trimmed), attributed by `verb`.
  func claim(speaker: String?, content: ByteSpan, in sentence: ByteSpan, verb: TextWord) -> Claim {
    let content = trimmedSpan(content)
    return Claim(
      kind: .indirect, speaker: speaker, text: text(content), span: sentence, date: nil, content: content,
      verb: ByteSpan(verb.range))
  }

  /// Where what was said starts after the speech verb at `verbIndex`: after "that"/"bahwa"
  /// when it follows at once or after an adjunct ("said on Monday that", "mengatakan dalam
  /// keterangannya bahwa", "told a news conference that"); else right after the verb ("He
  /// said agencies that had kept ..."), or after the one-word object of "told" ("told
  /// reporters the ministry was ...").
  func reportedClauseStart(afterVerb verbIndex: Int, words found: [TextWord]) -> Int {
    let next = verbIndex + 1
    guard next < found.count else { return next }
    let isThat = { (position: Int) in self.lower(found[position], isIn: self.extractor.thatWords) }
    if isThat(next) { return next + 1 }
    let takesObject = lower(found[verbIndex], isIn: extractor.objectVerbWords)
    let opensAdjunct = lower(found[next], isIn: extractor.adjunctOpenerWords)
      || dates.contains { $0.span.start == found[next].range.lowerBound }
      || bytes[found[verbIndex].range.upperBound] == UInt8(ascii: ",")
    if takesObject || opensAdjunct, let that = (next..<min(found.count, next + 12)).first(where: isThat) {
      return that + 1
    }
    return takesObject ? next + 1 : next
  }
}
