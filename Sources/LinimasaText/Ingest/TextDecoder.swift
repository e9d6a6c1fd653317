// Turns a file's bytes into UTF-8 text: BOMs, UTF-16, invalid sequences, binary files.
import Foundation
import LinimasaCore

/// The decoded text of a file, and what had to be repaired on the way.
public struct DecodedText: Sendable {
  public let bytes: [UInt8]
  public let warnings: [String]
}

/// Decodes file contents. UTF-8 (with or without BOM) and UTF-16 with BOM are read as
/// they are; UTF-16 without BOM is recognised by its NUL pattern; invalid UTF-8 is
/// replaced with U+FFFD and reported; binary content is refused.
public enum TextDecoder {
  /// How much of the start of a file is examined to tell text from binary.
  static let sniffLength = 64 * 1024
  /// The share of control bytes (other than tab, newline, carriage return and form feed)
  /// above which a file counts as binary.
  static let binaryControlShare = 0.02
  /// ...and there must be at least this many, so a stray control byte in a short text
  /// does not make it binary.
  static let minimumControls = 8

  public static func decode(_ raw: [UInt8]) -> Result<DecodedText, SkipReasonError> {
    if raw.isEmpty { return .failure(SkipReasonError(.empty)) }
    if raw.starts(with: [0xEF, 0xBB, 0xBF]) { return decodeUTF8(Array(raw.dropFirst(3))) }
    if raw.starts(with: [0xFF, 0xFE]) { return decodeUTF16(raw.dropFirst(2), bigEndian: false, note: nil) }
    if raw.starts(with: [0xFE, 0xFF]) { return decodeUTF16(raw.dropFirst(2), bigEndian: true, note: nil) }
    if raw.prefix(4096).contains(0), let bigEndian = utf16WithoutBOM(raw) {
      let order = bigEndian ? "big" : "little"
      return decodeUTF16(
        raw[...], bigEndian: bigEndian,
        note: "no byte-order mark; decoded as UTF-16 (\(order)-endian) from its NUL byte pattern")
    }
    return decodeUTF8(raw)
  }

  private static func decodeUTF8(_ bytes: [UInt8]) -> Result<DecodedText, SkipReasonError> {
    if let offset = firstBinaryByte(bytes) { return .failure(SkipReasonError(.binary(offset: offset))) }
    var warnings: [String] = []
    var text = bytes
    if let repair = UTF8Repair(bytes) {
      warnings.append(repair.description + "; spans refer to the repaired text)")
      text = repair.bytes
    }
    if let nul = stripNULs(&text) { warnings.append(nul) }
    guard text.contains(where: { !ASCII.isSpace($0) }) else {
      return .failure(SkipReasonError(.blank("file")))
    }
    return .success(DecodedText(bytes: text, warnings: warnings))
  }

