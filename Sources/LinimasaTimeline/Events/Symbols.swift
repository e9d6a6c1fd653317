// Numbers for the strings events are merged by.

/// A string's number in `Symbols`.
typealias Symbol = Int32

/// Numbers for the strings the merger compares again and again (entity ids, figures,
/// laws, type families), given in order of first use: drafts hold sets of numbers, which
/// compare without hashing or retaining strings.
final class Symbols {
  private var numbers: [String: Symbol] = [:]

  /// The number of `text`, given now if it has none.
  subscript(_ text: String) -> Symbol {
    if let number = numbers[text] { return number }
    let number = Symbol(numbers.count)
    numbers[text] = number
    return number
  }
}
