// Nouns that refer back to a named entity ("the ministry", "the council", "pihak kepolisian").
import LinimasaCore

/// The referring nouns of every language's lexicon, and what each can stand for.
struct ReferringNouns: Sendable {
  /// Each noun, lowercased, with the kind of entity it refers to.
  let kinds: [String: EntityType]
  /// The lowercased words of each lexicon entity's names and aliases, in both languages
  /// ("the ministry" in an Indonesian article still finds Kominfo's English name).
  let lexiconNameWords: [String: Set<Substring>]
  /// Each noun by its folded word hash.
  private let byHash: [UInt64: String]

  init(lexicons: Lexicons) {
    kinds = Language.supported.reduce(into: [:]) { $0.merge(lexicons[$1].referringNouns) { first, _ in first } }
    byHash = Dictionary(kinds.keys.map { (WordScanner.foldedHash($0), $0) }, uniquingKeysWith: min)
    lexiconNameWords = lexicons.entities.mapValues { entry in
      Set(([entry.nameIndonesian, entry.nameEnglish] + entry.aliases).flatMap(Self.lowercaseWords))
    }
  }

  /// Whether `word` is a referring noun.
  func isNoun(_ word: TextWord) -> Bool { byHash[word.hash] != nil }

  /// What `word`, a referring noun, stands for (see `referent(of:at:in:)`); nil for any other word.
  func referent(of word: TextWord?, in entities: EntityAnalysis) -> String? {
    guard let word, let noun = byHash[word.hash] else { return nil }
    return referent(of: noun, at: word.range.lowerBound, in: entities)
  }

  static func lowercaseWords(_ name: String) -> [Substring] {
    name.lowercased().split { !$0.isLetter }
  }

  /// What `noun` at byte `offset` stands for: the last entity of its kind named before it,
  /// preferring one whose name holds the noun ("the court" → "Constitutional Court" over a
  /// party named since); with none before, the first named after it whose name holds the
  /// noun ("An ethics council on Tuesday removed ... The Constitutional Court Honorary
  /// Council (MKMK)"). Nil when `noun` is no referring noun or nothing fits.
  func referent(of noun: String, at offset: Int, in entities: EntityAnalysis) -> String? {
    guard let kind = kinds[noun] else { return nil }
    let accepted: [EntityType] = kind == .person ? [.person, .group] : [kind]
    let ofKind = entities.mentions.filter { mention in
      accepted.contains { entities.entities[mention.entity]?.type == $0 }
    }
    let namesNoun = { (mention: EntityMention) -> Bool in
      if lexiconNameWords[mention.entity]?.contains(Substring(noun)) == true { return true }
      guard let entity = entities.entities[mention.entity] else { return false }
      return ([entity.name] + entity.aliases).contains { Self.lowercaseWords($0).contains(Substring(noun)) }
    }
    let before = ofKind.filter { $0.span.end <= offset }
    return (before.last(where: namesNoun) ?? before.last ?? ofKind.first { $0.span.start > offset && namesNoun($0) })?
      .entity
  }
}
