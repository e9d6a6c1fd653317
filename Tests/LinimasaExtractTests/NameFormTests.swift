import LinimasaCore
@testable import LinimasaExtract
import LinimasaTestSupport
import LinimasaText
import Testing

/// Bodies, places and people no lexicon lists: the forms news writes them in.
@Suite struct NameFormTests {
  func entities(_ text: String) throws -> [String: DocumentEntity] {
    try ClaimFixtures.facts(text).1.entities.entities
  }

  @Test func englishTextKeepsIndonesianHeads() throws {
    let found = try entities("""
      JAKARTA (Wire) - A supplier told the court on Monday that PT Sinar Abadi Jaya paid CV Karya Mulia for the beds. \
      Members of the Badan Legislasi met students of Universitas Pelita Harapan.
      """)
    #expect(found["org:pt-sinar-abadi-jaya"]?.type == .organization)
    #expect(found["org:cv-karya-mulia"]?.type == .organization)
    #expect(found["org:badan-legislasi"]?.type == .organization)
    #expect(found["org:universitas-pelita-harapan"]?.type == .organization)
    // Negative: an English head keeps its English reading, lowercase heads make nothing.
    let other = try entities("JAKARTA (Wire) - The bank said the pt and cv forms were late, and the court agreed.")
    #expect(other.values.allSatisfy { $0.fromLexicon })
  }

  @Test func aPlaceBeforeALastHeadBelongsToTheBody() throws {
    let found = try entities("JAKARTA (Wire) - A state auditor told the Semarang Corruption Court on Tuesday that prices doubled.")
    #expect(found["org:semarang-corruption-court"]?.type == .organization)
    // Negative: without a place, an acronym or a people's name, common words make no body.
    let other = try entities("JAKARTA (Wire) - Prices doubled, a report of the Tax Research Institute showed on Tuesday.")
    #expect(other["org:tax-research-institute"] == nil)
  }

  @Test func aWordWithDigitsIsNoName() throws {
    let found = try entities("""
      Semarang - "Negara dirugikan sebesar Rp6.421.850.000," kata Ratna Kusumawati saat membacakan dakwaan.
      """)
    #expect(!found.values.contains { $0.type == .person && $0.name.hasPrefix("Rp") })
    #expect(found["person:ratna-kusumawati"] != nil)
  }

  @Test func acronymDefinitionsStartAtTheirFirstLetterAndMayBeMixedCase() throws {
    let found = try entities("""
      Padang - Melalui Pusat Data Uji Bencana (PDUB), pemerintah mencatat letusan. Dinas Kesehatan (Dinkes) menyiapkan obat.
      """)
    #expect(found["org:pdub"]?.name == "Pusat Data Uji Bencana")
    #expect(found["org:dinkes"]?.name == "Dinas Kesehatan")
    // Negative: a nickname after a person's name is no body's short form.
    let other = try entities("Medan - Polisi memeriksa Budi Santoso (Ucok) di rumahnya pada hari itu.")
    #expect(other["org:ucok"] == nil)
  }

  @Test func aLongerFormOfALexiconBodyIsAnotherBody() throws {
    let found = try entities("""
      Jakarta - Partai tanpa kursi di Dewan Perwakilan Rakyat Daerah (DPRD) kini dapat mengusulkan calon kepala daerah.
      """)
    #expect(found["org:dprd"]?.name == "Dewan Perwakilan Rakyat Daerah")
    #expect(found["org:dpr"]?.aliases.contains("DPRD") != true)
    // Negative: the lexicon's body defined by its own name is the lexicon's.
    let other = try entities("Jakarta - Rapat paripurna Dewan Perwakilan Rakyat (DPR) ditunda pada Kamis.")
    #expect(other["org:dpr"]?.fromLexicon == true)
    #expect(other.values.filter { $0.type == .organization }.count == 1)
  }

