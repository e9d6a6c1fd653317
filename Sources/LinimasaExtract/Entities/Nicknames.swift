// Nicknames a text gives its people: "Ahmad Fauzi (Ozi)", "Zulkarnain Sutan Bagindo, …, yang
// akrab disapa Uda Zul", "Dimas Ardiansyah, … whom friends call "Bung Dim"".
import LinimasaCore

extension EntityRecognizer {
  /// When a nickname marker (`nickname-markers.txt`) starts at word `index` and a name of
  /// one to three words follows, makes it the alias of the person it speaks of (see
  /// `personNamed(before:)`), here and wherever the paragraph uses it again, and returns the
  /// index of the nickname's last word.
  func takeDefinedNickname(
    _ bytes: UnsafeBufferPointer<UInt8>, _ words: [TextWord], at index: Int, covered: inout [Bool],
    into result: inout EntityAnalysis
  ) -> Int? {
    guard let length = nicknameMarker(at: index, in: words), index + length < words.count, !covered[index + length],
      let run = nameRun(bytes, words, from: index + length, covered: covered), run.count <= 3,
      let person = personNamed(before: index, in: bytes, words, covered: &covered, result: &result)
    else { return nil }
    var named = person
    let name = Self.text(bytes, ByteSpan(words[run.lowerBound].range.lowerBound, words[run.upperBound - 1].range.upperBound))
    if !named.aliases.contains(name) { named.aliases.append(name) }
    result.entities[named.id] = named
    var start = run.lowerBound
    while start + run.count <= words.count {
      if (0..<run.count).allSatisfy({ !covered[start + $0] && words[start + $0].hash == words[run.lowerBound + $0].hash }) {
        let span = ByteSpan(words[start].range.lowerBound, words[start + run.count - 1].range.upperBound)
        result.note(named, at: span, surface: Self.text(bytes, span))
        for position in start..<(start + run.count) { covered[position] = true }
      }
      start += 1
    }
    return run.upperBound - 1
  }

  /// The person whose nickname word `index` gives in parentheses right after their name
  /// ("Ahmad Fauzi (Ozi)"): one capitalized word, not an acronym, after a person's mention.
  func nickname(
    _ bytes: UnsafeBufferPointer<UInt8>, _ words: [TextWord], at index: Int, covered: [Bool], result: EntityAnalysis
  ) -> DocumentEntity? {
    let word = words[index]
    guard index > 0, !covered[index], covered[index - 1], word.range.count >= 2, ASCII.isUpper(bytes[word.range.lowerBound]),
      !Self.isAcronym(bytes, word), word.range.upperBound < bytes.count, bytes[word.range.upperBound] == UInt8(ascii: ")"),
      Array(bytes[words[index - 1].range.upperBound..<word.range.lowerBound]) == Array(" (".utf8),
      roles(word).isDisjoint(with: [.notName, .speechVerb, .oneWordTitle, .titleStart])
    else { return nil }
    return result.mentions.last { $0.span.end == words[index - 1].range.upperBound }
      .flatMap { result.entities[$0.entity] }.flatMap { $0.type == .person && $0.name.contains(" ") ? $0 : nil }
  }

  /// The number of words of the nickname marker the words from `index` spell, if any.
  func nicknameMarker(at index: Int, in words: [TextWord]) -> Int? {
    nicknameMarkers.first { marker in
      index + marker.count <= words.count && marker.indices.allSatisfy { words[index + $0].hash == marker[$0] }
    }?.count
  }

  /// The person a nickname marker at word `index` speaks of: the last named before it in its
  /// sentence, within twenty words, or else the last name there of two words or more that no
  /// rule took, which the marker makes a person's.
  func personNamed(
    before index: Int, in bytes: UnsafeBufferPointer<UInt8>, _ words: [TextWord], covered: inout [Bool],
    result: inout EntityAnalysis
  ) -> DocumentEntity? {
    var unclaimed: Range<Int>?
    var position = index - 1
    while position >= max(0, index - 20), !Self.sentenceBreak(bytes, between: words[position], and: words[position + 1]) {
      let range = ByteSpan(words[position].range)
      if covered[position], let mention = result.mentions.last(where: { $0.span.contains(range) }),
        let entity = result.entities[mention.entity], entity.type == .person
      {
        return entity
      }
      if unclaimed == nil, !covered[position], position == 0 || !ASCII.isUpper(bytes[words[position - 1].range.lowerBound])
        || covered[position - 1], let run = nameRun(bytes, words, from: position, covered: covered), run.count >= 2,
        run.upperBound <= index
      {
        unclaimed = run
      }
      position -= 1
    }
    guard let run = unclaimed else { return nil }
    addPerson(bytes, words, run, role: nil, into: &result, covered: &covered)
    let span = ByteSpan(words[run.lowerBound].range.lowerBound, words[run.upperBound - 1].range.upperBound)
    return result.mentions.last { $0.span == span }.flatMap { result.entities[$0.entity] }.flatMap {
      $0.type == .person ? $0 : nil
    }
  }
}
