// A deterministic, generated corpus of news-like articles for throughput measurements.
import Foundation
import LinimasaCore
import LinimasaText

/// Generates articles in both languages with the furniture, repeats, quotes, dates and
/// legal citations real pages have, and what stories the lexicon has never seen bring:
/// people, companies, bodies and places known only by their evidence (role titles, ages,
/// nicknames, heads such as "PT … Tbk", "Desa", "regency", short forms defined in
/// parentheses), the same person's name spelled two ways in different articles, and
/// denials. The same seed and size give the same bytes.
public struct BenchmarkCorpus: Sendable {
  public struct Article: Sendable {
    public let path: String
    public let format: InputFormat
    public let bytes: [UInt8]
  }

  public let articles: [Article]
  public var byteCount: Int { articles.reduce(0) { $0 + $1.bytes.count } }

  /// About `megabytes` MB (10^6 bytes) of articles, in memory.
  public init(megabytes: Double, seed: UInt64 = 2023) {
    var articles: [Article] = []
    Self.generate(megabytes: megabytes, seed: seed) { articles.append($0) }
    self.articles = articles
  }

  /// Writes about `megabytes` MB of articles into `directory` (created if missing), one
  /// file each; returns how many articles and bytes.
  @discardableResult
  public static func write(megabytes: Double, seed: UInt64 = 2023, to directory: URL) throws -> (articles: Int, bytes: Int) {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    var articles = 0, bytes = 0
    try generate(megabytes: megabytes, seed: seed) { article in
      let name = String(article.path.split(separator: "/").last ?? "")
      try Data(article.bytes).write(to: directory.appendingPathComponent(name))
      articles += 1
      bytes += article.bytes.count
    }
    return (articles, bytes)
  }

  /// Calls `body` with each article of about `megabytes` MB in turn, holding one at a time.
  public static func generate(megabytes: Double, seed: UInt64 = 2023, _ body: (Article) throws -> Void) rethrows {
    var random = SplitMix64(seed: seed)
    var total = 0
    var number = 0
    let target = Int(megabytes * 1_000_000)
    while total < target {
      let indonesian = random.next() % 2 == 0
      let text = indonesian ? Self.indonesianArticle(&random) : Self.englishArticle(&random)
      let format: InputFormat = number % 10 == 9 ? .markdown : .text
      let frontMatter = "---\ntitle: \"Artikel \(number)\"\npublished: 2023-12-0\(1 + number % 9)\nlanguage: \(indonesian ? "id" : "en")\n---\n"
      let bytes = Array(((format == .markdown ? frontMatter : "") + text).utf8)
      total += bytes.count
      try body(Article(path: "bench/\(number).\(format.rawValue)", format: format, bytes: bytes))
      number += 1
    }
  }

  static let indonesianMenu = ["News", "Nasional", "Ekonomi", "Olahraga", "Seleb", "Lifestyle", "Video", "Foto", "Indeks"]
  static let englishMenu = ["Home", "News", "Business", "World", "Sport", "Opinion", "Video", "Most Read"]
  static let people = [
    ("Usman Kansong", "Direktur Jenderal Informasi dan Komunikasi Publik", "Usman"),
    ("Hasyim Asy'ari", "Ketua KPU", "Hasyim"), ("Betty Epsilon Idroos", "Anggota KPU", "Betty"),
    ("Hinsa Siburian", "Kepala BSSN", "Hinsa"), ("Budi Arie Setiadi", "Menteri Komunikasi dan Informatika", "Budi"),
    ("Rina Kartika", "peneliti keamanan siber", "Rina"),
  ]
  /// People no lexicon lists: full name, another spelling of it some articles use, the
  /// short name, a nickname, and their company.
  static let newcomers = [
    ("Agustinus Dwi Saptono", "Agustinus Dwi Saptana", "Agustinus", "Gus Tino", "PT Graha Medika Utama"),
    ("Ratna Kusumawardani", "Ratna Kusumawardana", "Ratna", "Nana", "CV Sinar Husada Mandiri"),
    ("Ferdinand Liem Wijaya", "Ferdinand Lim Wijaya", "Ferdinand", "Koh Ferdi", "PT Andalan Data Persada Tbk"),
  ]
  static let indonesianMonths = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
  static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
  static let indonesianDays = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
  static let englishDays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