  @Test func aRegionalOfficeTakesThePlaceAfterItsAcronym() throws {
    let found = try entities("""
      Semarang - Jaksa dari Kejaksaan Negeri (Kejari) Wonosari menuntut terdakwa. Dinas Kesehatan (Dinkes) Kabupaten \
      Wonosari diam. Pasien Rumah Sakit Umum Daerah (RSUD) Wonosari dirujuk. Kemudian Kejari Wonosari menahan dia.
      """)
    let office = try #require(found["org:kejari-wonosari"])
    #expect(office.name == "Kejaksaan Negeri Wonosari")
    #expect(found["org:dinkes-kabupaten-wonosari"]?.name == "Dinas Kesehatan Kabupaten Wonosari")
    #expect(found["org:rsud-wonosari"]?.name == "Rumah Sakit Umum Daerah Wonosari")
    let mentions = try ClaimFixtures.facts("Semarang - Kejaksaan Negeri (Kejari) Wonosari menuntut. Lalu Kejari Wonosari menahan dia.")
      .1.entities.mentions.filter { $0.entity == "org:kejari-wonosari" }
    #expect(mentions.count == 2)
    // Negative: a national body's acronym keeps the person named after it apart.
    let other = try entities("Jakarta - Wakil Ketua Komisi Pemberantasan Uji (KPBU) Alexander Marwata mengatakan kasus itu berlanjut.")
    #expect(other["org:kpbu"]?.name == "Komisi Pemberantasan Uji")
    #expect(other["person:alexander-marwata"] != nil)
  }

  @Test func aBodyTakesThePlaceItsHeadNames() throws {
    let found = try entities("Semarang - Kepala Dinas Kesehatan Kabupaten Wonosari nonaktif, dr. Budi Santoso, divonis hari ini.")
    #expect(found["org:dinas-kesehatan-kabupaten-wonosari"]?.type == .organization)
    #expect(found["person:budi-santoso"] != nil)
  }

  @Test func aNameAHeadStartsIsNoPerson() throws {
    let found = try entities("""
      Batusangkar - Hasanuddin Datuak Bandaro Kayo, wali nagari di Jorong Koto Tinggi, Kabupaten Tanah Datar, mengatakan \
      warganya siap.
      """)
    #expect(found["person:hasanuddin-datuak-bandaro-kayo"] != nil)
    #expect(found["place:jorong-koto-tinggi"]?.type == .place)
    #expect(!found.values.contains { $0.type == .person && $0.name.contains("Tanah Datar") })
  }

  @Test func oneNameWithAnAgeIsAPerson() throws {
    let found = try entities("Sukoharjo - Para buruh berkumpul. Sumarni (38), operator mesin, datang. Kemarin Hartini (40) pulang.")
    #expect(found["person:sumarni"]?.type == .person)
    #expect(found["person:hartini"]?.type == .person)
    #expect(found["person:kemarin-hartini"] == nil)
    // Negative: a numbered part of a law is no person.
    let other = try entities("Jakarta - Perbuatan itu diatur dalam Pasal 30 Ayat (2) undang-undang tersebut.")
    #expect(other.values.allSatisfy { $0.type != .person })
  }

  @Test func aWordOfANicknameNamesThePerson() throws {
    let (_, facts) = try ClaimFixtures.facts("""
      Jakarta - Koordinator lembaga itu, Fransiskus Xaverius Lado, yang akrab disapa Frans Lado, meminta KPUT bekerja.

      "Waktunya mepet sekali, KPU daerah harus bergerak cepat," kata Frans. Frans juga mengatakan lembaganya menerima laporan.
      """)
    #expect(facts.entities.entities["person:frans"] == nil)
    #expect(facts.claims.filter { $0.speaker == "person:fransiskus-xaverius-lado" }.count == 2)
  }
}

/// Bodies named in pieces, and the people beside a speech verb.
@Suite struct BodyAndSpeakerFormTests {
  func entities(_ text: String) throws -> [String: DocumentEntity] {
    try ClaimFixtures.facts(text).1.entities.entities
  }

  @Test func aCourtInsideAnotherBodyIsOneName() throws {
    let found = try entities("""
      Semarang - Pengadilan Niaga pada Pengadilan Negeri Wonosari menyatakan perusahaan itu pailit. \
      Majelis Pengadilan Hubungan Industrial (PHI) pada Pengadilan Negeri Wonosari menolak gugatan itu.
      """)
    #expect(found.values.contains { $0.name == "Pengadilan Niaga pada Pengadilan Negeri Wonosari" && $0.type == .organization })
    #expect(found["org:phi"]?.name == "Pengadilan Hubungan Industrial pada Pengadilan Negeri Wonosari")
    // A place the lexicon knows ends the parent body's name.
    let known = try entities("Semarang - Pengadilan Hubungan Industrial (PHI) pada Pengadilan Negeri Semarang menolak gugatan itu.")
    #expect(known["org:phi"]?.name == "Pengadilan Hubungan Industrial pada Pengadilan Negeri Semarang")
    // Negative: "pada" before no body's head joins nothing.
    let other = try entities("Semarang - Pengadilan Niaga pada Senin menyatakan perusahaan itu pailit.")
    #expect(other.values.contains { $0.name == "Pengadilan Niaga" })
  }

