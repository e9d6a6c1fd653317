// Discovering people and handles no lexicon lists: after role titles, beside speech
// verbs, before an age or an appositive role, after handle markers.
import LinimasaCore

extension EntityRecognizer {
  /// The longest role title the words from `index` spell, if any.
  func roleTitle(at index: Int, in words: [TextWord]) -> (words: [UInt64], title: String)? {
    guard index < words.count, roles(words[index]).contains(.titleStart) else { return nil }
    return roleTitles[words[index].hash]?.first { title in
      index + title.words.count <= words.count && (0..<title.words.count).allSatisfy { words[index + $0].hash == title.words[$0] }
    }
  }

  /// Capitalized words from `start` that can form a person's name (1–4 words); a word with
  /// a digit is none ("Rp6.421.850.000").
  func nameRun(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [TextWord], from start: Int, covered: [Bool]) -> Range<Int>? {
    var end = start
    while end < words.count && end - start < 4 && !covered[end] && ASCII.isUpper(bytes[words[end].range.lowerBound])
      && roles(words[end]).isDisjoint(with: [.notName, .speechVerb, .oneWordTitle])
      && !bytes[words[end].range].contains(where: ASCII.isDigit)
    {
      // A name does not run over a comma, a parenthesis or the end of a sentence, but does
      // over a middle initial's period ("George J. Mitchell").
      if end > start, !(words[end - 1].range.upperBound..<words[end].range.lowerBound).allSatisfy({ bytes[$0] == UInt8(ascii: " ") }),
        !Self.isInitial(bytes, words[end - 1], before: words[end])
      {
        break
      }
      end += 1
    }
    return end > start ? start..<end : nil
  }

