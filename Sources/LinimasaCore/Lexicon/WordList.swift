// The plain word lists of a language's lexicon folder.

/// A list of lowercase words or phrases, one per line, in each language folder as
/// `<rawValue>.txt` (see `Lexicons/README.md` for what each holds). Loaded and checked by
/// one rule: entries are unique, and where `oneWordOfLetters` names them, each is one
/// word of letters. Read with `LanguageLexicon.words(_:)`.
public enum WordList: String, CaseIterable, Sendable {
  /// Words that may introduce a timestamp line ("diperbarui", "updated").
  case timestampLabels = "timestamp-labels"
  /// Words for parts of a day ("malam", "morning"), kept in a date's text.
  case timesOfDay = "times-of-day"
  /// Words after which a bare month or year is a date ("pada", "since").
  case dateMarkers = "date-markers"
  /// Words after which a bare day number is a day of the month ("tanggal 24").
  case dayMarkers = "day-markers"
  /// Words after which a weekday or a named day recurs and is no date ("every Thursday").
  case recurrenceMarkers = "recurrence-markers"
  /// Words after which a bare year is a date when it closes its phrase ("for 1989.").
  case closingYearMarkers = "closing-year-markers"
  /// Verbs that attribute speech ("ujarnya", "mengatakan", "said").
  case speechVerbs = "speech-verbs"
  /// Verbs that report a finding or ruling only when "that"/"bahwa" follows ("found that").
  case findingVerbs = "finding-verbs"
  /// Words right before a name that make it a person's ("Pak", "terdakwa", "Mrs").
  case personMarkers = "person-markers"
  /// Phrases after which the text gives the nickname of the person it just named.
  case nicknameMarkers = "nickname-markers"
  /// Words of titles of works, events, awards, bodies and laws that people's names do not hold.
  case notNameWords = "not-name-words"
  /// Given names and words before a name that tell a woman, or a man: "she" and "he" are
  /// not said of someone the text tells is of the other gender.
  case feminineWords = "feminine-words"
  case masculineWords = "masculine-words"
  /// Head nouns that make a name an organization's ("komisi", "agency").
  case organizationWords = "organization-words"
  /// Words that end the name of a body's regional office ("negeri"): the place after its
  /// acronym completes the name ("Kejaksaan Negeri (Kejari) Sendangsari").
  case regionalBodyWords = "regional-body-words"
  /// Words that join a court or office to the body it sits in ("Pengadilan Niaga pada
  /// Pengadilan Negeri Semarang").
  case bodyJoiners = "body-joiners"
  /// Words after which an otherwise unknown capitalized name is a place ("di").
  case placeMarkers = "place-markers"
  /// Words between two dates that make them a range ("2020 hingga 2022", "1991 to 1997").
  case rangeWords = "range-words"
  /// Words that open a range of the two dates after them ("antara", "between", "from").
  case betweenWords = "between-words"
  /// Words that join the two dates after a between word ("dan", "and", "to").
  case betweenJoiners = "between-joiners"
  /// Words right before or after a date that place it strictly before publication ("Juli
  /// lalu", "last October").
  case pastMarkers = "past-markers"
  /// Words right after a weekday that place it strictly before publication ("Kamis lalu").
  case weekdayPastWords = "weekday-past-words"
  /// Words between a date and its clock time ("pukul 09.21", "at 10:30").
  case clockMarkers = "clock-markers"
  /// Words that, after a number, make the year after them a legal citation's ("Nomor 27
  /// Tahun 2022").
  case citationYearWords = "citation-year-words"
  /// Words after an apostrophe that make the word before a possessive ("Wednesday's").
  case possessiveEndings = "possessive-endings"
  /// Endings left out of a word before names are matched in it ("’s" of "Widodo’s",
  /// "-nya" of "KPU-nya").
  case nameEndings = "name-endings"
  /// Suffixes written after a day number ("4th December").
  case ordinalSuffixes = "ordinal-suffixes"
  /// Words of a clock time's half of the day in a timestamp line ("pm", the "a" and "m" of "a.m.").
  case meridiemWords = "meridiem-words"
  /// Words that tell a paragraph mentions a photo ("foto"): only then is it searched for a
  /// photo credit.
  case photoWords = "photo-words"
  /// Words that cite an article of a law ("pasal", "article").
  case legalArticleWords = "legal-article-words"
  /// Words before a clause number in parentheses after an article ("ayat (2)", "paragraph (1)").
  case legalClauseWords = "legal-clause-words"
  /// Words before a letter after an article ("huruf q", "letter q").
  case legalLetterWords = "legal-letter-words"
  /// Words before an instrument's or a docket's number ("nomor", "no", "number").
  case legalNumberWords = "legal-number-words"
  /// Words between an instrument's number and its year ("tahun", "of").
  case legalYearWords = "legal-year-words"
  /// Words before an instrument's title ("tentang", "concerning").
  case legalTitleWords = "legal-title-words"
  /// Lowercase words a title may hold between its capitalized words ("dan", "of").
  case legalTitleConnectors = "legal-title-connectors"
  /// Words skipped between a title word and the title ("the" of "on the Eradication ...").
  case legalTitleDeterminers = "legal-title-determiners"
  /// Words between cited articles and their instrument ("dari", "of the").
  case legalArticleConnectors = "legal-article-connectors"
  /// Words and phrases that join an instrument to articles cited after it, or one cited
  /// article to the next ("juncto", "jo", "in conjunction with").
  case legalJunctoWords = "legal-juncto-words"
  /// Words and phrases, besides the juncto words, that join one cited article to the next
  /// ("dan", "and").
  case legalArticleJoiners = "legal-article-joiners"
  /// Words and phrases between the first and last article of a range ("sampai dengan", "to").
  case legalRangeWords = "legal-range-words"
  /// Words that, shortly before a citation, make it an amending law ("diubah", "amended").
  case legalAmendingWords = "legal-amending-words"
  /// Phrases written right before a number after an article's clauses ("ke-" of "ke-1").
  case legalOrdinalPrefixes = "legal-ordinal-prefixes"
  /// Beginnings of one-word names of a ministry's regulation ("permen" of "Permenkominfo").
  case legalMinisterialPrefixes = "legal-ministerial-prefixes"
  /// Words and phrases after which the text gives the name a person or group goes by
  /// ("bernama", "calling itself").
  case handleMarkers = "handle-markers"
  /// Words that may join an organization's head to the words of its name ("Ministry of Finance").
  case nameParticles = "name-particles"
  /// Verbs between a name and a person article that make it a person's ("adalah seorang").
  case appositionVerbs = "apposition-verbs"
  /// Articles said only of people ("seorang"): after a name, behind a comma or an apposition
  /// verb, they make it a person's.
  case personArticles = "person-articles"
  /// Words right after a name that give the person's nickname ("Ahmad Fauzi alias Ozi").
  case aliasWords = "alias-words"
  /// Words that open a date of birth in parentheses after a name ("(lahir 1980)", "(born").
  case birthWords = "birth-words"
  /// Articles that may open an aside after a name before its role title (", a director at").
  case appositiveArticles = "appositive-articles"
  /// Words that may stand between a role title and the name after it ("Menteri Luar Negeri
  /// RI", "Secretary of State").
  case titleJoiners = "title-joiners"
  /// Lowercase words between a person's name and the body they belong to ("Maria
  /// Kartikasari of Borneo Raya University said").
  case affiliationWords = "affiliation-words"
  /// Words that may stand among the capitalized words of a long form before its short form
  /// ("Badan Siber dan Sandi Negara (BSSN)").
  case acronymConnectors = "acronym-connectors"
  /// Words and phrases that attribute what follows to the source named after them
  /// ("menurut", "according to").
  case reportingWords = "reporting-words"
  /// Reporting words that hold their source as a clitic ("menurutnya": the last speaker).
  case cliticReportingWords = "clitic-reporting-words"
  /// Words that open an adjunct between a speech verb and "that" ("said on Monday that").
  case adjunctOpeners = "adjunct-openers"
  /// Speech verbs followed by whom they were said to ("told reporters that").
  case objectVerbs = "object-verbs"
  /// Prepositions: a name right after one is no subject ("a letter to Obama called it").
  case prepositions
  /// Words that may stand between a subject and its speech verb ("Telkomsigma has said").
  case auxiliaries
  /// Words that join a second verb to its sentence's subject ("He endorsed Clinton, but told").
  case verbCoordinators = "verb-coordinators"
  /// Indefinite articles, which open a description of someone not named ("A spokesman for").
  case indefiniteArticles = "indefinite-articles"
  /// Words that join a description to whom it serves ("a spokesman for Trump").
  case descriptionJoiners = "description-joiners"
  /// Relative pronouns said of things, never of people ("which").
  case thingRelatives = "thing-relatives"
  /// Complementizers that open a relative clause after a noun ("the data that leaked").
  case relativeComplementizers = "relative-complementizers"
  /// Articles a news outlet's name may open with and be written without ("The Times").
  case outletArticles = "outlet-articles"

