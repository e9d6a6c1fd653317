import LinimasaCore
import Testing

@Suite struct ByteSearchTests {
  func endsWith(_ text: String, _ suffix: StaticString, longerBy: Int = 0) -> Bool {
    Array(text.utf8).withUnsafeBufferPointer { ByteSearch.endsWith($0, 0..<$0.count, suffix, longerBy: longerBy) }
  }

  @Test func endsWithIgnoresASCIICaseAndMatchesUTF8Suffixes() {
    #expect(endsWith("KPU-NYA", "-nya"))
    #expect(endsWith("Widodo’s", "’s"))
    #expect(!endsWith("Widodo's", "’s"))
    #expect(!endsWith("nya", "-nya"))
  }

  @Test func endsWithNeedsTheStemLength() {
    #expect(endsWith("a's", "'s", longerBy: 1))
    #expect(!endsWith("a's", "'s", longerBy: 2))
    #expect(!endsWith("", "'s"))
  }

  func lowercasedEquals(_ text: String, _ word: String) -> Bool {
    Array(text.utf8).withUnsafeBufferPointer { ByteSearch.lowercasedEquals($0, 0..<$0.count, word) }
  }

  @Test func lowercasedEqualsAgreesWithStringLowercasing() {
    #expect(lowercasedEquals("Menurut", "menurut"))
    #expect(!lowercasedEquals("Menurutnya", "menurut"))
    #expect(!lowercasedEquals("", "to"))
    #expect(lowercasedEquals("\u{212A}nown", "known"))  // KELVIN SIGN lowercases to "k"
    #expect(!lowercasedEquals("Ñamed", "named"))
    #expect(!lowercasedEquals("Dubbed", "named"))
  }

  @Test func lowercaseWordSetsMatchAsLowercasedStringsWould() {
    let set = LowercaseWordSet(["known", "that", "bahwa"])
    let contains = { (text: String) in
      Array(text.utf8).withUnsafeBufferPointer { set.contains($0, 0..<$0.count, hash: WordScanner.foldedHash(text)) }
    }
    #expect(contains("That") && contains("BAHWA") && contains("known"))
    #expect(contains("\u{212A}nown"))  // KELVIN SIGN lowercases to "k"
    #expect(!contains("than") && !contains("that’") && !contains("Ñown") && !contains(""))
  }
}
