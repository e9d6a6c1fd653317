// Serializes JSONValue with a fixed layout: two-space indentation, short numeric arrays inline.

/// Writes JSON text deterministically: member order as given, non-ASCII kept as UTF-8,
/// numbers without exponents where possible, arrays of numbers on one line.
public enum JSONWriter {
  /// The pretty form used for files people read and diff.
  public static func pretty(_ value: JSONValue) -> String {
    var out = ""
    out.reserveCapacity(1 << 12)
    write(value, indent: 0, pretty: true, into: &out)
    out.append("\n")
    return out
  }

  /// Appends the pretty form of `value` as it reads nested `indent` levels deep (no final
  /// newline): what `PrettyJSONStream` writes for one member value or array item.
  public static func pretty(_ value: JSONValue, indent: Int, into out: inout String) {
    write(value, indent: indent, pretty: true, into: &out)
  }

  /// One line, no spaces: the form for JSONL.
  public static func compact(_ value: JSONValue) -> String {
    var out = ""
    write(value, indent: 0, pretty: false, into: &out)
    return out
  }

  private static func write(_ value: JSONValue, indent: Int, pretty: Bool, into out: inout String) {
    switch value {
    case .null: out.append("null")
    case .bool(let flag): out.append(flag ? "true" : "false")
    case .int(let number): out.append(String(number))
    case .double(let number): out.append(format(number))
    case .string(let text): appendQuoted(text, into: &out)
    case .array(let items):
      if items.isEmpty {
        out.append("[]")
      } else if !pretty || items.allSatisfy(isInlineScalar) {
        out.append("[")
        for (index, item) in items.enumerated() {
          if index > 0 { out.append(pretty ? ", " : ",") }
          write(item, indent: indent, pretty: pretty, into: &out)
        }
        out.append("]")
      } else {
        out.append("[\n")
        for (index, item) in items.enumerated() {
          appendIndent(indent + 1, into: &out)
          write(item, indent: indent + 1, pretty: pretty, into: &out)
          out.append(index + 1 < items.count ? ",\n" : "\n")
        }
        appendIndent(indent, into: &out)
        out.append("]")
      }
    case .object(let members):
      if members.isEmpty {
        out.append("{}")
        return
      }
      out.append(pretty ? "{\n" : "{")
      for (index, member) in members.enumerated() {
        if pretty { appendIndent(indent + 1, into: &out) }
        appendQuoted(member.key, into: &out)
        out.append(pretty ? ": " : ":")
        write(member.value, indent: indent + 1, pretty: pretty, into: &out)
        if index + 1 < members.count { out.append(",") }
        if pretty { out.append("\n") }
      }
      if pretty { appendIndent(indent, into: &out) }
      out.append("}")
    }
  }

  private static func isInlineScalar(_ value: JSONValue) -> Bool {
    switch value {
    case .int, .double, .bool, .null: return true
    default: return false
    }
  }

  /// Appends the indentation of `level` (two spaces a level).
  public static func appendIndent(_ level: Int, into out: inout String) {
    for _ in 0..<level { out.append("  ") }
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

  private static let hexDigits = Array("0123456789abcdef")

  /// Appends `text` quoted and escaped. Appends whole runs of unescaped UTF-8 in place: the
  /// string's `unicodeScalars` view copies the whole string on every append (quadratic).
  static func appendQuoted(_ text: String, into out: inout String) {
    out.append("\"")
    let utf8 = text.utf8
    var pending = utf8.startIndex
    var index = utf8.startIndex
    while index < utf8.endIndex {
      let byte = utf8[index]
      var width = 1
      let escape: String?
      switch byte {
      case UInt8(ascii: "\""): escape = "\\\""
      case UInt8(ascii: "\\"): escape = "\\\\"
      case UInt8(ascii: "\n"): escape = "\\n"
      case UInt8(ascii: "\r"): escape = "\\r"
      case UInt8(ascii: "\t"): escape = "\\t"
      case 0..<0x20: escape = "\\u00" + String(hexDigits[Int(byte) >> 4]) + String(hexDigits[Int(byte) & 0xF])
      case 0xE2:
        // U+2028 and U+2029 (E2 80 A8, E2 80 A9) end lines in JavaScript.
        let next = utf8.index(after: index)
        let last = next < utf8.endIndex ? utf8.index(after: next) : next
        if last < utf8.endIndex, utf8[next] == 0x80, utf8[last] == 0xA8 || utf8[last] == 0xA9 {
          escape = utf8[last] == 0xA8 ? "\\u2028" : "\\u2029"
          width = 3
        } else {
          escape = nil
        }
      default: escape = nil
      }
      if let escape {
        out.append(contentsOf: Substring(utf8[pending..<index]))
        out.append(escape)
        index = utf8.index(index, offsetBy: width)
        pending = index
      } else {
        index = utf8.index(after: index)
      }
    }
    out.append(contentsOf: Substring(utf8[pending..<utf8.endIndex]))
    out.append("\"")
  }
}
