// Case-insensitive searches in UTF-8 bytes, for rules that look for marker words.

/// ASCII case-insensitive substring search over UTF-8 bytes, without building strings.
public enum ByteSearch {
  /// Whether `bytes[range]` contains `needle` (lowercase ASCII), ignoring ASCII case.
  public static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ needle: StaticString) -> Bool {
    firstIndex(bytes, range, needle) != nil
  }

  /// Whether `bytes[range]` ends with `suffix` (lowercase ASCII, or any UTF-8 matched byte
  /// for byte), ignoring ASCII case, with at least `longerBy` bytes before it.
  @inlinable
  public static func endsWith(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ suffix: StaticString, longerBy: Int = 0
  ) -> Bool {
    let count = suffix.utf8CodeUnitCount
    guard range.count >= count + longerBy else { return false }
    let start = range.upperBound - count
    let pattern = suffix.utf8Start
    for offset in 0..<count where ASCII.lowercased(bytes[start + offset]) != pattern[offset] { return false }
    return true
  }

  /// Whether the text of `bytes[range]`, lowercased, is `word` (lowercase ASCII), as
  /// `String(decoding:as:).lowercased() == word` tells; a string is built only for text that
  /// is not ASCII (Unicode lowercasing maps a few such letters to ASCII ones).
  public static func lowercasedEquals(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: String) -> Bool {
    // An ASCII first character lowercases to itself alone: it must be the word's first.
    if let first = range.first, bytes[first] < 0x80, ASCII.lowercased(bytes[first]) != word.utf8.first { return false }
    if range.count == word.utf8.count
      && zip(range, word.utf8).allSatisfy({ ASCII.lowercased(bytes[$0]) == $1 })
    {
      return true
    }
    guard range.contains(where: { bytes[$0] >= 0x80 }) else { return false }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercased() == word
  }

  /// Whether `bytes[range]` contains `needle` (lowercase UTF-8), ignoring ASCII case.
  public static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ needle: [UInt8]) -> Bool {
    needle.withUnsafeBufferPointer { firstIndex(bytes, range, pattern: $0) } != nil
  }

  /// Where `needle` (lowercase ASCII) first occurs in `bytes[range]`, ignoring ASCII case.
  public static func firstIndex(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ needle: StaticString) -> Int? {
    needle.withUTF8Buffer { firstIndex(bytes, range, pattern: $0) }
  }

  private static func firstIndex(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, pattern: UnsafeBufferPointer<UInt8>
  ) -> Int? {
    guard let first = pattern.first, pattern.count <= range.count else { return nil }
    var index = range.lowerBound
    let last = range.upperBound - pattern.count
    while index <= last {
      if ASCII.lowercased(bytes[index]) == first {
        var offset = 1
        while offset < pattern.count && ASCII.lowercased(bytes[index + offset]) == pattern[offset] { offset += 1 }
        if offset == pattern.count { return index }
      }
      index += 1
    }
    return nil
  }
}
