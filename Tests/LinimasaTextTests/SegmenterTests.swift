import LinimasaCore
import LinimasaTestSupport
import LinimasaText
import Testing

@Suite struct SegmenterTests {
  func sentences(_ text: String) throws -> [String] {
    let analysis = try #require(try Fixtures.analyze("Jakarta - " + text))
    return analysis.segmentation.sentences.map { analysis.article.text($0.span) }
  }

  func words(_ text: String) throws -> [String] {
    let analysis = try #require(try Fixtures.analyze(text))
    return analysis.segmentation.sentences.flatMap { sentence in
      analysis.segmentation.tokens.tokens[sentence.words].map { analysis.article.text(ByteSpan($0.range)) }
    }
  }

  @Test func doesNotBreakAfterAbbreviationsOrInitials() throws {
    #expect(try sentences("Sidang di Jl. Medan Merdeka dipimpin Prof. Dr. Jimly Asshiddiqie, S.H. bersama H. Usman. Vonis dibacakan.") == [
      "Jakarta - Sidang di Jl. Medan Merdeka dipimpin Prof. Dr. Jimly Asshiddiqie, S.H. bersama H. Usman.",
      "Vonis dibacakan.",
    ])
    #expect(try sentences("Johnny G. Plate divonis. Denda Rp. 1 miliar dibayar.") == [
      "Jakarta - Johnny G. Plate divonis.", "Denda Rp. 1 miliar dibayar.",
    ])
    #expect(try sentences("Diatur UU No. 27/2022 tentang PDP. Sanksi berlaku.") == [
      "Jakarta - Diatur UU No. 27/2022 tentang PDP.", "Sanksi berlaku.",
    ])
  }

  @Test func mayEndSentenceAbbreviationsEndBeforeACapital() throws {
    #expect(try sentences("Data mencakup NIK, KK, dll. Kemudian data dijual.") == [
      "Jakarta - Data mencakup NIK, KK, dll.", "Kemudian data dijual.",
    ])
  }

  @Test func sentencesHoldTheDocumentsWordsWithNumbersAndHyphenatedWordsWhole() throws {
    let found = try words("Pukul 09.21 WIB, 204,8 juta dari 252.327.304 data-data KPU-nya bocor.")
    #expect(found == ["Pukul", "09.21", "WIB", "204,8", "juta", "dari", "252.327.304", "data-data", "KPU-nya", "bocor"])
  }

  @Test func eachWordKnowsItsSentenceAndParagraph() throws {
    let analysis = try #require(try Fixtures.analyze(
      "Jakarta - Rapat dimulai pagi ini di gedung itu. Hasilnya diumumkan sore.\nMenteri hadir dalam rapat itu bersama para pejabat."))
    let tokens = analysis.segmentation.tokens
    for (number, sentence) in analysis.segmentation.sentences.enumerated() {
      #expect(!sentence.words.isEmpty)
      for token in tokens.tokens[sentence.words] {
        #expect(token.sentence == Int32(number))
        #expect(token.paragraph == Int32(sentence.paragraph))
        #expect(sentence.span.range.contains(token.range.lowerBound))
      }
    }
    let hasil = try #require(tokens.tokens.first { analysis.article.text(ByteSpan($0.range)) == "Hasilnya" })
    #expect(hasil.sentence == 1 && hasil.paragraph == 0)
  }

  @Test func groupsAMultiSentenceQuotation() throws {
    let analysis = try #require(try Fixtures.analyze(
      "Jakarta - Ia berkata. \"Kami sudah bekerja. Data sudah diamankan,\" kata Usman. Rapat selesai."))
    let marks = analysis.segmentation.sentences.map(\.quotation)
    #expect(marks == [nil, 0, 0, nil])
    #expect(analysis.segmentation.quotations.count == 1)
    #expect(analysis.segmentation.quotations[0].isClosed)
  }

  @Test func anUnbalancedQuoteStopsAtItsParagraph() throws {
    let analysis = try #require(try Fixtures.analyze(
      "Jakarta - \"Kalimat ini tidak punya tanda penutup.\nParagraf berikutnya biasa saja di sini."))
    #expect(analysis.segmentation.quotations.map(\.isClosed) == [false])
    #expect(analysis.segmentation.sentences.last?.quotation == nil)
  }

  @Test func aQuotationGoesOnIntoTheNextParagraphUntilItCloses() throws {
    let analysis = try #require(try Fixtures.analyze("""
      Jakarta - Puan menulis di akun X miliknya. “Sudah seminggu layanan publik terhambat.

      Negara harus menjamin keamanan data.”tulis Puan pada Kamis malam. Rapat selesai.

      Paragraf ini biasa.” Tanda tadi tidak menutup apa pun.
      """))
    let article = analysis.article
    let quotations = analysis.segmentation.quotations
    #expect(quotations.map(\.isClosed) == [false, true])
    #expect(quotations.last.map { article.text($0.span) } == "Negara harus menjamin keamanan data.”")
  }

  @Test func pairsTypewriterQuotesAndMixedMarks() throws {
    let analysis = try #require(try Fixtures.analyze("""
      Jakarta - ''Kami sudah bekerja keras sejak awal pekan,'' kata Usman. "Data itu 'aman' dan “utuh” sampai sekarang,” ujarnya. Rapat selesai.
      """))
    let article = analysis.article
    #expect(analysis.segmentation.quotations.map { article.text($0.span) } == [
      "''Kami sudah bekerja keras sejak awal pekan,''", "\"Data itu 'aman' dan “utuh” sampai sekarang,”",
    ])
    #expect(analysis.segmentation.quotations.map(\.isClosed) == [true, true])
    // A curly quotation may close with a straight mark right after its punctuation.
    let mixed = try #require(try Fixtures.analyze("Jakarta - “Data itu aman sampai sekarang,\" kata Usman. Rapat selesai."))
    #expect(mixed.segmentation.quotations.map { mixed.article.text($0.span) } == ["“Data itu aman sampai sekarang,\""])
    // Negative: apostrophes alone ("Usman's", 'aman') open nothing.
    let plain = try #require(try Fixtures.analyze("Jakarta - Usman's team said the 'data' was safe."))
    #expect(plain.segmentation.quotations.isEmpty)
  }

  @Test func spansPointIntoTheRawText() throws {
    let marked = MarkedText("Judul\n\n1️⃣Jakarta - Kalimat pertama berita.2️⃣ 3️⃣Kalimat kedua menyusul.4️⃣\n")
    let analysis = try #require(try Fixtures.analyze(marked.text))
    let spans = analysis.segmentation.sentences.map { ($0.span.start, $0.span.end) }
    #expect(spans.count == 2)
    #expect(spans.first.map { $0 == marked.span(1, 2)! } == true)
    #expect(spans.last.map { $0 == marked.span(3, 4)! } == true)
  }
}

@Suite struct LanguageIdentifierTests {
  func language(_ text: String) -> Language {
    let identifier = LanguageIdentifier(stopWords: StopWordIndex(lexicons: Fixtures.lexicons))
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { identifier.decide(identifier.evidence($0, range: 0..<$0.count)) }
  }

  @Test func tellsIndonesianFromEnglish() {
    #expect(language("Kementerian mengatakan bahwa data yang bocor itu sedang diperiksa oleh tim.") == .indonesian)
    #expect(language("The ministry said that the leaked data was being examined by a team.") == .english)
  }

  /// Text in a language it has no stop words for is `und`, not the closer of the two.
  @Test func saysUndeterminedForOtherLanguages() {
    #expect(language("Die Gemeinde hat am Montag beschlossen, das alte Rathaus bis zum Sommer zu sanieren.") == .undetermined)
    #expect(language("El ayuntamiento aprobó el lunes la reforma del mercado, que abrirá en otoño.") == .undetermined)
    #expect(language("Rada miasta zdecydowała w poniedziałek, że stary most zostanie wyremontowany.") == .undetermined)
  }

  @Test func saysUndeterminedWithoutEvidence() {
    #expect(language("KPU BSSN Polri") == .undetermined)
    #expect(language("12 13 14") == .undetermined)
    #expect(language("") == .undetermined)
  }
}

@Suite struct ICUBreakerTests {
  /// The word boundaries of `bytes[span]` after its sentence boundaries were asked for.
  func words(_ breaker: ICUBreaker, _ bytes: UnsafeBufferPointer<UInt8>, _ span: ByteSpan) throws -> [Int] {
    try breaker.setText(bytes, span: span)
    var sentences: [Int] = []
    breaker.forEachSentenceBoundary(in: span) { sentences.append($0) }
    #expect(sentences.last == span.end)
    var boundaries: [Int] = []
    breaker.forEachWordBoundary(in: span) { offset, _ in boundaries.append(offset) }
    return boundaries
  }

  @Test func wordsAreOfTheTextLastSet() throws {
    let breaker = try ICUBreaker()
    let text = Array("Satu dua. Tiga empat lima.".utf8)
    let (first, second) = try text.withUnsafeBufferPointer { (bytes) throws -> ([Int], [Int]) in
      (try words(breaker, bytes, ByteSpan(0, 9)), try words(breaker, bytes, ByteSpan(10, 26)))
    }
    // "Satu", " ", "dua", "." and then, for the second text, "Tiga", " ", "empat", " ", "lima", ".".
    #expect(first == [4, 5, 8, 9])
    #expect(second == [14, 15, 20, 21, 25, 26])
  }
}
