import Foundation
import LinimasaCore
import LinimasaTestSupport
import Testing

@Suite struct LexiconTests {
  @Test func bundledLexiconsLoad() throws {
    let lexicons = try Lexicons.load(from: [Repository.lexicons.path])
    #expect(lexicons[.indonesian].months["desember"] == 12)
    #expect(lexicons[.english].weekdays["saturday"] == 6)
    #expect(lexicons[.indonesian].abbreviations["no."]?.mayEndSentence == false)
    #expect(lexicons[.indonesian].stopWords.contains("yang"))
    #expect(lexicons.timeZones["WITA"] == 8 * 60)
    #expect(lexicons.outlets.contains { $0.name == "ANTARA" })
    #expect(lexicons[.english].referringNouns["ministry"] == .organization)
    #expect(lexicons[.english].words(.findingVerbs).contains("held"))
  }

  @Test func everyWordListIsReadFromItsFileByOneRule() throws {
    let lexicons = try Lexicons.load(from: [Repository.lexicons.path])
    for list in WordList.allCases {
      #expect(!Language.supported.allSatisfy { lexicons[$0].words(list).isEmpty }, "\(list.file) is empty or missing")
    }
    // A list of single words refuses a phrase; a list of phrases takes one.
    let found = try issues(["en/place-markers.txt": "in front of\n", "en/nickname-markers.txt": "better known as\n"])
    #expect(found == ["en/place-markers.txt:1: a place marker is one word of letters, got 'in front of'"])
  }

