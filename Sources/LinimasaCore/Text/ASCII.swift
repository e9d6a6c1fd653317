// Byte-level character classes for the hot paths, which work on UTF-8 without decoding.

/// Classification and case mapping of single UTF-8 bytes (ASCII only; other bytes are
/// treated as letters when they start or continue a multi-byte scalar).
public enum ASCII {
  @inlinable public static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
  @inlinable public static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
  @inlinable public static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
  @inlinable public static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
  /// Letters, digits and every byte of a non-ASCII scalar (callers that must tell non-ASCII
  /// punctuation apart use `WordScanner.wordCharacterWidth`).
  @inlinable public static func isWordByte(_ byte: UInt8) -> Bool {
    isLetter(byte) || isDigit(byte) || byte >= 0x80
  }
  @inlinable public static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x0B
  }
  @inlinable public static func lowercased(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }

}
