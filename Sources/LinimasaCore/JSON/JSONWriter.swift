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

  private static func appendIndent(_ level: Int, into out: inout String) {
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

  static func appendQuoted(_ text: String, into out: inout String) {
    out.append("\"")
    var pending = text.unicodeScalars.startIndex
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let escape: String?
      switch scalar {
      case "\"": escape = "\\\""
      case "\\": escape = "\\\\"
      case "\n": escape = "\\n"
      case "\r": escape = "\\r"
      case "\t": escape = "\\t"
      case "\u{2028}": escape = "\\u2028"
      case "\u{2029}": escape = "\\u2029"
      default:
        if scalar.value < 0x20 {
          let value = Int(scalar.value)
          escape = "\\u00" + String(hexDigits[value >> 4]) + String(hexDigits[value & 0xF])
        } else {
          escape = nil
        }
      }
      if let escape {
        out.unicodeScalars.append(contentsOf: scalars[pending..<index])
        out.append(escape)
        pending = scalars.index(after: index)
      }
      index = scalars.index(after: index)
    }
    out.unicodeScalars.append(contentsOf: scalars[pending..<scalars.endIndex])
    out.append("\"")
  }
}
