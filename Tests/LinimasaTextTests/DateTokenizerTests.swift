import LinimasaCore
import LinimasaText
import Testing

@Suite struct DateTokenizerTests {
  @Test func tokenizesAByteRangeWithOffsetsFromItsStart() {
    let bytes = Array("xx Senin, 4 Des–2023 Ω".utf8)
    let tokens = bytes.withUnsafeBufferPointer { DateGrammar.tokenize($0, 3..<bytes.count) }
    #expect(tokens.map(\.text) == ["senin", ",", "4", "des", "–", "2023", "Ω"])
    #expect(tokens.map(\.kind) == [.word, .punctuation, .number, .word, .punctuation, .number, .word])
    #expect(tokens[0].range == 0..<5)
    #expect(tokens == DateGrammar.tokenize("Senin, 4 Des–2023 Ω"))
  }

  @Test func hashesTokensAsTheWordScannerDoes() {
    let tokens = DateGrammar.tokenize("Kamis (27/11) Ω")
    #expect(tokens.map(\.hash) == ["kamis", "(", "27", "/", "11", ")", "Ω"].map { WordScanner.foldedHash($0) })
    #expect(tokens.map(\.isASCII) == [true, true, true, true, true, true, false])
  }
}
