// Places no gazetteer lists, known by the word before them ("di Senayan", "di Batu Palano").
import LinimasaCore

extension EntityRecognizer {
  /// Adds a place for each run of one to three capitalized words no rule took, right after a
  /// place marker of the document's language (`place-markers.txt`: "di"), when the run ends
  /// its phrase (punctuation or a lowercase word follows) and each word may be a word of a
  /// name found without evidence (see `isBareNameWord`: no title, head, organization word,
  /// word of titles of works or word the document writes in lowercase).
  func discoverMarkedPlaces(
    _ bytes: UnsafeBufferPointer<UInt8>, words: [TextWord], markers: Set<UInt64>, covered: inout [Bool],
    capitalization: Capitalization, into result: inout EntityAnalysis
  ) {
    guard !markers.isEmpty else { return }
    var index = 0
    while index + 1 < words.count {
      defer { index += 1 }
      let start = index + 1
      guard markers.contains(words[index].hash), ASCII.isLower(bytes[words[index].range.lowerBound]),
        Self.spacesOnly(bytes, between: words[index], and: words[start])
      else { continue }
      var end = start
      while end < words.count, end - start < 3, !covered[end], ASCII.isUpper(bytes[words[end].range.lowerBound]),
        end == start || Self.spacesOnly(bytes, between: words[end - 1], and: words[end]),
        isBareNameWord(bytes, words[end], capitalization)
      {
        end += 1
      }
      // The run must end its phrase: not "di Jalan Sudirman" cut short, nor a longer name.
      let closed = end == words.count || !Self.spacesOnly(bytes, between: words[end - 1], and: words[end])
        || ASCII.isLower(bytes[words[end].range.lowerBound])
      guard end > start, closed else { continue }
      let span = ByteSpan(words[start].range.lowerBound, words[end - 1].range.upperBound)
      let name = Self.text(bytes, span)
      guard !outletNames.contains(name.lowercased()) else { continue }
      let place = result.entities[Self.id(.place, name)]
        ?? DocumentEntity(id: Self.id(.place, name), type: .place, name: name, aliases: [], roles: [], fromLexicon: false)
      result.note(place, at: span, surface: name)
      for position in start..<end { covered[position] = true }
      index = end - 1
    }
  }
}
