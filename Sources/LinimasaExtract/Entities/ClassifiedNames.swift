// Names a lowercase classifier noun before them types (`name-classifiers.tsv`): "band Nidji"
// names an organization, "film Laskar Pelangi" a work (type `other`), `sebagai "Kenshin"` a part
// played (a person's name, even in quotation marks).
import LinimasaCore

extension EntityRecognizer {
  /// The most words a classifier's name takes after it.
  static let classifiedNameLimit = 4

  /// The class the classifier written in lowercase right before word `index` gives, if any:
  /// the classifier's words are joined by spaces, and only spaces or spaces and an opening
  /// quotation mark stand between it and the word. The longest classifier wins ("grup musik"
  /// over "grup").
  func nameClass(
    _ bytes: UnsafeBufferPointer<UInt8>, _ words: [TextWord], before index: Int, classifiers: [[UInt64]: NameClass]
  ) -> NameClass? {
    guard index > 0, !classifiers.isEmpty else { return nil }
    var gap = bytes[words[index - 1].range.upperBound..<words[index].range.lowerBound][...]
    if Self.opensQuotation(bytes, before: words[index], after: words[index - 1]) {
      gap = gap.dropLast(gap.last == UInt8(ascii: "\"") ? 1 : 3)
    }
    guard !gap.isEmpty, gap.allSatisfy({ $0 == UInt8(ascii: " ") }) else { return nil }
    var key: [UInt64] = []
    var found: NameClass?
    var start = index - 1
    while start >= 0, key.count < 3, ASCII.isLower(bytes[words[start].range.lowerBound]),
      start == index - 1 || Self.spacesOnly(bytes, between: words[start], and: words[start + 1])
    {
      key.insert(words[start].hash, at: 0)
      if let kind = classifiers[key] { found = kind }
      start -= 1
    }
    return found
  }

  /// Whether an opening quotation mark (straight or curly) stands right before `word`, after
  /// a space or at the start of the gap from the word before.
  static func opensQuotation(_ bytes: UnsafeBufferPointer<UInt8>, before word: TextWord, after previous: TextWord) -> Bool {
    let gap = bytes[previous.range.upperBound..<word.range.lowerBound]
    let straight = gap.last == UInt8(ascii: "\"")
    let curly = gap.count >= 3 && gap.suffix(3).elementsEqual("\u{201C}".utf8)
    guard straight || curly else { return false }
    let before = gap.dropLast(straight ? 1 : 3)
    return before.isEmpty || before.last == UInt8(ascii: " ")
  }

  /// After an organization classifier, the capitalized words no rule took (one to four,
  /// joined by spaces, the first no word of the people rules or head) name an organization;
  /// after a work classifier they are a title, an entity of type `other`.
  func discoverClassifiedNames(
    _ bytes: UnsafeBufferPointer<UInt8>, words: [TextWord], classifiers: [[UInt64]: NameClass], covered: inout [Bool],
    into result: inout EntityAnalysis
  ) {
    func capital(_ index: Int) -> Bool { ASCII.isUpper(bytes[words[index].range.lowerBound]) }
    var index = 1
    while index < words.count {
      guard !covered[index], capital(index), roles(words[index]).isEmpty, !isHeadOrOrganizationWord(words[index]),
        let kind = nameClass(bytes, words, before: index, classifiers: classifiers), kind != .part
      else {
        index += 1
        continue
      }
      var end = index + 1
      while end < words.count, end - index < Self.classifiedNameLimit, !covered[end], capital(end),
        Self.spacesOnly(bytes, between: words[end - 1], and: words[end])
      {
        end += 1
      }
      noteTitle(bytes, words, index..<end, type: kind == .organization ? .organization : .other, into: &result, covered: &covered)
      index = end
    }
  }

  /// Adds the name the words of `run` spell as an entity of `type` (by default `other`: the
  /// title of a work) and covers them.
  func noteTitle(
    _ bytes: UnsafeBufferPointer<UInt8>, _ words: [TextWord], _ run: Range<Int>, type: EntityType = .other,
    into result: inout EntityAnalysis, covered: inout [Bool]
  ) {
    let span = ByteSpan(words[run.lowerBound].range.lowerBound, words[run.upperBound - 1].range.upperBound)
    let name = Self.text(bytes, span)
    let entity = result.entities[Self.id(type, name)]
      ?? DocumentEntity(id: Self.id(type, name), type: type, name: name, aliases: [], roles: [], fromLexicon: false)
    result.note(entity, at: span, surface: name)
    for position in run { covered[position] = true }
  }
}
