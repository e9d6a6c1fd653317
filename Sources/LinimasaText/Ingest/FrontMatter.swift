// The YAML front matter of Markdown articles: the subset news exporters write.
import Foundation
import LinimasaCore

/// Reads a `---` delimited front matter block: `key: value` lines with plain, quoted,
/// `[inline, lists]` or `- block` list values; nested maps are accepted and ignored.
enum FrontMatter {
  struct Block {
    /// Values by lowercased key, lists as several values.
    var values: [String: [String]] = [:]
    /// 1-based line of each key, for diagnostics.
    var lines: [String: Int] = [:]
    /// Byte offset where the body starts.
    var bodyStart: Int
  }

  struct Failure: Error {
    let line: Int
    let message: String
  }

  /// nil when the text has no front matter; throws on a malformed block.
  static func parse(_ bytes: [UInt8]) throws(Failure) -> Block? {
    let lines = lineRanges(bytes)
    guard let first = lines.first, text(bytes, first) == "---" else { return nil }
    var block = Block(bodyStart: bytes.count)
    var currentListKey: String?
    for (index, range) in lines.enumerated().dropFirst() {
      let lineNumber = index + 1
      let raw = text(bytes, range)
      if raw == "---" || raw == "..." {
        block.bodyStart = range.upperBound
        // Step over the line break after the closing delimiter.
        if block.bodyStart < bytes.count && bytes[block.bodyStart] == 0x0D { block.bodyStart += 1 }
        if block.bodyStart < bytes.count && bytes[block.bodyStart] == 0x0A { block.bodyStart += 1 }
        return block
      }
      let trimmed = raw.trimmingSpaces()
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let indented = raw.first == " " || raw.first == "\t"
      if indented || trimmed.hasPrefix("- ") || trimmed == "-" {
        if let key = currentListKey, trimmed.hasPrefix("-") {
          let item = try scalar(String(trimmed.dropFirst()).trimmingSpaces(), line: lineNumber)
          if !item.isEmpty { block.values[key, default: []].append(item) }
        } else if !indented {
          throw Failure(line: lineNumber, message: "list item without a key above it")
        }
        continue  // nested map content: accepted, not used
      }
      guard let colon = trimmed.firstIndex(of: ":") else {
        throw Failure(line: lineNumber, message: "expected 'key: value', found '\(trimmed.prefix(40))'")
      }
      let key = String(trimmed[..<colon]).trimmingSpaces().lowercased()
      guard !key.isEmpty, !key.contains(" ") || key.hasPrefix("\"") else {
        throw Failure(line: lineNumber, message: "expected 'key: value', found '\(trimmed.prefix(40))'")
      }
      let value = String(trimmed[trimmed.index(after: colon)...]).trimmingSpaces()
      block.lines[key] = lineNumber
      currentListKey = nil
      if value.isEmpty {
        currentListKey = key
      } else if value.hasPrefix("[") {
        guard value.hasSuffix("]") else { throw Failure(line: lineNumber, message: "unterminated '[' list") }
        block.values[key] = try value.dropFirst().dropLast().split(separator: ",").map {
          (item) throws(Failure) -> String in try scalar(String(item).trimmingSpaces(), line: lineNumber)
        }.filter { !$0.isEmpty }
      } else {
        block.values[key] = [try scalar(value, line: lineNumber)]
      }
    }
    throw Failure(line: 1, message: "front matter opened with '---' is never closed")
  }

  /// A plain or quoted YAML scalar, comments after plain values removed.
  private static func scalar(_ value: String, line: Int) throws(Failure) -> String {
    guard let quote = value.first, quote == "\"" || quote == "'" else {
      if let comment = value.range(of: " #") { return String(value[..<comment.lowerBound]).trimmingSpaces() }
      return value
    }
    guard value.count >= 2, value.last == quote else {
      throw Failure(line: line, message: "unterminated quoted value")
    }
    let inner = String(value.dropFirst().dropLast())
    if quote == "'" { return inner.replacingOccurrences(of: "''", with: "'") }
    return inner.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
  }

  private static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    for index in bytes.indices where bytes[index] == 0x0A {
      ranges.append(start..<index)
      start = index + 1
    }
    if start < bytes.count { ranges.append(start..<bytes.count) }
    return ranges
  }

  private static func text(_ bytes: [UInt8], _ range: Range<Int>) -> String {
    var end = range.upperBound
    if end > range.lowerBound && bytes[end - 1] == 0x0D { end -= 1 }
    return String(decoding: bytes[range.lowerBound..<end], as: UTF8.self).trimmingTrailingSpaces()
  }
}

extension String {
  /// Without leading and trailing spaces and tabs.
  func trimmingSpaces() -> String {
    var view = Substring(self)
    while let first = view.first, first == " " || first == "\t" { view.removeFirst() }
    while let last = view.last, last == " " || last == "\t" { view.removeLast() }
    return String(view)
  }

  func trimmingTrailingSpaces() -> String {
    var view = Substring(self)
    while let last = view.last, last == " " || last == "\t" { view.removeLast() }
    return String(view)
  }
}
