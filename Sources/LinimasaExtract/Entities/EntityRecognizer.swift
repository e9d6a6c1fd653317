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
    if let span, !mentions.contains(where: { $0.span == span }) {
      mentions.append(EntityMention(entity: entity.id, span: span))
    }
  }

  /// Removes a mention a longer name took in ("Jakarta" of "Jakarta Police"), and its
  /// entity when it has no other mention.
  mutating func drop(_ mention: EntityMention) {
    mentions.removeAll { $0.span == mention.span && $0.entity == mention.entity }
    if !mentions.contains(where: { $0.entity == mention.entity }) { entities[mention.entity] = nil }
  }

  /// Adds mentions of known entities (pronouns resolved to them) where no name was found, in text order.
  mutating func add(_ resolved: [EntityMention]) {
    for mention in resolved
    where entities[mention.entity] != nil && !mentions.contains(where: { $0.span.overlaps(mention.span) }) {
      mentions.append(mention)
    }
    mentions.sort { $0.span < $1.span }
  }
}

/// Recognises entities in a document's kept paragraphs, in order:
/// 1. lexicon names and aliases (`EntityMatcher`);
/// 2. acronym definitions ("Badan Siber dan Sandi Negara (BSSN)"), linked to the lexicon
///    entry they name or added as organizations;
/// 3. places of the gazetteers, each the whole run of capitalized words it stands in
///    ("Kabupaten Tanah Datar" is left to 6, "Bima Arya" to 4);
/// 4. people after a role title ("Ketua KPU Hasyim Asy'ari", "KPU chairman Hasyim Asy'ari"),
///    beside a speech verb ("ucap Usman", "Usman mengatakan", "said Dimas Prakoso"),
///    handles ("akun anonim bernama Jimbo", "a hacker calling itself Jimbo"), people
///    after a person marker ("Pak Budi", "terdakwa Budi Santoso", "Mrs Wong"), and before an
///    age, an appositive role or ", seorang ..." / "adalah seorang ..." / "(lahir ...";
/// 5. nicknames the text gives a person ("Ahmad Fauzi alias Ozi", "Ahmad Fauzi (Ozi)");
/// 6. organizations and places by a head word ("Kabupaten Karanganyar", "PT Sinar Makmur Tbk");
/// 7. names a classifier noun before them types: "band Nidji", "film Laskar Pelangi"
///    (`discoverClassifiedNames`);
/// 8. places after a place marker ("di Senayan", `discoverMarkedPlaces`);
/// 9. in Indonesian text, people from two or three capitalized words inside a sentence that
///    no rule took and whose every word the document only writes capitalized
///    (`discoverBareNames`);
/// 10. organizations' one-word names followed through the document ("Sritex" of "PT Sri
///     Rejeki Isman Tbk (Sritex)" or of "…, better known as Sritex";
///     `followOrganizationAliases`), and short names resolved to the full name the
///     document gave ("Usman" → Usman Kansong).
public struct EntityRecognizer: Sendable {
  let lexicon: [String: EntityEntry]
  let matcher: EntityMatcher
  /// The gazetteers' places.
  let gazetteer: Gazetteer
  let speechVerbs: Set<UInt64>
  /// Role titles as word-hash sequences with the title as written, grouped by their first
  /// word, longest first.
  let roleTitles: [UInt64: [(words: [UInt64], title: String)]]
  /// The role titles of one word ("Menteri", "spokesperson").
  let oneWordTitles: Set<UInt64>
  /// Every word of the role titles ("Calon", "Wakil", "Presiden").
  let roleTitleWords: Set<UInt64>
  /// Words never part of a person's name (months, weekdays, stop words).
  let notNames: Set<UInt64>
  /// Words that are never a one-word name: referring nouns ("Mahkamah menyatakan", "Police
  /// said") and the organization words.
  let notOneWordNames: Set<UInt64>
  /// Words of the lexicon's organization names that no lexicon person's name holds: a run
  /// made only of them is a piece of an organization's name ("Direktur Jenderal Aplikasi
  /// Informatika"), not a person.
  let organizationNameWords: Set<UInt64>
  /// Words a name may be glued to by a missing space in the source ("Lollydilansir" is
  /// "Lolly" and "dilansir"): speech verbs, stop words and one-word clause markers.
  let gluedWords: Set<UInt64>
  /// Lowercased head nouns that make a name an organization's (the lexicons'
  /// `organization-words.txt`).
  let organizationWords: Set<String>
  /// The words that end a regional office's name (`regional-body-words.txt`).
  let regionalBodyWords: Set<UInt64>
  /// The words that join a court or office to the body it sits in (`body-joiners.txt`).
  let bodyJoiners: Set<UInt64>
  /// The relative pronouns only people take ("who"; `person-relative` clause markers).
  let personRelatives: Set<UInt64>
  /// The other relative pronouns ("which", "yang"): an aside they open tells of a thing.
  let otherRelatives: Set<UInt64>
  /// Head words that make the capitalized words beside them an organization's or a place's
  /// name (`name-heads.tsv`), by folded hash, for each language and for text of none.
  let nameHeads: [Language: [UInt64: NameHead]]
  /// Classifier nouns (`name-classifiers.tsv`) as folded word hashes, for each language.
  let nameClassifiers: [Language: [[UInt64]: NameClass]]
  /// The words after which an unknown capitalized name is a place, by language
  /// (`place-markers.txt`).
  let placeMarkers: [Language: Set<UInt64>]
  /// The lowercased names and aliases of lexicon entities and every run of their leading
  /// words: a headed name the lexicon knows a longer form of is left alone.
  let lexiconNamePrefixes: Set<String>
  /// The lexicon's entities by each of their lowercased names: a name the text spells out in
  /// pieces ("Pengadilan Tindak Pidana Korupsi (Tipikor) pada Pengadilan Negeri Jakarta Pusat")
  /// is still the lexicon's.
  let lexiconIDsByName: [String: String]
  /// Words that may join the words of a headed organization's name ("dan", "and": the
  /// clause markers' coordinators).
  let nameConnectors: Set<UInt64>
  /// Words of titles of works, events and bodies that no name found without evidence holds
  /// (the lexicons' `not-name-words.txt`).
  let notBareNameWords: Set<UInt64>
  /// The lowercased names and aliases of the news outlets: "kepada Kabar Kirana" names no person.
  let outletNames: Set<String>
  /// The people rules' word sets in one table, for one lookup per word.
  let wordRoles: WordTable<WordRoles>
  /// The phrases after which the text gives a nickname (`nickname-markers.txt`), as folded
  /// word hashes, longest first.
  let nicknameMarkers: [[UInt64]]

