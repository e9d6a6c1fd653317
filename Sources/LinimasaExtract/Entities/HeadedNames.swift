// Organizations and places no lexicon lists, known by a head word of `name-heads.tsv`
// ("Kabupaten Karanganyar", "PT Maju Jaya Tbk", "Desa Sukamaju").
import LinimasaCore

extension EntityRecognizer {
  /// The most capitalized words a head takes beside it.
  static let headedNameLimit: [EntityType: Int] = [.organization: 5, .place: 3]

  /// Adds an organization or place for each head word of the document's language with
  /// capitalized words on its side: after a `first` head, before a `last` one. Names stop
  /// at covered, lowercase or people-rule words (a title, a speech verb, a stop word), at a
  /// word before a number, at punctuation and at another head; a sentence-initial word the
  /// document also writes in lowercase is left out. A `first` head right after another
  /// capitalized word is part of a longer name ("Harian Teluk Biru"), and a name the
  /// lexicon knows a longer form of is left to the lexicon.
  func discoverHeadedNames(
    _ bytes: UnsafeBufferPointer<UInt8>, words: [TextWord], heads nameHeads: [UInt64: NameHead], covered: inout [Bool],
    capitalization: Capitalization, into result: inout EntityAnalysis
  ) {
    // A word before a number is a label ("Nomor 55"), not a name's.
    func isNameWord(_ index: Int) -> Bool {
      !(index + 1 < words.count && ASCII.isDigit(bytes[words[index + 1].range.lowerBound])) && !covered[index]
        && ASCII.isUpper(bytes[words[index].range.lowerBound]) && nameHeads[words[index].hash] == nil
        && roles(words[index]).isDisjoint(with: [.notName, .speechVerb, .oneWordTitle, .titleStart])
    }
    func spaced(_ left: Int, _ right: Int, period: Bool = false) -> Bool {
      var gap = bytes[words[left].range.upperBound..<words[right].range.lowerBound][...]
      if period, gap.first == UInt8(ascii: ".") { gap = gap.dropFirst() }
      return !gap.isEmpty && gap.allSatisfy { $0 == UInt8(ascii: " ") }
    }
    var index = 0
    while index < words.count {
      defer { index += 1 }
      guard !covered[index], ASCII.isUpper(bytes[words[index].range.lowerBound]), let head = nameHeads[words[index].hash],
        let limit = Self.headedNameLimit[head.type]
      else { continue }
      var run: Range<Int>
      if head.first {
        if index > 0, !covered[index - 1], ASCII.isUpper(bytes[words[index - 1].range.lowerBound]), spaced(index - 1, index),
          roles(words[index - 1]).isDisjoint(with: [.oneWordTitle, .titleStart])
        {
          continue
        }
        // "PT. Maju": an abbreviated head may take a period.
        let abbreviated = words[index].range.allSatisfy { !ASCII.isLower(bytes[$0]) }
        var end = index + 1
        while end < words.count, end - index <= limit, spaced(end - 1, end, period: end == index + 1 && abbreviated) {
          if isNameWord(end) {
            end += 1
          } else if head.type == .organization, end > index + 1, end + 1 < words.count,
            nameConnectors.contains(words[end].hash), spaced(end, end + 1), isNameWord(end + 1)
          {
            end += 2
          } else {
            break
          }
        }
        guard end > index + 1 else { continue }
        // "PT Maju Jaya Tbk".
        if end < words.count, !covered[end], let last = nameHeads[words[end].hash], !last.first, last.type == head.type,
          ASCII.isUpper(bytes[words[end].range.lowerBound]), spaced(end - 1, end)
        {
          end += 1
        }
        run = index..<end
      } else {
        var first = index
        while first > 0, index - first < limit, isNameWord(first - 1), spaced(first - 1, first) { first -= 1 }
        while first < index, first == 0 || Self.sentenceBreak(bytes, between: words[first - 1], and: words[first]),
          !capitalization.canBeName(words[first])
        {
          first += 1
        }
        guard first < index else { continue }
        run = first..<(index + 1)
      }
      let span = ByteSpan(words[run.lowerBound].range.lowerBound, words[run.upperBound - 1].range.upperBound)
      let name = Self.text(bytes, span)
      guard !lexiconNamePrefixes.contains(name.lowercased()) else { continue }
      let entity = result.entities[Self.id(head.type, name)]
        ?? DocumentEntity(id: Self.id(head.type, name), type: head.type, name: name, aliases: [], roles: [], fromLexicon: false)
      result.note(entity, at: span, surface: name)
      for position in run { covered[position] = true }
      index = run.upperBound - 1
    }
  }
}
