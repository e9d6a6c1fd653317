// Finds citations of laws, regulations and court decisions, in Indonesian and English.
import LinimasaCore
import LinimasaText

/// Finds legal citations: instruments by their written form ("Undang-Undang Nomor 27 Tahun
/// 2022", "UU No. 27/2022", "PP 71 tahun 2019", "Law Number 27 of 2022", "Government
/// Regulation (PP) No. 71/2019", "Putusan MK Nomor 90/PUU-XXI/2023") or by a short name
/// from `statutes.tsv` ("UU PDP", "the ITE Law"); the articles and clauses cited before them
/// ("Pasal 30 Ayat (2)", "Pasal 35 sampai dengan Pasal 39", "Article 2 paragraph (1) ... in
/// conjunction with Article 18"); and anaphora ("UU tersebut", "beleid itu", "the law"),
/// resolved to the last instrument the document cited. Its words are the `legal-*` files of
/// every language's lexicon (`LegalVocabulary`).
public struct LegalExtractor: Sendable {
  /// Short names as lowercased word sequences, by their first word, longest first.
  let shortNames: [String: [(words: [String], id: String)]]
  let statutes: [String: Statute]
  /// The hashes of the words a citation can start with, besides numbers.
  let startWords: WordTable<Bool>

  let vocabulary: LegalVocabulary

  public init(lexicons: Lexicons) {
    statutes = lexicons.statutes
    vocabulary = LegalVocabulary(lexicons: lexicons)
    var names: [String: [(words: [String], id: String)]] = [:]
    for statute in lexicons.statutes.values.sorted(by: { $0.id < $1.id }) {
      for name in statute.shortNames {
        let words = DateGrammar.tokenize(name).map(\.text)
        guard let first = words.first else { continue }
        names[first, default: []].append((words, statute.id))
      }
    }
    shortNames = names.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    let words = vocabulary.startWords.union(shortNames.keys)
    startWords = WordTable(words.map { (WordScanner.foldedHash($0), true) })
  }

  /// Whether a citation may start at `token`: a number, a non-ASCII token (compared in
  /// full), one of `startWords` (the words `LegalScan.run()` compares at its start: an
  /// article word, an instrument's head, a number word before a docket, a short name's
  /// first word, an anaphor's first word) or a word starting like a one-word ministerial
  /// regulation ("Permenkominfo").
  func mayStartCitation(_ token: DateToken) -> Bool {
    token.kind == .number || !token.isASCII || startWords[token.hash] != nil
      || (token.kind == .word && vocabulary.ministerialPrefixes.contains { token.text.utf8.starts(with: $0.utf8) })
  }

  /// The last instruments a document cited, for anaphora.
  public struct Context: Sendable {
    /// The last instrument of any kind ("beleid itu", "aturan tersebut").
    var last: LegalCitation?
    /// The last statute (UU) ("UU tersebut", "the law").
    var lastStatute: LegalCitation?

    public init() {}
  }

  /// The citations in `bytes[span]`; `context` carries the document's last citations
  /// from paragraph to paragraph.
  public func extract(
    _ bytes: UnsafeBufferPointer<UInt8>, in span: ByteSpan, context: inout Context
  ) -> [LegalCitation] {
    extract(bytes, in: span, tokens: DateGrammar.tokenize(bytes, span.range), context: &context)
  }

  /// The same from the span's tokens, `DateGrammar.tokenize(bytes, span.range)`.
  public func extract(
    _ bytes: UnsafeBufferPointer<UInt8>, in span: ByteSpan, tokens: [DateToken], context: inout Context
  ) -> [LegalCitation] {
    var scan = LegalScan(
      extractor: self, vocabulary: vocabulary, tokens: tokens, bytes: bytes, base: span.start, context: context)
    let found = scan.run()
    context = scan.context
    return found
  }
}

/// One pass over a paragraph's tokens.
private struct LegalScan {
  let extractor: LegalExtractor
  let vocabulary: LegalVocabulary
  let tokens: [DateToken]
  let bytes: UnsafeBufferPointer<UInt8>
  let base: Int
  var context: LegalExtractor.Context

  struct Instrument {
    let end: Int
    let id: String
    let type: String
    let number: String?
    let year: Int?
    let title: String?
  }

