// How the clauses of a sentence present what they report, from the lexicon's clause markers.
import LinimasaCore

/// The clause markers of every language, and the speech and finding verbs after which
/// "that" opens a reported clause rather than a relative one.
struct ClauseMarkers: Sendable {
  let phrases: PhraseTable<Set<ClauseMarker.Kind>>
  /// Indonesian prefixes that make a verb passive ("di", "ter"), and the words that start
  /// with one and are not passive.
  let passivePrefixes: [String]
  let notPassive: Set<UInt64>
  let reportingVerbs: Set<UInt64>
  /// Complementizers that open a relative clause after a noun ("that";
  /// `relative-complementizers.txt`).
  let relativeComplementizers: LowercaseWordSet
  /// Referring nouns ("ministry"): a determiner before one makes a subject, not a noun trigger.
  let referringNouns: Set<UInt64>

  init(lexicons: Lexicons) {
    var kinds: [String: Set<ClauseMarker.Kind>] = [:]
    var order: [String] = []
    var prefixes: [String] = []
    var notPassive: Set<UInt64> = []
    for language in Language.supported {
      for marker in lexicons[language].clauseMarkers {
        let phrase = marker.words.joined(separator: " ")
        switch marker.kind {
        case .passivePrefix:
          prefixes.append(phrase)
        case .notPassive:
          notPassive.insert(WordScanner.foldedHash(phrase))
        default:
          if kinds[phrase] == nil { order.append(phrase) }
          kinds[phrase, default: []].insert(marker.kind)
        }
      }
    }
    phrases = PhraseTable(order.map { ($0, kinds[$0] ?? []) })
    passivePrefixes = prefixes.sorted { $0.count > $1.count }
    self.notPassive = notPassive
    referringNouns = Set(
      Language.supported.flatMap { language in lexicons[language].referringNouns.keys.map(WordScanner.foldedHash) })
    reportingVerbs = Set(
      Language.supported.flatMap { language in
        (lexicons[language].words(.speechVerbs).union(lexicons[language].words(.findingVerbs))).map(WordScanner.foldedHash)
      })
    relativeComplementizers = LowercaseWordSet(Set(Language.supported.flatMap { lexicons[$0].words(.relativeComplementizers) }))
  }
}

/// How a trigger's clause has it done: by the subject (active), to the subject (passive),
/// or named as a thing (a noun: "the attack", "kebocoran").
enum Voice: Equatable {
  case active, passive, noun
}

/// One sentence's words with the clause markers among them: where each clause starts,
/// which clauses are relative, and what the markers before a word make of it.
final class ClauseReading {
  let words: [TextWord]
  /// The markers found, by the index of their first word, with how many words they take.
  private let markers: [Int: (kinds: Set<ClauseMarker.Kind>, count: Int)]
  /// For each word, the index of the first word of its clause.
  let clauseStarts: [Int]
  /// For each word, whether its clause is a relative clause.
  let isRelative: [Bool]
  private let bytes: UnsafeBufferPointer<UInt8>
  private let vocabulary: ClauseMarkers


  init(words: [TextWord], bytes: UnsafeBufferPointer<UInt8>, vocabulary: ClauseMarkers) {
    self.words = words
    self.bytes = bytes
    self.vocabulary = vocabulary
    var markers: [Int: (kinds: Set<ClauseMarker.Kind>, count: Int)] = [:]
    var index = 0
    while index < words.count {
      if let (kinds, count) = vocabulary.phrases.match(words, at: index) {
        markers[index] = (kinds, count)
        index += count
      } else {
        index += 1
      }
    }
    self.markers = markers
    var starts: [Int] = []
    var relative: [Bool] = []
    var start = 0
    var startIsRelative = false
    for index in words.indices {
      if index > 0 && Self.hasBoundary(bytes, from: words[index - 1].range.upperBound, to: words[index].range.lowerBound)
      {
        start = index
        startIsRelative = false
      }
      if let kinds = markers[index]?.kinds, index > start {
        if kinds.contains(.subordinator) {
          start = index
          startIsRelative = false
        } else if kinds.contains(.relative) {
          start = index
          startIsRelative = true
        } else if kinds.contains(.complementizer) {
          // "that" after a verb reports what was said; after a noun it opens a relative clause.
          start = index
          startIsRelative =
            vocabulary.relativeComplementizers.contains(bytes, words[index].range, hash: words[index].hash)
            && !vocabulary.reportingVerbs.contains(words[index - 1].hash)
        }
      }
      starts.append(start)
      relative.append(startIsRelative)
    }
    clauseStarts = starts
    isRelative = relative
  }

