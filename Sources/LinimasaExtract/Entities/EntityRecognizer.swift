// Finds who and what a document names: lexicon entities and discovered ones.
import LinimasaCore
import LinimasaText

/// The entities of one document and every place they are named.
public struct EntityAnalysis: Sendable {
  public var entities: [String: DocumentEntity] = [:]
  public var mentions: [EntityMention] = []

  /// Adds (or enriches) an entity and records a mention of it.
  mutating func note(_ entity: DocumentEntity, at span: ByteSpan?, surface: String?) {
    if var known = entities[entity.id] {
      if let surface, !known.aliases.contains(surface), surface != known.name { known.aliases.append(surface) }
      for role in entity.roles where !known.roles.contains(role) { known.roles.append(role) }
      entities[entity.id] = known
    } else {
      var added = entity
      if let surface, surface != added.name, !added.aliases.contains(surface) { added.aliases.append(surface) }
      entities[entity.id] = added
    }
    if let span, !mentions.contains(where: { $0.span == span }) { mentions.append(EntityMention(entity: entity.id, span: span)) }
  }

  /// Adds mentions of known entities (pronouns resolved to them) where no name was found, in text order.
  mutating func add(_ resolved: [EntityMention]) {
    for mention in resolved where entities[mention.entity] != nil && !mentions.contains(where: { $0.span.overlaps(mention.span) }) {
      mentions.append(mention)
    }
    mentions.sort { $0.span < $1.span }
  }
}

/// Recognises entities in a document's kept paragraphs, in order:
/// 1. lexicon names and aliases (`EntityMatcher`);
/// 2. acronym definitions ("Badan Siber dan Sandi Negara (BSSN)"), linked to the lexicon
///    entry they name or added as organizations;
/// 3. people after a role title ("Ketua KPU Hasyim Asy'ari", "KPU chairman Hasyim Asy'ari"),
///    beside a speech verb ("ucap Usman", "Usman mengatakan", "said Dimas Prakoso"), and
///    handles ("akun anonim bernama Jimbo", "a hacker calling itself Jimbo");
/// 4. short names resolved to the full name the document gave ("Usman" → Usman Kansong).
public struct EntityRecognizer: Sendable {
  let lexicon: [String: EntityEntry]
  let matcher: EntityMatcher
  let speechVerbs: Set<UInt64>
  /// Role titles as word-hash sequences, longest first, with the title as written.
  let roleTitles: [(words: [UInt64], title: String)]
  /// Words never part of a person's name (months, weekdays, stop words).
  let notNames: Set<UInt64>
  /// Words that are never a one-word name: referring nouns ("Mahkamah menyatakan", "Police
  /// said") and the organization words.
  let notOneWordNames: Set<UInt64>
  /// Words of the lexicon's organization names that no lexicon person's name holds: a run
  /// made only of them is a piece of an organization's name ("Direktur Jenderal Aplikasi
  /// Informatika"), not a person.
  let organizationNameWords: Set<UInt64>
  static let orgWords: Set<String> = [
    "badan", "komisi", "kementerian", "kepolisian", "lembaga", "dewan", "majelis", "mahkamah", "pusat", "direktorat",
    "institute", "institut", "agency", "commission", "ministry", "council", "court", "centre", "center", "bureau",
    "office", "board", "association", "asosiasi", "foundation", "yayasan", "forum", "partai", "party", "corporation",
    "perusahaan", "kantor", "pengadilan", "kejaksaan", "koalisi", "coalition", "network", "jaringan", "perkumpulan",
    "persatuan", "ikatan", "organisasi", "organization", "organisation", "network", "komite", "committee", "unit", "satuan",
  ]
  static let handleMarkers: [[String]] = [
    ["bernama"], ["berjuluk"], ["calling", "itself"], ["calls", "itself"], ["dubbed"], ["known", "as"], ["alias"],
    ["named"],
  ]

