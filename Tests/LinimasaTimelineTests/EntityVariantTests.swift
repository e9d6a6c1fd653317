import Foundation
import LinimasaCore
import LinimasaRun
import LinimasaTestSupport
import Testing

@testable import LinimasaExport
@testable import LinimasaTimeline

/// One person or organization named in several forms across a run's documents is one entity.
@Suite struct EntityVariantTests {
  func person(_ id: String, _ name: String, lexicon: Bool = false, documents: Int = 1, context: Set<String> = ["org:kpu"])
    -> EntityVariants.Entity
  {
    EntityVariants.Entity(id: id, name: name, aliases: [], fromLexicon: lexicon, documents: documents, context: context)
  }

  func renames(_ people: [EntityVariants.Entity]) -> [String: String] {
    EntityVariants.renames(people: people, organizations: [])
  }

  @Test func organizationsSharingAFullNameAreOne() {
    func organization(_ id: String, _ name: String, _ aliases: [String], documents: Int = 1) -> EntityVariants.Entity {
      EntityVariants.Entity(id: id, name: name, aliases: aliases, fromLexicon: false, documents: documents, context: [])
    }
    let organizations = [
      organization("org:sritex", "PT Sri Rejeki Isman Tbk", ["Sritex"], documents: 2),
      organization("org:pt-sri-rejeki-isman-tbk", "PT Sri Rejeki Isman Tbk", ["Sritex"]),
      organization("org:spss", "Serikat Pekerja Sandang Sukoharjo", []),
      organization("org:serikat-pekerja-sandang-sukoharjo", "serikat pekerja sandang sukoharjo", []),
    ]
    let renames = EntityVariants.renames(people: [], organizations: organizations)
    #expect(renames == ["org:pt-sri-rejeki-isman-tbk": "org:sritex", "org:spss": "org:serikat-pekerja-sandang-sukoharjo"])
    #expect(EntityVariants.renames(people: [], organizations: organizations.reversed()) == renames)
    // Negative: a shared one-word name (an acronym two bodies may share) joins nothing.
    #expect(
      EntityVariants.renames(
        people: [],
        organizations: [
          organization("org:pn-sleman", "Pengadilan Negeri Sleman", ["PN"]),
          organization("org:pn-bantul", "Pengadilan Negeri Bantul", ["PN"]),
        ]
      ).isEmpty)
  }

  @Test func spellingsAndAShortFormJoinTheFullestName() {
    let people = [
      person("person:abdul-kharis", "Abdul Kharis", documents: 3),
      person("person:abdul-kharis-almasyhari", "Abdul Kharis Almasyhari", documents: 2),
      person("person:abdul-kharis-almasyahari", "Abdul Kharis Almasyahari"),
      person("person:semuel-pangerapan", "Semuel Pangerapan"),
      person("person:semuel-a-pangerapan", "Semuel A. Pangerapan"),
      person("person:semuel-abrijani-pangerapan", "Semuel Abrijani Pangerapan"),
      person("person:m-guntur-hamzah", "M. Guntur Hamzah"),
      person("person:muhammad-guntur-hamzah", "Muhammad Guntur Hamzah"),
    ]
    let renamed = renames(people)
    // Of two full names of three words, the one more documents give.
    #expect(renamed["person:abdul-kharis"] == "person:abdul-kharis-almasyhari")
    #expect(renamed["person:abdul-kharis-almasyahari"] == "person:abdul-kharis-almasyhari")
    #expect(renamed["person:semuel-pangerapan"] == "person:semuel-abrijani-pangerapan")
    #expect(renamed["person:semuel-a-pangerapan"] == "person:semuel-abrijani-pangerapan")
    #expect(renamed["person:m-guntur-hamzah"] == "person:muhammad-guntur-hamzah")
    #expect(renamed.count == 5)
    // The same people in another order: the same renames.
    #expect(renames(people.reversed()) == renamed)
  }

  @Test func formsThatCouldBeTwoPeopleStayApart() {
    // "Abdul Kharis" could be either; the two full names are not forms of each other.
    #expect(
      renames([
        person("person:abdul-kharis", "Abdul Kharis"),
        person("person:abdul-kharis-almasyhari", "Abdul Kharis Almasyhari"),
        person("person:abdul-kharis-rahman", "Abdul Kharis Rahman"),
      ]).isEmpty)
    // A wife's name holds her husband's; two people of the lexicon stay two.
    #expect(
      renames([
        person("person:joko-widodo", "Joko Widodo", lexicon: true),
        person("person:iriana-joko-widodo", "Iriana Joko Widodo"),
        person("person:budi-santoso", "Budi Santoso", lexicon: true),
        person("person:budi-santoso-putra", "Budi Santoso Putra", lexicon: true),
      ]).isEmpty)
    // Different last names, or a vowel-initial word against another: no forms.
    #expect(
      renames([
        person("person:dewi-lestari", "Dewi Lestari"), person("person:dewi-kartika-sari", "Dewi Kartika Sari"),
        person("person:ali-said", "Ali Said"), person("person:eli-said", "Eli Said"),
      ]).isEmpty)
  }

  @Test func formsOfOneNameInTwoStoriesAreTwoPeople() {
    let prosecutor = person("person:ratna-kusumawardani", "Ratna Kusumawardani", context: ["org:kejari-sendangsari"])
    let scholar = person("person:ratna-kusumawardana", "Ratna Kusumawardana", context: ["org:mk", "org:dpr"])
    #expect(renames([prosecutor, scholar]).isEmpty)
    // The same spellings in one story are one person.
    let colleague = person("person:ratna-kusumawardana", "Ratna Kusumawardana", context: ["org:kejari-sendangsari"])
    #expect(renames([prosecutor, colleague]) == ["person:ratna-kusumawardani": "person:ratna-kusumawardana"])
  }

  @Test func aDiscoveredFormJoinsTheLexiconsPerson() {
    let renames = renames([
      person("person:abdul-kharis", "Abdul Kharis Almasyhari", lexicon: true),
      person("person:abdul-kharis-almasyahari", "Abdul Kharis Almasyahari", documents: 9),
    ])
    #expect(renames == ["person:abdul-kharis-almasyahari": "person:abdul-kharis"])
  }

  @Test func aOneWordNameJoinsTheOnlyFullNameOfItsStory() {
    let full = person("person:gibran-rakabuming-raka", "Gibran Rakabuming Raka", context: ["org:mk", "person:anwar-usman"])
    let short = person("person:gibran", "Gibran", context: ["person:anwar-usman"])
    #expect(renames([full, short]) == ["person:gibran": "person:gibran-rakabuming-raka"])
    // Negatives: no entity named with both; two full names that start or end with the word.
    let elsewhere = person("person:gibran", "Gibran", context: ["org:kpk"])
    #expect(renames([full, elsewhere]).isEmpty)
    let other = person("person:gibran-putra", "Gibran Putra", context: ["person:anwar-usman"])
    #expect(renames([full, short, other]).isEmpty)
  }

  func timeline(_ articles: [(String, String)], observer: TimelineJSONWriter? = nil) throws -> Timeline {
    let folder = try Repository.temporaryFolder("variants")
    for (name, body) in articles {
      let text = "---\ntitle: \"\(name)\"\npublished: 2023-11-29\n---\n\n\(body)\n"
      try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return try Pipeline(configuration: EventTimelineTests.configuration).run(
      inputs: [folder.path], options: RunOptions(observer: observer, keepsDetails: observer == nil))
  }

  static let articles = [
    ("a.md", "Jakarta - Wakil Ketua Komisi I DPR Abdul Kharis mengatakan pada Rabu bahwa KPU harus bertanggung jawab."),
    ("b.md", "Jakarta - Politikus PKS Abdul Kharis Almasyhari menilai KPU lalai. \"Harus diusut,\" kata Abdul Kharis."),
    ("c.md", "Jakarta - Anggota Komisi I DPR Abdul Kharis Almasyahari meminta KPU segera mengusut kebocoran data."),
  ]

  @Test func aRunNamesOnePersonByOneIDInEveryOutput() throws {
    let found = try timeline(Self.articles)
    let people = found.entities.filter { $0.type == .person }
    try #require(people.count == 1)
    #expect(people[0].id == "person:abdul-kharis-almasyahari")
    #expect(people[0].aliases.contains("Abdul Kharis") && people[0].aliases.contains("Abdul Kharis Almasyhari"))
    #expect(found.renamedEntities["person:abdul-kharis"] == people[0].id)
    #expect(!found.claims.isEmpty && found.claims.allSatisfy { $0.claim.speaker == people[0].id })
    let actors = found.events.flatMap { $0.actors.map(\.entity) }.filter { $0.hasPrefix("person:") }
    #expect(!actors.isEmpty && actors.allSatisfy { $0 == people[0].id })
    // The JSON written as documents finish (their claims and mentions spilled under the
    // ids the documents gave) equals the JSON of the whole timeline.
    let whole = try TimelineJSON.format(found)
    let writer = try TimelineJSONWriter(spillFolder: nil)
    var pieces: [[UInt8]] = []
    try writer.write(try timeline(Self.articles, observer: writer)) { pieces.append($0) }
    #expect(String(decoding: Array(pieces.joined()), as: UTF8.self) == whole)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(whole.utf8)) as? [String: Any])
    let entities = try #require(json["entities"] as? [[String: Any]])
    let kharis = try #require(entities.first { ($0["id"] as? String) == people[0].id })
    #expect(Set((kharis["mentions"] as? [[String: Any]] ?? []).compactMap { $0["document"] as? String }) == ["a", "b", "c"])
    #expect(!whole.contains("\"person:abdul-kharis\""))
  }
}
