// Page-number lines ("12", "1 2 3 4").

/// A line of nothing but small numbers (and the separators between them).
enum PaginationLine {
  static func matches(_ text: String) -> Bool {
    let tokens = text.split { $0 == " " || $0 == "|" || $0 == "/" || $0 == "-" || $0 == "»" || $0 == "›" }
    guard !tokens.isEmpty, tokens.count <= 20 else { return false }
    return tokens.allSatisfy { $0.count <= 3 && $0.allSatisfy(\.isNumber) }
  }
}