  /// Which of the people rules' word sets hold a word.
  struct WordRoles: OptionSet, Sendable {
    let rawValue: UInt8
    static let speechVerb = WordRoles(rawValue: 1)
    static let notName = WordRoles(rawValue: 2)
    static let oneWordTitle = WordRoles(rawValue: 4)
    /// The first word of a role title.
    static let titleStart = WordRoles(rawValue: 8)
    /// A word before a name that makes it a person's ("Pak", "terdakwa", "Mrs").
    static let personMarker = WordRoles(rawValue: 16)
  }
  /// The words and phrases after which the text gives a handle (`handle-markers.txt`:
  /// "bernama", "calling itself"), as lowercase words.
  let handleMarkers: [[String]]
  /// The first bytes of the handle markers' first words.
  let handleMarkerInitials: [UInt8]
  /// Lowercase words that may join a head to the capitalized words after it, or stand
  /// between them (`name-particles.txt`: "Ministry of Finance", "Institute for Policy Studies").
  let nameParticles: Set<UInt64>
  /// What after a name (two words or more) makes it a person's (see `isPersonApposition`):
  /// apposition verbs ("adalah"), person articles ("seorang"), alias words ("alias") and
  /// birth words ("lahir", "born"), as folded hashes.
  let appositionVerbs: Set<UInt64>
  let personArticles: Set<UInt64>
  let aliasWords: Set<UInt64>
  let birthWords: Set<UInt64>
  /// Articles that may open an appositive before its role title (", a director at").
  let appositiveArticles: Set<String>
  /// Words that may stand between a role title and the name after it ("dan", "of", "RI").
  let titleJoiners: Set<String>
  /// Lowercase words between a person's name and their body before a speech verb ("of", "dari").
  let affiliationWords: Set<String>
  /// Lowercase words that may stand in a long form before its short form ("dan", "of").
  let acronymConnectors: Set<String>
  /// "menurut", "according to": a name after one is a speaker's.
  let reporting: ReportingPhrases

