// The language data of one language, as loaded from Lexicons/<code>/.

/// How a furniture phrase is compared with a paragraph (both normalized to lowercase
/// with runs of spaces folded).
public enum FurnitureMatch: String, Sendable, CaseIterable {
  /// The whole paragraph equals the phrase (trailing punctuation ignored).
  case line
  /// The paragraph starts with the phrase.
  case prefix
  /// The phrase occurs anywhere in the paragraph.
  case contains
}

/// A phrase that marks a paragraph as page furniture (menus, promos, related links).
public struct FurniturePhrase: Sendable, Hashable {
  public let match: FurnitureMatch
  /// Lowercased, spaces folded.
  public let phrase: String
  /// What kind of furniture: `menu`, `related-link`, `promo`, `widget`, `caption`, ...
  public let label: String
}

/// The role a byline label introduces.
public enum BylineRole: String, Sendable, CaseIterable {
  case author, editor, photographer
}

/// An abbreviation after which a sentence does not end.
public struct Abbreviation: Sendable, Hashable {
  /// As written, including the final period ("No.", "S.H.").
  public let text: String
  /// Whether the abbreviation may also close a sentence ("dll.", "etc.") when the next
  /// word is capitalized.
  public let mayEndSentence: Bool
}

/// What a relative date expression counts in.
public enum RelativeUnit: String, Sendable, Codable, CaseIterable {
  case day, week, month, year, weekend
}

/// A relative date phrase ("kemarin", "pekan lalu", "{n} days ago"): words, with `{n}`
/// standing for a number, and how far from the publication date it points.
public struct RelativePhrase: Sendable, Hashable {
  /// The word that stands for a number.
  public static let numberSlot = "{n}"
  /// Lowercased words; `numberSlot` marks where the number goes.
  public let words: [String]
  public let unit: RelativeUnit
  /// Units from `base`; multiplied by the number when there is a slot.
  public let offset: Int
  /// What the phrase counts from.
  public let base: RelativeBase

  public init(words: [String], unit: RelativeUnit, offset: Int, base: RelativeBase = .publication) {
    self.words = words
    self.unit = unit
    self.offset = offset
    self.base = base
  }
}

/// What a relative phrase counts from: the publication date ("yesterday") or the date the
/// text gave last ("a day later", "sehari kemudian").
public enum RelativeBase: String, Sendable, CaseIterable {
  case publication, previous
}

/// A word that tells the date beside it is announced as ahead ("akan", "scheduled",
/// "mendatang"), from `future-cues.tsv`: such a date does not date the publication.
public struct FutureCue: Sendable, Hashable {
  /// Where the cue is looked for: before the date (or inside it), or right after it.
  public enum Side: String, Sendable, CaseIterable {
    case before, after
  }

  /// The lowercase text searched for in the bytes (ASCII case ignored, inside words too),
  /// with a final space when the cue must be followed by one ("akan ").
  public let text: String
  public let side: Side

  public init(text: String, side: Side) {
    self.text = text
    self.side = side
  }
}

/// A named day of the year ("Christmas Day", "Hari Kemerdekaan") and how its date is found
/// in a given year.
public struct Holiday: Sendable, Hashable, Codable {
  /// Which day of its month: a fixed day ("25"), or the `nth` such ISO weekday of the month
  /// (Thanksgiving: the fourth Thursday of November).
  public enum Day: Sendable, Hashable, Codable {
    case fixed(Int)
    case nth(weekday: Int, n: Int)
  }

  /// The phrase as written in the lexicon, lowercased ("new year's day").
  public let phrase: String
  /// nil for a feast whose day moves with another calendar ("tahun baru imlek"): listed so a
  /// shorter name inside it ("tahun baru") is not read there, and never a date.
  public let month: Int?
  public let day: Day?
  /// Whether the phrase is a date on its own; otherwise only after a date marker, beside
  /// "last"/"lalu" or before a year ("Christmas" in "on Christmas", not in "Christmas
  /// shopping").
  public let alone: Bool

  public init(phrase: String, month: Int?, day: Day?, alone: Bool) {
    self.phrase = phrase
    self.month = month
    self.day = day
    self.alone = alone
  }

