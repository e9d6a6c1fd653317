// What the words around a capitalized name tell of it: an age, an apposition, an aside, a
// relative pronoun, quotation marks, how the document capitalizes the words.
import LinimasaCore

extension EntityRecognizer {
  /// Whether the words of `run` may be the name a role title or an apposition gives: a
  /// body's, when an organization word is among them ("Ketua Divisi Pencegahan"), else a
  /// person's with no acronym or Roman numeral ("Kepala Biro NBC News", "Level II (Waspada)")
  /// and not starting with a word of titles, bodies and units ("Kepala Staf Operasi",
  /// "Komandan Kompi", "Jenderal Besar").
  /// Indonesian text only: English capitalizes such words in names ("Bill Clinton").
  func isEvidencedName(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [TextWord], _ run: Range<Int>, _ language: Language) -> Bool {
    language != .indonesian || run.contains { organizationWords.contains(Self.text(bytes, ByteSpan(words[$0].range)).lowercased()) }
      || !notBareNameWords.contains(words[run.lowerBound].hash) && !run.contains { Self.isAcronym(bytes, words[$0]) }
  }

  /// Whether the capitalized words ending before word `start` go on, over spaces and
  /// connectors ("dan", "of"), from an organization's first head: a name starting at `start`
  /// ends that body's name ("Kantor Pencarian dan Pertolongan Padang").
  func endsHeadedName(
    _ bytes: UnsafeBufferPointer<UInt8>, _ words: [TextWord], at start: Int, heads: [UInt64: NameHead], covered: [Bool]
  ) -> Bool {
    var position = start - 1
    while position >= 0, start - position <= Self.headedNameLimit[.organization] ?? 0, !covered[position],
      Self.spacesOnly(bytes, between: words[position], and: words[position + 1])
    {
      let word = words[position]
      if ASCII.isUpper(bytes[word.range.lowerBound]) {
        if let head = heads[word.hash], head.type == .organization, head.first { return true }
      } else if !nameConnectors.contains(word.hash) && !nameParticles.contains(word.hash) {
        return false
      }
      position -= 1
    }
    return false
  }

  /// Whether `word` is one capital letter with a period and a space after it, before the
  /// word `next`: a middle initial.
  static func isInitial(_ bytes: UnsafeBufferPointer<UInt8>, _ word: TextWord, before next: TextWord) -> Bool {
    word.range.count == 1 && ASCII.isUpper(bytes[word.range.lowerBound])
      && bytes[word.range.upperBound..<next.range.lowerBound].elementsEqual(". ".utf8)
  }