  public init(lexicons: Lexicons) {
    lexicon = lexicons.entities
    matcher = EntityMatcher(entities: lexicons.entities)
    gazetteer = Gazetteer(places: lexicons.places, lexicon: lexicons.entities)
    var verbs: Set<UInt64> = []
    var titles: [(words: [UInt64], title: String)] = []
    var notNames: Set<UInt64> = []
    for language in Language.supported {
      let data = lexicons[language]
      verbs.formUnion(data.words(.speechVerbs).map { WordScanner.foldedHash($0) })
      titles += data.roleTitles.map { (EntityMatcher.words($0), $0) }
      notNames.formUnion(data.months.keys.map { WordScanner.foldedHash($0) })
      notNames.formUnion(data.weekdays.keys.map { WordScanner.foldedHash($0) })
      notNames.formUnion(data.stopWords.map { WordScanner.foldedHash($0) })
      // A one-word relative date ("Kemarin Hartini (40) datang").
      notNames.formUnion(data.relativeDates.filter { $0.words.count == 1 }.map { WordScanner.foldedHash($0.words[0]) })
    }
    speechVerbs = verbs
    gluedWords = verbs.union(notNames).union(
      Language.supported.flatMap { lexicons[$0].clauseMarkers.filter { $0.words.count == 1 }.map { WordScanner.foldedHash($0.words[0]) } })
    let sorted = titles.filter { !$0.words.isEmpty }.sorted { $0.words.count > $1.words.count }
    roleTitles = Dictionary(grouping: sorted) { $0.words[0] }
    oneWordTitles = Set(sorted.filter { $0.words.count == 1 }.map { $0.words[0] })
    roleTitleWords = Set(sorted.flatMap(\.words))
    self.notNames = notNames
    organizationWords = Set(Language.supported.flatMap { lexicons[$0].words(.organizationWords) })
    regionalBodyWords = lexicons.foldedHashes(of: .regionalBodyWords)
    bodyJoiners = lexicons.foldedHashes(of: .bodyJoiners)
    personRelatives = lexicons.oneWordMarkers(.personRelative)
    otherRelatives = lexicons.oneWordMarkers(.relative).subtracting(personRelatives)
    notOneWordNames = Set(
      Language.supported.flatMap { lexicons[$0].referringNouns.keys }.map { WordScanner.foldedHash($0) }
        + organizationWords.map { WordScanner.foldedHash($0) })
    organizationNameWords = Self.organizationNameWords(lexicons.entities)
    var heads: [Language: [UInt64: NameHead]] = [:]
    for language in Language.supported {
      for (word, head) in lexicons[language].nameHeads {
        heads[language, default: [:]][WordScanner.foldedHash(word)] = head
        heads[.undetermined, default: [:]][WordScanner.foldedHash(word)] = head
      }
    }
    // English news about Indonesia keeps its bodies' and places' Indonesian names ("PT Graha
    // Alkesindo", "Badan Legislasi DPR"): English text also takes the Indonesian heads that
    // come first, where English has no head of that word.
    for (word, head) in lexicons[.indonesian].nameHeads where head.first {
      let hash = WordScanner.foldedHash(word)
      heads[.english, default: [:]][hash] = heads[.english]?[hash] ?? NameHead(type: head.type, first: true, last: false)
    }
    nameHeads = heads
    placeMarkers = Dictionary(
      uniqueKeysWithValues: Language.supported.map { ($0, Set(lexicons[$0].words(.placeMarkers).map(WordScanner.foldedHash))) })
    nameClassifiers = Dictionary(
      uniqueKeysWithValues: Language.supported.map { language in
        (language, Dictionary(uniqueKeysWithValues: lexicons[language].nameClassifiers.map { (EntityMatcher.words($0.key), $0.value) }))
      })
    outletNames = Set(lexicons.outlets.flatMap { [$0.name] + $0.aliases }.map { $0.lowercased() })
    notBareNameWords = lexicons.foldedHashes(of: .notNameWords)
    var prefixes: Set<String> = []
    var named: [String: String] = [:]
    for entry in lexicons.entities.values.sorted(by: { $0.id < $1.id }) {
      for name in [entry.nameIndonesian, entry.nameEnglish] + entry.aliases {
        if named[name.lowercased()] == nil { named[name.lowercased()] = entry.id }
        var prefix = ""
        for word in name.lowercased().split(separator: " ") {
          prefix += prefix.isEmpty ? String(word) : " " + word
          prefixes.insert(prefix)
        }
      }
    }
    lexiconNamePrefixes = prefixes
    lexiconIDsByName = named
    nameConnectors = lexicons.oneWordMarkers(.coordinator)
    nicknameMarkers = Language.supported.flatMap { lexicons[$0].words(.nicknameMarkers) }.sorted()
      .map { $0.split(separator: " ").map { WordScanner.foldedHash(String($0)) } }.sorted { $0.count > $1.count }
    handleMarkers = Set(Language.supported.flatMap { lexicons[$0].words(.handleMarkers) }).sorted()
      .map { $0.split(separator: " ").map(String.init) }
    handleMarkerInitials = handleMarkers.compactMap { $0.first?.utf8.first }
    nameParticles = lexicons.foldedHashes(of: .nameParticles)
    appositionVerbs = lexicons.foldedHashes(of: .appositionVerbs)
    personArticles = lexicons.foldedHashes(of: .personArticles)
    aliasWords = lexicons.foldedHashes(of: .aliasWords)
    birthWords = lexicons.foldedHashes(of: .birthWords)
    let words = { (list: WordList) in Set(Language.supported.flatMap { lexicons[$0].words(list) }) }
    appositiveArticles = words(.appositiveArticles)
    titleJoiners = words(.titleJoiners)
    affiliationWords = words(.affiliationWords)
    acronymConnectors = words(.acronymConnectors)
    reporting = ReportingPhrases(lexicons: lexicons)
    wordRoles = Self.wordRoles([
      (speechVerbs, .speechVerb), (notNames, .notName), (oneWordTitles, .oneWordTitle),
      (Set(roleTitles.keys), .titleStart),
      (lexicons.foldedHashes(of: .personMarkers), .personMarker),
    ])
  }

