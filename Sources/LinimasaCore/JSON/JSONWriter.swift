// Serializes JSONValue with a fixed layout: two-space indentation, short numeric arrays inline.

/// Writes JSON text deterministically as UTF-8 bytes: member order as given, non-ASCII kept
/// as UTF-8, numbers without exponents where possible, arrays of numbers on one line.
public enum JSONWriter {
  /// The pretty form used for files people read and diff.
  public static func pretty(_ value: JSONValue) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(1 << 12)
    write(value, indent: 0, pretty: true, into: &out)
    out.append(UInt8(ascii: "\n"))
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends the pretty form of `value` as it reads nested `indent` levels deep (no final
  /// newline): what `PrettyJSONStream` writes for one member value or array item.
  public static func pretty(_ value: JSONValue, indent: Int, into out: inout [UInt8]) {
    write(value, indent: indent, pretty: true, into: &out)
  }

  /// One line, no spaces: the form for JSONL.
  public static func compact(_ value: JSONValue) -> String {
    var out: [UInt8] = []
    write(value, indent: 0, pretty: false, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  private static func write(_ value: JSONValue, indent: Int, pretty: Bool, into out: inout [UInt8]) {
    switch value {
    case .null: append("null", to: &out)
    case .bool(let flag): append(flag ? "true" : "false", to: &out)
    case .int(let number): out.append(contentsOf: String(number).utf8)
    case .double(let number): out.append(contentsOf: format(number).utf8)
    case .string(let text): appendQuoted(text, into: &out)
    case .array(let items):
      if items.isEmpty {
        append("[]", to: &out)
      } else if !pretty || items.allSatisfy(isInlineScalar) {
        out.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
          if index > 0 { append(pretty ? ", " : ",", to: &out) }
          write(item, indent: indent, pretty: pretty, into: &out)
        }
        out.append(UInt8(ascii: "]"))
      } else {
        append("[\n", to: &out)
        for (index, item) in items.enumerated() {
          appendIndent(indent + 1, into: &out)
          write(item, indent: indent + 1, pretty: pretty, into: &out)
          append(index + 1 < items.count ? ",\n" : "\n", to: &out)
        }
        appendIndent(indent, into: &out)
        out.append(UInt8(ascii: "]"))
      }
    case .object(let members):
      if members.isEmpty {
        append("{}", to: &out)
        return
      }
      append(pretty ? "{\n" : "{", to: &out)
      for (index, member) in members.enumerated() {
        if pretty { appendIndent(indent + 1, into: &out) }
        appendQuoted(member.key, into: &out)
        append(pretty ? ": " : ":", to: &out)
        write(member.value, indent: indent + 1, pretty: pretty, into: &out)
        if index + 1 < members.count { out.append(UInt8(ascii: ",")) }
        if pretty { out.append(UInt8(ascii: "\n")) }
      }
      if pretty { appendIndent(indent, into: &out) }
      out.append(UInt8(ascii: "}"))
    }
  }

  /// Appends the bytes of `literal`.
  @inline(__always)
  public static func append(_ literal: StaticString, to out: inout [UInt8]) {
    out.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
  }

  private static func isInlineScalar(_ value: JSONValue) -> Bool {
    switch value {
    case .int, .double, .bool, .null: return true
    default: return false
    }
  }

  /// Appends the indentation of `level` (two spaces a level).
  public static func appendIndent(_ level: Int, into out: inout [UInt8]) {
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
  }

  /// Fixed notation with at most four decimals, trailing zeros dropped; non-finite as null.
  static func format(_ number: Double) -> String {
    guard number.isFinite else { return "null" }
    let scaled = (number * 10_000).rounded()
    if abs(scaled) >= 9.0e15 { return String(number) }
    let whole = Int(scaled)
    let sign = whole < 0 ? "-" : ""
    let magnitude = abs(whole)
    var fraction = String(magnitude % 10_000)
    fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    let integer = String(magnitude / 10_000)
    return fraction.isEmpty ? sign + integer : sign + integer + "." + fraction
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// Appends `text` quoted and escaped, copying the runs that need no escape whole.
  public static func appendQuoted(_ text: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      var pending = 0
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        var width = 1
        var hex = false
        let escape: StaticString?
        switch byte {
        case UInt8(ascii: "\""): escape = "\\\""
        case UInt8(ascii: "\\"): escape = "\\\\"
        case UInt8(ascii: "\n"): escape = "\\n"
        case UInt8(ascii: "\r"): escape = "\\r"
        case UInt8(ascii: "\t"): escape = "\\t"
        case 0..<0x20:
          escape = "\\u00"
          hex = true
        case 0xE2:
          // U+2028 and U+2029 (E2 80 A8, E2 80 A9) end lines in JavaScript.
          if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
            escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
            width = 3
          } else {
            escape = nil
          }
        default: escape = nil
        }
        guard let escape else {
          index += 1
          continue
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[pending..<index]))
        append(escape, to: &out)
        if hex {
          out.append(hexDigits[Int(byte) >> 4])
          out.append(hexDigits[Int(byte) & 0xF])
        }
        index += width
        pending = index
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[pending..<bytes.count]))
    }
    out.append(UInt8(ascii: "\""))
  }
}