  /// Whether a quotation mark stands between two words: a name inside a quotation is not
  /// the speaker named beside its verb ("said, “Iowa …", "“… Iowa,” said").
  static func quoteBetween(_ bytes: UnsafeBufferPointer<UInt8>, _ first: TextWord, _ second: TextWord) -> Bool {
    let gap = bytes[first.range.upperBound..<second.range.lowerBound]
    return gap.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "`") }
      || gap.indices.contains { gap[$0] == 0xE2 && $0 + 2 < gap.endIndex && gap[$0 + 1] == 0x80 && (0x98...0x9F).contains(gap[$0 + 2]) }
  }

  /// Whether a closing quotation mark and then a dash, with nothing but punctuation and
  /// spaces around them, stand between two words: "…,” ― Dana", "…”— Dana".
  static func isSignatureDash(_ bytes: UnsafeBufferPointer<UInt8>, between first: TextWord, and second: TextWord) -> Bool {
    // The last six bytes between the words other than spaces, the last first.
    var tail = SIMD8<UInt8>()
    var count = 0
    var index = second.range.lowerBound
    while index > first.range.upperBound && count < 6 {
      index -= 1
      guard !ASCII.isSpace(bytes[index]) else { continue }
      tail[count] = bytes[index]
      count += 1
    }
    // A dash (U+2015, U+2014 or U+2013) with a closing quotation mark (" or ”) before it.
    guard count >= 4, tail[2] == 0xE2, tail[1] == 0x80, (0x93...0x95).contains(tail[0]) else { return false }
    return tail[3] == UInt8(ascii: "\"") || (count >= 6 && tail[5] == 0xE2 && tail[4] == 0x80 && tail[3] == 0x9D)
  }

  /// Whether only spaces, or a period and spaces ("Mr. Smith"), stand between a person marker
  /// and the name after it.
  static func markerGap(_ bytes: UnsafeBufferPointer<UInt8>, _ marker: TextWord, _ name: TextWord) -> Bool {
    var gap = bytes[marker.range.upperBound..<name.range.lowerBound][...]
    if gap.first == UInt8(ascii: ".") { gap = gap.dropFirst() }
    return !gap.isEmpty && gap.allSatisfy { $0 == UInt8(ascii: " ") }
  }

  /// Whether `word` is a name head or an organization word of any language: "Ibu Kota ..."
  /// and "korban Bank ..." are no people.
  func isHeadOrOrganizationWord(_ word: TextWord) -> Bool {
    nameHeads[.undetermined]?[word.hash] != nil || notOneWordNames.contains(word.hash)
  }

  /// Whether the words after the name ending at word `last` (two words or more) make it a
  /// person's: ", seorang ...", "adalah seorang ...", "merupakan seorang ...", "(lahir ...",
  /// "(born ...", a nickname ("(Ucok)", "alias Ozi").
  func isPersonApposition(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [TextWord], after last: Int) -> Bool {
    guard last + 1 < words.count else { return false }
    let next = words[last + 1]
    let gap = Array(bytes[words[last].range.upperBound..<next.range.lowerBound]).filter { !ASCII.isSpace($0) }
    if gap == [UInt8(ascii: "(")] {
      // "(lahir ...", or a nickname: "Budi Santoso (Ucok)".
      let closes = next.range.upperBound < bytes.count && bytes[next.range.upperBound] == UInt8(ascii: ")")
      return birthWords.contains(next.hash)
        || (closes && ASCII.isUpper(bytes[next.range.lowerBound]) && !Self.isAcronym(bytes, next) && next.range.count >= 2)
    }
    if gap.isEmpty, aliasWords.contains(next.hash) { return true }
    if gap == [UInt8(ascii: ",")] { return personArticles.contains(next.hash) }
    guard gap.isEmpty, appositionVerbs.contains(next.hash), last + 2 < words.count else { return false }
    return personArticles.contains(words[last + 2].hash)
  }

  /// Whether ", who" follows the word at `last` ("Wahyu Setyo Nugroho, who heads the union").
  func isFollowedByPersonRelative(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [TextWord], after last: Int) -> Bool {
    last + 1 < words.count && personRelatives.contains(words[last + 1].hash)
      && Array(bytes[words[last].range.upperBound..<words[last + 1].range.lowerBound]) == Array(", ".utf8)
  }

  /// Whether a comma, an aside opening with a lowercase word and a comma before a speech
  /// verb follow the name ending at word `last`, within one sentence of at most 30 words
  /// ("Dewi Pratiwi, an auditor with the agency (BPKP), said"); not an aside "which" opens.
  func isAsideBeforeSpeechVerb(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [TextWord], after last: Int) -> Bool {
    let comma = UInt8(ascii: ",")
    guard last + 2 < words.count, ASCII.isLower(bytes[words[last + 1].range.lowerBound]), !otherRelatives.contains(words[last + 1].hash),
      Array(bytes[words[last].range.upperBound..<words[last + 1].range.lowerBound]).filter({ !ASCII.isSpace($0) }) == [comma]
    else { return false }
    for verb in (last + 2)..<min(words.count, last + 32) {
      if Self.sentenceBreak(bytes, between: words[verb - 1], and: words[verb])
        || Self.quoteBetween(bytes, words[verb - 1], words[verb])
      {
        return false
      }
      if roles(words[verb]).contains(.speechVerb) {
        return bytes[words[verb - 1].range.upperBound..<words[verb].range.lowerBound].last { !ASCII.isSpace($0) } == comma
      }
    }
    return false
  }

  /// Whether `word` can be the first word of a handle marker: its first byte, lowercased,
  /// is some marker's first letter, or is not ASCII (Unicode lowercasing may make it one).
  func mayStartHandleMarker(_ bytes: UnsafeBufferPointer<UInt8>, _ word: TextWord) -> Bool {
    let first = bytes[word.range.lowerBound]
    return first >= 0x80 || handleMarkerInitials.contains(ASCII.lowercased(first))
  }

  /// The role an appositive gives after the name ending at word `last`: a comma, an optional
  /// article, a role title, and the organization named within the next words ("a director
  /// at PT Telkom Indonesia").
  func appositiveRole(
    _ bytes: UnsafeBufferPointer<UInt8>, _ words: [TextWord], after last: Int, covered: [Bool], mentions result: EntityAnalysis
  ) -> EntityRole? {
    guard last + 1 < words.count,
      Array(bytes[words[last].range.upperBound..<words[last + 1].range.lowerBound]).filter({ !ASCII.isSpace($0) }) == [UInt8(ascii: ",")]
    else { return nil }
    var start = last + 1
    let determined = appositiveArticles.contains(Self.text(bytes, ByteSpan(words[start].range)).lowercased())
    if determined { start += 1 }
    // Up to three modifiers before the title, after a determiner or a possessive: "the
    // suspended head", "Ferdinand's lawyer", "a 23-year-old law graduate"; not ", which
    // requires a judge".
    var found = roleTitle(at: start, in: words)
    var skipped = 0
    while found == nil, skipped < 3, start + 1 < words.count, Self.isModifier(bytes, words[start]),
      determined || Self.isModifier(bytes, words[last + 1]) && ASCII.isUpper(bytes[words[last + 1].range.lowerBound])
    {
      start += 1
      skipped += 1
      found = roleTitle(at: start, in: words)
    }
    guard let title = found else { return nil }
    let after = start + title.words.count
    let organization = result.mentions.first { mention in
      after < words.count && mention.span.start >= words[after - 1].range.upperBound
        && mention.span.start < words[min(words.count - 1, after + 8)].range.upperBound
        && result.entities[mention.entity]?.type == .organization
    }?.entity
    return EntityRole(title: title.title, organization: organization)
  }

  /// Whether `word` may modify a role title after it: a lowercase word ("suspended") or a
  /// possessive ("Ferdinand's", "the regency's").
  static func isModifier(_ bytes: UnsafeBufferPointer<UInt8>, _ word: TextWord) -> Bool {
    let range = word.range
    if !ASCII.isUpper(bytes[range.lowerBound]) { return ASCII.isLower(bytes[range.lowerBound]) || ASCII.isDigit(bytes[range.lowerBound]) }
    let text = bytes[range]
    if text.count > 2 && (text.suffix(2).elementsEqual("'s".utf8) || text.suffix(4).elementsEqual("’s".utf8)) { return true }
    // A possessive the words split at its apostrophe ("Ferdinand" + "s").
    let after = bytes[range.upperBound..<min(bytes.count, range.upperBound + 4)]
    return after.starts(with: "'s".utf8) || after.starts(with: "’s".utf8)
  }

  /// The first word of the name run that ends with the word at `end` (which starts one).
  func nameRunStart(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [TextWord], endingAt end: Int, covered: [Bool]) -> Int {
    var start = end
    while start > 0, !covered[start - 1], nameRun(bytes, words, from: start - 1, covered: covered)?.upperBound == end + 1 {
      start -= 1
    }
    return start
  }

  /// Whether `number` is an age right after a name: ", 41," or " (52)".
  static func isAge(_ bytes: UnsafeBufferPointer<UInt8>, after name: TextWord, number: TextWord) -> Bool {
    let digits = bytes[number.range]
    guard (1...3).contains(digits.count), digits.allSatisfy(ASCII.isDigit) else { return false }
    let gap = Array(bytes[name.range.upperBound..<number.range.lowerBound]).filter { !ASCII.isSpace($0) }
    let next = number.range.upperBound < bytes.count ? bytes[number.range.upperBound] : 0
    return (gap == [UInt8(ascii: ",")] && next == UInt8(ascii: ",")) || (gap == [UInt8(ascii: "(")] && next == UInt8(ascii: ")"))
  }

  /// Whether `word` is written in capitals only, two letters or more ("DPT", "BSSN").
  static func isAcronym(_ bytes: UnsafeBufferPointer<UInt8>, _ word: TextWord) -> Bool {
    let letters = bytes[word.range].filter(ASCII.isLetter)
    return letters.count >= 2 && letters.allSatisfy(ASCII.isUpper) && letters.count == word.range.count
  }

  /// Whether `word` is a US party-and-state tag ("D-Wis", "R-Ky"): a capital, a hyphen, a capital.
  static func isPartyTag(_ bytes: UnsafeBufferPointer<UInt8>, _ word: TextWord) -> Bool {
    let start = word.range.lowerBound
    return word.range.count >= 3 && ASCII.isUpper(bytes[start]) && bytes[start + 1] == UInt8(ascii: "-")
      && ASCII.isUpper(bytes[start + 2])
  }

  /// Whether a sentence or line ends between two words ("What does the law say?\nSeveral").
  static func sentenceBreak(_ bytes: UnsafeBufferPointer<UInt8>, between first: TextWord, and second: TextWord) -> Bool {
    bytes[first.range.upperBound..<second.range.lowerBound].contains { [0x2E, 0x3F, 0x21, 0x0A].contains($0) }
  }

  /// How a document capitalizes its words: the evidence for whether one capitalized word is a name.
  struct Capitalization {
    /// Words written in lowercase somewhere: common words, not names.
    private var lowercase = GrowingWordTable<Bool>()
    /// Words capitalized somewhere other than at the start of a sentence.
    private var capitalizedMidSentence = GrowingWordTable<Bool>()

    init(_ bytes: UnsafeBufferPointer<UInt8>, paragraphWords: [[TextWord]]) {
      for words in paragraphWords {
        for (index, word) in words.enumerated() {
          if ASCII.isLower(bytes[word.range.lowerBound]) {
            lowercase[word.hash] = true
          } else if index > 0, !EntityRecognizer.sentenceBreak(bytes, between: words[index - 1], and: word) {
            capitalizedMidSentence[word.hash] = true
          }
        }
      }
    }

    /// One capitalized word can be a name when the document never writes it in lowercase
    /// ("Usman", not "Pemerintah") and it is longer than an abbreviation ("Rp").
    func canBeName(_ word: TextWord) -> Bool {
      word.range.count >= 3 && lowercase[word.hash] == nil
    }

    func isCapitalizedMidSentence(_ word: TextWord) -> Bool { capitalizedMidSentence[word.hash] != nil }
  }
}