  static func indonesianArticle(_ random: inout SplitMix64) -> String {
    var lines: [String] = []
    lines += indonesianMenu.shuffled(using: &random).prefix(5)
    let (name, role, short) = people[random.below(people.count)]
    let day = 1 + random.below(28), month = random.below(12)
    lines.append("Langkah \(short) Menanggapi Dugaan Kebocoran Data Pemilih")
    lines.append("Penulis: Ayu Lestari")
    lines.append("\(indonesianDays[random.below(7)]), \(day) \(indonesianMonths[month]) 2023 14:0\(random.below(10)) WIB")
    var body: [String] = []
    body.append("Jakarta (KABARINDO) - \(role) \(name) mengatakan pihaknya telah menerima laporan mengenai dugaan kebocoran data pada \(indonesianDays[random.below(7)]) (\(day)/\(month + 1)/2023).")
    let sentences = [
      "\"Kami sudah menelusuri informasi itu sejak pekan lalu dan akan menyampaikan hasilnya kepada publik,\" kata \(short) di Jakarta.",
      "Menurut \(short), data yang beredar mencakup nama lengkap, nomor induk kependudukan, serta alamat pemilih di \(200 + random.below(300)) kabupaten dan kota.",
      "Ia menjelaskan bahwa pengendali data pribadi wajib mencegah akses yang tidak sah sebagaimana diatur dalam Pasal 39 Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.",
      "Kementerian juga berkoordinasi dengan Badan Siber dan Sandi Negara (BSSN) serta Kepolisian Republik Indonesia (Polri) untuk memastikan keamanan sistem.",
      "Sebelumnya, akun anonim bernama \"Jimbo\" mengklaim memiliki \(100 + random.below(150)) juta data pemilih dan menawarkannya seharga Rp1,\(random.below(10)) miliar.",
      "\"Yang terpenting sekarang adalah memastikan tidak ada lagi data yang keluar, dan kami bekerja sama dengan semua pihak,\" ujarnya.",
      "Kominfo mengirim surat permintaan klarifikasi sesuai amanat PP 71 tahun 2019 tentang Penyelenggaraan Sistem dan Transaksi Elektronik.",
      "Hal itu disampaikan dalam rapat bersama Komisi I DPR pada \(day) hingga \(min(day + 2, 28)) \(indonesianMonths[month]) 2023.",
      "Pemerintah menegaskan bahwa tahapan Pemilu 2024 tetap berjalan sesuai jadwal yang telah ditetapkan oleh penyelenggara.",
      "Pakar keamanan siber menilai serangan semacam itu kerap memanfaatkan kata sandi lemah dan akun yang jarang diperbarui.",
    ] + indonesianNewcomerSentences(&random, day: day, month: month)
    body += paragraphs(from: sentences, &random)
    body.insert("Baca juga: Bawaslu Telusuri Dugaan Kebocoran Data Pemilu", at: 2)
    if random.below(3) == 0 { body += body[1..<min(4, body.count)] }
    lines += body
    lines += ["Halaman", "12", "Dapatkan Berita Pilihan", "di WhatsApp Anda", "Berita Populer"]
    return lines.joined(separator: random.below(2) == 0 ? "\n" : "\n\n") + "\n"
  }

