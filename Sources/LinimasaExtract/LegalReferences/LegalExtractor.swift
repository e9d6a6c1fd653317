// Finds citations of laws, regulations and court decisions, in Indonesian and English.
import LinimasaCore
import LinimasaText

/// Finds legal citations: instruments by their written form ("Undang-Undang Nomor 27 Tahun
/// 2022", "UU No. 27/2022", "PP 71 tahun 2019", "Law Number 27 of 2022", "Government
/// Regulation (PP) No. 71/2019", "Putusan MK Nomor 90/PUU-XXI/2023") or by a short name
/// from `statutes.tsv` ("UU PDP", "the ITE Law"); the articles and clauses cited before them
/// ("Pasal 30 Ayat (2)", "Pasal 35 sampai dengan Pasal 39", "Article 2 paragraph (1) ... in
/// conjunction with Article 18"); and anaphora ("UU tersebut", "beleid itu", "the law"),
/// resolved to the last instrument the document cited.
public struct LegalExtractor: Sendable {
  /// Short names as lowercased word sequences, by their first word, longest first.
  let shortNames: [String: [(words: [String], id: String)]]
  let statutes: [String: Statute]
  /// The hashes of the words a citation can start with, besides numbers.
  let startWords: WordTable<Bool>

  /// Written heads of each instrument type, as lowercased word sequences (hyphens are
  /// words of their own, as the tokenizer splits them).
  static let heads: [(words: [String], type: String)] = [
    (["peraturan", "pemerintah", "pengganti", "undang", "-", "undang"], "PERPPU"),
    (["government", "regulation", "in", "lieu", "of", "law"], "PERPPU"),
    (["perppu"], "PERPPU"),
    (["undang", "-", "undang"], "UU"), (["undang", "undang"], "UU"), (["uu"], "UU"), (["law"], "UU"),
    (["peraturan", "pemerintah"], "PP"), (["government", "regulation"], "PP"), (["pp"], "PP"),
    (["peraturan", "presiden"], "PERPRES"), (["presidential", "regulation"], "PERPRES"), (["perpres"], "PERPRES"),
    (["peraturan", "kpu"], "PKPU"), (["peraturan", "komisi", "pemilihan", "umum"], "PKPU"), (["pkpu"], "PKPU"),
    (["kpu", "regulation"], "PKPU"),
    (["peraturan", "bawaslu"], "PERBAWASLU"), (["perbawaslu"], "PERBAWASLU"), (["bawaslu", "regulation"], "PERBAWASLU"),
    (["peraturan", "daerah"], "PERDA"), (["perda"], "PERDA"), (["regional", "regulation"], "PERDA"),
    (["peraturan", "mahkamah", "konstitusi"], "PMK"), (["constitutional", "court", "regulation"], "PMK"),
    (["peraturan", "menteri"], "PERMEN"), (["ministerial", "regulation"], "PERMEN"),
    (["putusan", "mahkamah", "konstitusi"], "PUTUSAN-MK"), (["putusan", "mk"], "PUTUSAN-MK"),
    (["constitutional", "court", "decision"], "PUTUSAN-MK"), (["constitutional", "court", "ruling"], "PUTUSAN-MK"),
    (["putusan"], "PUTUSAN-MK"), (["perkara"], "PUTUSAN-MK"),
  ]
  /// Words that refer back to the last instrument cited.
  static let anaphora: [[String]] = [
    ["undang", "-", "undang", "tersebut"], ["undang", "-", "undang", "yang", "sama"], ["uu", "tersebut"],
    ["uu", "itu"], ["beleid", "itu"], ["beleid", "tersebut"], ["aturan", "tersebut"], ["peraturan", "tersebut"],
    ["the", "same", "law"], ["the", "law"], ["that", "law"], ["this", "law"],
  ]
  static let articleWords: Set<String> = ["pasal", "article", "articles"]
  static let clauseWords: Set<String> = ["ayat", "paragraph", "paragraphs"]
  static let letterWords: Set<String> = ["huruf", "letter"]
  static let numberWords: Set<String> = ["nomor", "no", "number", "nos"]
  static let yearWords: Set<String> = ["tahun", "of"]
  static let titleWords: Set<String> = ["tentang", "concerning", "on"]
  static let titleConnectors: Set<String> = ["dan", "atau", "serta", "of", "and", "the", "for", "in", "to", "on"]

  public init(lexicons: Lexicons) {
    statutes = lexicons.statutes
    var names: [String: [(words: [String], id: String)]] = [:]
    for statute in lexicons.statutes.values.sorted(by: { $0.id < $1.id }) {
      for name in statute.shortNames {
        let words = DateGrammar.tokenize(name).map(\.text)
        guard let first = words.first else { continue }
        names[first, default: []].append((words, statute.id))
      }
    }
    shortNames = names.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    startWords = Self.startWords(shortNames: shortNames)
  }