  /// Its date in `year`, nil for a moving feast.
  public func date(in year: Int) -> CivilDate? {
    guard let month, let day else { return nil }
    switch day {
    case .fixed(let number):
      return CivilDate(year: year, month: month, day: number)
    case .nth(let weekday, let n):
      guard let first = CivilDate(year: year, month: month, day: 1), let firstWeekday = first.weekday else {
        return nil
      }
      let number = 1 + (weekday - firstWeekday + 7) % 7 + 7 * (n - 1)
      return number <= CivilDate.daysIn(month: month, year: year)
        ? CivilDate(year: year, month: month, day: number) : nil
    }
  }
}

/// Everything Linimasa knows about one language.
public struct LanguageLexicon: Sendable {
  /// The words of one plain word list (empty when no folder gives it).
  public func words(_ list: WordList) -> Set<String> { wordLists[list] ?? [] }

  /// Keyed by the lowercased abbreviation, period included.
  public internal(set) var abbreviations: [String: Abbreviation] = [:]
  /// Lowercased function words.
  public internal(set) var stopWords: Set<String> = []
  public internal(set) var furniture: [FurniturePhrase] = []
  /// Lowercased month names and abbreviations (no trailing period) to 1...12.
  public internal(set) var months: [String: Int] = [:]
  /// Lowercased weekday names to ISO weekday 1 (Monday) ... 7 (Sunday).
  public internal(set) var weekdays: [String: Int] = [:]
  /// Lowercased byline labels ("penulis", "laporan wartawan") to the role they introduce.
  public internal(set) var bylineLabels: [String: BylineRole] = [:]
  public internal(set) var relativeDates: [RelativePhrase] = []
  /// Lowercased number words to their value ("dua" → 2, "three" → 3).
  public internal(set) var numbers: [String: Int] = [:]
  /// The plain word lists (`WordList`), by list.
  public internal(set) var wordLists: [WordList: Set<String>] = [:]
  /// Words that announce a date beside them as ahead ("akan", "scheduled", "mendatang").
  public internal(set) var futureCues: [FutureCue] = []
  /// Named days of the year ("christmas day", "hari natal").
  public internal(set) var holidays: [Holiday] = []
  /// Lowercased nouns that refer back to someone already named, with the kind of entity
  /// they refer to ("pelaku" → person, "the ministry" → organization).
  public internal(set) var referringNouns: [String: EntityType] = [:]
  /// Lowercased head words that make the capitalized words beside them an organization's or
  /// a place's name ("kabupaten" first: "Kabupaten Karanganyar"; "ministry" last).
  public internal(set) var nameHeads: [String: NameHead] = [:]
  /// Lowercased nouns right before capitalized words that tell what those words name ("band"
  /// → organization, "film" → a work, "sebagai" → a part played).
  public internal(set) var nameClassifiers: [String: NameClass] = [:]
  /// Role titles as written ("Ketua", "Direktur Jenderal", "chairman").
  public internal(set) var roleTitles: [String] = []
  /// Words and phrases that signal a type of event, keyed by the lowercased phrase.
  public internal(set) var eventTriggers: [String: EventTrigger] = [:]
  /// Words and phrases that tell how a clause presents what it reports (negated, planned,
  /// conditional, a legal provision, background) or who does what in it.
  public internal(set) var clauseMarkers: [ClauseMarker] = []
  /// Written forms of the types of legal instruments ("peraturan pemerintah" → PP), in file order.
  public internal(set) var instrumentForms: [InstrumentForm] = []
  /// Phrases that refer back to a legal instrument cited before ("uu tersebut", "the law").
  public internal(set) var legalAnaphora: [LegalAnaphor] = []
  /// Instrument heads written in full to the abbreviation that statutes' short names start
  /// with ("undang-undang" → "uu": "Undang-Undang Kekuasaan Kehakiman" is "UU Kekuasaan Kehakiman").
  public internal(set) var statuteHeadAbbreviations: [String: String] = [:]
  /// Names of the old criminal code (KUHP) cited without a short name of `statutes.tsv`.
  public internal(set) var criminalCodeNames: [CriminalCodeName] = []
  /// Lowercased pronouns that stand for a speaker, with what each stands for ("dia" →
  /// person, "she" → feminine, "pihaknya" → side).
  public internal(set) var speakerPronouns: [String: SpeakerPronoun] = [:]

