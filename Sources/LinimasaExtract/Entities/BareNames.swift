// People named with no other evidence than their capitalized words inside a sentence
// ("bersama Rizki Abdurahman dan ...").
import LinimasaCore

extension EntityRecognizer {
  /// Adds a person for each run of two or three capitalized words that no earlier rule took,
  /// when the run stands inside a sentence (not at its start), joins no other capitalized or
  /// found name (that is part of a longer name: "Persib Bandung"), is not followed by a
  /// number or an acronym in parentheses ("Daftar Pemilih Tetap (DPT)"), is no news
  /// outlet's name, holds no lexicon name or place of the gazetteers ("Bahasa Inggris"), and each
  /// word is written as a name (a capital then lowercase letters), is no word of the
  /// lexicons' (stop word, month, title, speech verb, person marker, head, organization word
  /// or word of titles: "Piala", "Award") and is never written in lowercase in the document.
  /// A run that opens a quotation is a title ("Kawin Kontrak"), an entity of type `other`,
  /// unless a classifier of a part played stands before it (`sebagai "Kenshin Himura"`).
  func discoverBareNames(
    _ bytes: UnsafeBufferPointer<UInt8>, words: [TextWord], classifiers: [[UInt64]: NameClass], covered: inout [Bool],
    capitalization: Capitalization, into result: inout EntityAnalysis
  ) {
    func joins(_ left: Int, _ right: Int) -> Bool { Self.spacesOnly(bytes, between: words[left], and: words[right]) }
    func capital(_ index: Int) -> Bool { ASCII.isUpper(bytes[words[index].range.lowerBound]) }
    var index = 1
    while index < words.count {
      guard !covered[index], capital(index), !(joins(index - 1, index) && capital(index - 1)),
        !Self.sentenceBreak(bytes, between: words[index - 1], and: words[index])
      else {
        index += 1
        continue
      }
      var end = index + 1
      while end < words.count, !covered[end], capital(end), joins(end - 1, end) { end += 1 }
      defer { index = end }
      let followed = end < words.count && joins(end - 1, end) && (covered[end] || ASCII.isDigit(bytes[words[end].range.lowerBound]))
      // A lexicon entity or a place of the gazetteers inside ("Bahasa Inggris", "Hindia Belanda").
      let holdsName = (index..<end).contains { position in
        [matcher, gazetteer.matcher].contains { $0.match(words, at: position, bytes: bytes).map { $0.end <= end } ?? false }
      }
      // A term its acronym follows ("Daftar Pemilih Tetap (DPT)"), or a news outlet.
      let defined = end < words.count && Array(bytes[words[end - 1].range.upperBound..<words[end].range.lowerBound]) == Array(" (".utf8)
        && Self.isAcronym(bytes, words[end])
      let title = Self.opensQuotation(bytes, before: words[index], after: words[index - 1])
        && nameClass(bytes, words, before: index, classifiers: classifiers) != .part
      guard (2...3).contains(end - index), !followed, !holdsName, !defined,
        !outletNames.contains(Self.text(bytes, ByteSpan(words[index].range.lowerBound, words[end - 1].range.upperBound)).lowercased()),
        (index..<end).allSatisfy({ isBareNameWord(bytes, words[$0], capitalization) })
      else { continue }
      if title {
        noteTitle(bytes, words, index..<end, into: &result, covered: &covered)
      } else {
        addPerson(bytes, words, index..<end, role: nil, into: &result, covered: &covered)
      }
    }
  }

  /// Whether `word` may be a word of a person's name found without evidence.
  func isBareNameWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: TextWord, _ capitalization: Capitalization) -> Bool {
    let range = word.range
    guard range.count >= 2, bytes[range].dropFirst().allSatisfy({ ASCII.isLower($0) || $0 >= 0x80 }),
      capitalization.canBeName(word), roles(word).isEmpty, !roleTitleWords.contains(word.hash),
      !isHeadOrOrganizationWord(word), !organizationNameWords.contains(word.hash), !notBareNameWords.contains(word.hash)
    else { return false }
    return true
  }
}