  mutating func run() -> [LegalCitation] {
    var found: [LegalCitation] = []
    var index = 0
    while index < tokens.count {
      guard extractor.mayStartCitation(tokens[index]) else {
        index += 1
        continue
      }
      var articles: [String] = [], clauses: [String] = []
      var start = index
      var position = index
      if let first = word(index), vocabulary.articleWords.contains(first) {
        position = parseArticles(from: index, articles: &articles, clauses: &clauses)
        while let connector = word(position), vocabulary.articleConnectors.contains(connector) { position += 1 }
      }
      if let instrument = instrument(at: position) ?? anaphora(at: position, afterArticles: !articles.isEmpty) {
        if articles.isEmpty { start = position }
        // Articles after the instrument ("UU PDP Pasal 39", "... Law in conjunction with
        // Article 18"), unless another instrument follows them ("... jo Pasal 55 KUHP").
        var end = instrument.end
        let joiner = longestMatch(vocabulary.junctoWords, at: end) ?? 0
        if let next = word(end + joiner), vocabulary.articleWords.contains(next) {
          var trailing = articles, trailingClauses = clauses
          var after = parseArticles(from: end + joiner, articles: &trailing, clauses: &trailingClauses)
          let afterArticles = after
          while let connector = word(after), vocabulary.articleConnectors.contains(connector) { after += 1 }
          if self.instrument(at: after) == nil {
            end = afterArticles
            articles = trailing
            clauses = trailingClauses
          }
        }
        let citation = LegalCitation(
          span: ByteSpan(base + tokens[start].range.lowerBound, base + tokens[end - 1].range.upperBound),
          id: instrument.id, instrument: instrument.type, number: instrument.number, year: instrument.year,
          title: instrument.title, articles: articles, clauses: clauses)
        found.append(citation)
        context.last = citation
        // An amending law ("sebagaimana diubah dengan UU Nomor 20 Tahun 2001") is not what
        // a later "UU tersebut" means: that is the law it amends.
        let amending = (max(0, start - 4)..<start).contains { vocabulary.amendingWords.contains(tokens[$0].text) }
        if citation.instrument == InstrumentCode.uu.rawValue && !amending { context.lastStatute = citation }
        index = end
      } else {
        index = max(index + 1, articles.isEmpty ? index + 1 : position)
      }
    }
    return found
  }

  // MARK: Tokens

  func word(_ index: Int) -> String? {
    index >= 0 && index < tokens.count && tokens[index].kind == .word ? tokens[index].text : nil
  }

  func text(_ index: Int) -> String? { index >= 0 && index < tokens.count ? tokens[index].text : nil }

  func number(_ index: Int) -> String? {
    index >= 0 && index < tokens.count && tokens[index].kind == .number ? tokens[index].text : nil
  }

  func isCapitalized(_ index: Int) -> Bool {
    index < tokens.count && ASCII.isUpper(bytes[base + tokens[index].range.lowerBound])
  }

  func adjacent(_ first: Int, _ second: Int) -> Bool {
    second < tokens.count && tokens[first].range.upperBound == tokens[second].range.lowerBound
  }

  func original(_ range: Range<Int>) -> String {
    let start = base + tokens[range.lowerBound].range.lowerBound
    let end = base + tokens[range.upperBound - 1].range.upperBound
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
  }

  func matches(_ words: [String], at index: Int) -> Bool {
    guard index + words.count <= tokens.count else { return false }
    return words.indices.allSatisfy { tokens[index + $0].text == words[$0] }
  }

  /// The length of the first of `phrases` (longest first) at `index`.
  func longestMatch(_ phrases: [[String]], at index: Int) -> Int? {
    phrases.first { matches($0, at: index) }?.count
  }

  // MARK: Articles

  /// An article number at `index` ("39", "24C"): the number and a letter written against it.
  func articleNumber(_ index: Int) -> (String, Int)? {
    guard let digits = number(index) else { return nil }
    if let letter = word(index + 1), letter.count == 1, adjacent(index, index + 1) {
      return (digits + letter.uppercased(), index + 2)
    }
    return (digits, index + 1)
  }