  private static func decodeUTF16(
    _ body: ArraySlice<UInt8>, bigEndian: Bool, note: String?
  ) -> Result<DecodedText, SkipReasonError> {
    var units: [UInt16] = []
    units.reserveCapacity(body.count / 2)
    var index = body.startIndex
    while index + 1 < body.endIndex {
      let first = UInt16(body[index]), second = UInt16(body[index + 1])
      units.append(bigEndian ? first << 8 | second : second << 8 | first)
      index += 2
    }
    var warnings: [String] = note.map { [$0] } ?? []
    if body.count % 2 == 1 { warnings.append("odd number of bytes in UTF-16 text; the last byte was dropped") }
    var scalars = String.UnicodeScalarView()
    var replaced = 0
    var iterator = units.makeIterator()
    var decoder = UTF16()
    decoding: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): scalars.append(scalar)
      case .emptyInput: break decoding
      case .error:
        replaced += 1
        scalars.append("\u{FFFD}")
      }
    }
    if replaced > 0 { warnings.append("invalid UTF-16 (\(replaced) unit\(replaced == 1 ? "" : "s") replaced with U+FFFD)") }
    var bytes = Array(String(scalars).utf8)
    if let offset = firstBinaryByte(bytes) { return .failure(SkipReasonError(.binary(offset: offset))) }
    if let nul = stripNULs(&bytes) { warnings.append(nul) }
    guard bytes.contains(where: { !ASCII.isSpace($0) }) else {
      return .failure(SkipReasonError(.blank("file")))
    }
    return .success(DecodedText(bytes: bytes, warnings: warnings))
  }

  /// Little (false) or big (true) endian when the first bytes look like UTF-16 text
  /// without a BOM: most bytes of one parity are NUL and almost none of the other.
  static func utf16WithoutBOM(_ raw: [UInt8]) -> Bool? {
    let sample = raw.prefix(4096)
    guard sample.count >= 8 else { return nil }
    var evenNUL = 0, oddNUL = 0
    for (offset, byte) in sample.enumerated() where byte == 0 {
      if offset % 2 == 0 { evenNUL += 1 } else { oddNUL += 1 }
    }
    let half = sample.count / 2
    if oddNUL * 10 >= half * 7 && evenNUL * 20 <= half { return false }
    if evenNUL * 10 >= half * 7 && oddNUL * 20 <= half { return true }
    return nil
  }

  /// The offset where a binary file shows itself: a run of NULs or a high share of control
  /// bytes in the first `sniffLength` bytes. A few stray NULs in text do not count.
  static func firstBinaryByte(_ bytes: [UInt8]) -> Int? {
    let count = min(bytes.count, sniffLength)
    return bytes.withUnsafeBufferPointer { sample -> Int? in
      var controls = 0
      var firstControl = -1
      var nulRun = 0
      for offset in 0..<count {
        let byte = sample[offset]
        guard byte < 0x20 || byte == 0x7F else {
          nulRun = 0
          continue
        }
        if byte == 0 {
          nulRun += 1
          if nulRun >= 4 { return offset - 3 }
        } else {
          nulRun = 0
        }
        if byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
          controls += 1
          if firstControl < 0 { firstControl = offset }
        }
      }
      if firstControl >= 0, controls >= minimumControls, Double(controls) > Double(count) * binaryControlShare {
        return firstControl
      }
      return nil
    }
  }

  /// Replaces stray NUL bytes by spaces (keeping every offset) and describes it.
  private static func stripNULs(_ bytes: inout [UInt8]) -> String? {
    let hasNUL = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false
    }
    guard hasNUL else { return nil }
    var count = 0
    var first = 0
    for index in bytes.indices where bytes[index] == 0 {
      if count == 0 { first = index }
      count += 1
      bytes[index] = 0x20
    }
    return count == 0 ? nil : "\(count) NUL byte\(count == 1 ? "" : "s") from offset \(first) replaced with spaces"
  }
}

/// A skip reason carried as an error through `Result`.
public struct SkipReasonError: Error, Sendable {
  public let reason: SkipReason
  public init(_ reason: SkipReason) { self.reason = reason }
}

/// Bytes with ill-formed UTF-8 replaced by U+FFFD, and where that was.
struct UTF8Repair {
  let bytes: [UInt8]
  /// "invalid UTF-8 at byte N (M sequences replaced with U+FFFD", left open for the
  /// caller to finish.
  let description: String

  /// Nil when `bytes` are valid UTF-8.
  init?(_ bytes: [UInt8]) {
    guard let invalid = UTF8Validation.firstInvalidOffset(bytes) else { return nil }
    let count = UTF8Validation.invalidSequenceCount(bytes)
    self.bytes = Array(String(decoding: bytes, as: UTF8.self).utf8)
    description = "invalid UTF-8 at byte \(invalid) (\(count) sequence\(count == 1 ? "" : "s") replaced with U+FFFD"
  }
}

/// Finds ill-formed UTF-8 (the same rules as Swift's decoder, which replaces each maximal
/// ill-formed subpart with one U+FFFD).
enum UTF8Validation {
  static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
    do {
      _ = try UTF8Span(validating: bytes.span)
      return nil
    } catch {
      return error.byteOffsets.lowerBound
    }
  }

  static func invalidSequenceCount(_ bytes: [UInt8]) -> Int {
    var index = 0, count = 0
    while index < bytes.count {
      let length = sequenceLength(bytes, at: index)
      if length == 0 {
        count += 1
        index += 1
      } else {
        index += length
      }
    }
    return count
  }

  /// The length of the valid scalar starting at `index`, or 0 when it is ill-formed.
  static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
    let lead = bytes[index]
    if lead < 0x80 { return 1 }
    func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
      index + offset < bytes.count && range.contains(bytes[index + offset])
    }
    switch lead {
    case 0xC2...0xDF: return continuation(1) ? 2 : 0
    case 0xE0: return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
    case 0xED: return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
    case 0xE1...0xEF: return continuation(1) && continuation(2) ? 3 : 0
    case 0xF0: return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
    case 0xF4: return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
    case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
    default: return 0
    }
  }
}
