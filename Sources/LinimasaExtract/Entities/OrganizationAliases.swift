// The short names a document gives its organizations, followed through the whole document.
import LinimasaCore

extension EntityRecognizer {
  /// Follows each organization's one-word names through the document:
  /// 1. a name the text gives an organization it just named, through a nickname marker
  ///    after a comma ("PT Sri Rejeki Isman Tbk, better known as Sritex"), is its alias;
  /// 2. an organization's one-word alias (a short form it was defined with, "Sritex" of "PT
  ///    Sri Rejeki Isman Tbk (Sritex)", or such a nickname) that no other organization of
  ///    the document has names it wherever the document writes it alone, in any paragraph;
  ///    an entity of another kind found under that name (a person after "declared", a place
  ///    after "di") is that organization.
  func followOrganizationAliases(
    _ bytes: UnsafeBufferPointer<UInt8>, paragraphWords: [[TextWord]], into result: inout EntityAnalysis
  ) {
    for words in paragraphWords { takeOrganizationNicknames(bytes, words, into: &result) }
    var owners: [String: [String]] = [:]
    for organization in result.entities.values.filter({ $0.type == .organization }).sorted(by: { $0.id < $1.id }) {
      for alias in Set(organization.aliases) where !alias.contains(" ") && alias.count >= 2 && alias.first?.isUppercase == true {
        owners[alias, default: []].append(organization.id)
      }
    }
    let aliases = owners.compactMapValues { $0.count == 1 ? $0[0] : nil }
    guard !aliases.isEmpty else { return }
    // Entities of another kind under such a name.
    var renames: [String: String] = [:]
    for entity in result.entities.values where !entity.fromLexicon && entity.type != .organization {
      if let owner = aliases[entity.name] { renames[entity.id] = owner }
    }
    for id in renames.keys { result.entities[id] = nil }
    result.mentions = result.mentions.map { mention in
      renames[mention.entity].map { EntityMention(entity: $0, span: mention.span) } ?? mention
    }
    let hashes = Dictionary(aliases.keys.map { (WordScanner.foldedHash($0), $0) }) { first, _ in first }
    let mentioned = result.mentions
    for words in paragraphWords {
      for word in words where ASCII.isUpper(bytes[word.range.lowerBound]) {
        let span = ByteSpan(word.range)
        guard let alias = hashes[word.hash], Self.text(bytes, span) == alias, let owner = aliases[alias].flatMap({ result.entities[$0] }),
          !mentioned.contains(where: { $0.span.overlaps(span) })
        else { continue }
        result.note(owner, at: span, surface: alias)
      }
    }
  }

  /// Step 1 of `followOrganizationAliases` in one paragraph's words.
  private func takeOrganizationNicknames(
    _ bytes: UnsafeBufferPointer<UInt8>, _ words: [TextWord], into result: inout EntityAnalysis
  ) {
    let longest = nicknameMarkers.map(\.count).max() ?? 0
    guard longest > 0, let first = words.first, let last = words.last else { return }
    // The paragraph's mentions by where they start and end (mentions do not overlap).
    let inParagraph = result.mentions.filter { $0.span.start >= first.range.lowerBound && $0.span.end <= last.range.upperBound }
    let byStart = Dictionary(inParagraph.map { ($0.span.start, $0) }) { first, _ in first }
    let byEnd = Dictionary(inParagraph.map { ($0.span.end, $0) }) { _, last in last }
    for (index, word) in words.enumerated() where index > 1 && ASCII.isUpper(bytes[word.range.lowerBound]) {
      guard let mention = byStart[word.range.lowerBound],
        let named = result.entities[mention.entity], !named.fromLexicon, named.type != .organization
      else { continue }
      for length in stride(from: min(longest, index - 1), through: 1, by: -1) {
        let marker = index - length
        guard nicknameMarker(at: marker, in: words) == length,
          Array(bytes[words[marker - 1].range.upperBound..<words[marker].range.lowerBound]) == Array(", ".utf8),
          var organization = byEnd[words[marker - 1].range.upperBound].flatMap({ result.entities[$0.entity] }),
          organization.type == .organization
        else { continue }
        if !organization.aliases.contains(named.name) { organization.aliases.append(named.name) }
        result.entities[organization.id] = organization
        break
      }
    }
  }
}