  /// "Pasal 30 Ayat (2)", "Pasal 35 sampai dengan Pasal 39", "Pasal 84 dan Pasal 85",
  /// "Pasal 2 ayat (1) juncto Pasal 18", "Articles 35 to 39", "Article 169 letter q".
  func parseArticles(from start: Int, articles: inout [String], clauses: inout [String]) -> Int {
    var index = start
    var rangeStart: Int?
    while index < tokens.count {
      if let head = word(index), vocabulary.articleWords.contains(head) { index += 1 }
      guard let (article, next) = articleNumber(index) else { break }
      if let first = rangeStart, let last = Int(article), first < last, last - first <= 50 {
        articles += (first + 1...last).map(String.init)
      } else {
        articles.append(article)
      }
      rangeStart = nil
      index = next
      // Clauses, letters and "ke-1" after the article.
      while true {
        if let word = word(index), vocabulary.clauseWords.contains(word), text(index + 1) == "(",
          let clause = number(index + 2), text(index + 3) == ")"
        {
          clauses.append(clause)
          index += 4
        } else if let word = word(index), vocabulary.letterWords.contains(word), let letter = self.word(index + 1),
          letter.count == 1
        {
          index += 2
        } else if let ordinal = longestMatch(vocabulary.ordinalPrefixes, at: index), number(index + ordinal) != nil {
          index += ordinal + 1
        } else {
          break
        }
      }
      // What joins the next article.
      if let range = longestMatch(vocabulary.rangeWords, at: index) {
        rangeStart = Int(article)
        index += range
      } else if text(index) == "-" || text(index) == "–" {
        rangeStart = Int(article)
        index += 1
      } else if let joiner = longestMatch(vocabulary.articleJoiners, at: index) {
        index += joiner
      } else if text(index) == ",", let word = word(index + 1), vocabulary.articleWords.contains(word) {
        index += 1
      } else {
        break
      }
      guard word(index).map(vocabulary.articleWords.contains) ?? false || number(index) != nil else { break }
    }
    return index
  }

  // MARK: Instruments

  func instrument(at index: Int) -> Instrument? {
    if let written = writtenInstrument(at: index) { return written }
    if let docket = docket(at: index) { return docket }
    return shortName(at: index)
  }

  /// A head ("Undang-Undang", "PP", "Law") followed by a number and year.
  func writtenInstrument(at index: Int) -> Instrument? {
    // "Permenkominfo Nomor 5 Tahun 2020", "Permendagri 1/2021": one word for a ministry's regulation.
    if let word = word(index), vocabulary.isMinisterialRegulation(word), let (number, year, end) = numberAndYear(at: index + 1) {
      let (title, titleEnd) = self.title(at: end)
      let type = InstrumentCode.permen.rawValue
      return Instrument(end: titleEnd, id: "\(type)-\(number)-\(year)", type: type, number: number, year: year, title: title)
    }
    guard let first = text(index) else { return nil }
    for (words, form) in vocabulary.instrumentForms[first] ?? [] where matches(words, at: index) {
      // English "Law" must be capitalized to be a head ("the law" is anaphora).
      if form.capitalized && !isCapitalized(index) { continue }
      var position = index + words.count
      if form.code == .permen {
        // "Peraturan Menteri Komunikasi dan Informatika Nomor 5 Tahun 2020": skip the ministry.
        while position < tokens.count && position - index < 10, let ministryWord = word(position),
          !vocabulary.numberWords.contains(ministryWord)
        {
          position += 1
        }
      }
      // "(PP)", "(MK)", "(PKPU)" after the head.
      if text(position) == "(", word(position + 1) != nil, text(position + 2) == ")" { position += 3 }
      if form.code == .putusanMK, let docket = docket(at: position) { return docket }
      guard let (number, year, end) = numberAndYear(at: position) else { continue }
      let type = form.code.rawValue
      let (title, titleEnd) = self.title(at: end)
      return Instrument(end: titleEnd, id: "\(type)-\(number)-\(year)", type: type, number: number, year: year, title: title)
    }
    return nil
  }

  /// "Nomor 27 Tahun 2022", "No. 27/2022", "Number 27 of 2022", "71 tahun 2019", "27/2022".
  func numberAndYear(at start: Int) -> (String, Int, Int)? {
    var index = start
    if let word = word(index), vocabulary.numberWords.contains(word) {
      index += 1
      if text(index) == "." { index += 1 }
    }
    guard let number = number(index), number.count <= 4 else { return nil }
    index += 1
    if let word = word(index), vocabulary.yearWords.contains(word) {
      index += 1
    } else if text(index) == "/" {
      index += 1
    } else {
      return nil
    }
    guard let yearText = self.number(index), yearText.count == 4, let year = Int(yearText), (1900...2100).contains(year) else {
      return nil
    }
    return (String(Int(number) ?? 0), year, index + 1)
  }

  /// A court docket "90/PUU-XXI/2023", after "Nomor" or alone.
  func docket(at start: Int) -> Instrument? {
    var index = start
    if let word = word(index), vocabulary.numberWords.contains(word) {
      index += 1
      if text(index) == "." { index += 1 }
    }
    guard let number = number(index), text(index + 1) == "/", let kind = word(index + 2), text(index + 3) == "-",
      let period = word(index + 4), text(index + 5) == "/", let yearText = self.number(index + 6), yearText.count == 4
    else { return nil }
    let docket = "\(number)/\(kind.uppercased())-\(period.uppercased())-\(yearText)"
    return Instrument(end: index + 7, id: "PUTUSAN-MK-" + docket, type: "PUTUSAN-MK", number: number, year: Int(yearText), title: nil)
  }

