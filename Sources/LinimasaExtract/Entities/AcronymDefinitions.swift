// Short forms the text defines ("Badan Siber dan Sandi Negara (BSSN)"): the organizations
// they name, with a regional office's place or a court's parent body after them.
import LinimasaCore

extension EntityRecognizer {
  /// Adds an organization for each short form in parentheses after its long form ("Badan
  /// Siber dan Sandi Negara (BSSN)", "Kejaksaan Negeri (Kejari) Sendangsari"), or links both
  /// forms to the lexicon entry either names.
  func discoverAcronyms(
    _ bytes: UnsafeBufferPointer<UInt8>, _ span: ByteSpan, words: [TextWord], covered: inout [Bool],
    into result: inout EntityAnalysis
  ) {
    for (position, word) in words.enumerated() where position > 0 {
      let start = word.range.lowerBound
      let end = word.range.upperBound
      guard start > span.start, bytes[start - 1] == UInt8(ascii: "("), end < span.end, bytes[end] == UInt8(ascii: ")"),
        // Capitals ("KPK") or a capitalized short form ("Kejari", "Baleg").
        word.range.count >= 2, word.range.count <= 10, ASCII.isUpper(bytes[start])
      else { continue }
      // The capitalized words (and connectors) just before the parenthesis.
      var first = position
      while first > 0 {
        let candidate = words[first - 1]
        // Only spaces may separate the words of a name.
        let gap = candidate.range.upperBound..<words[first].range.lowerBound
        guard first == position || gap.allSatisfy({ bytes[$0] == UInt8(ascii: " ") }) else { break }
        let capital = ASCII.isUpper(bytes[candidate.range.lowerBound])
        let connector = acronymConnectors.contains(Self.text(bytes, ByteSpan(candidate.range)).lowercased())
        guard capital || connector, position - first < 10 else { break }
        first -= 1
      }
      // The long form starts at a capitalized word with the acronym's first letter ("Melalui
      // Pusat Vulkanologi (PVMBG)": "Pusat Vulkanologi").
      func startsLikeAcronym(_ index: Int) -> Bool {
        ASCII.isUpper(bytes[words[index].range.lowerBound]) && bytes[words[index].range.lowerBound] == bytes[start]
      }
      while first < position && !startsLikeAcronym(first) { first += 1 }
      // A title is no part of the body's name: "Ketua Komisi Pemberantasan Korupsi (KPK)".
      if first < position, roles(words[first]).contains(.titleStart),
        let next = (first + 1..<position).first(where: startsLikeAcronym), position - next >= 2
      {
        first = next
      }
      // A head before a long form that has none is the name's: "PT Sri Rejeki Isman Tbk
      // (Sritex)", "Pengadilan Tindak Pidana Korupsi (Tipikor)"; not "Majelis" of "Majelis
      // Pengadilan Hubungan Industrial (PHI)".
      if first > 0, first < position, nameHeads[.undetermined]?[words[first - 1].hash].map({ $0.first && $0.type == .organization }) == true,
        nameHeads[.undetermined]?[words[first].hash] == nil,
        ASCII.isUpper(bytes[words[first - 1].range.lowerBound]), Self.spacesOnly(bytes, between: words[first - 1], and: words[first])
      {
        first -= 1
      }
      guard position - first >= 2 else { continue }
      var longSpan = ByteSpan(words[first].range.lowerBound, words[position - 1].range.upperBound)
      var long = Self.text(bytes, longSpan)
      var acronym = Self.text(bytes, ByteSpan(start, end))
      // Linked to the lexicon entry that either form names: the short form, or most of the
      // long form up to its end (not "Dewan Perwakilan Rakyat" of "Dewan Perwakilan Rakyat
      // Daerah (DPRD)", another body).
      let mentioned = result.mentions.first {
        $0.span == ByteSpan(start, end)
          || longSpan.contains($0.span) && $0.span.count * 2 > longSpan.count && $0.span.end == longSpan.end
      }
      if let mentioned, var entity = result.entities[mentioned.entity] {
        entity.aliases += [long, acronym].filter { $0 != entity.name && !entity.aliases.contains($0) }
        result.entities[entity.id] = entity
        result.note(entity, at: ByteSpan(start, end), surface: acronym)
        continue
      }
      let lowerWords = long.lowercased().split(separator: " ").map(String.init)
      guard lowerWords.contains(where: organizationWords.contains) || nameHeads[.undetermined]?[words[first].hash]?.type == .organization
      else { continue }
      var last = position
      // A regional office's place after its acronym: "Kejaksaan Negeri (Kejari) Sendangsari",
      // "Dinas Kesehatan (Dinkes) Kabupaten Sendangsari".
      if let place = placeAfterAcronym(bytes, words, position, covered),
        regionalBodyWords.contains(words[position - 1].hash) || nameHeads[.indonesian]?[words[place.lowerBound].hash]?.type == .place
      {
        let placeName = Self.text(bytes, ByteSpan(words[place.lowerBound].range.lowerBound, words[place.upperBound - 1].range.upperBound))
        long += " " + placeName
        acronym += " " + placeName
        longSpan = ByteSpan(longSpan.start, words[place.upperBound - 1].range.upperBound)
        last = place.upperBound - 1
      } else if let body = bodyAfterAcronym(bytes, words, position, covered, result) {
        // The body a court sits in: "Pengadilan Tindak Pidana Korupsi (Tipikor) pada
        // Pengadilan Negeri Jakarta Pusat".
        long += " " + Self.text(bytes, ByteSpan(words[position + 1].range.lowerBound, words[body.words.upperBound - 1].range.upperBound))
        longSpan = ByteSpan(longSpan.start, words[body.words.upperBound - 1].range.upperBound)
        last = body.words.upperBound - 1
        if let mention = body.mention { result.drop(mention) }
      }
      let entity = lexiconIDsByName[long.lowercased()].flatMap { lexicon[$0] }.map(Self.entity)
        ?? DocumentEntity(
          id: Self.id(.organization, acronym), type: .organization, name: long, aliases: [acronym], roles: [],
          fromLexicon: false)
      if last == position {
        result.note(entity, at: longSpan, surface: long)
        result.note(entity, at: ByteSpan(start, end), surface: acronym)
      } else {
        result.note(entity, at: longSpan, surface: nil)
      }
      for index in first...last { covered[index] = true }
    }
  }

