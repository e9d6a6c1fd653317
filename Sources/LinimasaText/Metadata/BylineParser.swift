// Byline lines: "Penulis: Bambang", "Editor: Sanusi", "Laporan Wartawan X, Ismoyo", "By Jane Doe".
import Foundation
import LinimasaCore

/// People named by a byline line, by role.
public struct Byline: Sendable, Equatable {
  public var authors: [String] = []
  public var editors: [String] = []
}

/// Reads byline lines whose labels come from `Lexicons/<lang>/bylines.tsv`. A label
/// followed by a colon always counts; without a colon the rest of the line must be a
/// short run of capitalized names, so "Oleh karena itu, ..." is not a byline.
public struct BylineParser: Sendable {
  /// Labels by their first word, longest first so "laporan wartawan" wins over a shorter
  /// overlapping label.
  private let labelsByFirstWord: [String: [(words: [String], role: BylineRole)]]
  /// Every word of every label ("reporter", "staff", ...): a "name" made only of these
  /// is a job title ("By Rizky Maulana, Staff Reporter").
  private let labelWords: Set<String>
  /// Folded hashes of the labels' first words.
  private let firstWords: Set<UInt64>
  let maximumWords: Int
  /// Splits a byline's value into names.
  private let names: BylineNames

  public init(lexicons: Lexicons, maximumWords: Int = CleaningOptions().bylineMaximumWords) {
    names = BylineNames(lexicons: lexicons)
    var labels: [(words: [String], role: BylineRole)] = []
    for language in Language.supported {
      for (label, role) in lexicons[language].bylineLabels {
        labels.append((label.split(separator: " ").map(String.init), role))
      }
    }
    let sorted = labels.sorted {
      ($0.words.count, $0.words.joined(separator: " ")) > ($1.words.count, $1.words.joined(separator: " "))
    }
    labelsByFirstWord = Dictionary(grouping: sorted.filter { !$0.words.isEmpty }, by: { $0.words[0] })
    labelWords = Set(labels.flatMap(\.words))
    firstWords = Set(labels.compactMap { $0.words.first.map { WordScanner.foldedHash($0) } })
    self.maximumWords = maximumWords
  }

  /// Whether a paragraph whose first word has this folded hash can be a byline (a cheap
  /// test before `parse`).
  public func mayStart(with firstWord: UInt64?) -> Bool {
    guard let firstWord else { return false }
    return firstWords.contains(firstWord)
  }

  /// The byline in `text`, or nil when the line is not one. Several labelled parts may
  /// share a line ("Reporting by A; Editing by B").
  public func parse(_ text: String, wordCount: Int) -> Byline? {
    guard wordCount <= maximumWords else { return nil }
    var byline = Byline()
    var photographed = false
    let separators: Set<UInt8> = [UInt8(ascii: ";"), UInt8(ascii: "|"), UInt8(ascii: "/")]
    let parts = text.utf8.split(whereSeparator: separators.contains).map {
      String(decoding: $0, as: UTF8.self).trimmingSpaces()
    }
    for part in parts where !part.isEmpty {
      guard let (role, names) = parsePart(part) else { return nil }
      switch role {
      case .author: byline.authors += names
      case .editor: byline.editors += names
      case .photographer: photographed = true
      }
    }
    // A photographer's credit is a byline line too, though only authors and editors are kept.
    return byline.authors.isEmpty && byline.editors.isEmpty && !photographed ? nil : byline
  }

  private func parsePart(_ part: String) -> (BylineRole, [String])? {
    let words = part.split(separator: " ", omittingEmptySubsequences: true)
    guard let first = words.first else { return nil }
    let firstWord = String(first.hasSuffix(":") ? first.dropLast() : first).lowercased()
    guard let candidates = labelsByFirstWord[firstWord] else { return nil }
    for label in candidates where words.count > label.words.count {
      let matches = (1..<label.words.count).allSatisfy { position in
        let word = words[position]
        return (word.hasSuffix(":") ? word.dropLast() : word).lowercased() == label.words[position]
      }
      guard matches else { continue }
      let lastLabelWord = words[label.words.count - 1]
      var rest = words[label.words.count...].joined(separator: " ")
      var hasColon = lastLabelWord.hasSuffix(":")
      if rest.hasPrefix(":") {
        hasColon = true
        rest = String(rest.dropFirst()).trimmingSpaces()
      }
      // "Laporan Wartawan Tribunnews.com, Ismoyo": the name follows the outlet and a comma.
      if !hasColon, let comma = rest.lastIndex(of: ","), rest[..<comma].contains(".") {
        rest = String(rest[rest.index(after: comma)...]).trimmingSpaces()
      }
      let names = self.names.split(rest).filter { name in
        !name.lowercased().split(separator: " ").allSatisfy { labelWords.contains(String($0)) }
      }
      guard !names.isEmpty else { return nil }
      if !hasColon {
        let nameWords = names.flatMap { $0.split(separator: " ") }
        guard nameWords.count <= 6, nameWords.allSatisfy({ $0.first?.isUppercase ?? false }) else { return nil }
      }
      return (label.role, names)
    }
    return nil
  }
}