  /// A short name from the statute lexicon ("UU PDP", "the Personal Data Protection (PDP)
  /// Law"), an acronym in parentheses inside it allowed; a name of the old criminal code
  /// ("KUHP", "the Criminal Code").
  func shortName(at index: Int) -> Instrument? {
    guard var first = text(index) else { return nil }
    // "Undang-Undang Kekuasaan Kehakiman" is written "UU Kekuasaan Kehakiman" in the lexicon.
    let fullHead = vocabulary.statuteHeads.first { matches($0.tokens, at: index) }
    if let fullHead { first = fullHead.abbreviation }
    var best: (end: Int, id: String)?
    for candidate in extractor.shortNames[first] ?? [] {
      var position = index
      var words = candidate.words[...]
      if let fullHead {
        position += fullHead.tokens.count
        words = words.dropFirst()
      }
      var matched = true
      for word in words {
        if text(position) == "(" && word != "(", text(position + 2) == ")" { position += 3 }
        guard text(position) == word else {
          matched = false
          break
        }
        position += 1
      }
      if matched, best.map({ $0.end < position }) ?? true { best = (position, candidate.id) }
    }
    if best == nil, let end = criminalCodeEnd(at: index) { best = (end, "KUHP") }
    guard let (end, id) = best else { return nil }
    let statute = extractor.statutes[id]
    let parts = id.split(separator: "-")
    let type = id.hasPrefix("PUTUSAN-MK") ? "PUTUSAN-MK" : (id == "UUD-1945" || id == "KUHP" ? id : String(parts[0]))
    let number = parts.count == 3 && !id.hasPrefix("PUTUSAN") ? String(parts[1]) : nil
    let year = parts.count == 3 && !id.hasPrefix("PUTUSAN") ? Int(parts[2]) : nil
    _ = statute
    return Instrument(end: end, id: id, type: type, number: number, year: year, title: nil)
  }

  /// The end of a name of the old criminal code at `index` ("KUHP", "Criminal Code (KUHP)"),
  /// unless a word beside it makes it the new code ("KUHP baru", "new Criminal Code").
  func criminalCodeEnd(at index: Int) -> Int? {
    for (words, name) in vocabulary.criminalCodeNames where matches(words, at: index) {
      let end = index + words.count
      if let before = word(index - 1), name.newBefore.contains(before) { continue }
      if let after = word(end), name.newAfter.contains(after) { continue }
      return name.acronymAfter && text(end) == "(" && text(end + 2) == ")" ? end + 3 : end
    }
    return nil
  }

  /// "UU tersebut", "beleid itu", "the law": the last instrument cited, or the last statute
  /// (`LegalAnaphor.refersTo`). Right after cited articles the article may be missing
  /// ("Articles 35 to 39 of the law", "Article 18 of the same law").
  func anaphora(at index: Int, afterArticles: Bool) -> Instrument? {
    for (words, anaphor) in vocabulary.anaphora
    where (afterArticles || !anaphor.onlyAfterArticles) && matches(words, at: index) {
      guard let last = anaphor.refersTo == .statute ? context.lastStatute : context.last else { continue }
      return Instrument(
        end: index + words.count, id: last.id, type: last.instrument, number: last.number, year: last.year, title: nil)
    }
    return nil
  }

  /// The title after a title word ("tentang", "concerning"): capitalized words and connectors.
  func title(at start: Int) -> (String?, Int) {
    guard let word = word(start), vocabulary.titleWords.contains(word) else { return (nil, start) }
    var index = start + 1
    if let determiner = self.word(index), vocabulary.titleDeterminers.contains(determiner) { index += 1 }
    let first = index
    var lastWord = -1
    while index < tokens.count {
      let token = tokens[index]
      if token.kind == .word && (isCapitalized(index) || (vocabulary.titleConnectors.contains(token.text) && lastWord >= 0)) {
        if isCapitalized(index) { lastWord = index }
        index += 1
      } else if (token.text == "-" || token.text == "/") && lastWord == index - 1 {
        index += 1
      } else {
        break
      }
    }
    guard lastWord >= first else { return (nil, start) }
    return (original(first..<(lastWord + 1)), lastWord + 1)
  }
}