  /// The capitalized words (one to four) right after the acronym at word `acronym`, closed
  /// by its parenthesis: a place's name, not a person's or a date's.
  func placeAfterAcronym(
    _ bytes: UnsafeBufferPointer<UInt8>, _ words: [TextWord], _ acronym: Int, _ covered: [Bool]
  ) -> Range<Int>? {
    guard acronym + 1 < words.count, Array(bytes[words[acronym].range.upperBound..<words[acronym + 1].range.lowerBound]) == Array(") ".utf8)
    else { return nil }
    var end = acronym + 1
    while end < words.count, end - acronym <= 4, !covered[end], ASCII.isUpper(bytes[words[end].range.lowerBound]),
      roles(words[end]).isDisjoint(with: [.notName, .speechVerb, .titleStart, .personMarker]),
      end == acronym + 1 || Self.spacesOnly(bytes, between: words[end - 1], and: words[end])
    {
      end += 1
    }
    return end > acronym + 1 ? (acronym + 1)..<end : nil
  }

  /// A body joiner and the body after the acronym at word `acronym` ("(Tipikor) pada
  /// Pengadilan Negeri Jakarta Pusat"): its words, and the mention it takes in if any (the
  /// lexicon's of the body, or of a place that ends its name).
  func bodyAfterAcronym(
    _ bytes: UnsafeBufferPointer<UInt8>, _ words: [TextWord], _ acronym: Int, _ covered: [Bool], _ result: EntityAnalysis
  ) -> (words: Range<Int>, mention: EntityMention?)? {
    let head = acronym + 2
    guard head + 1 < words.count, bodyJoiners.contains(words[acronym + 1].hash),
      Array(bytes[words[acronym].range.upperBound..<words[acronym + 1].range.lowerBound]) == Array(") ".utf8),
      Self.spacesOnly(bytes, between: words[acronym + 1], and: words[head]), ASCII.isUpper(bytes[words[head].range.lowerBound]),
      let next = nameHeads[.undetermined]?[words[head].hash], next.first, next.type == .organization
    else { return nil }
    if covered[head] {
      guard let mention = result.mentions.last(where: { $0.span.start == words[head].range.lowerBound }),
        result.entities[mention.entity]?.type == .organization
      else { return nil }
      var end = head
      while end < words.count, words[end].range.upperBound <= mention.span.end { end += 1 }
      return (head..<end, mention)
    }
    var end = head + 1
    while end < words.count, end - head <= 5, !covered[end], ASCII.isUpper(bytes[words[end].range.lowerBound]),
      Self.spacesOnly(bytes, between: words[end - 1], and: words[end]), roles(words[end]).isDisjoint(with: [.notName, .speechVerb])
    {
      end += 1
    }
    guard end > head + 1 else { return nil }
    // A place the lexicon knows ends the body's name: "… pada Pengadilan Negeri Semarang".
    if end < words.count, covered[end], Self.spacesOnly(bytes, between: words[end - 1], and: words[end]),
      let place = result.mentions.last(where: { $0.span.start == words[end].range.lowerBound }),
      result.entities[place.entity]?.type == .place
    {
      while end < words.count, words[end].range.upperBound <= place.span.end { end += 1 }
      return (head..<end, place)
    }
    return (head..<end, nil)
  }
}
