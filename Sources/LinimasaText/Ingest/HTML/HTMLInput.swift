// Which encoding a saved page is in: byte-order mark, UTF-8 validity, declared charset.
import LinimasaCore

/// The bytes libxml2 should parse and the encoding to read them in.
struct HTMLInput {
  var bytes: [UInt8]
  /// An IANA encoding name libxml2 knows ("UTF-8", "windows-1252", ...).
  var encoding: String
  var warnings: [String] = []

  /// How far into a page a `<meta charset>` is looked for (browsers look at 1024 bytes;
  /// saved pages often put it later, after long `<link>` lists).
  static let declarationSearchLength = 8192

  /// Decides how to read `raw`: a UTF-16 page is decoded first; NUL bytes (which some
  /// scrapers leave) become spaces; valid UTF-8 is UTF-8 whatever the page declares
  /// (valid UTF-8 with non-ASCII bytes is never really Latin-1); otherwise the declared
  /// charset, with ISO-8859-1 and ASCII read as windows-1252 as browsers do, and
  /// windows-1252 when nothing is declared. Binary content is refused.
  static func decide(_ raw: [UInt8]) -> Result<HTMLInput, SkipReasonError> {
    if raw.isEmpty { return .failure(SkipReasonError(.empty)) }
    var bytes = raw
    var warnings: [String] = []
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      bytes.removeFirst(3)
    } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
      || (bytes.prefix(4096).contains(0) && TextDecoder.utf16WithoutBOM(bytes) != nil)
    {
      return TextDecoder.decode(raw).map { HTMLInput(bytes: $0.bytes, encoding: "UTF-8", warnings: $0.warnings) }
    }
    if let nul = replacingNULs(&bytes) { warnings.append(nul) }
    if let offset = TextDecoder.firstBinaryByte(bytes) { return .failure(SkipReasonError(.binary(offset: offset))) }
    guard let repair = UTF8Repair(bytes) else {
      return .success(HTMLInput(bytes: bytes, encoding: "UTF-8", warnings: warnings))
    }
    switch declaredCharset(bytes) {
    case nil:
      warnings.append("not UTF-8 and no charset declared; read as windows-1252")
      return .success(HTMLInput(bytes: bytes, encoding: "windows-1252", warnings: warnings))
    case "utf-8", "utf8":
      warnings.append(repair.description + ")")
      return .success(HTMLInput(bytes: repair.bytes, encoding: "UTF-8", warnings: warnings))
    case "iso-8859-1", "latin1", "iso8859-1", "us-ascii", "ascii":
      return .success(HTMLInput(bytes: bytes, encoding: "windows-1252", warnings: warnings))
    case let name?:
      return .success(HTMLInput(bytes: bytes, encoding: name, warnings: warnings))
    }
  }

  /// The lowercase charset a page declares near its start, in a `<meta>` tag (`<meta
  /// charset=...>`, `<meta http-equiv="Content-Type" content="...; charset=...">`) or the
  /// XML declaration (`<?xml ... encoding=...?>`); a `charset` on a `<script>` says
  /// nothing about the page.
  static func declaredCharset(_ bytes: [UInt8]) -> String? {
    let head = bytes.prefix(declarationSearchLength).map(ASCII.lowercased)
    return head.withUnsafeBufferPointer { buffer -> String? in
      var start = 0
      while let tag = ByteSearch.firstIndex(buffer, start..<buffer.count, "<meta") {
        let end = (tag..<buffer.count).first { buffer[$0] == UInt8(ascii: ">") } ?? buffer.count
        if let name = value(of: "charset", in: buffer, tag..<end) { return name }
        start = end
      }
      if buffer.starts(with: Array("<?xml".utf8)) {
        let end = (0..<buffer.count).first { buffer[$0] == UInt8(ascii: ">") } ?? buffer.count
        return value(of: "encoding", in: buffer, 0..<end)
      }
      return nil
    }
  }

  /// The value after `key=` (quotes and spaces around it skipped) in `buffer[range]`.
  private static func value(of key: StaticString, in buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
    guard let found = ByteSearch.firstIndex(buffer, range, key) else { return nil }
    var index = found + key.utf8CodeUnitCount
    func skip(_ isSkipped: (UInt8) -> Bool) { while index < range.upperBound, isSkipped(buffer[index]) { index += 1 } }
    skip(ASCII.isSpace)
    guard index < range.upperBound, buffer[index] == UInt8(ascii: "=") else { return nil }
    index += 1
    skip { ASCII.isSpace($0) || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }
    let nameStart = index
    skip {
      ASCII.isLetter($0) || ASCII.isDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_")
        || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".")
    }
    return index > nameStart ? String(decoding: UnsafeBufferPointer(rebasing: buffer[nameStart..<index]), as: UTF8.self) : nil
  }

  /// Replaces NUL bytes by spaces and describes it; nil when there were none.
  private static func replacingNULs(_ bytes: inout [UInt8]) -> String? {
    guard let first = bytes.firstIndex(of: 0) else { return nil }
    var count = 0
    for index in first..<bytes.count where bytes[index] == 0 {
      bytes[index] = 0x20
      count += 1
    }
    return "\(count) NUL byte\(count == 1 ? "" : "s") from offset \(first) replaced with spaces"
  }
}