  public init(lexicons: Lexicons) {
    lexicon = lexicons.entities
    matcher = EntityMatcher(entities: lexicons.entities)
    var verbs: Set<UInt64> = []
    var titles: [(words: [UInt64], title: String)] = []
    var notNames: Set<UInt64> = []
    for language in Language.supported {
      let data = lexicons[language]
      verbs.formUnion(data.speechVerbs.map { WordScanner.foldedHash($0) })
      titles += data.roleTitles.map { (EntityMatcher.words($0), $0) }
      notNames.formUnion(data.months.keys.map { WordScanner.foldedHash($0) })
      notNames.formUnion(data.weekdays.keys.map { WordScanner.foldedHash($0) })
      notNames.formUnion(data.stopWords.map { WordScanner.foldedHash($0) })
    }
    speechVerbs = verbs
    roleTitles = titles.filter { !$0.words.isEmpty }.sorted { $0.words.count > $1.words.count }
    self.notNames = notNames
    notOneWordNames = Set(
      Language.supported.flatMap { lexicons[$0].referringNouns.keys }.map { WordScanner.foldedHash($0) }
        + Self.orgWords.map { WordScanner.foldedHash($0) })
    let nameWords = { (type: EntityType) in
      Set(lexicons.entities.values.filter { $0.type == type }
        .flatMap { [$0.nameIndonesian, $0.nameEnglish] + $0.aliases }
        .flatMap { $0.split(separator: " ") }.filter { $0.count >= 4 }.map { WordScanner.foldedHash($0) })
    }
    organizationNameWords = nameWords(.organization).subtracting(nameWords(.person))
  }

  public func recognize(_ analysis: DocumentAnalysis) -> EntityAnalysis {
    analysis.article.bytes.withUnsafeBufferPointer { bytes in
      var result = EntityAnalysis()
      let paragraphs = analysis.cleaning.paragraphs.filter(\.isKept)
      let paragraphWords = paragraphs.map { EntityMatcher.words(bytes, $0.span) }
      let capitalization = Capitalization(bytes, paragraphWords: paragraphWords)
      for (paragraph, words) in zip(paragraphs, paragraphWords) {
        var covered = [Bool](repeating: false, count: words.count)
        // 1.
        var index = 0
        while index < words.count {
          if let (id, end) = matcher.match(words, at: index, bytes: bytes), let entry = lexicon[id] {
            let span = ByteSpan(words[index].range.lowerBound, words[end - 1].range.upperBound)
            result.note(Self.entity(entry), at: span, surface: Self.text(bytes, span))
            for position in index..<end { covered[position] = true }
            index = end
          } else {
            index += 1
          }
        }
        // 2.
        discoverAcronyms(bytes, paragraph.span, words: words, covered: &covered, into: &result)
        // 3.
        discoverPeople(bytes, words: words, covered: &covered, capitalization: capitalization, into: &result)
      }
      // 4.
      resolveShortNames(bytes, paragraphWords: paragraphWords, into: &result)
      result.mentions.sort { $0.span < $1.span }
      return result
    }
  }

  static func entity(_ entry: EntityEntry) -> DocumentEntity {
    DocumentEntity(
      id: entry.id, type: entry.type, name: entry.nameIndonesian, aliases: [], roles: entry.roles, fromLexicon: true)
  }