  /// Whether a clause boundary (punctuation or a dash) lies in `bytes[from..<to]`.
  static func hasBoundary(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
    guard from < to else { return false }
    for offset in from..<to {
      let byte = bytes[offset]
      switch byte {
      // Punctuation that ends a clause when it stands between two words.
      case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"),
        UInt8(ascii: "\""):
        return true
      // En and em dashes, curly double quotes (E2 80 93/94, E2 80 9C/9D).
      case 0xE2 where offset + 2 < to && bytes[offset + 1] == 0x80:
        switch bytes[offset + 2] {
        case 0x93, 0x94, 0x9C, 0x9D: return true
        default: break
        }
      default: break
      }
      if byte == UInt8(ascii: "-"), offset > from, offset + 1 < to, bytes[offset - 1] == UInt8(ascii: " ") {
        return true
      }
    }
    return false
  }

  /// The kinds of the markers in the clause of `index`, before it.
  func kinds(before index: Int) -> Set<ClauseMarker.Kind> {
    var found: Set<ClauseMarker.Kind> = []
    for position in clauseStarts[index]..<index {
      if let marker = markers[position], position + marker.count <= index { found.formUnion(marker.kinds) }
    }
    return found
  }

  /// Whether the sentence holds a marker of `kind` anywhere.
  func contains(_ kind: ClauseMarker.Kind) -> Bool {
    markers.values.contains { $0.kinds.contains(kind) }
  }

  /// Whether the word at `index` introduces a date ("pada", "on").
  func isDateLead(_ index: Int) -> Bool { kinds(at: index).contains(.dateLead) }

  /// The marker kinds that start at word `index`.
  func kinds(at index: Int) -> Set<ClauseMarker.Kind> { markers[index]?.kinds ?? [] }

  /// Kinds that make what a clause reports something other than a past happening.
  static let unreal: Set<ClauseMarker.Kind> = [.negation, .future, .condition, .modal, .obligation, .provision, .until]

  /// Whether the phrase of `count` words at `index` reports something that happened: no
  /// negation, plan, condition, possibility, obligation or rule before it in its clause,
  /// nor in it ("will not pay"), and no appeal before it ("didesak untuk membentuk": asked
  /// for, not done).
  func isFactual(_ index: Int, count: Int = 1) -> Bool {
    guard kinds(before: index).isDisjoint(with: Self.unreal.union([.appeal])) else { return false }
    return (index..<min(words.count, index + count)).allSatisfy { kinds(at: $0).isDisjoint(with: Self.unreal) }
  }

  /// Whether the predicate after a noun trigger ending before word `end` is told as fact:
  /// no negation or possibility in the rest of its clause ("Dakwaan subsider itu tidak lagi
  /// dipertimbangkan", "The attack could not be traced").
  func predicateIsFactual(afterNounAt end: Int) -> Bool {
    guard end < words.count else { return true }
    let clause = clauseStarts[end - 1]
    var position = end
    while position < words.count && clauseStarts[position] == clause {
      if !kinds(at: position).isDisjoint(with: [.negation, .modal, .obligation, .future, .condition]) { return false }
      position += 1
    }
    return true
  }

  /// Whether a clause opened by a subordinator ("as", "karena") or a complementizer lies
  /// between words `lhs` and `rhs` (either order): a date there is another clause's.
  func separatesClauses(_ lhs: Int, _ rhs: Int) -> Bool {
    let (first, last) = (min(lhs, rhs), max(lhs, rhs))
    guard clauseStarts[first] != clauseStarts[last] else { return false }
    return (first + 1...last).contains { position in
      clauseStarts[position] == position && !kinds(at: position).isDisjoint(with: [.subordinator, .complementizer])
    }
  }

  /// The index of the word that starts at byte `offset`, if any.
  func wordIndex(startingAt offset: Int) -> Int? {
    words.firstIndex { $0.range.lowerBound == offset }
  }

  /// Whether the date starting at byte `offset` ends a period ("hingga 22 Maret", "until
  /// Monday"): an `until` marker stands right before it, or one word before it.
  func boundsPeriod(dateAt offset: Int) -> Bool { follows(.until, dateAt: offset) }