  @Test func dateVocabularyIsReadFromItsFiles() throws {
    let lexicons = try Lexicons.load(from: [Repository.lexicons.path])
    #expect(lexicons[.indonesian].words(.rangeWords).contains("hingga"))
    #expect(lexicons[.english].words(.betweenWords).contains("between"))
    #expect(lexicons[.indonesian].words(.clockMarkers).contains("pukul"))
    #expect(lexicons[.english].words(.ordinalSuffixes).contains("th"))
    #expect(lexicons[.indonesian].futureCues.contains(FutureCue(text: "akan ", side: .before)))
    #expect(lexicons[.indonesian].futureCues.contains(FutureCue(text: "mendatang", side: .after)))
    let found = try issues([
      "en/range-words.txt": "to\nup to\n",
      "id/future-cues.tsv": "cue\tside\tfollowed_by\nakan\tbefore\tspace\nAkan\tbefore\tspace\n"
        + "akan\tahead\tspace\nakan\tbefore\tsoon\nakan\tbefore\tany\n",
    ])
    #expect(
      found.sorted() == [
        "en/range-words.txt:2: a range word is one word of letters, got 'up to'",
        "id/future-cues.tsv:3: a cue is lowercase words of letters, one space apart, got 'Akan'",
        "id/future-cues.tsv:4: side must be one of before, after, got 'ahead'",
        "id/future-cues.tsv:5: followed_by must be one of space, any, got 'soon'",
        "id/future-cues.tsv:6: duplicate entry 'akan before' (first at line 2)",
      ])
  }

  @Test func nameAndSpeakerWordsLoadAndReportBadRowsByLine() throws {
    let lexicons = try Lexicons.load(from: [Repository.lexicons.path])
    #expect(lexicons[.indonesian].words(.handleMarkers).contains("bernama"))
    #expect(lexicons[.english].words(.handleMarkers).contains("calling itself"))
    #expect(lexicons[.english].words(.reportingWords).contains("according to"))
    #expect(lexicons[.indonesian].words(.appositionVerbs).contains("adalah"))
    #expect(lexicons[.english].speakerPronouns["she"] == .feminine)
    #expect(lexicons[.indonesian].speakerPronouns["pihaknya"] == .side)
    let found = try issues([
      "en/prepositions.txt": "to\ninto the\n",
      "id/speaker-pronouns.tsv": "pronoun\tstands_for\ndia\tperson\nkami\tgroup\ndia\tperson\nia dia\tperson\n",
    ])
    #expect(
      found == [
        "en/prepositions.txt:2: a preposition is one word of letters, got 'into the'",
        "id/speaker-pronouns.tsv:3: stands_for must be one of person, masculine, feminine, thing, plural, side, got 'group'",
        "id/speaker-pronouns.tsv:4: duplicate entry 'dia' (first at line 2)",
        "id/speaker-pronouns.tsv:5: a pronoun is one word of letters, got 'ia dia'",
      ])
  }

  /// Writes `files` (relative path → content) into a new lexicon folder.
  func folder(_ files: [String: String]) throws -> String {
    try Repository.folder("lexicons", files: files).path
  }

  func issues(_ files: [String: String]) throws -> [String] {
    try Repository.lexiconMistakes(files)
  }

  @Test func readsTheLegalTablesAndReportsBadRows() throws {
    let lexicons = try Lexicons.load(from: [Repository.lexicons.path])
    #expect(lexicons[.indonesian].instrumentForms.contains { $0.phrase == "peraturan pemerintah" && $0.code == .pp })
    #expect(lexicons[.english].instrumentForms.contains { $0.phrase == "law" && $0.code == .uu && $0.capitalized })
    #expect(lexicons[.indonesian].legalAnaphora.contains { $0.phrase == "beleid itu" && $0.refersTo == .instrument })
    #expect(lexicons[.english].legalAnaphora.contains { $0.phrase == "same law" && $0.onlyAfterArticles })
    #expect(lexicons[.indonesian].statuteHeadAbbreviations["undang-undang"] == "uu")
    #expect(lexicons[.indonesian].criminalCodeNames.first?.newAfter == ["baru", "nasional"])
    #expect(lexicons[.indonesian].words(.legalRangeWords).isSuperset(of: ["sampai dengan", "s.d."]))
    let found = try issues([
      "id/legal-instruments.tsv":
        "phrase\tcode\tcapitalized\nperaturan  gubernur\tPERDA\tno\npergub\tPERGUB\tno\nuu\tUU\tmaybe\nperda\tPERDA\tno\nperda\tPERDA\tno\n",
      "en/legal-anaphora.tsv": "phrase\trefers_to\tonly_after_articles\nthe act\tlaw\tno\n",
      "id/legal-head-abbreviations.tsv": "phrase\tabbreviation\nundang-undang\tu.u.\n",
      "id/legal-criminal-code.tsv": "name\tnew_before\tnew_after\tacronym_after\nwvs\t-\tbaru 2\tno\n",
      "en/legal-article-words.txt": "section 5\n",
    ])
    #expect(
      found == [
        "en/legal-anaphora.tsv:2: refers_to must be one of statute, instrument, got 'law'",
        "en/legal-article-words.txt:1: an article word is one word of letters, got 'section 5'",
        "id/legal-criminal-code.tsv:2: new_after must be lowercase words of letters, got 'baru 2'",
        "id/legal-head-abbreviations.tsv:2: abbreviation must be lowercase words of letters, got 'u.u.'",
        "id/legal-instruments.tsv:2: a phrase is lowercase words separated by single spaces, got 'peraturan  gubernur'",
        "id/legal-instruments.tsv:3: code must be one of UU, PERPPU, PP, PERPRES, PKPU, PERBAWASLU, PERDA, PMK, PERMEN, PUTUSAN-MK, got 'PERGUB'",
        "id/legal-instruments.tsv:4: expected yes or no, got 'maybe'",
        "id/legal-instruments.tsv:6: duplicate entry 'perda' (first at line 5)",
      ])
  }

  @Test func reportsSyntaxErrorsWithFileAndLine() throws {
    let found = try issues(["id/months.tsv": "# months\nname\tmonth\ndesember\t12\njanuari 1\nfoo\t13\n"])
    #expect(
      found == [
        "id/months.tsv:4: expected 2 tab-separated fields (name, month), found 1",
        "id/months.tsv:5: month must be 1–12, got '13'",
      ])
  }

  @Test func readsWindowsLineEndingsAndTrimsSpacesAroundFields() throws {
    let path = try folder([
      "id/months.tsv": "# months\r\nname\tmonth\r\n  desember \t\u{00A0}12\r\n\r\n\t# indented comment\r\nnovember\t11",
      "en/speech-verbs.txt": " said \r\n\ttold\r\n",
    ])
    let lexicons = try Lexicons.load(from: [Repository.lexicons.path, path])
    #expect(lexicons[.indonesian].months["desember"] == 12)
    #expect(lexicons[.indonesian].months["november"] == 11)
    #expect(lexicons[.english].words(.speechVerbs).isSuperset(of: ["said", "told"]))
  }

  @Test func reportsDuplicatesAndBadHeaders() throws {
    let found = try issues([
      "en/weekdays.tsv": "name\tweekday\nmonday\t1\nMonday\t1\n",
      "en/bylines.tsv": "label\tjob\nby\tauthor\n",
    ])
    #expect(
      found == [
        "en/bylines.tsv:1: header must be 'label<TAB>role', found 'label<TAB>job'",
        "en/weekdays.tsv:3: duplicate entry 'monday' (first at line 2)",
      ])
  }

  @Test func reportsUnknownFilesAndFolders() throws {
    let found = try issues(["id/stopwords.txt": "yang\n", "fr/months.tsv": "name\tmonth\n"])
    #expect(found.count == 2)
    #expect(found.contains { $0.hasPrefix("fr: unknown lexicon folder") })
    #expect(found.contains { $0.hasPrefix("id/stopwords.txt: unknown lexicon file") })
  }

  @Test func reportsInvalidValues() throws {
    let found = try issues([
      "id/abbreviations.tsv": "abbreviation\tends_sentence\nNo\tno\ndll.\tmaybe\n",
      "id/furniture.tsv": "match\tphrase\tlabel\nsomewhere\tBaca juga\trelated\n",
      "common/time-zones.tsv": "zone\tutc_offset\nWIB\t7\n",
      "id/referring-nouns.tsv": "noun\trefers_to\npelaku\tperson\nkota\tplace\n",
      "en/organization-words.txt": "agency\nwhite house\nAgency\n",
      "id/regional-body-words.txt": "negeri\nkota baru\n",
      "id/name-heads.tsv": "head\ttype\tposition\ndesa\tplace\tfirst\nkota baru\tplace\tfirst\npt\tperson\tfirst\ntbk\torganization\tafter\nDesa\tplace\tfirst\n",
    ])
    #expect(
      found == [
        "common/time-zones.tsv:2: utc_offset must look like +7 or +5:30, got '7'",
        "en/organization-words.txt:2: an organization word is one word of letters, got 'white house'",
        "en/organization-words.txt:3: duplicate entry 'agency' (first at line 1)",
        "id/abbreviations.tsv:2: an abbreviation is one word ending in '.', got 'No'",
        "id/abbreviations.tsv:3: expected yes or no, got 'maybe'",
        "id/furniture.tsv:2: match must be one of line, prefix, contains, got 'somewhere'",
        "id/name-heads.tsv:3: a name head is one word of letters, got 'kota baru'",
        "id/name-heads.tsv:4: type must be one of organization, place, got 'person'",
        "id/name-heads.tsv:5: position must be one of first, last, either, got 'after'",
        "id/name-heads.tsv:6: duplicate entry 'desa' (first at line 2)",
        "id/referring-nouns.tsv:3: refers_to must be one of person, organization, group, got 'place'",
        "id/regional-body-words.txt:2: a regional body word is one word of letters, got 'kota baru'",
      ])
  }

  @Test func readsAndValidatesTheGazetteers() throws {
    let lexicons = try Lexicons.load(from: [Repository.lexicons.path])
    let provinces = lexicons.places.filter { $0.kind == "province" }
    #expect(provinces.count == 38)
    #expect(lexicons.places.contains { $0.nameIndonesian == "Tanah Datar" && $0.within == "Sumatera Barat" })
    #expect(lexicons.places.contains { $0.nameIndonesian == "Jerman" && $0.nameEnglish == "Germany" })
    let found = try issues([
      "common/places-id.tsv":
        "name_id\tname_en\tkind\twithin\taliases\nBarat Jaya\tBarat Jaya\tprovince\tIndonesia\t-\nKota Uji\tKota Uji\tvillage\tBarat Jaya\t-\nbatu\tBatu\tcity\tBarat Jaya\t-\nSukamaju\tSukamaju\tcity\tTimur Jaya\t-\nBarat Jaya\tWest Jaya\tprovince\tIndonesia\t-\n",
      "id/person-markers.txt": "pak\npak haji\n",
    ])
    #expect(
      found == [
        "common/places-id.tsv:3: kind must be one of province, regency, city, region, country, state, got 'village'",
        "common/places-id.tsv:4: a place's name starts with a capital letter, got 'batu'",
        "common/places-id.tsv:5: within names no place of the gazetteers: 'Timur Jaya'",
        "common/places-id.tsv:6: duplicate entry 'barat jaya province Indonesia' (first at line 2)",
        "id/person-markers.txt:2: a person marker is one word of letters, got 'pak haji'",
      ])
  }

  @Test func readsWhatARelativePhraseCountsFrom() throws {
    let lexicons = try Lexicons.load(from: [Repository.lexicons.path])
    let phrases = lexicons[.english].relativeDates
    #expect(phrases.first { $0.words == ["yesterday"] }?.base == .publication)
    #expect(phrases.first { $0.words == ["{n}", "days", "later"] }?.base == .previous)
    let found = try issues(["en/relative-dates.tsv": "phrase\tunit\toffset\tfrom\ntoday\tday\t0\tpublication\nlater on\tday\t1\tbefore\n"])
    #expect(found == ["en/relative-dates.tsv:3: from must be one of publication, previous, got 'before'"])
  }

  @Test func userFolderOverridesAndExtends() throws {
    let user = try folder(["id/months.tsv": "name\tmonth\nmei\t6\nmeiy\t5\n"])
    let lexicons = try Lexicons.load(from: [Repository.lexicons.path, user])
    #expect(lexicons[.indonesian].months["mei"] == 6)
    #expect(lexicons[.indonesian].months["meiy"] == 5)
    #expect(lexicons[.indonesian].months["juni"] == 6)
  }

  @Test func userEntityReplacesTheBundledOneWithTheSameId() throws {
    let bundled = try Lexicons.load(from: [Repository.lexicons.path])
    let id = try #require(bundled.entities.keys.sorted().first { $0.hasPrefix("org:") })
    let user = try folder([
      "common/entities.tsv":
        "id\ttype\tname_id\tname_en\taliases\troles\n\(id)\torganization\tLembaga Uji Ganti\tReplaced Test Body\tLUG\t-\n"
    ])
    let lexicons = try Lexicons.load(from: [Repository.lexicons.path, user])
    #expect(lexicons.entities[id]?.nameIndonesian == "Lembaga Uji Ganti")
    #expect(lexicons.entities[id]?.aliases == ["LUG"])
    #expect(lexicons.entities.count == bundled.entities.count)
  }

  @Test func missingFolderIsReported() {
    #expect(throws: LexiconLoadError.self) { try Lexicons.load(from: ["/nonexistent/lexicons"]) }
  }
}
