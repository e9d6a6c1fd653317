import LinimasaCore
import LinimasaText
import Testing

@testable import LinimasaExtract

/// The pre-checks that skip tokens no expression or citation can start with.
@Suite struct StartWordTests {
  func tokens(_ text: String) -> [DateToken] { DateGrammar.tokenize(text) }

  @Test func datesStartAtNumbersCalendarWordsAndRelativePhrases() {
    let starts = tokens("rapat Senin 4 Desember antara kemarin dua , Ω").map(ExtractFixtures.temporal.mayStartExpression)
    #expect(starts == [false, true, true, true, true, true, true, false, true])
  }

  @Test func citationsStartAtNumbersHeadsShortNamesAndAnaphora() {
    let starts = tokens("hal Pasal UU Nomor 27 Permenkominfo peraturan tersebut the KUHP ,").map(
      ExtractFixtures.legal.mayStartCitation)
    #expect(starts == [false, true, true, true, true, true, true, false, true, true, false])
  }

  @Test func peopleRulesLookUpEachWordOnce() {
    let recognizer = EntityRecognizer(lexicons: ExtractFixtures.lexicons)
    let roles = { (word: String) in recognizer.roles(TextWord(range: 0..<0, hash: WordScanner.foldedHash(word))) }
    #expect(roles("Mengatakan").contains(.speechVerb))
    #expect(roles("Desember").contains(.notName))
    #expect(roles("Ketua").contains(.titleStart))
    #expect(roles("Hasyim").isEmpty)
  }

  @Test func handleMarkersStartAtTheirInitialsOrNonASCII() {
    let recognizer = EntityRecognizer(lexicons: ExtractFixtures.lexicons)
    let text = "Bernama calling dubbed Known alias named xyz Pelaku \u{212A}nown"
    let starts = Array(text.utf8).withUnsafeBufferPointer { bytes in
      TokenTable().words(bytes, ByteSpan(0, bytes.count)).map { recognizer.mayStartHandleMarker(bytes, $0) }
    }
    #expect(starts == [true, true, true, true, true, true, false, false, true])
  }
}
