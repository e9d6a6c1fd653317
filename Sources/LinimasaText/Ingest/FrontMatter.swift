// The YAML front matter of Markdown articles, read with Yams (libyaml).
import Foundation
import LinimasaCore
import Yams

/// Reads a `---` delimited front matter block, closed by `---` or `...`, as YAML (all of
/// it: block and flow scalars, escapes, anchors and aliases, comments): its top level must
/// be a mapping; scalar values and lists of scalars are kept, nested maps are accepted and
/// ignored.
enum FrontMatter {
  struct Block {
    /// Values by lowercased key, lists as several values.
    var values: [String: [String]] = [:]
    /// 1-based line of each key in the file, for diagnostics.
    var lines: [String: Int] = [:]
    /// Byte offset where the body starts.
    var bodyStart: Int
  }

  struct Failure: Error {
    let line: Int
    let message: String
  }

  /// nil when the text has no front matter; throws on a malformed block, with the line in
  /// the file where the problem is.
  static func parse(_ bytes: [UInt8]) throws(Failure) -> Block? {
    let lines = lineRanges(bytes)
    guard let first = lines.first, text(bytes, first) == "---" else { return nil }
    guard let closing = lines.indices.dropFirst().first(where: { ["---", "..."].contains(text(bytes, lines[$0])) })
    else {
      throw Failure(line: 1, message: "front matter opened with '---' is never closed")
    }
    var block = Block(bodyStart: lines[closing].upperBound)
    // Step over the line break after the closing delimiter.
    if block.bodyStart < bytes.count && bytes[block.bodyStart] == 0x0D { block.bodyStart += 1 }
    if block.bodyStart < bytes.count && bytes[block.bodyStart] == 0x0A { block.bodyStart += 1 }
    let yamlStart = min(first.upperBound + 1, lines[closing].lowerBound)
    let yaml = String(decoding: bytes[yamlStart..<lines[closing].lowerBound], as: UTF8.self)
    // Lines in the YAML count from the line after the opening "---".
    let node: Node?
    do {
      node = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      let (line, message) = Self.explain(error)
      throw Failure(line: line + 1, message: message)
    } catch {
      throw Failure(line: 2, message: "\(error)")
    }
    guard let node else { return block }
    guard let mapping = node.mapping else {
      throw Failure(line: (node.mark?.line ?? 1) + 1, message: "front matter must be 'key: value' lines")
    }
    for (keyNode, value) in mapping {
      let line = (keyNode.mark?.line ?? 0) + 1
      guard let key = keyNode.string.map({ $0.trimmingSpaces().lowercased() }), !key.isEmpty else {
        throw Failure(line: line, message: "a key must be text")
      }
      block.lines[key] = line
      switch value {
      case .scalar(let scalar):
        let text = Self.trimmed(scalar.string)
        block.values[key] = text.isEmpty || scalar.tag.description == Tag.Name.null.rawValue ? [] : [text]
      case .sequence(let sequence):
        block.values[key] = sequence.compactMap(\.string).map(Self.trimmed).filter { !$0.isEmpty }
      case .mapping, .alias:
        continue  // nested maps: accepted, not used
      }
    }
    return block
  }

  /// A value without the spaces and line breaks around it (a block scalar ends in one).
  private static func trimmed(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The line (within the YAML) and a message for a Yams error.
  private static func explain(_ error: YamlError) -> (line: Int, message: String) {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      // Where the construct that failed began ("while scanning a quoted scalar"), else
      // where the problem was found.
      return (context?.mark.line ?? mark.line, problem + (context.map { " (\($0.text))" } ?? ""))
    case .duplicatedKeysInMapping(let duplicates, let context):
      return (context.mark.line, "duplicated key: " + duplicates.joined(separator: ", "))
    case .reader(let problem, _, _, _):
      return (1, problem)
    default:
      return (1, "\(error)")
    }
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
