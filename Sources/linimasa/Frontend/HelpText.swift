// Help text that ArgumentParser wraps once, to the terminal's width.

/// Help written in the source as wrapped paragraphs, each joined into one line so that
/// ArgumentParser wraps it once, at the terminal's width (a paragraph wrapped twice breaks
/// mid-phrase at 80 columns). Blank lines, indented lines (examples) and a line ending in
/// ":" (a heading) keep their line breaks.
enum HelpText {
  static func paragraphs(_ text: String) -> String {
    var lines: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if let previous = lines.last, Self.continues(previous), !line.isEmpty, !line.hasPrefix(" ") {
        lines[lines.count - 1] = previous + " " + line
      } else {
        lines.append(line)
      }
    }
    return lines.joined(separator: "\n")
  }

  /// Whether the next line of prose joins this one.
  private static func continues(_ line: String) -> Bool {
    !line.isEmpty && !line.hasPrefix(" ") && !line.hasSuffix(":")
  }
}