  @Test func aBodySpelledOutInPiecesIsTheLexicons() throws {
    let overlay = try Repository.folder("linimasa-court", files: [
      "common/entities.tsv": """
        id\ttype\tname_id\tname_en\taliases\troles
        org:test-court\torganization\tPengadilan Uji pada Pengadilan Negeri Wonosari\tWonosari Test Court\t-\t-
        """
    ])
    let lexicons = try Lexicons.load(from: [Repository.lexicons.path, overlay.path])
    let article = SourceArticle(
      path: "a.txt", format: .text, bytes: Array("Semarang - Majelis Pengadilan Uji (PU) pada Pengadilan Negeri Wonosari memutus perkara itu.".utf8))
    let analysis = try DocumentProcessor(configuration: TextConfiguration(lexicons: lexicons)).process(article)
    let found = FactExtractor(lexicons: lexicons).extract(analysis).entities.entities
    #expect(found["org:test-court"]?.fromLexicon == true)
    #expect(found["org:pu"] == nil)
  }

  @Test func aKnownHeadBeforeAShortFormsFirstLetterIsTheNames() throws {
    let found = try entities("Sukoharjo - Pabrik PT Sinar Rejeki Abadi Tbk (Srabadi) berhenti beroperasi pekan ini.")
    #expect(found["org:srabadi"]?.name == "PT Sinar Rejeki Abadi Tbk")
    // A title before a body's name is not the name's.
    let other = try entities("Jakarta - Wakil Ketua Komisi Pengawas Uji (KPBU) Budi Santoso hadir.")
    #expect(other["org:kpbu"]?.name == "Komisi Pengawas Uji")
  }

  @Test func aSpeakerStandsRightBeforeTheVerbOrBetweenCommas() throws {
    let found = try entities("""
      Solo - Perkara diatur dalam undang-undang tentang Kepailitan dan Penundaan Kewajiban Pembayaran Utang. Menurut \
      ketentuan itu, aset dibagi tim kurator. Kurator Ahmad Rifai Nasution mengatakan aset akan didata. Kepala desa itu, Budi \
      Santoso, mengatakan warga resah.
      """)
    #expect(!found.values.contains { $0.type == .person && $0.name.contains("Utang") })
    #expect(found["person:ahmad-rifai-nasution"] != nil)
    #expect(found["person:kurator-ahmad-rifai-nasution"] == nil)
    #expect(found["person:budi-santoso"] != nil)
    // Negative: a name before a parenthesis and a comma is no speaker.
    let other = try entities("""
      JAKARTA (Wire) - The spokeswoman of the People's Coalition to Guard the Constitution (Coalition), urged the \
      commission to act.
      """)
    #expect(!other.values.contains { $0.type == .person })
  }

  @Test func aQuotedNameRightBeforeTheVerbSpeaks() throws {
    let facts = try ClaimFixtures.facts("""
      PADANG (Wire) - Climbers returned. One guide, known on the trail as "Ebi", acknowledged that many climbers skipped the registration.
      """).1
    #expect(facts.entities.entities["person:ebi"]?.type == .person)
    #expect(facts.claims.first { $0.text.contains("skipped the registration") }?.speaker == "person:ebi")
    // Negative: a name ending a longer quotation is no speaker.
    let other = try ClaimFixtures.facts("""
      PADANG (Wire) - Climbers returned. "We will never climb again in Solok," said the guide.
      """).1
    #expect(other.entities.entities.values.allSatisfy { $0.type != .person })
  }

  @Test func aNameBeforeWhoIsAPersons() throws {
    let found = try entities("""
      SOLO (Wire) - Workers gathered. Wahyu Setyo Nugroho, who heads the workers' union, urged the government to pay.
      """)
    #expect(found["person:wahyu-setyo-nugroho"]?.type == .person)
    // Negative: "which" makes no person.
    let other = try entities("SOLO (Wire) - Workers gathered. Sinar Abadi Textile, which employs them, said nothing.")
    #expect(other["person:sinar-abadi-textile"] == nil)
  }

