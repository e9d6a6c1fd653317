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

  @Test func flagsCaseAndNumbers() {
    let bytes = Array("KPU 2023 Jakarta".utf8)
    var flags: [(Bool, Bool, Bool)] = []
    bytes.withUnsafeBufferPointer { buffer in
      WordScanner.forEachWord(in: buffer, range: 0..<buffer.count) { word in
        flags.append((word.isAllCaps, word.isNumber, word.isCapitalized))
      }
    }
    #expect(flags.map(\.0) == [true, false, false])
    #expect(flags.map(\.1) == [false, true, false])
    #expect(flags.map(\.2) == [true, false, true])
  }
}