  func discoverPeople(
    _ bytes: UnsafeBufferPointer<UInt8>, words: [TextWord], language: Language, covered: inout [Bool],
    capitalization: Capitalization, into result: inout EntityAnalysis
  ) {
    var index = 0
    while index < words.count {
      defer { index += 1 }
      // A role title, organizations after it, then a name.
      if let title = roleTitle(at: index, in: words) {
        var position = index + title.words.count
        var organization: String?
        while position < words.count && position - index < 10 {
          if covered[position], let mention = result.mentions.last(where: { $0.span.contains(ByteSpan(words[position].range)) }) {
            if result.entities[mention.entity]?.type == .organization { organization = mention.entity }
            position += 1
          } else if roles(words[position]).contains(.oneWordTitle)
            || titleJoiners.contains(Self.text(bytes, ByteSpan(words[position].range)).lowercased())
          {
            position += 1
          } else {
            break
          }
        }
        // Before the title: "KPU chairman Hasyim".
        if organization == nil, index > 0, covered[index - 1],
          let mention = result.mentions.last(where: { $0.span.end <= words[index].range.lowerBound })
        {
          if result.entities[mention.entity]?.type == .organization { organization = mention.entity }
        }
        if var run = nameRun(bytes, words, from: position, covered: covered), run.count >= 2, isEvidencedName(bytes, words, run, language) {
          // "Founder Ethical Hacker Indonesia Teguh Aprianto": capitalized words, a name the
          // document knows, then a name: the words before belong to a body, the name after is
          // the person.
          var next = run.upperBound
          while next < words.count, covered[next], bytes[words[next - 1].range.upperBound] == UInt8(ascii: " ") { next += 1 }
          if next > run.upperBound, next < words.count, bytes[words[next - 1].range.upperBound] == UInt8(ascii: " "),
            let after = nameRun(bytes, words, from: next, covered: covered), after.count >= 2
          {
            run = after
          }
          addPerson(bytes, words, run, role: EntityRole(title: title.title, organization: organization), into: &result, covered: &covered)
          index = run.upperBound - 1
        }
        continue
      }
      // A nickname in parentheses right after a person's name: "Ahmad Fauzi (Ozi)".
      if let person = nickname(bytes, words, at: index, covered: covered, result: result) {
        let span = ByteSpan(words[index].range)
        let surface = Self.text(bytes, span)
        var named = person
        if !named.aliases.contains(surface) { named.aliases.append(surface) }
        result.entities[named.id] = named
        result.note(named, at: span, surface: surface)
        covered[index] = true
        continue
      }
      // A person marker and a name after it: "Pak Budi", "terdakwa Budi Santoso", "Mr. Smith".
      if roles(words[index]).contains(.personMarker), index + 1 < words.count, !covered[index + 1],
        Self.markerGap(bytes, words[index], words[index + 1]), !isHeadOrOrganizationWord(words[index + 1]),
        let run = nameRun(bytes, words, from: index + 1, covered: covered),
        run.count > 1
          || (capitalization.canBeName(words[run.lowerBound])
            && !(run.upperBound < words.count && ASCII.isUpper(bytes[words[run.upperBound].range.lowerBound])))
      {
        addPerson(bytes, words, run, role: nil, into: &result, covered: &covered)
        index = run.upperBound - 1
        continue
      }
      // A speech verb and a name after it ("ucap Usman", "said Dimas Prakoso", "Menurut Adi",
      // "according to Adi").
      let reportingLength = reporting.length(bytes, words, at: index)
      let nameStart = index + (reportingLength ?? 1)
      if roles(words[index]).contains(.speechVerb) || reportingLength != nil, nameStart < words.count,
        !Self.sentenceBreak(bytes, between: words[nameStart - 1], and: words[nameStart]),
        !Self.quoteBetween(bytes, words[nameStart - 1], words[nameStart]),
        let run = nameRun(bytes, words, from: nameStart, covered: covered),
        run.count > 1 || capitalization.canBeName(words[run.lowerBound])
      {
        addPerson(bytes, words, run, role: nil, into: &result, covered: &covered)
        index = run.upperBound - 1
        continue
      }
      // A name and a speech verb after it ("Usman mengatakan").
      if index + 1 < words.count, roles(words[index + 1]).contains(.speechVerb), !covered[index],
        // In Indonesian, "Utang. Menurut ketentuan": a new sentence.
        !(language == .indonesian && Self.sentenceBreak(bytes, between: words[index], and: words[index + 1])
          && ASCII.isUpper(bytes[words[index + 1].range.lowerBound])),
        let run = nameRun(bytes, words, from: index, covered: covered), run.upperBound == index + 1
      {
        var start = nameRunStart(bytes, words, endingAt: index, covered: covered)
        // The name stands right before the verb, or between commas ("Kepala Desa, Budi
        // Santoso, mengatakan") or quotation marks (a nickname: 'better known as "Ebi",
        // acknowledged'): not "… Utang. Menurut", "… the Constitution), urged".
        let gap = Array(bytes[words[index].range.upperBound..<words[index + 1].range.lowerBound])
        let before = start > 0 ? Array(bytes[words[start - 1].range.upperBound..<words[start].range.lowerBound]) : []
        let quoted = before.last == UInt8(ascii: "\"") || before.suffix(3).elementsEqual("“".utf8)
        let unquotedGap = gap.filter { $0 != UInt8(ascii: "\"") && $0 < 0x80 }
        guard gap.allSatisfy({ $0 == UInt8(ascii: " ") })
          || (unquotedGap == Array(", ".utf8) && (quoted || (before == Array(", ".utf8) && gap == unquotedGap)))
        else { continue }
        // In Indonesian, "desa Suren menyebutkan": the name of a place; "Kantor Pencarian dan
        // Pertolongan Padang, mengatakan": the end of a body's name.
        if language == .indonesian,
          start > 0 && nameHeads[language]?[words[start - 1].hash]?.type == .place
            || endsHeadedName(bytes, words, at: start, heads: nameHeads[language] ?? [:], covered: covered)
        {
          continue
        }
        // A sentence's first word the document also writes in lowercase is no name's ("Kurator
        // Ahmad Rifai Nasution mengatakan").
        if start < index, start == 0 || Self.sentenceBreak(bytes, between: words[start - 1], and: words[start]),
          !capitalization.canBeName(words[start])
        {
          start += 1
        }
        // "Maria Kartikasari of Borneo Raya University said": the speaker is the name before
        // the affiliation.
        if start >= 3, affiliationWords.contains(Self.text(bytes, ByteSpan(words[start - 1].range))),
          !covered[start - 2], nameRun(bytes, words, from: start - 2, covered: covered)?.upperBound == start - 1
        {
          let personStart = nameRunStart(bytes, words, endingAt: start - 2, covered: covered)
          if start - 1 - personStart >= 2 {
            addPerson(bytes, words, personStart..<(start - 1), role: nil, into: &result, covered: &covered)
            continue
          }
        }
        // One capitalized word before a verb is a name only if the document never writes it
        // in lowercase ("Usman mengatakan" is a person, "Pemerintah berjanji" is not), and,
        // opening a sentence, only if it is capitalized mid-sentence somewhere too ("Several
        // rules apply" is not a person).
        if start == index {
          let opensSentence = start == 0 || Self.sentenceBreak(bytes, between: words[start - 1], and: words[start])
          guard capitalization.canBeName(words[start]), !opensSentence || capitalization.isCapitalizedMidSentence(words[start]) else {
            continue
          }
        }
        addPerson(bytes, words, start..<(index + 1), role: nil, into: &result, covered: &covered)
        continue
      }
      // A signature: two capitalized words or more after a dash that follows a closing
      // quotation mark ("“…” ― Dana Fielding").
      if !covered[index], index > 0, Self.isSignatureDash(bytes, between: words[index - 1], and: words[index]),
        let run = nameRun(bytes, words, from: index, covered: covered), run.count >= 2
      {
        addPerson(bytes, words, run, role: nil, into: &result, covered: &covered)
        index = run.upperBound - 1
        continue
      }
      // A name followed by an age: "Euis Komariah, 41," / "Neneng Sumiati (52)" / "Sumarni (38)".
      if !covered[index], let run = nameRun(bytes, words, from: index, covered: covered),
        run.count >= 2
          || (capitalization.canBeName(words[index]) && !isHeadOrOrganizationWord(words[index])
            && !notBareNameWords.contains(words[index].hash)),
        run.upperBound < words.count, Self.isAge(bytes, after: words[run.upperBound - 1], number: words[run.upperBound])
      {
        addPerson(bytes, words, run, role: nil, into: &result, covered: &covered)
        index = run.upperBound - 1
        continue
      }
      // A name and what makes it a person's: "Ahmad Fauzi, seorang petani", "Ahmad Fauzi
      // adalah seorang pemain", "Ahmad Fauzi (lahir 1980)", "Wahyu Setyo Nugroho, who".
      if !covered[index], index == 0 || covered[index - 1] || !ASCII.isUpper(bytes[words[index - 1].range.lowerBound]),
        let run = nameRun(bytes, words, from: index, covered: covered),
        run.count >= 2 || capitalization.canBeName(words[index]), !isHeadOrOrganizationWord(words[index]),
        isEvidencedName(bytes, words, run, language),
        isPersonApposition(bytes, words, after: run.upperBound - 1)
          || (run.count >= 2 && isFollowedByPersonRelative(bytes, words, after: run.upperBound - 1)),
        // A short form in parentheses makes a person only in Indonesian, where it gives a
        // nickname ("Budi Santoso (Ucok)"); in English it is a body's or a rule's
        // ("Presidential Regulation (Perpres)"); nor after words no name holds ("Level II (Waspada)").
        !bytes[words[run.upperBound - 1].range.upperBound..<words[run.upperBound].range.lowerBound].contains(UInt8(ascii: "("))
          || (run.count >= 2 && language == .indonesian && !run.contains { notBareNameWords.contains(words[$0].hash) })
      {
        addPerson(bytes, words, run, role: nil, into: &result, covered: &covered)
        index = run.upperBound - 1
        continue
      }
      // A name and an appositive with a role: "Herlan Wijanarko, a director at PT Telkom
      // Indonesia", "Bonifasius Lumbanraja, pengamat hukum".
      if !covered[index], let run = nameRun(bytes, words, from: index, covered: covered), run.count >= 2,
        isEvidencedName(bytes, words, run, language),
        let role = appositiveRole(bytes, words, after: run.upperBound - 1, covered: covered, mentions: result)
      {
        addPerson(bytes, words, run, role: role, into: &result, covered: &covered)
        index = run.upperBound - 1
        continue
      }
      // In English, a name, an aside opening in lowercase and the speech verb after it:
      // "Michael C. Cernech, the city manager, said".
      if language == .english, !covered[index], index == 0 || !ASCII.isUpper(bytes[words[index - 1].range.lowerBound]),
        let run = nameRun(bytes, words, from: index, covered: covered), run.count >= 2,
        isAsideBeforeSpeechVerb(bytes, words, after: run.upperBound - 1)
      {
        addPerson(bytes, words, run, role: nil, into: &result, covered: &covered)
        index = run.upperBound - 1
        continue
      }
      // A nickname the text gives the person it just named.
      if let last = takeDefinedNickname(bytes, words, at: index, covered: &covered, into: &result) {
        index = last
        continue
      }
      // Handles: "bernama Jimbo", "calling itself Jimbo".
      guard mayStartHandleMarker(bytes, words[index]) else { continue }
      for marker in handleMarkers where index + marker.count < words.count {
        let matched = marker.indices.allSatisfy { ByteSearch.lowercasedEquals(bytes, words[index + $0].range, marker[$0]) }
        let next = index + marker.count
        // A name the lexicon or an earlier rule already gave ("calls itself Brain Cipher") stays.
        guard matched, !covered[next], let run = nameRun(bytes, words, from: next, covered: covered), run.count <= 3 else { continue }
        let span = ByteSpan(words[next].range.lowerBound, words[run.upperBound - 1].range.upperBound)
        let name = Self.text(bytes, span)
        // "Ahmad Fauzi alias Ozi": the nickname of the person just named.
        if index > 0, covered[index - 1], let person = result.mentions.last(where: { $0.span.end == words[index - 1].range.upperBound })
          .flatMap({ result.entities[$0.entity] }), person.type == .person
        {
          var named = person
          if !named.aliases.contains(name) { named.aliases.append(name) }
          result.entities[named.id] = named
          result.note(named, at: span, surface: name)
          for position in run { covered[position] = true }
          break
        }
        result.note(
          DocumentEntity(id: Self.id(.group, name), type: .group, name: name, aliases: [], roles: [], fromLexicon: false),
          at: span, surface: name)
        for position in run { covered[position] = true }
        break
      }
    }
  }