  /// Whether the date starting at byte `offset` names a period rather than timing its
  /// clause ("tahun anggaran 2021", "fiscal year 2022"): a `period-name` marker stands
  /// right before it, or one word before it.
  func namesPeriod(dateAt offset: Int) -> Bool { follows(.periodName, dateAt: offset) }

  /// Whether a marker of `kind` ends right before the word at byte `offset`, or one word
  /// before it, with no comma between.
  private func follows(_ kind: ClauseMarker.Kind, dateAt offset: Int) -> Bool {
    guard let index = words.firstIndex(where: { $0.range.upperBound > offset }) else { return false }
    for back in 1...3 where index - back >= 0 {
      if let marker = markers[index - back], marker.kinds.contains(kind), index - back + marker.count >= index - 1,
        !bytes[words[index - back].range.upperBound..<words[index].range.lowerBound].contains(UInt8(ascii: ","))
      {
        return true
      }
    }
    return false
  }

  /// How the trigger of `count` words at `index` has its doer: passive when an
  /// Indonesian passive prefix opens it ("diretas") or an English auxiliary stands just
  /// before it ("was hacked"); a noun after a determiner or with an Indonesian noun ending
  /// ("serangan"), unless a light verb makes its subject the doer ("BSSN melakukan
  /// forensik"); else active.
  func voice(ofTriggerAt index: Int, language: Language) -> Voice {
    let word = words[index]
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[word.range]), as: UTF8.self).lowercased()
    let clauseStart = clauseStarts[index]
    let before = (max(clauseStart, index - 3)..<index)
    let lightVerbBefore = lightVerb(before: index) != nil
    if language != .english, !vocabulary.notPassive.contains(word.hash),
      vocabulary.passivePrefixes.contains(where: { text.hasPrefix($0) && text.count >= $0.count + 3 })
    {
      return .passive
    }
    if language == .english {
      if !text.hasSuffix("ing"), before.contains(where: { kinds(at: $0).contains(.passiveAuxiliary) }) {
        return .passive
      }
      // "the attack", "the cyber attack"; not "The ministry sent".
      let determined =
        (index >= 1 && kinds(at: index - 1).contains(.determiner))
        || (index >= 2 && index - 2 >= clauseStart && kinds(at: index - 2).contains(.determiner)
          && !vocabulary.referringNouns.contains(words[index - 1].hash))
      if !lightVerbBefore, determined { return .noun }
      return .active
    }
    if !lightVerbBefore, text.hasSuffix("an"), !text.hasSuffix("kan") { return .noun }
    return .active
  }

  /// Whether a subject may start at word `index`: it (or a determiner right before it)
  /// opens its clause, or follows "that"/"bahwa" or a speech verb ("said the KPU must").
  func startsSubject(at index: Int) -> Bool {
    var lead = index
    if lead > 0, kinds(at: lead - 1).contains(.determiner) { lead -= 1 }
    guard lead > 0, clauseStarts[lead] != lead else { return true }
    return kinds(at: lead - 1).contains(.complementizer) || vocabulary.reportingVerbs.contains(words[lead - 1].hash)
  }

  /// The index of a light verb ("melakukan", "conducted", "sought") among the three words
  /// before word `index`, in its clause.
  func lightVerb(before index: Int) -> Int? {
    (max(clauseStarts[index], index - 3)..<index).last { kinds(at: $0).contains(.lightVerb) }
  }

  /// The index of the first word after an agent marker ("oleh", "by") that follows the
  /// trigger ending before word `end` within two words, in the same clause.
  func agentStart(afterTriggerEndingAt end: Int) -> Int? {
    for position in end..<min(words.count, end + 3) where clauseStarts[position] <= end || position == end {
      if let marker = markers[position], marker.kinds.contains(.agentMarker) {
        return position + marker.count < words.count ? position + marker.count : nil
      }
    }
    return nil
  }

  /// The index of the first word after a target marker ("terhadap", "against", "on") that
  /// follows the trigger ending before word `end` within two words.
  func targetStart(afterTriggerEndingAt end: Int) -> Int? {
    for position in end..<min(words.count, end + 4) {
      if let marker = markers[position], marker.kinds.contains(.targetMarker) {
        return position + marker.count < words.count ? position + marker.count : nil
      }
    }
    return nil
  }
}
