// HTML pages: libxml2's parse, the story found by content, encodings, entities.
import Foundation
import LinimasaCore
import LinimasaTestSupport
@testable import LinimasaText
import Testing

@Suite struct HTMLIngestionTests {
  static let page = """
    <!DOCTYPE html>
    <html lang="id"><head><title>Judul Berita | Warta Nusa</title>
    <meta property="og:site_name" content="Warta Nusa">
    <meta property="article:published_time" content="2024-06-27T09:00:00+07:00">
    <meta name="author" content="Nadia K">
    <script>var x = "<p>tidak</p>";</script><style>p { color: red }</style></head>
    <body><header><nav><a href="/">Beranda</a></nav></header>
    <div class="share-buttons">Bagikan</div>
    <article><h1>Judul Berita</h1>
    <p>Paragraf &amp; pertama dengan <b>tebal</b> dan&nbsp;spasi.</p>
    <!-- komentar <p>bukan</p> -->
    <p>Kedua: &ldquo;kutipan&rdquo; &#8211; selesai.<br>Baris baru.</p>
    <aside><p>Baca juga: lain</p></aside>
    <div><div><div><span>Dalam sekali.</span></div></div></div>
    </article>
    <footer>Hak cipta</footer></body></html>
    """

  @Test func keepsArticleParagraphsOnly() throws {
    let article = try #require(Fixtures.article(Self.page, path: "p.html"))
    #expect(String(decoding: article.bytes, as: UTF8.self) == """
      Judul Berita
      Paragraf & pertama dengan tebal dan spasi.
      Kedua: “kutipan” – selesai.
      Baris baru.
      Dalam sekali.
      """)
  }

  @Test func readsMetaTags() throws {
    let article = try #require(Fixtures.article(Self.page, path: "p.html"))
    #expect(article.metadata.title == "Judul Berita")
    #expect(article.metadata.source == "Warta Nusa")
    #expect(article.metadata.published?.iso == "2024-06-27")
    #expect(article.metadata.authors == ["Nadia K"])
    #expect(article.metadata.language == .indonesian)
  }

  @Test func survivesDeepNestingAndEmptyPages() {
    let deep = String(repeating: "<div>", count: 50_000) + "<p>Isi.</p>" + String(repeating: "</div>", count: 50_000)
    #expect(Fixtures.article(deep, path: "d.html").map { String(decoding: $0.bytes, as: UTF8.self) } == "Isi.")
    #expect(Fixtures.skipReason("<html><script>x</script></html>", path: "e.html") == "HTML page has no text")
  }

  /// A furniture word in a class never costs the page: not on `<body>` or `<html>`, and
  /// not on the story's own wrapper, which is found by its content.
  @Test(arguments: [
    "<html class=\"social\"><body class=\"has-sidebar\"><p>Isi berita yang cukup panjang.</p></body></html>",
    "<body><div class=\"entry-content no-share\"><p>Isi berita yang cukup panjang.</p></div></body>",
    "<body><main id=\"comments-and-story\"><p>Isi berita yang cukup panjang.</p></main></body>",
  ])
  func aPageIsNeverRefusedForAClassName(page: String) {
    #expect(
      Fixtures.article(page, path: "c.html").map { String(decoding: $0.bytes, as: UTF8.self) }
        == "Isi berita yang cukup panjang.")
  }

  @Test func furnitureBesideTheStoryIsStillLeftOut() throws {
    let page = """
      <body class="sidebar-left"><div class="share-bar">Bagikan ke teman</div>
      <div class="story"><p>Isi berita yang cukup panjang.</p></div><div class="related">Baca juga</div></body>
      """
    #expect(Fixtures.article(page, path: "s.html").map { String(decoding: $0.bytes, as: UTF8.self) }
      == "Isi berita yang cukup panjang.")
  }

  /// The page's text as read.
  static func text(_ page: String, path: String = "p.html") -> String? {
    Fixtures.article(page, path: path).map { String(decoding: $0.bytes, as: UTF8.self) }
  }

  static func article(bytes: [UInt8], path: String = "p.html") -> SourceArticle? {
    guard case .success(let article)? = Fixtures.read(bytes: bytes, path: path).first else { return nil }
    return article
  }

  static func text(bytes: [UInt8], path: String = "p.html") -> String? {
    article(bytes: bytes, path: path).map { String(decoding: $0.bytes, as: UTF8.self) }
  }

  /// Teaser cards in `<article>` elements do not win over a story told in plain `<div>`s:
  /// the story is where the long, comma-rich paragraphs are.
  @Test func teaserCardsDoNotWinOverTheStoryInDivs() throws {
    let card = """
      <article class="card"><h3><a href="/x">Harga cabai naik lagi di pasar induk</a></h3>
      <p>Pedagang mengeluh pasokan berkurang.</p></article>
      """
    let page = """
      <body><div class="grid">\(String(repeating: card, count: 5))</div>
      <div class="wrap"><div class="isi">
      <p>Pemerintah kota, yang menggelar rapat pada Senin, memutuskan menambah armada bus, memperpanjang jam layanan, dan membuka dua halte baru di pinggir kota.</p>
      <p>Kepala dinas perhubungan, Rina Aprilia, mengatakan anggaran tambahan, sekitar Rp 12 miliar, diambil dari pos belanja yang tertunda.</p>
      <p>Warga, terutama pekerja yang pulang malam, menyambut keputusan itu, meski sebagian meminta tarif tetap.</p>
      </div></div></body>
      """
    let text = try #require(Self.text(page))
    #expect(text.hasPrefix("Pemerintah kota, yang menggelar rapat"))
    #expect(text.contains("Warga, terutama pekerja"))
    #expect(!text.contains("Harga cabai"))
    #expect(!text.contains("Pedagang mengeluh"))
  }

  /// A lead inside the article's `<header>` belongs to the story.
  @Test func aLeadInTheArticleHeaderIsKept() throws {
    let page = """
      <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><header><h1>Flood barrier opens</h1>
      <p class="standfirst">The city opened its new flood barrier on Monday, three years late and over budget.</p></header>
      <div class="body">
      <p>Engineers, who tested the gates through the winter, said the barrier could hold a surge of four metres.</p>
      <p>The mayor, speaking at the river bank, thanked residents for their patience, and promised a review of the costs.</p>
      </div></article>
      <footer><a href="/about">About us</a></footer></body>
      """
    let text = try #require(Self.text(page))
    #expect(text.contains("The city opened its new flood barrier on Monday, three years late and over budget."))
    #expect(text.contains("Engineers, who tested the gates"))
    #expect(!text.contains("About us"))
    #expect(!text.contains("World"))
  }

  /// NUL bytes a scraper left in a page become spaces, with a warning; the page is read.
  @Test func nulBytesDoNotMakeAPageBinary() throws {
    var bytes = Array("<html><body><p>Jakarta - Banjir merendam 200 rumah pada Senin, kata petugas.</p>".utf8)
    bytes += [0, 0, 0, 0, 0, 0]
    bytes += Array("<p>Warga mengungsi ke masjid, sementara petugas, yang tiba sore, membagikan makanan.</p></body></html>".utf8)
    let article = try #require(Self.article(bytes: bytes))
    #expect(String(decoding: article.bytes, as: UTF8.self).contains("Warga mengungsi ke masjid"))
    #expect(article.warnings.contains { $0.contains("6 NUL bytes") })
  }

  /// A declared ISO-8859-1 (meta charset or http-equiv) is read as browsers read it
  /// (windows-1252); undeclared bytes that are not UTF-8 are windows-1252 too.
  @Test(arguments: [
    "<meta charset=\"iso-8859-1\">",
    "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">",
    "<script src=\"a.js\" charset=\"utf-8\"></script><meta charset=\"iso-8859-1\">",
    "",
  ])
  func latinOnePagesAreDecoded(declaration: String) throws {
    var bytes = Array("<html><head>\(declaration)</head><body><p>Le caf".utf8)
    bytes += [0xE9]
    bytes += Array(" a rouvert ses portes lundi, ".utf8) + [0x93] + Array("enfin".utf8) + [0x94]
    bytes += Array(", dit le g".utf8) + [0xE9] + Array("rant.</p></body></html>".utf8)
    let article = try #require(Self.article(bytes: bytes))
    #expect(String(decoding: article.bytes, as: UTF8.self) == "Le café a rouvert ses portes lundi, “enfin”, dit le gérant.")
    #expect(
      article.warnings == (declaration.isEmpty ? ["not UTF-8 and no charset declared; read as windows-1252"] : []))
  }

  /// Any charset libxml2 can read, such as GB2312.
  @Test func declaredCharsetsBeyondLatinAreRead() {
    let bytes = Array("<meta charset=\"gb2312\"><p>".utf8) + [0xD6, 0xD0, 0xCE, 0xC4] + Array("</p>".utf8)
    #expect(Self.text(bytes: bytes) == "中文")
  }

  /// UTF-8 with a byte-order mark, and UTF-16 with one.
  @Test func byteOrderMarksAreRead() throws {
    let page = "<p>Menteri itu, kata juru bicara, hadir pada Selasa.</p>"
    #expect(Self.text(bytes: [0xEF, 0xBB, 0xBF] + Array(page.utf8)) == "Menteri itu, kata juru bicara, hadir pada Selasa.")
    let utf16: [UInt8] = [0xFF, 0xFE] + page.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    #expect(Self.text(bytes: utf16) == "Menteri itu, kata juru bicara, hadir pada Selasa.")
  }

  /// Every named entity of HTML, not a short list.
  @Test func allNamedEntitiesAreDecoded() {
    let page = "<p>Le&oacute;n &Aring;se &euro;5 &frac12; &alpha;&Omega; &notin; &hearts; &mdash; fin.</p>"
    #expect(Self.text(page) == "León Åse €5 ½ αΩ ∉ ♥ — fin.")
  }

  /// XHTML CDATA sections give their text.
  @Test func cdataSectionsGiveTheirText() {
    let page = "<html><body><p><![CDATA[Harga beras naik, kata pedagang, sejak Senin.]]></p></body></html>"
    #expect(Self.text(page, path: "c.xhtml") == "Harga beras naik, kata pedagang, sejak Senin.")
  }

  /// Unclosed and crossed tags are repaired as browsers repair them.
  @Test func brokenNestingIsRepaired() throws {
    let page = "<body><p>Satu, dua, tiga<div>empat <b>lima <i>enam</b> tujuh</i></p></div><p>delapan</body>"
    let text = try #require(Self.text(page))
    #expect(text.contains("Satu, dua, tiga"))
    #expect(text.contains("empat lima enam tujuh"))
    #expect(text.contains("delapan"))
  }

  /// German and Spanish paragraphs are text like any other: kept, in a document whose
  /// language is `und` (neither of the two Linimasa knows).
  @Test(arguments: [
    ("de", """
      Die Stadt hat am Montag beschlossen, das alte Hallenbad bis zum Herbst zu sanieren.
      Der Umbau kostet nach Angaben der Verwaltung rund vier Millionen Euro, die zum Teil vom Land kommen.
      Vereine, die bisher in der Nachbarstadt trainieren, sollen ab dem Winter wieder zurückkehren können.
      """),
    ("es", """
      El ayuntamiento aprobó el lunes la reforma del mercado central, que reabrirá en otoño.
      Según la concejala de urbanismo, las obras costarán cerca de dos millones de euros y durarán seis meses.
      Los comerciantes, que se trasladarán a una carpa provisional, pidieron ayudas para el alquiler.
      """),
  ])
  func otherLanguagesAreKept(language: String, paragraphs: String) throws {
    let lines = paragraphs.split(separator: "\n").map(String.init)
    let page = "<html lang=\"\(language)\"><body><article>" + lines.map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
    let analysis = try #require(try Fixtures.analyze(page, path: "x.html"))
    #expect(analysis.language == .undetermined)
    #expect(analysis.cleaning.keptCount == 3)
  }

  /// Short lines under the story that end no sentence are what pages put there; a last
  /// sentence stays.
  @Test func shortLinesAfterTheStoryGo() throws {
    let page = """
      <body><div class="text">
      <p>Der Gemeinderat hat am Montag, nach langer Debatte, den Umbau des Bahnhofs beschlossen, der im Frühjahr beginnt.</p>
      <p>Die Kosten, rund zwölf Millionen Euro, tragen Stadt, Land und Bahn zu gleichen Teilen, wie der Bürgermeister sagte.</p>
      <p>Pendler müssen sich, so die Verwaltung, während der Bauzeit auf Ersatzbusse einstellen, die alle zehn Minuten fahren.</p>
      <p>Der Umbau soll 2027 fertig sein.</p>
      <p>Über den Autor</p><p>Newsletter abonnieren</p></div></body>
      """
    let text = try #require(Self.text(page))
    #expect(text.hasSuffix("Der Umbau soll 2027 fertig sein."))
    #expect(!text.contains("Über den Autor"))
  }

  /// A heading over a list of links that was left out goes with it.
  @Test func aHeadingOverALeftOutListGoes() throws {
    let page = """
      <body><div class="text">
      <p>Der Gemeinderat hat am Montag, nach langer Debatte, den Umbau des Bahnhofs beschlossen, der im Frühjahr beginnt.</p>
      <p>Die Kosten, rund zwölf Millionen Euro, tragen Stadt, Land und Bahn zu gleichen Teilen, wie der Bürgermeister sagte.</p>
      <p>Pendler müssen sich, so die Verwaltung, während der Bauzeit auf Ersatzbusse einstellen, die alle zehn Minuten fahren.</p>
      <h2>Mehr zum Thema</h2><ul><li><a href="/a">Bahnhof wird teurer</a></li><li><a href="/b">Busse fahren öfter</a></li></ul>
      <p>Der Bahnhof bleibt während des Umbaus geöffnet, wie die Bahn, die mitbaut, betont.</p>
      </div></body>
      """
    let text = try #require(Self.text(page))
    #expect(text.contains("Pendler müssen sich"))
    #expect(text.hasSuffix("wie die Bahn, die mitbaut, betont."))
    #expect(!text.contains("Mehr zum Thema"))
    #expect(!text.contains("Bahnhof wird teurer"))
  }

  /// A consent dialog's long text is not the story, however long it is; comments are never
  /// the story's text.
  @Test func dialogsAndCommentsAreLeftOut() throws {
    let legal = String(
      repeating: "<p>Wir verwenden Cookies, um Inhalte zu personalisieren, Funktionen anzubieten, und die Zugriffe zu analysieren.</p>",
      count: 6)
    let page = """
      <body><div class="consent-modal">\(legal)</div>
      <article>
      <p>Der Gemeinderat hat am Montag, nach langer Debatte, den Umbau des Bahnhofs beschlossen, der im Frühjahr beginnt.</p>
      <p>Die Kosten, rund zwölf Millionen Euro, tragen Stadt, Land und Bahn zu gleichen Teilen, wie der Bürgermeister sagte.</p>
      <p>Pendler müssen sich, so die Verwaltung, während der Bauzeit auf Ersatzbusse einstellen, die alle zehn Minuten fahren.</p>
      </article>
      <section class="comments"><p>Endlich, sagt ein Leser, der täglich pendelt, wird der Bahnhof schöner und sicherer.</p></section>
      </body>
      """
    let text = try #require(Self.text(page))
    #expect(text.contains("Der Gemeinderat hat am Montag"))
    #expect(!text.contains("Cookies"))
    #expect(!text.contains("Endlich, sagt ein Leser"))
  }

  /// `<noscript>` is read like any element: a page whose body sits in an unclosed one is
  /// read, and a "turn on JavaScript" line beside the story is not the story.
  @Test func noscriptIsReadByItsContent() throws {
    let story = """
      <p>Der Gemeinderat hat am Montag, nach langer Debatte, den Umbau des Bahnhofs beschlossen.</p>
      <p>Die Kosten, rund zwölf Millionen Euro, tragen Stadt, Land und Bahn, wie der Bürgermeister sagte.</p>
      """
    let wrapped = try #require(Self.text("<body><noscript><div id=\"main\">" + story + "</div></body>"))
    #expect(wrapped.contains("Die Kosten, rund zwölf Millionen Euro"))
    let beside = try #require(
      Self.text("<body><noscript><p>Bitte aktivieren Sie JavaScript.</p></noscript><article>" + story + "</article></body>"))
    #expect(!beside.contains("JavaScript"))
  }

  /// A story split into groups between pictures is read whole.
  @Test func aStorySplitBetweenPicturesIsReadWhole() throws {
    let group = { (sentence: String) in
      "<div class=\"paragraph\"><div><p>\(sentence), wie die Verwaltung am Montag, nach der Sitzung, mitteilte, und das Land zustimmte.</p></div></div>"
        + "<div class=\"image\"><img src=\"x.jpg\"><span>Foto: Stadt</span></div>"
    }
    let page = """
      <body><div class="col">\(group("Erstens beginnt der Umbau im März"))\(group("Zweitens fahren Ersatzbusse"))\(group("Drittens öffnet ein neues Café"))</div></body>
      """
    let text = try #require(Self.text(page))
    for part in ["Erstens beginnt", "Zweitens fahren", "Drittens öffnet"] { #expect(text.contains(part)) }
  }
}
