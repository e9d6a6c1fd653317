// Nouns that refer back to a named entity ("the ministry", "the council", "pihak kepolisian").
import LinimasaCore

/// The referring nouns of every language's lexicon, and what each can stand for.
struct ReferringNouns: Sendable {
  /// Each noun, lowercased, with the kind of entity it refers to.
  let kinds: [String: EntityType]
  /// For each noun, the lexicon entities whose names or aliases, in either language, hold
  /// it ("the ministry" in an Indonesian article still finds Kominfo's English name).
  let namedBy: [String: Set<String>]
  /// Each noun by its folded word hash.
  private let byHash: [UInt64: String]

  init(lexicons: Lexicons) {
    kinds = Language.supported.reduce(into: [:]) { $0.merge(lexicons[$1].referringNouns) { first, _ in first } }
    let byHash = Dictionary(kinds.keys.map { (WordScanner.foldedHash($0), $0) }, uniquingKeysWith: min)
    self.byHash = byHash
    var namedBy: [String: Set<String>] = [:]
    for (id, entry) in lexicons.entities {
      for name in [entry.nameIndonesian, entry.nameEnglish] + entry.aliases {
        EntityMatcher.forEachWordHash(in: name) { hash in
          if let noun = byHash[hash] { namedBy[noun, default: []].insert(id) }
        }
      }
    }
    self.namedBy = namedBy
  }

  /// Whether `word` is a referring noun.
  func isNoun(_ word: TextWord) -> Bool { byHash[word.hash] != nil }

  /// What `word`, a referring noun, stands for (see `referent(of:at:in:bytes:)`); nil for any other word.
  func referent(of word: TextWord?, in entities: EntityAnalysis, bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard let word, let noun = byHash[word.hash] else { return nil }
    return referent(of: noun, at: word.range.lowerBound, in: entities, bytes: bytes)
  }

  /// Whether `noun` is one of the two words right before `span` and after byte `start`
  /// (where the name before ends): "Majelis hakim Pengadilan Tipikor", not "the Test
  /// Ministry met KPUT chairman".
  static func isIntroduced(_ span: ByteSpan, by noun: String, after start: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    var before: [Range<Int>] = []
    WordScanner.forEachWord(in: bytes, range: min(span.start, max(start, span.start - 48))..<span.start) { word in
      before.append(word.range)
    }
    return before.suffix(2).contains { ByteSearch.lowercasedEquals(bytes, $0, noun) }
  }

  static func lowercaseWords(_ name: String) -> [Substring] {
    name.lowercased().split { !$0.isLetter }
  }

  /// Whether `noun` is one of `name`'s `lowercaseWords`; an ASCII name is read as bytes.
  static func nameHolds(_ name: String, _ noun: String) -> Bool {
    var name = name
    let ascii = name.withUTF8 { bytes in
      bytes.allSatisfy { $0 < 0x80 } ? asciiWordsHold(bytes, noun) : nil
    }
    return ascii ?? lowercaseWords(name).contains(Substring(noun))
  }

  /// Whether `noun` is one of the runs of letters of the ASCII text `bytes`, ignoring case.
  static func asciiWordsHold(_ bytes: UnsafeBufferPointer<UInt8>, _ noun: String) -> Bool {
    var start = 0
    while start < bytes.count {
      guard ASCII.isLetter(bytes[start]) else {
        start += 1
        continue
      }
      var end = start
      while end < bytes.count && ASCII.isLetter(bytes[end]) { end += 1 }
      if ByteSearch.lowercasedEquals(bytes, start..<end, noun) { return true }
      start = end
    }
    return false
  }

  /// What `noun` at byte `offset` stands for: the last entity of its kind named before it,
  /// preferring one whose name holds the noun ("the court" → "Constitutional Court" over a
  /// party named since) or that the noun introduced ("Majelis hakim Pengadilan Tipikor …
  /// politikus Partai NasDem … Menurut majelis": the court); with none before, the first
  /// named after it whose name holds the noun ("An ethics council on Tuesday removed ...
  /// The Constitutional Court Honorary Council (MKMK)"). Nil when `noun` is no referring
  /// noun or nothing fits. `entities.mentions` are in text order, as `EntityRecognizer`
  /// leaves them.
  func referent(of noun: String, at offset: Int, in entities: EntityAnalysis, bytes: UnsafeBufferPointer<UInt8>)
    -> String?
  {
    guard let kind = kinds[noun] else { return nil }
    let accepted: [EntityType] = kind == .person ? [.person, .group] : [kind]
    var naming: [String: Bool] = [:]
    func namesNoun(_ id: String) -> Bool {
      if let known = naming[id] { return known }
      var names = namedBy[noun]?.contains(id) == true
      if !names, let entity = entities.entities[id] {
        names = ([entity.name] + entity.aliases).contains { Self.nameHolds($0, noun) }
      }
      naming[id] = names
      return names
    }
    // One pass: the last of the kind before, the last naming the noun before, the first
    // naming it after.
    var lastBefore: String?
    var lastNamingBefore: String?
    var firstNamingAfter: String?
    var previousEnd = 0
    for mention in entities.mentions {
      defer { previousEnd = mention.span.end }
      // Past `offset` (no mention after ends before it), only a first mention naming the
      // noun is still wanted, and only when none of the kind came before.
      if mention.span.start > offset && (lastBefore != nil || firstNamingAfter != nil) { break }
      guard let type = entities.entities[mention.entity]?.type, accepted.contains(type) else { continue }
      if mention.span.end <= offset {
        lastBefore = mention.entity
        if namesNoun(mention.entity) || Self.isIntroduced(mention.span, by: noun, after: previousEnd, in: bytes) {
          lastNamingBefore = mention.entity
        }
      } else if mention.span.start > offset, firstNamingAfter == nil, namesNoun(mention.entity) {
        firstNamingAfter = mention.entity
      }
    }
    return lastNamingBefore ?? lastBefore ?? firstNamingAfter
  }
}