  /// Every word a citation's first token can be: the words `LegalScan.run()` compares at
  /// its start (an article word, an instrument's head, "Nomor" before a docket, a short
  /// name's first word, an anaphor's first word). Words starting with "permen" and numbers
  /// are tested apart.
  static func startWords(shortNames: [String: [(words: [String], id: String)]]) -> WordTable<Bool> {
    let words = [Array(articleWords), heads.map { $0.words[0] }, Array(numberWords), Array(shortNames.keys),
      ["undang", "kuhp", "criminal", "same", "law"], anaphora.map { $0[0] }].joined()
    return WordTable(words.map { (WordScanner.foldedHash($0), true) })
  }

  /// Whether a citation may start at `token`: a number, a non-ASCII token (compared in
  /// full), one of `startWords` or a one-word ministerial regulation ("Permenkominfo").
  func mayStartCitation(_ token: DateToken) -> Bool {
    token.kind == .number || !token.isASCII || startWords[token.hash] != nil
      || (token.kind == .word && token.text.utf8.starts(with: "permen".utf8))
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
    var scan = LegalScan(extractor: self, tokens: tokens, bytes: bytes, base: span.start, context: context)
    let found = scan.run()
    context = scan.context
    return found
  }
}

/// One pass over a paragraph's tokens.
private struct LegalScan {
  let extractor: LegalExtractor
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
      if let first = word(index), LegalExtractor.articleWords.contains(first) {
        position = parseArticles(from: index, articles: &articles, clauses: &clauses)
        while let connector = word(position), ["dari", "of", "the", "dalam", "in"].contains(connector) { position += 1 }
      }
      if let instrument = instrument(at: position) ?? anaphora(at: position, afterArticles: !articles.isEmpty) {
        if articles.isEmpty { start = position }
        // Articles after the instrument ("UU PDP Pasal 39", "... Law in conjunction with
        // Article 18"), unless another instrument follows them ("... jo Pasal 55 KUHP").
        var end = instrument.end
        let joiner = matches(["in", "conjunction", "with"], at: end) ? 3 : (word(end).map { ["juncto", "jo"].contains($0) } ?? false ? 1 : 0)
        if let next = word(end + joiner), LegalExtractor.articleWords.contains(next) {
          var trailing = articles, trailingClauses = clauses
          var after = parseArticles(from: end + joiner, articles: &trailing, clauses: &trailingClauses)
          let afterArticles = after
          while let connector = word(after), ["dari", "of", "the", "dalam", "in"].contains(connector) { after += 1 }
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
        let amending = (max(0, start - 4)..<start).contains { ["diubah", "amended", "mengubah", "amending"].contains(tokens[$0].text) }
        if citation.instrument == "UU" && !amending { context.lastStatute = citation }
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
      if let head = word(index), LegalExtractor.articleWords.contains(head) { index += 1 }
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
        if let word = word(index), LegalExtractor.clauseWords.contains(word), text(index + 1) == "(",
          let clause = number(index + 2), text(index + 3) == ")"
        {
          clauses.append(clause)
          index += 4
        } else if let word = word(index), LegalExtractor.letterWords.contains(word), let letter = self.word(index + 1),
          letter.count == 1
        {
          index += 2
        } else if word(index) == "ke", text(index + 1) == "-", number(index + 2) != nil {
          index += 3
        } else {
          break
        }
      }
      // What joins the next article.
      if matches(["sampai", "dengan"], at: index) || matches(["s", ".", "d", "."], at: index) {
        rangeStart = Int(article)
        index += matches(["sampai", "dengan"], at: index) ? 2 : 4
      } else if let word = word(index), ["hingga", "to", "through"].contains(word) {
        rangeStart = Int(article)
        index += 1
      } else if text(index) == "-" || text(index) == "–" {
        rangeStart = Int(article)
        index += 1
      } else if let word = word(index), ["dan", "and", "juncto", "jo"].contains(word) {
        index += word == "jo" && text(index + 1) == "." ? 2 : 1
      } else if matches(["in", "conjunction", "with"], at: index) {
        index += 3
      } else if text(index) == ",", let word = word(index + 1), LegalExtractor.articleWords.contains(word) {
        index += 1
      } else {
        break
      }
      guard word(index).map(LegalExtractor.articleWords.contains) ?? false || number(index) != nil else { break }
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
    if let word = word(index), word.hasPrefix("permen"), word.count > 6, let (number, year, end) = numberAndYear(at: index + 1) {
      let (title, titleEnd) = self.title(at: end)
      return Instrument(end: titleEnd, id: "PERMEN-\(number)-\(year)", type: "PERMEN", number: number, year: year, title: title)
    }
    for head in LegalExtractor.heads where matches(head.words, at: index) {
      // English "Law" must be capitalized to be a head ("the law" is anaphora).
      if head.words == ["law"] && !isCapitalized(index) { continue }
      var position = index + head.words.count
      if head.type == "PERMEN" {
        // "Peraturan Menteri Komunikasi dan Informatika Nomor 5 Tahun 2020": skip the ministry.
        while position < tokens.count && position - index < 10, let ministryWord = word(position),
          !LegalExtractor.numberWords.contains(ministryWord)
        {
          position += 1
        }
      }
      // "(PP)", "(MK)", "(PKPU)" after the head.
      if text(position) == "(", word(position + 1) != nil, text(position + 2) == ")" { position += 3 }
      if head.type == "PUTUSAN-MK", let docket = docket(at: position) { return docket }
      guard let (number, year, end) = numberAndYear(at: position) else { continue }
      let id = "\(head.type)-\(number)-\(year)"
      let (title, titleEnd) = self.title(at: end)
      return Instrument(end: titleEnd, id: id, type: head.type, number: number, year: year, title: title)
    }
    return nil
  }

