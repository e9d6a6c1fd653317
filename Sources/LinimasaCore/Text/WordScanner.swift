// A fast word scanner over UTF-8 bytes, for features that need words but not ICU.

/// A word found by `WordScanner`: its byte range and a case-folded hash.
public struct ScannedWord: Sendable {
  public let range: Range<Int>
  /// FNV-1a 64 of the word with ASCII letters lowercased.
  public let foldedHash: UInt64
  /// Only digits and the separators inside numbers.
  public let isNumber: Bool

  @inlinable
  public init(range: Range<Int>, foldedHash: UInt64, isNumber: Bool) {
    self.range = range
    self.foldedHash = foldedHash
    self.isNumber = isNumber
  }
}

/// Splits UTF-8 text into words: runs of letters, digits and non-ASCII letters, with an
/// apostrophe, hyphen, period or comma kept inside when a word character follows
/// ("Asy'ari", "data-data", "252.327.304", "204,8"). Latin-1 and General Punctuation
/// symbols (curly quotes, dashes, no-break space) separate words.
public enum WordScanner {
  /// Calls `body` for each word of `bytes[range]`.
  @inlinable
  public static func forEachWord(
    in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, _ body: (ScannedWord) -> Void
  ) {
    var index = range.lowerBound
    let end = range.upperBound
    while index < end {
      let width = wordCharacterWidth(bytes, index, end)
      if width == 0 {
        index += max(1, scalarWidth(bytes[index]))
        continue
      }
      let start = index
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      var digitsOnly = true
      var current = width
      while index < end {
        if current == 0 {
          // Inner punctuation joins two word parts.
          let byte = bytes[index]
          let joins = (byte == 0x27 || byte == 0x2D || byte == 0x2E || byte == 0x2C)
            && index + 1 < end && wordCharacterWidth(bytes, index + 1, end) > 0
            && (byte == 0x27 || byte == 0x2D || (ASCII.isDigit(bytes[index - 1]) && ASCII.isDigit(bytes[index + 1])))
          let curly = byte == 0xE2 && index + 3 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99
            && wordCharacterWidth(bytes, index + 3, end) > 0
          if joins {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            if byte == 0x27 || byte == 0x2D { digitsOnly = false }
            index += 1
          } else if curly {
            hash = (hash ^ 0x27) &* 0x100_0000_01b3
            digitsOnly = false
            index += 3
          } else {
            break
          }
          current = wordCharacterWidth(bytes, index, end)
          continue
        }
        for offset in 0..<current {
          let byte = bytes[index + offset]
          if !ASCII.isDigit(byte) { digitsOnly = false }
          hash = (hash ^ UInt64(ASCII.lowercased(byte))) &* 0x100_0000_01b3
        }
        index += current
        current = wordCharacterWidth(bytes, index, end)
      }
      body(ScannedWord(range: start..<index, foldedHash: hash, isNumber: digitsOnly))
    }
  }

  /// The byte width of the word character at `index`, or 0 when it is not one.
  @inlinable
  public static func wordCharacterWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
    guard index < end else { return 0 }
    let byte = bytes[index]
    if byte < 0x80 { return ASCII.isLetter(byte) || ASCII.isDigit(byte) ? 1 : 0 }
    let width = scalarWidth(byte)
    guard index + width <= end else { return 0 }
    if byte == 0xC2 { return 0 }  // U+0080–U+00BF: no-break space, «», ·, ©, ...
    if byte == 0xE2 && (bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81) { return 0 }  // U+2000–U+207F
    if byte == 0xEF && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBC { return 0 }  // U+FFFC–U+FFFF
    if byte == 0xE3 && bytes[index + 1] == 0x80 { return 0 }  // U+3000–U+303F CJK punctuation
    return width
  }

  /// The length of the UTF-8 sequence a lead byte starts (1 for stray continuation bytes).
  @inlinable
  public static func scalarWidth(_ lead: UInt8) -> Int {
    if lead < 0xC0 { return 1 }
    if lead < 0xE0 { return 2 }
    if lead < 0xF0 { return 3 }
    return 4
  }

  /// FNV-1a 64 of `word` with ASCII letters lowercased, as `ScannedWord.foldedHash`
  /// computes it (a curly apostrophe counts as a straight one).
  public static func foldedHash(_ word: some StringProtocol) -> UInt64 {
    Array(word.utf8).withUnsafeBufferPointer { foldedHash($0, 0..<$0.count) }
  }

  /// `foldedHash` of the word at `bytes[range]`.
  public static func foldedHash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var index = range.lowerBound
    while index < range.upperBound {
      if bytes[index] == 0xE2 && index + 2 < range.upperBound && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99 {
        hash = (hash ^ 0x27) &* 0x100_0000_01b3
        index += 3
        continue
      }
      hash = (hash ^ UInt64(ASCII.lowercased(bytes[index]))) &* 0x100_0000_01b3
      index += 1
    }
    return hash
  }
}