  public init() {}
}

/// What a pronoun of `speaker-pronouns.tsv` stands for.
public enum SpeakerPronoun: String, Sendable, CaseIterable {
  /// "dia", "ia", "beliau": the last person or group who spoke.
  case person
  /// "he": the same, never someone the text tells is a woman.
  case masculine
  /// "she": the same, never someone the text tells is a man.
  case feminine
  /// "it": the last organisation or group who spoke.
  case thing
  /// "they", "mereka": the last one who spoke.
  case plural
  /// "pihaknya" ("his side"): the organisation the last person who spoke holds a role in.
  case side
}

/// A word or phrase that tells how a clause presents what it says, or who does what in it.
public struct ClauseMarker: Sendable, Hashable {
  public enum Kind: String, Sendable, CaseIterable {
    /// "tidak", "belum", "has not": what follows did not happen.
    case negation
    /// "akan", "will", "plans to": what follows is planned or expected.
    case future
    /// "jika", "if", "before", "whether": what follows is a condition.
    case condition
    /// "dapat", "can", "might": what follows may happen.
    case modal
    /// "harus", "should", "must": what follows must happen; whoever is named just before is
    /// called on ("KPU harus", "the KPU should").
    case obligation
    /// "diancam", "punishable", "stipulates": the clause states a rule.
    case provision
    /// "hingga", "until": a date after it ends a period; a clause after it is a condition.
    case until
    /// "tahun anggaran", "fiscal year": a date right after it names a period, and times
    /// nothing the clause tells.
    case periodName = "period-name"
    /// "sebelumnya", "earlier": what the sentence tells happened before the news.
    case background
    /// "yang", "which": opens a relative clause.
    case relative
    /// "bahwa", "that": opens a reported clause (after a verb; "that" after a noun is
    /// relative).
    case complementizer
    /// "the", "its": a trigger word after it is a noun.
    case determiner
    /// "ini", "tersebut" (after a noun): points back at someone named before ("Koordinator
    /// Divisi Data KPU ini menjelaskan" is the official who last spoke, not the KPU).
    case demonstrative
    /// "ia", "he": stands for the last person (or group) named.
    case personPronoun = "person-pronoun"
    /// "who", "whose": a relative pronoun only people take; two capitalized words or more
    /// right before ", who" are a person's name.
    case personRelative = "person-relative"
    /// "mereka", "they": stands for the last person, group or organisation named.
    case pluralPronoun = "plural-pronoun"
    /// "it": stands for the last organisation named.
    case thingPronoun = "thing-pronoun"
    /// "menurut", "according to": attributes what follows to a source.
    case reporting
    /// "pada", "on": introduces a date.
    case dateLead = "date-lead"
    /// "karena", "as", "while": opens a subordinate clause, whose dates are its own.
    case subordinator
    /// "pada kesempatan yang sama", "on the same occasion": said when the speaker before spoke.
    case sameOccasion = "same-occasion"
    /// "dalam", "in", "through": opens a phrase that tells where or how something was said
    /// ("Dalam unggahannya, Jimbo menyebut", "In its ruling, the court said").
    case setting
    /// "seusai", "after": a happening named after it only tells when a speaker spoke
    /// ("Seusai terpilih, Suhartoyo mengatakan …").
    case after
    /// "mengklaim", "claimed": the speaker claims a deed of their own.
    case selfClaim = "self-claim"
    /// "membantah", "denied": the speaker denies what follows.
    case denial
    /// "di", "ter" (Indonesian only): a word with this prefix is a passive verb.
    case passivePrefix = "passive-prefix"
    /// "diskusi": a word that has a passive prefix and is not passive.
    case notPassive = "not-passive"
    /// "was", "been": a verb form after it is passive.
    case passiveAuxiliary = "passive-auxiliary"
    /// "oleh", "by": the doer follows.
    case agentMarker = "agent-marker"
    /// "terhadap", "against": the one it is done to follows.
    case targetMarker = "target-marker"
    /// "melakukan", "conducted": a noun after it is done by the clause's subject.
    case lightVerb = "light-verb"
    /// "meminta", "agar", "urged", "criticised": whoever is named right after it is called
    /// on or faulted by the speaker.
    case appeal
    /// "dan", "and": names joined by it are one list ("Kominfo dan BSSN").
    case coordinator
  }

