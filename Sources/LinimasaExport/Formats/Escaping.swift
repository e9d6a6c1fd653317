// Escaping article text for the markup the export formats write.

/// Makes text from articles safe to place inside HTML or Markdown.
enum Escaping {
  /// The text with `&`, `<`, `>`, `"` and `'` as character references, for HTML text and
  /// attribute values alike.
  static func html(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": out.append("&amp;")
      case "<": out.append("&lt;")
      case ">": out.append("&gt;")
      case "\"": out.append("&quot;")
      case "'": out.append("&#39;")
      default: out.append(character)
      }
    }
    return out
  }

  /// Characters that could start Markdown syntax inside a line: emphasis, code, links,
  /// images, raw HTML, entity references, tables, strikethrough and headings.
  private static let markdownSpecial: Set<Character> = [
    "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "&", "!",
  ]

  /// The text on one line (line breaks and tabs as spaces) with every Markdown special
  /// character backslash-escaped, so it renders as written; a leading "-", "+" or "1."
  /// is escaped too, so the text cannot open a list where it starts a line or list item.
  static func markdown(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    if let first = text.first, first == "-" || first == "+" {
      out.append("\\")
    } else if !digits.isEmpty, let next = text.dropFirst(digits.count).first, next == "." || next == ")" {
      out.append(contentsOf: digits)
      out.append("\\")
      return out + markdown(String(text.dropFirst(digits.count)))
    }
    for character in text {
      if character.isNewline || character == "\t" {
        out.append(" ")
      } else {
        if markdownSpecial.contains(character) { out.append("\\") }
        out.append(character)
      }
    }
    return out
  }

  /// A URL as a Markdown link destination: in angle brackets, with the characters that
  /// would end or break it percent-encoded.
  static func markdownDestination(_ url: String) -> String {
    var out = "<"
    for character in url {
      switch character {
      case "<": out.append("%3C")
      case ">": out.append("%3E")
      case " ": out.append("%20")
      case "\\": out.append("%5C")
      default: out.append(character)
      }
    }
    return out + ">"
  }
}