  static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ span: ByteSpan) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[span.range]), as: UTF8.self)
  }

  /// "person:" + the name in lowercase ASCII with hyphens ("person:hasyim-asy-ari").
  static func id(_ type: EntityType, _ name: String) -> String {
    var slug = ""
    for scalar in name.lowercased().unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        slug.unicodeScalars.append(scalar)
      } else if !slug.isEmpty && !slug.hasSuffix("-") {
        slug += "-"
      }
    }
    while slug.hasSuffix("-") { slug.removeLast() }
    return type.prefix + ":" + slug
  }

  // MARK: 2. Acronym definitions

  private func discoverAcronyms(
    _ bytes: UnsafeBufferPointer<UInt8>, _ span: ByteSpan, words: [TextWord], covered: inout [Bool],
    into result: inout EntityAnalysis
  ) {
    for (position, word) in words.enumerated() where position > 0 {
      let start = word.range.lowerBound, end = word.range.upperBound
      guard start > span.start, bytes[start - 1] == UInt8(ascii: "("), end < span.end, bytes[end] == UInt8(ascii: ")"),
        word.range.count >= 2, word.range.count <= 10,
        word.range.allSatisfy({ !ASCII.isLower(bytes[$0]) }), word.range.contains(where: { ASCII.isUpper(bytes[$0]) })
      else { continue }
      // The capitalized words (and connectors) just before the parenthesis.
      var first = position
      while first > 0 {
        let candidate = words[first - 1]
        // Only spaces may separate the words of a name.
        let gap = candidate.range.upperBound..<words[first].range.lowerBound
        guard first == position || gap.allSatisfy({ bytes[$0] == UInt8(ascii: " ") }) else { break }
        let capital = ASCII.isUpper(bytes[candidate.range.lowerBound])
        let connector = ["dan", "and", "of", "for", "serta", "the"].contains(Self.text(bytes, ByteSpan(candidate.range.lowerBound, candidate.range.upperBound)).lowercased())
        guard capital || connector, position - first < 10 else { break }
        first -= 1
      }
      while first < position && !ASCII.isUpper(bytes[words[first].range.lowerBound]) { first += 1 }
      guard position - first >= 2 else { continue }
      let longSpan = ByteSpan(words[first].range.lowerBound, words[position - 1].range.upperBound)
      let long = Self.text(bytes, longSpan)
      let acronym = Self.text(bytes, ByteSpan(start, end))
      guard long.first.map(String.init)?.uppercased() == acronym.first.map(String.init) else { continue }
      // Linked to the lexicon entry that either form names.
      let mentioned = result.mentions.first { $0.span == ByteSpan(start, end) || longSpan.contains($0.span) && $0.span.count * 2 > longSpan.count }
      if let mentioned, var entity = result.entities[mentioned.entity] {
        entity.aliases += [long, acronym].filter { $0 != entity.name && !entity.aliases.contains($0) }
        result.entities[entity.id] = entity
        result.note(entity, at: ByteSpan(start, end), surface: acronym)
        continue
      }
      let lowerWords = long.lowercased().split(separator: " ").map(String.init)
      guard lowerWords.contains(where: Self.orgWords.contains) else { continue }
      let entity = DocumentEntity(
        id: Self.id(.organization, acronym), type: .organization, name: long, aliases: [acronym], roles: [], fromLexicon: false)
      result.note(entity, at: longSpan, surface: long)
      result.note(entity, at: ByteSpan(start, end), surface: acronym)
      for index in first...position { covered[index] = true }
    }
  }

  // MARK: 3. People and handles

  /// Capitalized words from `start` that can form a person's name (1–4 words).
  private func nameRun(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [TextWord], from start: Int, covered: [Bool]) -> Range<Int>? {
    var end = start
    while end < words.count && end - start < 4 && !covered[end] && ASCII.isUpper(bytes[words[end].range.lowerBound])
      && !notNames.contains(words[end].hash) && !speechVerbs.contains(words[end].hash)
      && !roleTitles.contains(where: { $0.words.count == 1 && $0.words[0] == words[end].hash })
    {
      // A name does not run over a comma or the end of a sentence.
      if end > start, bytes[words[end - 1].range.upperBound] != UInt8(ascii: " ") { break }
      end += 1
    }
    return end > start ? start..<end : nil
  }

  private func discoverPeople(
    _ bytes: UnsafeBufferPointer<UInt8>, words: [TextWord], covered: inout [Bool], capitalization: Capitalization,
    into result: inout EntityAnalysis
  ) {
    var index = 0
    while index < words.count {
      defer { index += 1 }
      // A role title, organizations after it, then a name.
      if let title = roleTitles.first(where: { title in
        index + title.words.count <= words.count && (0..<title.words.count).allSatisfy { words[index + $0].hash == title.words[$0] }
      }) {
        var position = index + title.words.count
        var organization: String?
        while position < words.count && position - index < 10 {
          if covered[position], let mention = result.mentions.last(where: { $0.span.contains(ByteSpan(words[position].range.lowerBound, words[position].range.upperBound)) }) {
            if result.entities[mention.entity]?.type == .organization { organization = mention.entity }
            position += 1
          } else if roleTitles.contains(where: { $0.words.count == 1 && $0.words[0] == words[position].hash })
            || ["dan", "of", "the", "and", "ri"].contains(Self.text(bytes, ByteSpan(words[position].range.lowerBound, words[position].range.upperBound)).lowercased())
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
        if let run = nameRun(bytes, words, from: position, covered: covered), run.count >= 2 {
          addPerson(bytes, words, run, role: EntityRole(title: title.title, organization: organization), into: &result, covered: &covered)
          index = run.upperBound - 1
        }
        continue
      }
      // A speech verb and a name after it ("ucap Usman", "said Dimas Prakoso", "Menurut Adi",
      // "according to Adi").
      let reportingWord = Self.text(bytes, ByteSpan(words[index].range.lowerBound, words[index].range.upperBound)).lowercased()
      let nameStart = reportingWord == "according" && index + 1 < words.count
        && Self.text(bytes, ByteSpan(words[index + 1].range.lowerBound, words[index + 1].range.upperBound)) == "to" ? index + 2 : index + 1
      if speechVerbs.contains(words[index].hash) || reportingWord == "menurut" || nameStart == index + 2, nameStart < words.count,
        !Self.sentenceBreak(bytes, between: words[nameStart - 1], and: words[nameStart]),
        let run = nameRun(bytes, words, from: nameStart, covered: covered),
        run.count > 1 || capitalization.canBeName(words[run.lowerBound])
      {
        addPerson(bytes, words, run, role: nil, into: &result, covered: &covered)
        index = run.upperBound - 1
        continue
      }
      // A name and a speech verb after it ("Usman mengatakan").
      if index + 1 < words.count, speechVerbs.contains(words[index + 1].hash), !covered[index],
        let run = nameRun(bytes, words, from: index, covered: covered), run.upperBound == index + 1
      {
        let start = nameRunStart(bytes, words, endingAt: index, covered: covered)
        // "Maria Kartikasari of Borneo Raya University said": the speaker is the name before
        // the affiliation.
        if start >= 3, ["of", "from", "dari"].contains(Self.text(bytes, ByteSpan(words[start - 1].range.lowerBound, words[start - 1].range.upperBound))),
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
      // A name followed by an age: "Euis Komariah, 41," / "Neneng Sumiati (52)".
      if !covered[index], let run = nameRun(bytes, words, from: index, covered: covered), run.count >= 2,
        run.upperBound < words.count, Self.isAge(bytes, after: words[run.upperBound - 1], number: words[run.upperBound])
      {
        addPerson(bytes, words, run, role: nil, into: &result, covered: &covered)
        index = run.upperBound - 1
        continue
      }
      // A name and an appositive with a role: "Herlan Wijanarko, a director at PT Telkom
      // Indonesia", "Bonifasius Lumbanraja, pengamat hukum".
      if !covered[index], let run = nameRun(bytes, words, from: index, covered: covered), run.count >= 2,
        let role = appositiveRole(bytes, words, after: run.upperBound - 1, covered: covered, mentions: result)
      {
        addPerson(bytes, words, run, role: role, into: &result, covered: &covered)
        index = run.upperBound - 1
        continue
      }
      // Handles: "bernama Jimbo", "calling itself Jimbo".
      for marker in Self.handleMarkers where index + marker.count < words.count {
        let matched = marker.indices.allSatisfy {
          Self.text(bytes, ByteSpan(words[index + $0].range.lowerBound, words[index + $0].range.upperBound)).lowercased() == marker[$0]
        }
        let next = index + marker.count
        // A name the lexicon or an earlier rule already gave ("calls itself Brain Cipher") stays.
        guard matched, !covered[next], let run = nameRun(bytes, words, from: next, covered: covered), run.count <= 3 else { continue }
        let span = ByteSpan(words[next].range.lowerBound, words[run.upperBound - 1].range.upperBound)
        let name = Self.text(bytes, span)
        result.note(
          DocumentEntity(id: Self.id(.group, name), type: .group, name: name, aliases: [], roles: [], fromLexicon: false),
          at: span, surface: name)
        for position in run { covered[position] = true }
        break
      }
    }
  }

  /// The role an appositive gives after the name ending at word `last`: a comma, an optional
  /// article, a role title, and the organization named within the next words ("a director
  /// at PT Telkom Indonesia").
  private func appositiveRole(
    _ bytes: UnsafeBufferPointer<UInt8>, _ words: [TextWord], after last: Int, covered: [Bool], mentions result: EntityAnalysis
  ) -> EntityRole? {
    guard last + 1 < words.count,
      Array(bytes[words[last].range.upperBound..<words[last + 1].range.lowerBound]).filter({ !ASCII.isSpace($0) }) == [UInt8(ascii: ",")]
    else { return nil }
    var start = last + 1
    if ["a", "an", "the", "sang", "seorang"].contains(Self.text(bytes, ByteSpan(words[start].range.lowerBound, words[start].range.upperBound)).lowercased()) {
      start += 1
    }
    guard let title = roleTitles.first(where: { title in
      start + title.words.count <= words.count && (0..<title.words.count).allSatisfy { words[start + $0].hash == title.words[$0] }
    }) else { return nil }
    let after = start + title.words.count
    let organization = result.mentions.first { mention in
      after < words.count && mention.span.start >= words[after - 1].range.upperBound
        && mention.span.start < words[min(words.count - 1, after + 8)].range.upperBound
        && result.entities[mention.entity]?.type == .organization
    }?.entity
    return EntityRole(title: title.title, organization: organization)
  }

  /// The first word of the name run that ends with the word at `end` (which starts one).
  private func nameRunStart(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [TextWord], endingAt end: Int, covered: [Bool]) -> Int {
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

  /// Whether a sentence or line ends between two words ("What does the law say?\nSeveral").
  static func sentenceBreak(_ bytes: UnsafeBufferPointer<UInt8>, between first: TextWord, and second: TextWord) -> Bool {
    bytes[first.range.upperBound..<second.range.lowerBound].contains { [0x2E, 0x3F, 0x21, 0x0A].contains($0) }
  }

  /// How a document capitalizes its words: the evidence for whether one capitalized word is a name.
  struct Capitalization {
    /// Words written in lowercase somewhere: common words, not names.
    private var lowercase: Set<UInt64> = []
    /// Words capitalized somewhere other than at the start of a sentence.
    private var capitalizedMidSentence: Set<UInt64> = []

    init(_ bytes: UnsafeBufferPointer<UInt8>, paragraphWords: [[TextWord]]) {
      for words in paragraphWords {
        for (index, word) in words.enumerated() {
          if ASCII.isLower(bytes[word.range.lowerBound]) {
            lowercase.insert(word.hash)
          } else if index > 0, !EntityRecognizer.sentenceBreak(bytes, between: words[index - 1], and: word) {
            capitalizedMidSentence.insert(word.hash)
          }
        }
      }
    }

    /// One capitalized word can be a name when the document never writes it in lowercase
    /// ("Usman", not "Pemerintah") and it is longer than an abbreviation ("Rp").
    func canBeName(_ word: TextWord) -> Bool {
      word.range.count >= 3 && !lowercase.contains(word.hash)
    }

    func isCapitalizedMidSentence(_ word: TextWord) -> Bool { capitalizedMidSentence.contains(word.hash) }
  }

  private func addPerson(
    _ bytes: UnsafeBufferPointer<UInt8>, _ words: [TextWord], _ run: Range<Int>, role: EntityRole?,
    into result: inout EntityAnalysis, covered: inout [Bool]
  ) {
    let span = ByteSpan(words[run.lowerBound].range.lowerBound, words[run.upperBound - 1].range.upperBound)
    let name = Self.text(bytes, span)
    // Not a name: a referring noun alone ("Mahkamah menyatakan"), a word before a number
    // ("mengingatkan Pasal 24C"), or only words of organizations' names.
    let followedByNumber = run.upperBound < words.count && ASCII.isDigit(bytes[words[run.upperBound].range.lowerBound])
      && bytes[words[run.upperBound - 1].range.upperBound] == UInt8(ascii: " ")
    guard !(run.count == 1 && (notOneWordNames.contains(words[run.lowerBound].hash) || followedByNumber)),
      !run.allSatisfy({ organizationNameWords.contains(words[$0].hash) })
    else { return }
    // A name holding an organization word ("Lembaga Kajian Konstitusi") is an organization.
    if run.contains(where: { Self.orgWords.contains(Self.text(bytes, ByteSpan(words[$0].range.lowerBound, words[$0].range.upperBound)).lowercased()) }) {
      let organization = result.mentions.first { $0.span == span }.flatMap { result.entities[$0.entity] }
        ?? DocumentEntity(id: Self.id(.organization, name), type: .organization, name: name, aliases: [], roles: [], fromLexicon: false)
      result.note(organization, at: span, surface: name)
      for index in run { covered[index] = true }
      return
    }
    // A short name of someone already named in full is that person.
    let known = result.entities.values.filter { $0.type == .person }.first { person in
      person.name != name && (person.name.split(separator: " ").contains(Substring(name)) || person.aliases.contains(name))
    }
    var person = known ?? DocumentEntity(id: Self.id(.person, name), type: .person, name: name, aliases: [], roles: [], fromLexicon: false)
    if let role, !person.roles.contains(role) { person.roles.append(role) }
    result.note(person, at: span, surface: name)
    for index in run { covered[index] = true }
  }

  // MARK: 4. Short names

  private func resolveShortNames(
    _ bytes: UnsafeBufferPointer<UInt8>, paragraphWords: [[TextWord]], into result: inout EntityAnalysis
  ) {
    // Each word of a person's full name, written alone later, names that person ("Widodo",
    // "Hinsa"), unless two people of the document share the word.
    var owners: [UInt64: Set<String>] = [:]
    for person in result.entities.values where person.type == .person {
      let parts = person.name.split(separator: " ").map(String.init).filter { $0.count >= 3 }
      guard parts.count >= 2 else { continue }
      for part in parts { owners[WordScanner.foldedHash(part), default: []].insert(person.id) }
    }
    let mentioned = result.mentions
    for words in paragraphWords {
      for word in words where ASCII.isUpper(bytes[word.range.lowerBound]) {
        guard let ids = owners[word.hash], ids.count == 1, let id = ids.first else { continue }
        let span = ByteSpan(word.range.lowerBound, word.range.upperBound)
        guard !mentioned.contains(where: { $0.span.overlaps(span) }), let person = result.entities[id] else { continue }
        result.note(person, at: span, surface: Self.text(bytes, span))
      }
    }
    // A one-word discovered person is the document's full-named person with that word.
    let people = result.entities.values.filter { $0.type == .person }
    for short in people where !short.fromLexicon && !short.name.contains(" ") {
      guard let full = people.first(where: { $0.id != short.id && $0.name.split(separator: " ").contains(Substring(short.name)) }) else {
        continue
      }
      var merged = full
      if !merged.aliases.contains(short.name) { merged.aliases.append(short.name) }
      result.entities[full.id] = merged
      result.entities[short.id] = nil
      result.mentions = result.mentions.map { $0.entity == short.id ? EntityMention(entity: full.id, span: $0.span) : $0 }
    }
  }
}