  /// Lowercased words, matched in sequence.
  public let words: [String]
  public let kind: Kind
}

/// A head word of `name-heads.tsv`: the kind of name it makes and whether it stands before
/// or after the name's other words.
public struct NameHead: Sendable, Equatable {
  public var type: EntityType
  /// Whether the head may stand before the name's other words ("Kabupaten Karanganyar").
  public var first: Bool
  /// Whether it may stand after them ("Maju Jaya Tbk", "Jakarta Police").
  public var last: Bool

  public init(type: EntityType, first: Bool, last: Bool) {
    self.type = type
    self.first = first
    self.last = last
  }
}

/// What the capitalized words after a classifier of `name-classifiers.tsv` name.
public enum NameClass: String, Sendable, CaseIterable {
  /// A band, club, team or company ("band Nidji"): an organization.
  case organization
  /// A film, song, album or series ("film Laskar Pelangi"): a title, an entity of type `other`.
  case work
  /// A part played ("sebagai \"Kenshin\""): a person's name, even in quotation marks.
  case part
}

/// The kinds of entity a timeline names.
public enum EntityType: String, Sendable, Codable, CaseIterable {
  case person, organization, group, place, other

  /// The id prefix ("person:", "org:").
  public var prefix: String {
    switch self {
    case .person: return "person"
    case .organization: return "org"
    case .group: return "group"
    case .place: return "place"
    case .other: return "other"
    }
  }
}

/// A role a person holds: a title, at an organization when known.
public struct EntityRole: Sendable, Hashable, Codable {
  public let title: String
  /// An entity id ("org:kominfo"), or nil.
  public let organization: String?

  public init(title: String, organization: String?) {
    self.title = title
    self.organization = organization
  }
}

/// An entity from `Lexicons/common/entities.tsv`.
public struct EntityEntry: Sendable, Hashable {
  public let id: String
  public let type: EntityType
  public let nameIndonesian: String
  public let nameEnglish: String
  public let aliases: [String]
  public let roles: [EntityRole]

  public init(id: String, type: EntityType, nameIndonesian: String, nameEnglish: String, aliases: [String], roles: [EntityRole]) {
    self.id = id
    self.type = type
    self.nameIndonesian = nameIndonesian
    self.nameEnglish = nameEnglish
    self.aliases = aliases
    self.roles = roles
  }
}

/// A place of the gazetteer (`Lexicons/common/places-id.tsv`, `places-world.tsv`).
public struct PlaceEntry: Sendable, Hashable {
  public let nameIndonesian: String
  public let nameEnglish: String
  /// province, regency, city, region, country or state.
  public let kind: String
  /// The name (`nameIndonesian`) of the place it lies in, or nil.
  public let within: String?
  public let aliases: [String]

  /// The kinds a gazetteer row may have.
  public static let kinds = ["province", "regency", "city", "region", "country", "state"]
}

/// A legal instrument from `Lexicons/common/statutes.tsv`.
public struct Statute: Sendable, Hashable {
  /// `TYPE-number-year` ("UU-27-2022"), "UUD-1945", "KUHP" or "PUTUSAN-MK-<docket>".
  public let id: String
  /// The official Indonesian title (the words after "tentang").
  public let titleIndonesian: String
  public let titleEnglish: String
  /// The names news use for it ("UU PDP", "PDP Law").
  public let shortNames: [String]
}

/// A news outlet: its display name and the ways it is written.
public struct Outlet: Sendable, Hashable {
  /// The display name used in `documents[].source` ("ANTARA", "Tribunnews").
  public let name: String
  /// Host names without "www." ("tribunnews.com").
  public let domains: [String]
  /// Other spellings, compared case-insensitively ("ANTARA News", "Antaranews").
  public let aliases: [String]
}
