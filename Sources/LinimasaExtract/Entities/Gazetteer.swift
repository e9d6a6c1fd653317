// Places of the gazetteers (`common/places-id.tsv`, `common/places-world.tsv`): Indonesia's
// provinces, regencies and cities, the world's countries, regions, US states and major cities.
import LinimasaCore

/// The gazetteers' places as entities to match, each name form once. A place the entity
/// lexicon already names (by any form) takes the lexicon's entity, so its other forms
/// ("Cina" for Tiongkok) name that entity too; forms the lexicon gives another entity are
/// left to the lexicon.
struct Gazetteer: Sendable {
  /// Entities by id: the gazetteer's own, and lexicon places that gained forms.
  let entries: [String: EntityEntry]
  let matcher: EntityMatcher
  /// Lowercased forms to the entity they name.
  let forms: [String: String]
  /// The entities of countries, US states and regions of the world: no one is named after
  /// them, even beside a speech verb ("Trump, in Kentucky, said").
  let wideAreas: Set<String>

  init(places: [PlaceEntry], lexicon: [String: EntityEntry]) {
    var lexiconForms: [String: String] = [:]
    for entry in lexicon.values {
      for form in [entry.nameIndonesian, entry.nameEnglish] + entry.aliases { lexiconForms[form.lowercased()] = entry.id }
    }
    // One entity per name: a regency and a city of one name, one place.
    var order: [String] = []
    var grouped: [String: [PlaceEntry]] = [:]
    for place in places {
      let id = EntityRecognizer.id(.place, place.nameIndonesian)
      if grouped[id] == nil { order.append(id) }
      grouped[id, default: []].append(place)
    }
    var entries: [String: EntityEntry] = [:]
    var forms: [String: String] = [:]
    var wideAreas: Set<String> = []
    for id in order {
      let group = grouped[id] ?? []
      var names: [String] = []
      for place in group {
        for form in [place.nameIndonesian, place.nameEnglish] + place.aliases where !names.contains(form) { names.append(form) }
      }
      // The lexicon place it names, if any.
      let known = names.lazy.compactMap { lexiconForms[$0.lowercased()] }.first { lexicon[$0]?.type == .place }
      let target = known ?? (lexicon[id] == nil ? id : nil)
      guard let target else { continue }
      let fresh = names.filter { lexiconForms[$0.lowercased()] == nil && forms[$0.lowercased()] == nil }
      guard let first = fresh.first else { continue }
      for form in fresh { forms[form.lowercased()] = target }
      if group.contains(where: { ["country", "state", "region"].contains($0.kind) }) { wideAreas.insert(target) }
      let previous = entries[target]
      entries[target] = EntityEntry(
        id: target, type: .place, nameIndonesian: previous?.nameIndonesian ?? (known == nil ? group[0].nameIndonesian : first),
        nameEnglish: previous?.nameEnglish ?? (known == nil ? group[0].nameEnglish : first),
        aliases: (previous?.aliases ?? []) + fresh, roles: [])
    }
    self.entries = entries
    self.forms = forms
    self.wideAreas = wideAreas
    matcher = EntityMatcher(entities: entries)
  }
}

extension EntityRecognizer {
  /// Whether only spaces, one or more, stand between two words: they belong to one name.
  static func spacesOnly(_ bytes: UnsafeBufferPointer<UInt8>, between left: TextWord, and right: TextWord) -> Bool {
    let gap = bytes[left.range.upperBound..<right.range.lowerBound]
    return !gap.isEmpty && gap.allSatisfy { $0 == UInt8(ascii: " ") }
  }

  /// Marks the gazetteer's places among the words no earlier rule took. A place name must be
  /// the whole run of capitalized words it stands in ("Bima" of "Bima Arya" is no place, nor
  /// "Bandung" of "Persib Bandung"), but for a role title before it ("Bupati Lampung Utara",
  /// "Gubernur Jawa Barat Ridwan Kamil"); a one-word name beside a speech verb is left to the
  /// people rules ("kata Bima"), unless it is a country, a state or a region, and one opening
  /// a sentence must never be written in
  /// lowercase in the document ("Batu" of "Batu itu").
  func discoverGazetteerPlaces(
    _ bytes: UnsafeBufferPointer<UInt8>, words: [TextWord], covered: inout [Bool], capitalization: Capitalization,
    into result: inout EntityAnalysis
  ) {
    func joins(_ left: Int, _ right: Int) -> Bool { Self.spacesOnly(bytes, between: words[left], and: words[right]) }
    func capitalizedFree(_ index: Int) -> Bool {
      !covered[index] && ASCII.isUpper(bytes[words[index].range.lowerBound])
    }
    var index = 0
    while index < words.count {
      guard !covered[index], let (id, end) = gazetteer.matcher.match(words, at: index, bytes: bytes),
        let entry = lexicon[id] ?? gazetteer.entries[id]
      else {
        index += 1
        continue
      }
      let opens = index == 0 || Self.sentenceBreak(bytes, between: words[index - 1], and: words[index])
      // A title before the place is not its name's ("Bupati Lampung Utara"), and the name
      // after such a place is the title holder's ("Gubernur Jawa Barat Ridwan Kamil").
      let titled = index > 0 && !opens && joins(index - 1, index) && !covered[index - 1]
        && !roles(words[index - 1]).isDisjoint(with: [.oneWordTitle, .titleStart])
      let before = index > 0 && !opens && joins(index - 1, index) && capitalizedFree(index - 1) && !titled
      let after = end < words.count && joins(end - 1, end) && capitalizedFree(end) && !titled
      let beside = end - index == 1 && !gazetteer.wideAreas.contains(id)
        && ((index > 0 && roles(words[index - 1]).contains(.speechVerb))
          || (end < words.count && roles(words[end]).contains(.speechVerb)))
      guard !before, !after, !beside, !(opens && !capitalization.canBeName(words[index])),
        (index..<end).allSatisfy({ !covered[$0] })
      else {
        index = end
        continue
      }
      let span = ByteSpan(words[index].range.lowerBound, words[end - 1].range.upperBound)
      result.note(Self.entity(entry), at: span, surface: Self.text(bytes, span))
      for position in index..<end { covered[position] = true }
      index = end
    }
  }
}