  @Test func aUnitLevelIsNoNickname() throws {
    let found = try entities("Padang - Status gunung itu naik dari Level II (Waspada) menjadi Level III (Siaga) pada Selasa.")
    #expect(found.values.allSatisfy { $0.type != .person })
  }
}

/// An unnamed speaker of a lead whom the text names below.
@Suite struct IntroducedSpeakerTests {
  @Test func aLeadsUnnamedSpeakerIsThePersonNamedBelowWithThatRole() throws {
    let facts = try ClaimFixtures.facts("""
      SEMARANG (Wire) - A state auditor told the court on Tuesday that the scanners were bought at twice their cost.

      Dewi Lestari Handayani, an auditor with the provincial office, said her team compared the invoices.
      """).1
    let lead = try #require(facts.claims.first { $0.text.contains("scanners were bought") })
    #expect(lead.speaker == "person:dewi-lestari-handayani")
    // Negative: a person named below with another role is not the unnamed speaker.
    let other = try ClaimFixtures.facts("""
      SEMARANG (Wire) - A state auditor told the court on Tuesday that the scanners were bought at twice their cost.

      Dewi Lestari Handayani, a lawyer for the supplier, said the audit was wrong.
      """).1
    #expect(other.claims.first { $0.text.contains("scanners were bought") }?.speaker != "person:dewi-lestari-handayani")
  }
}

/// Places no gazetteer lists, after a place marker.
@Suite struct MarkedPlaceTests {
  @Test func aNameAfterDiIsAPlace() throws {
    let found = try ClaimFixtures.facts("Agam - Para pendaki dievakuasi dari posko di Batu Palano, lalu dibawa ke rumah sakit.").1.entities.entities
    #expect(found["place:batu-palano"]?.type == .place)
    // Negative: a title, a head or a longer capitalized run after "di" is no such place.
    let other = try ClaimFixtures.facts(
      "Agam - Rapat digelar di Kantor Bupati, lalu Ketua Panitia berbicara di Piala Dunia Remaja dan di Gedung Sate.").1.entities.entities
    #expect(other["place:kantor-bupati"] == nil)
    #expect(other["place:piala-dunia-remaja"] == nil)
  }
}

/// Forms of one name in a document, and names followed through it.
@Suite struct NameVariantTests {
  func entities(_ text: String) throws -> [String: DocumentEntity] {
    try ClaimFixtures.facts(text).1.entities.entities
  }

  @Test func nameKeysTellFormsOfOneName() {
    let full = PersonNameKey("Abdul Kharis Almasyhari")
    #expect(PersonNameKey("Abdul Kharis Almasyahari") == full)
    #expect(PersonNameKey("Hasyim Asy'ari") == PersonNameKey("Hasyim Asyari"))
    #expect(PersonNameKey("Abdul Kharis").isShortForm(of: full))
    #expect(PersonNameKey("Semuel Pangerapan").isShortForm(of: PersonNameKey("Semuel Abrijani Pangerapan")))
    #expect(PersonNameKey("Semuel A. Pangerapan").isVariant(of: PersonNameKey("Semuel Abrijani Pangerapan")))
    #expect(PersonNameKey("M. Guntur Hamzah").isVariant(of: PersonNameKey("Muhammad Guntur Hamzah")))
    // Negatives: one full word, another last name, a name inside a longer one, another first letter.
    #expect(!PersonNameKey("Abdul K.").isShortForm(of: full))
    #expect(!PersonNameKey("Kharis").isVariant(of: full))
    #expect(!PersonNameKey("Abdul Rahman").isShortForm(of: full))
    #expect(!PersonNameKey("Joko Widodo").isVariant(of: PersonNameKey("Iriana Joko Widodo")))
    #expect(!PersonNameKey("Ali Said").isVariant(of: PersonNameKey("Eli Said")))
  }

