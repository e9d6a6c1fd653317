// Text with numbered markers that become UTF-8 byte offsets, for readable span tests.

/// Text written with markers "1️⃣", "2️⃣", … where offsets matter:
/// `MarkedText("Jakarta, 1️⃣Senin2️⃣ pagi")` gives the text without markers and
/// `markers[1]`, `markers[2]` as byte offsets into it.
public struct MarkedText {
  public let text: String
  public let markers: [Int: Int]

  public init(_ marked: String) {
    var text = ""
    var markers: [Int: Int] = [:]
    var iterator = marked.makeIterator()
    while let character = iterator.next() {
      if let digit = character.unicodeScalars.first.flatMap({ Int(String($0)) }),
        character.unicodeScalars.count > 1, character.unicodeScalars.contains("\u{20E3}")
      {
        markers[digit] = text.utf8.count
      } else {
        text.append(character)
      }
    }
    self.text = text
    self.markers = markers
  }

  /// The span between markers `start` and `end`.
  public func span(_ start: Int, _ end: Int) -> (Int, Int)? {
    guard let lower = markers[start], let upper = markers[end] else { return nil }
    return (lower, upper)
  }
}