  /// Words that join two names in a byline ("Ayu Lestari dan Budi Santoso").
  case bylineJoiners = "byline-joiners"

  /// The list's file in a language folder.
  public var file: String { rawValue + ".txt" }

  /// What an entry is called when each must be one word of letters; nil when phrases may be listed.
  var oneWordOfLetters: String? {
    switch self {
    case .personMarkers: "a person marker"
    case .notNameWords: "a word of no name"
    case .feminineWords: "a feminine word"
    case .masculineWords: "a masculine word"
    case .organizationWords: "an organization word"
    case .regionalBodyWords: "a regional body word"
    case .bodyJoiners: "a body joiner"
    case .placeMarkers: "a place marker"
    case .rangeWords: "a range word"
    case .betweenWords: "a between word"
    case .betweenJoiners: "a between joiner"
    case .pastMarkers: "a past marker"
    case .weekdayPastWords: "a weekday past word"
    case .clockMarkers: "a clock marker"
    case .citationYearWords: "a citation year word"
    case .possessiveEndings: "a possessive ending"
    case .ordinalSuffixes: "an ordinal suffix"
    case .meridiemWords: "a meridiem word"
    case .photoWords: "a photo word"
    case .legalArticleWords: "an article word"
    case .legalClauseWords: "a clause word"
    case .legalLetterWords: "a letter word"
    case .legalNumberWords: "a number word"
    case .legalYearWords: "a year word"
    case .legalTitleWords: "a title word"
    case .legalTitleConnectors: "a title connector"
    case .legalTitleDeterminers: "a title determiner"
    case .legalArticleConnectors: "an article connector"
    case .legalAmendingWords: "an amending word"
    case .legalMinisterialPrefixes: "a ministerial prefix"
    case .nameParticles: "a name particle"
    case .appositionVerbs: "an apposition verb"
    case .personArticles: "a person article"
    case .aliasWords: "an alias word"
    case .birthWords: "a birth word"
    case .appositiveArticles: "an appositive article"
    case .titleJoiners: "a title joiner"
    case .affiliationWords: "an affiliation word"
    case .acronymConnectors: "an acronym connector"
    case .cliticReportingWords: "a clitic reporting word"
    case .adjunctOpeners: "an adjunct opener"
    case .objectVerbs: "an object verb"
    case .prepositions: "a preposition"
    case .auxiliaries: "an auxiliary"
    case .verbCoordinators: "a verb coordinator"
    case .indefiniteArticles: "an indefinite article"
    case .descriptionJoiners: "a description joiner"
    case .thingRelatives: "a thing relative"
    case .relativeComplementizers: "a relative complementizer"
    case .outletArticles: "an outlet article"
    case .bylineJoiners: "a byline joiner"
    default: nil
    }
  }
}
