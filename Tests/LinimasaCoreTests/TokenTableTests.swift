import LinimasaCore
import Testing

@Suite struct TokenTableTests {
  /// A table of `paragraphs` joined by newlines, with the English and Indonesian name endings.
  func table(_ paragraphs: [String]) -> (TokenTable, [UInt8]) {
    let bytes = Array(paragraphs.joined(separator: "\n").utf8)
    var table = TokenTable(nameEndings: [Array("'s".utf8), Array("’s".utf8), Array("-nya".utf8)])
    bytes.withUnsafeBufferPointer { buffer in
      var start = 0
      for paragraph in paragraphs {
        table.scanParagraph(buffer, ByteSpan(start, start + paragraph.utf8.count))
        start += paragraph.utf8.count + 1
      }
    }
    return (table, bytes)
  }

  func text(_ bytes: [UInt8], _ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

  @Test func holdsWordsWithTheirParagraphAndShape() {
    let (table, bytes) = table(["KPU-nya menerima 2.500 laporan.", "Widodo’s visit"])
    #expect(table.tokens.map { text(bytes, $0.range) } == ["KPU-nya", "menerima", "2.500", "laporan", "Widodo’s", "visit"])
    #expect(table.tokens.map(\.paragraph) == [0, 0, 0, 0, 1, 1])
    #expect(table.tokens.allSatisfy { $0.sentence == -1 })
    #expect(table.tokens[0].shape.contains(.capitalized) && !table.tokens[0].shape.contains(.upperCase))
    #expect(table.tokens[2].shape.contains(.number))
    #expect(table.tokens[4].shape.contains(.nonASCII))
    #expect(table.paragraphs.map(\.tokens) == [0..<4, 4..<6])
  }

  @Test func stemsLeaveOutNameEndingsButKeepTwoBytes() {
    let (table, bytes) = table(["KPU-nya dan Widodo’s dan Jokowi's, juga Ts dan a-nya."])
    let stems = table.tokens.map { text(bytes, $0.stem) }
    #expect(stems == ["KPU", "dan", "Widodo", "dan", "Jokowi", "juga", "Ts", "dan", "a-nya"])
    #expect(table.tokens[0].stemHash == WordScanner.foldedHash("kpu"))
    #expect(table.tokens[1].stemHash == table.tokens[1].foldedHash)
  }

  @Test func aSpanIsARangeOfTokensUnlessItCutsAWord() {
    let (table, bytes) = table(["Rapat dimulai pagi.", "Menteri hadir di sana."])
    let second = 20  // "Menteri"
    #expect(text(bytes, second..<(second + 7)) == "Menteri")
    #expect(table.tokens(in: ByteSpan(second, second + 13)) == 3..<5)
    #expect(table.tokens(in: ByteSpan(0, 19)) == 0..<3)
    #expect(table.tokens(in: ByteSpan(second + 2, second + 13)) == nil)  // cuts "Menteri"
    #expect(table.tokens(in: ByteSpan(10, 25)) == nil)  // crosses two paragraphs
    #expect(table.tokens(in: ByteSpan(5, 6)) == 1..<1)  // only a space
    #expect(table.tokens(startingIn: ByteSpan(second + 2, second + 13)) == 4..<5)
  }

  @Test func aScanOfASpanFindsWhatTheTableHolds() {
    let (table, bytes) = table(["Kata Menteri Budi Arie: data-data itu aman."])
    bytes.withUnsafeBufferPointer { buffer in
      let span = ByteSpan(5, 22)  // "Menteri Budi Arie"
      let scanned = table.scanned(buffer, span)
      let held = table.tokens[table.tokens(in: span)!]
      #expect(scanned.tokens.map(\.range) == held.map(\.range))
      #expect(scanned.tokens.map(\.stemHash) == held.map(\.stemHash))
    }
  }
}