  @Test func asciiNamesAreKeyedAsAnyOtherName() {
    // An ASCII name is read as bytes; a curly apostrophe or an accent takes the general way.
    #expect(PersonNameKey("Hasyim Asy'ari").words == ["hsym", "asyr"])
    #expect(PersonNameKey("Hasyim Asy’ari") == PersonNameKey("Hasyim Asy'ari"))
    #expect(PersonNameKey("IDA Ayu-Putri 2nd  Oka").words == ["id", "ay", "ptr", "nd", "ok"])
    #expect(PersonNameKey("José Ortega").words == ["jsé", "ortg"])
    #expect(PersonNameKey("M. A. Ubaid").words == ["m", "a", "ubd"])
  }

  @Test func aShortFormAfterTheFullNameIsThatPerson() throws {
    let found = try entities("""
      Jakarta - Wakil Ketua Komisi I DPR Abdul Kharis Almasyhari menilai KPU lalai. "Harus diusut," kata Abdul Kharis.
      """)
    let people = found.values.filter { $0.type == .person }
    #expect(people.map(\.id) == ["person:abdul-kharis-almasyhari"])
    #expect(people.first?.aliases.contains("Abdul Kharis") == true)
    // Negative: a short form of another name is another person.
    let other = try entities("""
      Jakarta - Wakil Ketua Komisi I DPR Abdul Kharis Almasyhari menilai KPU lalai. "Harus diusut," kata Abdul Rahman.
      """)
    #expect(other["person:abdul-rahman"] != nil)
  }

  @Test func aRankBeforeANameIsATitle() throws {
    let found = try entities("""
      JAKARTA (Wire) - The head of the agency, Lieutenant General Arman Wibisono, stated that the attack was contained.
      """)
    let arman = try #require(found["person:arman-wibisono"])
    #expect(arman.roles.contains { $0.title == "Lieutenant General" })
    #expect(found["person:lieutenant-general-arman-wibisono"] == nil)
    // Negative: a title alone is no person.
    let other = try entities("JAKARTA (Wire) - The Lieutenant General stated that the attack was contained.")
    #expect(!other.values.contains { $0.type == .person })
  }

  @Test func aPlaceHeadInLowercaseAfterANameMakesAPlace() throws {
    let found = try entities("JAKARTA (Wire) - The hospital in Sendangsari regency paid twice the price, auditors said on Tuesday.")
    #expect(found["place:sendangsari"]?.type == .place)
    // Negative: common words before a lowercase head, or a known place, make no new place.
    let other = try entities("JAKARTA (Wire) - The hospital in the regency paid twice the price, a Jakarta district official said.")
    #expect(!other.values.contains { $0.type == .place && !$0.fromLexicon })
  }

  @Test func anOrganizationsShortNameIsFollowedThroughTheDocument() throws {
    let defined = try ClaimFixtures.facts("""
      Sukoharjo - Pabrik PT Sri Rejeki Isman Tbk (Sritex) berhenti beroperasi pada Sabtu.

      Ribuan pekerja di Sritex menerima surat PHK. Status pailit Sritex sudah berkekuatan hukum tetap.
      """).1.entities
    let sritex = try #require(defined.entities["org:sritex"])
    #expect(sritex.type == .organization)
    #expect(defined.mentions.count { $0.entity == "org:sritex" } == 4)
    #expect(defined.entities["place:sritex"] == nil)
    // A nickname the text gives the organization after a comma.
    let nicknamed = try ClaimFixtures.facts("""
      JAKARTA (Wire) - The Supreme Court rejected an appeal by PT Sri Rejeki Isman Tbk, better known as Sritex.

      The ruling declared Sritex bankrupt for good, a court spokesman said on Friday.
      """).1.entities
    let company = try #require(nicknamed.entities["org:pt-sri-rejeki-isman-tbk"])
    #expect(company.aliases.contains("Sritex"))
    #expect(nicknamed.mentions.count { $0.entity == company.id } == 3)
    #expect(!nicknamed.entities.values.contains { $0.name == "Sritex" && $0.id != company.id })
    // Negative: the name written otherwise (a web address) is not the organization.
    let written = try ClaimFixtures.facts("""
      Sukoharjo - Pabrik PT Sri Rejeki Isman Tbk (Sritex) berhenti beroperasi pada Sabtu.

      Pengumuman dimuat di laman sritex.co.id pada Jumat.
      """).1.entities
    #expect(written.mentions.count { $0.entity == "org:sritex" } == 2)
  }
}