  /// Adds the person the words of `run` name (an organization when an organization word is
  /// among them; a person named in full before when it is their short name), unless the words
  /// make no person's name.
  func addPerson(
    _ bytes: UnsafeBufferPointer<UInt8>, _ words: [TextWord], _ run: Range<Int>, role: EntityRole?,
    into result: inout EntityAnalysis, covered: inout [Bool]
  ) {
    var run = run
    var titles = role.map { [$0] } ?? []
    // A title the words start with is the person's, not their name: "Lieutenant General
    // Hinsa Siburian", after "head of BSSN" or before "stated".
    while let title = roleTitle(at: run.lowerBound, in: words), title.words.count < run.count {
      for index in run.lowerBound..<(run.lowerBound + title.words.count) { covered[index] = true }
      run = (run.lowerBound + title.words.count)..<run.upperBound
      titles.append(EntityRole(title: title.title, organization: nil))
    }
    let span = ByteSpan(words[run.lowerBound].range.lowerBound, words[run.upperBound - 1].range.upperBound)
    let name = Self.text(bytes, span)
    // Not a name: a referring noun alone ("Mahkamah menyatakan"), a word before a number
    // ("mengingatkan Pasal 24C"), or only words of organizations' names.
    let followedByNumber = run.upperBound < words.count && ASCII.isDigit(bytes[words[run.upperBound].range.lowerBound])
      && Self.spacesOnly(bytes, between: words[run.upperBound - 1], and: words[run.upperBound])
    // Nor a name an acronym starts ("DPT", "UU Ketenagakerjaan"), nor only words of role
    // titles ("Calon Wakil" of "Calon Wakil Presiden").
    guard !(run.count == 1 && (notOneWordNames.contains(words[run.lowerBound].hash) || followedByNumber)),
      !run.allSatisfy({ organizationNameWords.contains(words[$0].hash) }),
      !run.allSatisfy({ roleTitleWords.contains(words[$0].hash) }),
      !Self.isAcronym(bytes, words[run.lowerBound]),
      !(run.count == 1 && Self.isPartyTag(bytes, words[run.lowerBound]))
    else { return }
    // A name holding an organization word ("Lembaga Kajian Konstitusi") is an organization.
    if run.contains(where: { organizationWords.contains(Self.text(bytes, ByteSpan(words[$0].range)).lowercased()) }) {
      let organization = result.mentions.first { $0.span == span }.flatMap { result.entities[$0.entity] }
        ?? DocumentEntity(id: Self.id(.organization, name), type: .organization, name: name, aliases: [], roles: [], fromLexicon: false)
      result.note(organization, at: span, surface: name)
      for index in run { covered[index] = true }
      return
    }
    // Nor is any other name a head word starts ("Kabupaten Tanah Datar").
    guard nameHeads[.undetermined]?[words[run.lowerBound].hash] == nil else { return }
    // A short name of someone already named in full is that person (of several, the one
    // named last: "Mrs. Clinton" after Hillary Clinton, not Bill; "Abdul Kharis" after
    // Abdul Kharis Almasyhari).
    let key = name.contains(" ") ? PersonNameKey(name) : nil
    let bearers = result.entities.values.filter { person in
      person.type == .person && person.name != name
        && (person.name.split(separator: " ").contains(Substring(name)) || person.aliases.contains(name)
          || (key.map { $0.isShortForm(of: PersonNameKey(person.name)) } ?? false))
    }.map(\.id).sorted()
    let known = Self.nearest(bearers, at: span.start, starts: Self.mentionStarts(of: bearers, in: result))
      .flatMap { result.entities[$0] }
    var person = known ?? DocumentEntity(id: Self.id(.person, name), type: .person, name: name, aliases: [], roles: [], fromLexicon: false)
    for title in titles where !person.roles.contains(title) { person.roles.append(title) }
    result.note(person, at: span, surface: name)
    for index in run { covered[index] = true }
  }
}
