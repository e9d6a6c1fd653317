// Whom a speaker calls on or faults: the target of what they say.
import LinimasaCore

extension DocumentReading {
  /// Whether what is said calls on or faults the entity named at `mention`: the list of
  /// names it stands in ("Kominfo dan BSSN") comes right after an appeal ("meminta KPU",
  /// "urged the KPU", "Saya harap KPU"), or is the subject of an obligation ("KPU harus",
  /// "said the KPU and Kominfo must", "The KPU, as the data controller, should have").
  func isAddressed(_ mention: EntityMention) -> Bool {
    guard let (reading, list) = listWords(holding: mention) else { return false }
    return isAppealed(before: list.lowerBound, in: reading)
      || (reading.startsSubject(at: list.lowerBound) && isObliged(after: list.upperBound, in: reading))
  }

  /// The mentions of the list of names `mention` stands in, joined to it by coordinators or
  /// commas ("Agustinus Dwi Saptono dan Ferdinand Liem Wijaya", "KPU, Bawaslu dan DKPP"),
  /// itself included, in text order. Names joined by commas alone are no list ("…, Kepala
  /// BNPB Suharyanto, Jokowi mendatangi"; "Anwar Usman, Gibran's uncle").
  func list(holding mention: EntityMention) -> [EntityMention] {
    guard let (reading, list) = listWords(holding: mention),
      list.contains(where: { reading.kinds(at: $0).contains(.coordinator) })
    else { return [mention] }
    return mentions(
      in: ByteSpan(reading.words[list.lowerBound].range.lowerBound, reading.words[list.upperBound - 1].range.upperBound))
  }

  /// The reading of the sentence of `mention`, and the words of the list of names it
  /// stands in there: its own, widened to the names joined to it by a coordinator or a comma.
  private func listWords(holding mention: EntityMention) -> (ClauseReading, Range<Int>)? {
    guard let sentence = sentenceIndexes(overlapping: mention.span).first else { return nil }
    let reading = readings[sentence]
    guard var list = wordRange(of: mention.span, in: reading) else { return nil }
    while let previous = joinedName(before: list.lowerBound, in: reading) { list = previous.lowerBound..<list.upperBound }
    while let next = joinedName(after: list.upperBound, in: reading) { list = list.lowerBound..<next.upperBound }
    return (reading, list)
  }

  /// The words a mention spans in a sentence's reading.
  private func wordRange(of span: ByteSpan, in reading: ClauseReading) -> Range<Int>? {
    let words = reading.words
    guard let first = words.firstIndex(where: { $0.range.upperBound > span.start }),
      words[first].range.lowerBound < span.end
    else { return nil }
    let end = words[first...].firstIndex { $0.range.lowerBound >= span.end } ?? words.count
    return first..<end
  }

  /// The words of a name joined to the word at `index` from before: "Kominfo dan", "Kominfo,".
  private func joinedName(before index: Int, in reading: ClauseReading) -> Range<Int>? {
    let words = reading.words
    var last = index - 1
    if last >= 0, reading.kinds(at: last).contains(.coordinator) {
      last -= 1
    } else if last < 0 || bytes[words[last].range.upperBound] != UInt8(ascii: ",") {
      return nil
    }
    guard last >= 0, let mention = mention(holding: words[last].range.lowerBound),
      mention.span.end == words[last].range.upperBound
    else { return nil }
    return wordRange(of: mention.span, in: reading)
  }

  /// The words of a name joined to the words ending before `index`: "dan BSSN", ", BSSN".
  private func joinedName(after index: Int, in reading: ClauseReading) -> Range<Int>? {
    let words = reading.words
    guard index < words.count else { return nil }
    var first = index
    if reading.kinds(at: first).contains(.coordinator) {
      first += 1
    } else if bytes[words[index - 1].range.upperBound] != UInt8(ascii: ",") {
      return nil
    }
    guard first < words.count, let mention = mention(holding: words[first].range.lowerBound),
      mention.span.start == words[first].range.lowerBound
    else { return nil }
    return wordRange(of: mention.span, in: reading)
  }

  /// The mention that holds byte `offset` (`mentions` are in text order and do not overlap).
  private func mention(holding offset: Int) -> EntityMention? {
    let count = mentionCount(startingBefore: offset + 1)
    guard count > 0, mentions[count - 1].span.end > offset else { return nil }
    return mentions[count - 1]
  }

  /// Whether an appeal stands right before word `index`, or before a determiner there.
  private func isAppealed(before index: Int, in reading: ClauseReading) -> Bool {
    var lead = index - 1
    if lead >= 0, reading.kinds(at: lead).contains(.determiner) { lead -= 1 }
    return lead >= 0 && reading.kinds(at: lead).contains(.appeal)
  }

  /// Whether an obligation follows the words ending before `index`: right after them, one
  /// word on ("KPU juga harus"), or after an aside between commas ("the KPU, as the data
  /// controller, should").
  private func isObliged(after index: Int, in reading: ClauseReading) -> Bool {
    let words = reading.words
    guard index < words.count else { return false }
    let obliges = { (position: Int) in position < words.count && reading.kinds(at: position).contains(.obligation) }
    if obliges(index) { return true }
    if bytes[words[index - 1].range.upperBound] == UInt8(ascii: ",") {
      // An aside: the obligation comes right after the next comma.
      guard let close = (index..<min(words.count, index + 10)).first(where: { position in
        position + 1 < words.count && bytes[words[position].range.upperBound] == UInt8(ascii: ",")
      })
      else { return false }
      return obliges(close + 1)
    }
    return reading.kinds(at: index).isEmpty && obliges(index + 1)
  }
}
