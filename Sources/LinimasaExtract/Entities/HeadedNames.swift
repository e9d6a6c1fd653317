// Organizations and places no lexicon lists, known by a head word of `name-heads.tsv`
// ("Kabupaten Karanganyar", "PT Maju Jaya Tbk", "Desa Sukamaju", "Jakarta Police").
import LinimasaCore

extension EntityRecognizer {
  /// The most capitalized words a head takes beside it.
  static let headedNameLimit: [EntityType: Int] = [.organization: 5, .place: 3]

  /// Whether `word` is a people's name: a capitalized word ending in "-ian", "-ese" or "-ish"
  /// ("Indonesian", "Japanese", "British").
  static func isDemonym(_ bytes: UnsafeBufferPointer<UInt8>, _ word: TextWord) -> Bool {
    word.range.count >= 5 && ASCII.isUpper(bytes[word.range.lowerBound])
      && (ByteSearch.endsWith(bytes, word.range, "ian") || ByteSearch.endsWith(bytes, word.range, "ese")
        || ByteSearch.endsWith(bytes, word.range, "ish"))
  }

  /// Adds an organization or place for each head word of the document's language with
  /// capitalized words on its side: after a head that may come first, before one that may
  /// come last. Names stop at covered, lowercase or people-rule words (a title, a speech
  /// verb, a stop word), at a word before a number, at punctuation and at another head; a
  /// sentence-initial word the document also writes in lowercase is left out. A first head
  /// right after another capitalized word is part of a longer name ("Harian Teluk Biru"),
  /// unless it may also come last ("Harvard University"), and a name the lexicon knows a
  /// longer form of is left to the lexicon. A place head may be written in lowercase ("desa
  /// Suren", "Sendangsari regency"): the name is then the capitalized words alone. Before a last head, a place
  /// already found belongs to the name ("Jakarta Police"), and so does one after a first
  /// organization head and its other words ("Pengadilan Tinggi Semarang", "Dinas Kesehatan
  /// Kabupaten Sendangsari"), and a body a joiner word names after it ("Pengadilan Niaga
  /// pada Pengadilan Negeri Semarang"); with `strictLastHeads` (English), the
  /// words before a last head must hold such a place, an acronym or a people's name. A place head before a place of
  /// the gazetteers names that place ("Kabupaten Tanah Datar").
  func discoverHeadedNames(
    _ bytes: UnsafeBufferPointer<UInt8>, words: [TextWord], heads nameHeads: [UInt64: NameHead], strictLastHeads: Bool,
    covered: inout [Bool], capitalization: Capitalization, into result: inout EntityAnalysis
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
    // A place the lexicon or the gazetteers gave, by the words it covers.
    func placeMention(endingAt index: Int) -> EntityMention? {
      guard covered[index] else { return nil }
      return result.mentions.last {
        $0.span.end == words[index].range.upperBound && result.entities[$0.entity]?.type == .place
      }
    }
    func placeMention(startingAt index: Int) -> EntityMention? {
      guard covered[index] else { return nil }
      return result.mentions.last {
        $0.span.start == words[index].range.lowerBound && result.entities[$0.entity]?.type == .place
      }
    }
    var index = 0
    while index < words.count {
      defer { index += 1 }
      guard !covered[index], let head = nameHeads[words[index].hash], let limit = Self.headedNameLimit[head.type] else { continue }
      let capital = ASCII.isUpper(bytes[words[index].range.lowerBound])
      guard capital || head.type == .place else { continue }
      var run: Range<Int>?
      var absorbed: [EntityMention] = []
      let afterName = index > 0 && !covered[index - 1] && ASCII.isUpper(bytes[words[index - 1].range.lowerBound])
        && spaced(index - 1, index) && roles(words[index - 1]).isDisjoint(with: [.oneWordTitle, .titleStart, .notName])
      if head.first, !(capital && afterName) {
        // "PT. Maju": an abbreviated head may take a period.
        let abbreviated = capital && words[index].range.allSatisfy { !ASCII.isLower(bytes[$0]) }
        var segment = index
        var end = index + 1
        while true {
          while end < words.count, end - segment <= limit, spaced(end - 1, end, period: end == index + 1 && abbreviated) {
            if isNameWord(end) {
              end += 1
            } else if head.type == .organization, end + 1 < words.count,
              end > segment + 1 ? nameConnectors.contains(words[end].hash) || nameParticles.contains(words[end].hash)
                : capital && nameParticles.contains(words[end].hash),
              spaced(end, end + 1), isNameWord(end + 1)
            {
              end += 2
            } else {
              break
            }
          }
          // "Pengadilan Tinggi Semarang": a place right after the head's words is the body's.
          if head.type == .organization, capital, end > segment + 1, end < words.count, spaced(end - 1, end),
            let place = placeMention(startingAt: end)
          {
            absorbed.append(place)
            while end < words.count, covered[end], words[end].range.upperBound <= place.span.end { end += 1 }
          } else if head.type == .organization, capital, end > segment + 1, end + 1 < words.count, spaced(end - 1, end),
            let placeHead = nameHeads[words[end].hash], placeHead.type == .place, placeHead.first,
            ASCII.isUpper(bytes[words[end].range.lowerBound]), spaced(end, end + 1), isNameWord(end + 1)
          {
            // "Dinas Kesehatan Kabupaten Sendangsari": so is a place its head names.
            end += 2
            while end < words.count, end - segment <= limit + 3, spaced(end - 1, end), isNameWord(end) { end += 1 }
          }
          // "Pengadilan Niaga pada Pengadilan Negeri Semarang": a court inside another body
          // is named with it.
          guard head.type == .organization, capital, end > segment + 1, end + 2 < words.count,
            bodyJoiners.contains(words[end].hash), spaced(end - 1, end), spaced(end, end + 1),
            ASCII.isUpper(bytes[words[end + 1].range.lowerBound]),
            let next = nameHeads[words[end + 1].hash], next.first, next.type == .organization
          else { break }
          // A body an earlier rule found there ("… pada Pengadilan Negeri Semarang menyatakan").
          if covered[end + 1] {
            guard let body = result.mentions.last(where: { $0.span.start == words[end + 1].range.lowerBound }),
              result.entities[body.entity]?.type == .organization
            else { break }
            absorbed.append(body)
            end += 1
            while end < words.count, covered[end], words[end].range.upperBound <= body.span.end { end += 1 }
            break
          }
          segment = end + 1
          end += 2
        }
        if end > index + 1 {
          // "PT Maju Jaya Tbk".
          if capital, end < words.count, !covered[end], let last = nameHeads[words[end].hash], last.last, last.type == head.type,
            ASCII.isUpper(bytes[words[end].range.lowerBound]), spaced(end - 1, end)
          {
            end += 1
          }
          run = (capital ? index : index + 1)..<end
        }
      }
      // "the Jakarta Institute for Law and Democracy": a name going on past a last head that
      // the first-head reading could not take is left alone.
      let continues = index + 1 < words.count && nameParticles.contains(words[index + 1].hash)
      if run == nil, head.last, !(strictLastHeads && continues) {
        var first = index
        while first > 0, index - first < limit, spaced(first - 1, first) {
          if isNameWord(first - 1) {
            first -= 1
          } else if absorbed.isEmpty, let place = placeMention(endingAt: first - 1) {
            // "Jakarta Police", "Semarang Corruption Court": the place is the organization's.
            absorbed.append(place)
            while first > 0, covered[first - 1], words[first - 1].range.lowerBound >= place.span.start { first -= 1 }
          } else {
            break
          }
        }
        while first < index, first == 0 || Self.sentenceBreak(bytes, between: words[first - 1], and: words[first]),
          !capitalization.canBeName(words[first]), !covered[first]
        {
          first += 1
        }
        // In English a run of common words takes a last head too ("Research Institute",
        // "Polling Station"): the name must hold a place, a people's name ("Indonesian
        // Navy") or an acronym.
        // A place head in lowercase is evidence itself, and not the name's ("Sendangsari
        // regency": the name is "Sendangsari").
        let evidenced = !strictLastHeads || !absorbed.isEmpty || !capital
          || (first..<index).contains { Self.isAcronym(bytes, words[$0]) || Self.isDemonym(bytes, words[$0]) }
        if first < index, evidenced, capital || absorbed.isEmpty { run = first..<(capital ? index + 1 : index) }
      }
      guard let run else { continue }
      let span = ByteSpan(words[run.lowerBound].range.lowerBound, words[run.upperBound - 1].range.upperBound)
      let name = Self.text(bytes, span)
      guard !lexiconNamePrefixes.contains(name.lowercased()) else { continue }
      for mention in absorbed { result.drop(mention) }
      var entity = result.entities[Self.id(head.type, name)]
        ?? DocumentEntity(id: Self.id(head.type, name), type: head.type, name: name, aliases: [], roles: [], fromLexicon: false)
      if head.type == .place, head.first, run.lowerBound >= index, run.lowerBound == index || !capital {
        let rest = Self.text(bytes, ByteSpan(words[index + 1].range.lowerBound, span.end))
        if let id = gazetteer.forms[rest.lowercased()], let entry = lexicon[id] ?? gazetteer.entries[id] {
          entity = result.entities[id] ?? Self.entity(entry)
        }
      }
      result.note(entity, at: span, surface: name)
      for position in run { covered[position] = true }
      index = run.upperBound - 1
    }
  }
}
