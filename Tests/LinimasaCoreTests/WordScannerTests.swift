import LinimasaCore
import Testing

@Suite struct WordScannerTests {
  func words(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    var result: [String] = []
    bytes.withUnsafeBufferPointer { buffer in
      WordScanner.forEachWord(in: buffer, range: 0..<buffer.count) { word in
        result.append(String(decoding: bytes[word.range], as: UTF8.self))
      }
    }
    return result
  }

  @Test func keepsNamesNumbersAndReduplicationWhole() {
    #expect(words("Hasyim Asy'ari: data-data 204,8 juta, 252.327.304 pemilih.") == [
      "Hasyim", "Asy'ari", "data-data", "204,8", "juta", "252.327.304", "pemilih",
    ])
  }

  @Test func splitsOnCurlyQuotesAndDashesButJoinsCurlyApostrophes() {
    #expect(words("“Kami—siap” Asy’ari") == ["Kami", "siap", "Asy’ari"])
  }

  @Test func hashesIgnoreCaseAndApostropheStyle() {
    #expect(WordScanner.foldedHash("KPU") == WordScanner.foldedHash("kpu"))
    #expect(WordScanner.foldedHash("Asy’ari") == WordScanner.foldedHash("asy'ari"))
  }

  @Test func flagsNumbers() {
    let bytes = Array("KPU 2023 204,8 Jakarta".utf8)
    var flags: [Bool] = []
    bytes.withUnsafeBufferPointer { buffer in
      WordScanner.forEachWord(in: buffer, range: 0..<buffer.count) { flags.append($0.isNumber) }
    }
    #expect(flags == [false, true, true, false])
  }
}