  /// "Nomor 27 Tahun 2022", "No. 27/2022", "Number 27 of 2022", "71 tahun 2019", "27/2022".
  func numberAndYear(at start: Int) -> (String, Int, Int)? {
    var index = start
    if let word = word(index), LegalExtractor.numberWords.contains(word) {
      index += 1
      if text(index) == "." { index += 1 }
    }
    guard let number = number(index), number.count <= 4 else { return nil }
    index += 1
    if let word = word(index), LegalExtractor.yearWords.contains(word) {
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
    if let word = word(index), LegalExtractor.numberWords.contains(word) {
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
  /// Law"), an acronym in parentheses inside it allowed; "KUHP" and "the Criminal Code" for
  /// the old criminal code.
  func shortName(at index: Int) -> Instrument? {
    guard var first = text(index) else { return nil }
    // "Undang-Undang Kekuasaan Kehakiman" is written "UU Kekuasaan Kehakiman" in the lexicon.
    let longHead = matches(["undang", "-", "undang"], at: index)
    if longHead { first = "uu" }
    var best: (end: Int, id: String)?
    for candidate in extractor.shortNames[first] ?? [] {
      var position = index
      var words = candidate.words[...]
      if longHead {
        position += 3
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
    if best == nil, first == "kuhp", !(word(index + 1).map { ["baru", "nasional"].contains($0) } ?? false) {
      best = (index + 1, "KUHP")
    }
    if best == nil, matches(["criminal", "code"], at: index), word(index - 1) != "new" {
      best = (index + 2, "KUHP")
      if text(index + 2) == "(", text(index + 4) == ")" { best = (index + 5, "KUHP") }
    }
    guard let (end, id) = best else { return nil }
    let statute = extractor.statutes[id]
    let parts = id.split(separator: "-")
    let type = id.hasPrefix("PUTUSAN-MK") ? "PUTUSAN-MK" : (id == "UUD-1945" || id == "KUHP" ? id : String(parts[0]))
    let number = parts.count == 3 && !id.hasPrefix("PUTUSAN") ? String(parts[1]) : nil
    let year = parts.count == 3 && !id.hasPrefix("PUTUSAN") ? Int(parts[2]) : nil
    _ = statute
    return Instrument(end: end, id: id, type: type, number: number, year: year, title: nil)
  }

  /// "UU tersebut", "beleid itu", "the law": the last instrument cited ("law" and
  /// "undang-undang" words: the last statute). Right after cited articles the article may
  /// be missing ("Articles 35 to 39 of the law", "Article 18 of the same law").
  func anaphora(at index: Int, afterArticles: Bool) -> Instrument? {
    var phrases = LegalExtractor.anaphora
    if afterArticles { phrases += [["same", "law"], ["law"]] }
    for words in phrases where matches(words, at: index) {
      let statuteWords = words.contains("law") || words.contains("uu") || words.contains("undang")
      guard let last = statuteWords ? context.lastStatute : context.last else { continue }
      return Instrument(
        end: index + words.count, id: last.id, type: last.instrument, number: last.number, year: last.year, title: nil)
    }
    return nil
  }

  /// The title after "tentang"/"concerning"/"on": capitalized words and connectors.
  func title(at start: Int) -> (String?, Int) {
    guard let word = word(start), LegalExtractor.titleWords.contains(word) else { return (nil, start) }
    var index = start + 1
    if self.word(index) == "the" { index += 1 }
    let first = index
    var lastWord = -1
    while index < tokens.count {
      let token = tokens[index]
      if token.kind == .word && (isCapitalized(index) || (LegalExtractor.titleConnectors.contains(token.text) && lastWord >= 0)) {
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