  /// The space-separated words of four or more characters in organizations' names that no
  /// person's name holds, by folded hash.
  static func organizationNameWords(_ entities: [String: EntityEntry]) -> Set<UInt64> {
    var organization: Set<UInt64> = []
    var person: Set<UInt64> = []
    for entry in entities.values where entry.type == .organization || entry.type == .person {
      for name in [entry.nameIndonesian, entry.nameEnglish] + entry.aliases {
        forEachLongWordHash(in: name) { hash in
          if entry.type == .organization { organization.insert(hash) } else { person.insert(hash) }
        }
      }
    }
    return organization.subtracting(person)
  }

  /// Calls `body` with the folded hash of each piece of `name` between spaces that has four
  /// or more characters.
  static func forEachLongWordHash(in name: String, _ body: (UInt64) -> Void) {
    var name = name
    // In ASCII text every character is one byte.
    guard name.utf8.allSatisfy({ $0 < 0x80 }) else {
      for piece in name.split(separator: " ") where piece.count >= 4 { body(WordScanner.foldedHash(piece)) }
      return
    }
    name.withUTF8 { bytes in
      var start = 0
      for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: " ") {
        if index - start >= 4 { body(WordScanner.foldedHash(bytes, start..<index)) }
        start = index + 1
      }
    }
  }

  /// The table of `WordRoles` from each set of word hashes and the role it gives.
  static func wordRoles(_ sets: [(Set<UInt64>, WordRoles)]) -> WordTable<WordRoles> {
    var roles: [UInt64: WordRoles] = [:]
    for (hashes, role) in sets {
      for hash in hashes { roles[hash, default: []].insert(role) }
    }
    return WordTable(Array(roles))
  }

  /// The people rules' word sets that hold `word`.
  func roles(_ word: TextWord) -> WordRoles { wordRoles[word.hash] ?? [] }

  public func recognize(_ analysis: DocumentAnalysis) -> EntityAnalysis {
    analysis.article.bytes.withUnsafeBufferPointer { bytes in
      var result = EntityAnalysis()
      let paragraphs = analysis.cleaning.paragraphs.filter(\.isKept)
      let paragraphWords = paragraphs.map { analysis.segmentation.tokens.words(bytes, $0.span) }
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
        discoverGazetteerPlaces(bytes, words: words, covered: &covered, capitalization: capitalization, into: &result)
        // 4, 5.
        discoverPeople(
          bytes, words: words, language: analysis.language, covered: &covered, capitalization: capitalization,
          into: &result)
        // 6.
        discoverHeadedNames(
          bytes, words: words, heads: nameHeads[analysis.language] ?? [:], strictLastHeads: analysis.language == .english,
          covered: &covered,
          capitalization: capitalization, into: &result)
        // 7.
        discoverClassifiedNames(
          bytes, words: words, classifiers: nameClassifiers[analysis.language] ?? [:], covered: &covered, into: &result)
        // 8.
        discoverMarkedPlaces(
          bytes, words: words, markers: placeMarkers[analysis.language] ?? [], covered: &covered,
          capitalization: capitalization, into: &result)
        // 9. English capitalizes terms and headlines word by word: Indonesian text only.
        if analysis.language == .indonesian {
          discoverBareNames(
            bytes, words: words, classifiers: nameClassifiers[analysis.language] ?? [:], covered: &covered,
            capitalization: capitalization, into: &result)
        }
      }
      // 10.
      followOrganizationAliases(bytes, paragraphWords: paragraphWords, into: &result)
      resolveShortNames(
        bytes, paragraphWords: paragraphWords, capitalization: capitalization, language: analysis.language, into: &result)
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

  // MARK: 5. Short names

  /// Whether `word` is `name` with one letter added, dropped or changed (four letters or
  /// more, the first the same): "Budie" and "Budi", "Hasjim" and "Hasyim".
  static func misspells(_ word: String, _ name: Substring) -> Bool {
    let lhs = Array(word.lowercased()), rhs = Array(name.lowercased())
    guard min(lhs.count, rhs.count) >= 4, abs(lhs.count - rhs.count) <= 1, lhs.first == rhs.first, lhs != rhs else {
      return false
    }
    var left = 0, right = 0, edits = 0
    while left < lhs.count && right < rhs.count {
      if lhs[left] == rhs[right] {
        left += 1
        right += 1
        continue
      }
      edits += 1
      if edits > 1 { return false }
      if lhs.count > rhs.count {
        left += 1
      } else if rhs.count > lhs.count {
        right += 1
      } else {
        left += 1
        right += 1
      }
    }
    return edits + (lhs.count - left) + (rhs.count - right) <= 1
  }

  /// Whether `word` is `name` (three letters or more) with a common lowercase word glued
  /// after it ("Lollydilansir": "Lolly" and "dilansir").
  func isGlued(_ word: String, to name: Substring) -> Bool {
    guard name.count >= 3, word.count >= name.count + 3, word.hasPrefix(name) else { return false }
    let tail = word.dropFirst(name.count)
    return tail.allSatisfy { $0.isASCII && $0.isLowercase } && gluedWords.contains(WordScanner.foldedHash(tail))
  }

  private func resolveShortNames(
    _ bytes: UnsafeBufferPointer<UInt8>, paragraphWords: [[TextWord]], capitalization: Capitalization,
    language: Language, into result: inout EntityAnalysis
  ) {
    // A one-word discovered person is the document's full-named person with that word (in
    // the name or in a nickname of several words, "Frans" of "Frans Lado"), or with a word it
    // misspells by one letter ("Budie" for Budi Arie Setiadi) or that a missing space glues
    // to a common word ("Lollydilansir"), when only one person has such a word; when several
    // have the word itself ("Trump" of Donald and Melania Trump), in English each mention is
    // the one named nearest before it.
    let people = result.entities.values.filter { $0.type == .person }.sorted { $0.id < $1.id }
    for short in people where !short.fromLexicon && !short.name.contains(" ") {
      let others = people.filter { $0.id != short.id && $0.name.contains(" ") }
      let exact = others.filter { person in
        ([person.name] + person.aliases.filter { $0.contains(" ") }).contains { $0.split(separator: " ").contains(Substring(short.name)) }
      }
      let near = others.filter { $0.name.split(separator: " ").contains { Self.misspells(short.name, $0) } }
      let glued = others.filter { $0.name.split(separator: " ").contains { isGlued(short.name, to: $0) } }
      let single = [near.count == 1 ? near.first : nil, glued.count == 1 ? glued.first : nil].compactMap { $0 }.prefix(1)
      // Outside English, the first of several such people, as before the surname rule.
      let owners = (exact.isEmpty ? Array(single) : language == .english ? exact : Array(exact.prefix(1))).map(\.id)
      guard !owners.isEmpty else { continue }
      let starts = Self.mentionStarts(of: owners, in: result)
      result.entities[short.id] = nil
      result.mentions = result.mentions.map { mention in
        guard mention.entity == short.id else { return mention }
        let owner = Self.nearest(owners, at: mention.span.start, starts: starts) ?? owners[0]
        if glued.isEmpty, var full = result.entities[owner], !full.aliases.contains(short.name) {
          full.aliases.append(short.name)
          result.entities[owner] = full
        }
        return EntityMention(entity: owner, span: mention.span)
      }
    }
    // Each word of a person's full name or of a nickname the text gave a discovered person
    // ("Frans" of "Frans Lado"), and in English a one-word name (found only where the
    // document never writes it in lowercase), written alone elsewhere names that person
    // ("Widodo", "Hinsa", "Trump"); of several people with the word, in English the one
    // named nearest before it. In Indonesian text, not a word that could be no name found
    // without evidence ("Komandan", "Resimen" of a body taken for a person).
    var owners: [UInt64: [String]] = [:]
    for person in result.entities.values.filter({ $0.type == .person }).sorted(by: { $0.id < $1.id }) {
      for name in [person.name] + (person.fromLexicon ? [] : person.aliases.filter { $0.contains(" ") }) {
        let parts = name.split(separator: " ").map(String.init).filter { $0.count >= 3 }
        guard parts.count >= 2 || (language == .english && parts.count == 1 && !name.contains(" ")) else { continue }
        for part in parts where owners[WordScanner.foldedHash(part)]?.contains(person.id) != true {
          owners[WordScanner.foldedHash(part), default: []].append(person.id)
        }
      }
    }
    let starts = Self.mentionStarts(of: Array(Set(owners.values.joined())), in: result)
    let mentioned = result.mentions
    for words in paragraphWords {
      for (index, word) in words.enumerated() where ASCII.isUpper(bytes[word.range.lowerBound]) {
        guard let ids = owners[word.hash], language != .indonesian || isBareNameWord(bytes, word, capitalization) else { continue }
        let span = ByteSpan(word.range)
        // In English, not a word opening a longer name that is not the person's ("Trump
        // Tower", "Fielding Institute"; "Dana Fielding" is Dana Fielding's).
        let opensName = language == .english && index + 1 < words.count
          && Self.spacesOnly(bytes, between: word, and: words[index + 1]) && ASCII.isUpper(bytes[words[index + 1].range.lowerBound])
          && Set(owners[words[index + 1].hash] ?? []).isDisjoint(with: ids)
        guard !opensName, !mentioned.contains(where: { $0.span.overlaps(span) }),
          let id = ids.count == 1 ? ids[0] : language == .english ? Self.nearest(ids, at: span.start, starts: starts) : nil,
          let person = result.entities[id]
        else { continue }
        result.note(person, at: span, surface: Self.text(bytes, span))
      }
    }
  }

  /// Where each of `ids` is mentioned, in text order.
  static func mentionStarts(of ids: [String], in result: EntityAnalysis) -> [String: [Int]] {
    var starts: [String: [Int]] = [:]
    for mention in result.mentions where ids.contains(mention.entity) { starts[mention.entity, default: []].append(mention.span.start) }
    return starts.mapValues { $0.sorted() }
  }

  /// Of `ids`, the one mentioned last before `offset`, else the one mentioned first after it.
  static func nearest(_ ids: [String], at offset: Int, starts: [String: [Int]]) -> String? {
    let before = ids.compactMap { id in starts[id]?.last { $0 < offset }.map { (id, $0) } }.max { $0.1 < $1.1 }
    let after = ids.compactMap { id in starts[id]?.first { $0 > offset }.map { (id, $0) } }.min { $0.1 < $1.1 }
    return (before ?? after)?.0
  }
}