  static func englishArticle(_ random: inout SplitMix64) -> String {
    var lines: [String] = []
    lines += englishMenu.shuffled(using: &random).prefix(5)
    let day = 1 + random.below(28), month = random.below(12)
    lines.append("Indonesia Investigates Alleged Leak of Voter Records")
    lines.append("By Dewi Anggraini")
    lines.append("\(englishDays[random.below(7)]), \(englishMonths[month]) \(day), 2023 – 09:1\(random.below(10)) WIB")
    var body: [String] = []
    body.append("JAKARTA (Meridian Wire) - Indonesia's communications ministry said on \(englishDays[random.below(7)]) it was examining claims that the voter list held by the General Elections Commission (KPU) had been stolen.")
    let sentences = [
      "\"We are taking this seriously and have asked the commission to clarify what happened,\" said Usman Kansong, a senior ministry official.",
      "According to the ministry, the data on offer included names, identity numbers and addresses of about \(200 + random.below(50)) million voters.",
      "The ministry said it was coordinating with the National Cyber and Crypto Agency (BSSN) and the national police.",
      "Under Law Number 27 of 2022 concerning Personal Data Protection, data controllers must prevent unauthorised access, he added.",
      "A hacker calling itself Jimbo posted a sample of 500,000 records on a forum last week and asked for \(50 + random.below(50)),000 dollars.",
      "The commission's chairman, Hasyim Asy'ari, told reporters on Nov. \(1 + random.below(28)) that its systems were being audited.",
      "Analysts said the breach raised questions about the security of data ahead of the 2024 election.",
      "\"There is no evidence yet that the official count will be affected,\" she said.",
      "The Electronic Information and Transactions (ITE) Law makes illegal access to computer systems a crime.",
      "Officials met lawmakers from Commission I of the House of Representatives between December 4 and 6.",
    ] + englishNewcomerSentences(&random)
    body += paragraphs(from: sentences, &random)
    body.insert("Read also: Election Body Says Systems Are Secure", at: 2)
    if random.below(3) == 0 { body += body[1..<min(4, body.count)] }
    lines += body
    lines += ["Share", "Most Read", "Copyright © 2023 Meridian Wire. All rights reserved."]
    return lines.joined(separator: "\n") + "\n"
  }
}

extension BenchmarkCorpus {
  /// Sentences about people, bodies and places no lexicon lists, in Indonesian.
  static func indonesianNewcomerSentences(_ random: inout SplitMix64, day: Int, month: Int) -> [String] {
    let (full, variant, short, nickname, company) = newcomers[random.below(newcomers.count)]
    let name = random.below(3) == 0 ? variant : full
    return [
      "Direktur \(company), \(name) (\(30 + random.below(30))), yang akrab disapa \(nickname), membantah perusahaannya menerima data tersebut.",
      "\"Kami tidak pernah membeli data pemilih,\" kata \(short) kepada wartawan di Semarang.",
      "Perkaranya disidangkan di Pengadilan Tindak Pidana Korupsi (Tipikor) pada Pengadilan Negeri Semarang pada \(day) \(indonesianMonths[month]) 2023.",
      "Koalisi Warga Peduli Data (KWPD) meminta KPU membuka hasil audit, dan KWPD menilai penjelasan pemerintah belum cukup.",
      "Warga Desa Sukamaju, Kecamatan Nguter, Kabupaten Sukoharjo, mendatangi posko pengaduan di Batu Palano.",
    ]
  }

  /// Sentences about people, bodies and places no lexicon lists, in English.
  static func englishNewcomerSentences(_ random: inout SplitMix64) -> [String] {
    let (full, variant, short, nickname, company) = newcomers[random.below(newcomers.count)]
    let name = random.below(3) == 0 ? variant : full
    return [
      "\"We never bought any voter data,\" said \(name), a director at \(company), denying the claim.",
      "\(short), known to friends as \(nickname), told the Semarang Corruption Court that the deal was legal.",
      "Lieutenant General Arman Wibisono, head of the agency, said servers in Sendangsari regency had been shut down.",
      "Students gathered in Senayan, Jakarta, as the Jakarta Police deployed officers around the compound.",
    ]
  }

  /// 8–16 body paragraphs of two or three sentences: about the length of the corpus's
  /// own articles (4–5 KB with furniture).
  static func paragraphs(from sentences: [String], _ random: inout SplitMix64) -> [String] {
    (0..<(8 + random.below(9))).map { _ in
      (0..<(2 + random.below(2))).map { _ in sentences[random.below(sentences.count)] }.joined(separator: " ")
    }
  }
}

/// SplitMix64: a small, fast, seedable generator, so generated corpora are reproducible.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var z = state
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }

  /// A number in 0..<bound.
  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
