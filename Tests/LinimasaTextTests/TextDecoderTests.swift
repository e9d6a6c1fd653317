import LinimasaCore
import Testing

@testable import LinimasaText

@Suite struct TextDecoderTests {
  func decode(_ bytes: [UInt8]) -> (String?, [String], String?) {
    switch TextDecoder.decode(bytes) {
    case .success(let text): return (String(decoding: text.bytes, as: UTF8.self), text.warnings, nil)
    case .failure(let error): return (nil, [], error.reason.message)
    }
  }

  @Test func readsUTF8WithAndWithoutBOM() {
    #expect(decode(Array("Senin".utf8)).0 == "Senin")
    #expect(decode([0xEF, 0xBB, 0xBF] + Array("Senin".utf8)).0 == "Senin")
  }

  @Test func readsUTF16WithBOM() {
    let little: [UInt8] = [0xFF, 0xFE] + "Rabu é".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let big: [UInt8] = [0xFE, 0xFF] + "Rabu é".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(decode(little).0 == "Rabu é")
    #expect(decode(big).0 == "Rabu é")
    #expect(decode(little).1.isEmpty)
  }

  @Test func recognisesUTF16WithoutBOM() {
    let text = "Kominfo mengirim surat klarifikasi kepada KPU."
    let (decoded, warnings, _) = decode(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    #expect(decoded == text)
    #expect(warnings == ["no byte-order mark; decoded as UTF-16 (little-endian) from its NUL byte pattern"])
  }

  @Test func replacesInvalidUTF8AndSaysWhere() {
    let (decoded, warnings, _) = decode(Array("ab".utf8) + [0xC3] + Array(" cd".utf8) + [0xFF])
    #expect(decoded == "ab\u{FFFD} cd\u{FFFD}")
    #expect(warnings == ["invalid UTF-8 at byte 2 (2 sequences replaced with U+FFFD; spans refer to the repaired text)"])
  }

  @Test func refusesEmptyBlankAndBinary() {
    #expect(decode([]).2 == "empty file")
    #expect(decode(Array(" \n\t\n".utf8)).2 == "file has no text")
    #expect(decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + (0...255).map { UInt8($0) }).2
      == "binary file (control bytes from offset 6)")
    #expect(decode(Array("PK".utf8) + [3, 4, 0, 0, 0, 0] + Array("abc".utf8)).2 == "binary file (control bytes from offset 4)")
  }

  @Test func replacesStrayNULsKeepingOffsets() {
    let (decoded, warnings, _) = decode(Array("Ada\u{0}NUL".utf8))
    #expect(decoded == "Ada NUL")
    #expect(warnings == ["1 NUL byte from offset 3 replaced with spaces"])
  }
}
