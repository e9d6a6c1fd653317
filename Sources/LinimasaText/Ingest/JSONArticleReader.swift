// Articles stored as JSON objects: one per .json file, one per line of a .jsonl dump.
import LinimasaCore

/// Reads JSON article objects in the shapes common scrapers write (trafilatura's
/// `text`/`hostname`/`date`, newspaper's `text`/`authors`/`publish_date`, news-please's
/// `maintext`/`date_publish`).
struct JSONArticleReader {
  let dates: DateGrammar
  let outlets: OutletDirectory
  let names: BylineNames

  /// The articles of a `.json` file: one object, or an array of objects (`path#N`).
  func readDocument(_ bytes: [UInt8], path: String) -> [Result<SourceArticle, SkippedInput>] {
    let value: JSONValue
    do {
      value = try JSONParser.parse(bytes)
    } catch {
      return [.failure(SkippedInput(path: path, reason: .malformed("json", error.description)))]
    }
    if case .array(let items) = value {
      if items.isEmpty { return [.failure(SkippedInput(path: path, reason: .blank("JSON array")))] }
      return items.enumerated().map { index, item in
        article(from: item, path: "\(path)#\(index + 1)", format: .json, describe: "item \(index + 1)")
      }
    }
    return [article(from: value, path: path, format: .json, describe: "")]
  }

  /// The articles of a `.jsonl` file, one per non-blank line; a bad line is reported with
  /// its number and the other lines are still read.
  func readLines(_ bytes: [UInt8], path: String) -> [Result<SourceArticle, SkippedInput>] {
    var results: [Result<SourceArticle, SkippedInput>] = []
    var lineNumber = 0
    var start = 0
    while start < bytes.count {
      lineNumber += 1
      var end = start
      while end < bytes.count && bytes[end] != 0x0A { end += 1 }
      let line = Array(bytes[start..<end])
      start = end + 1
      guard line.contains(where: { !ASCII.isSpace($0) }) else { continue }
      let recordPath = "\(path)#\(lineNumber)"
      do {
        let value = try JSONParser.parse(line)
        results.append(article(from: value, path: recordPath, format: .jsonLines, describe: "line \(lineNumber)"))
      } catch {
        results.append(.failure(SkippedInput(
          path: recordPath,
          reason: .malformed("json", "line \(lineNumber), column \(error.column): \(error.message)"))))
      }
    }
    if results.isEmpty { results.append(.failure(SkippedInput(path: path, reason: .blank("JSONL file")))) }
    return results
  }

  private func article(
    from value: JSONValue, path: String, format: InputFormat, describe: String
  ) -> Result<SourceArticle, SkippedInput> {
    let prefix = describe.isEmpty ? "" : describe + ": "
    guard case .object(let members) = value else {
      return .failure(SkippedInput(path: path, reason: .malformed("json", "\(prefix)expected an article object")))
    }
    var fields: [String: JSONValue] = [:]
    for member in members where fields[member.key.lowercased()] == nil {
      fields[member.key.lowercased()] = member.value
    }
    guard let textKey = ArticleFields.text.first(where: { fields[$0]?.stringValue != nil }),
      let text = fields[textKey]?.stringValue
    else {
      return .failure(SkippedInput(
        path: path,
        reason: SkipReason(code: "no-text", message: "\(prefix)no 'text' or 'content' field with a string value")))
    }
    var bytes = Array(text.utf8)
    var warnings: [String] = []
    if bytes.contains(0) {
      let count = bytes.count { $0 == 0 }
      for index in bytes.indices where bytes[index] == 0 { bytes[index] = 0x20 }
      warnings.append("\(count) NUL character\(count == 1 ? "" : "s") in '\(textKey)' replaced with spaces")
    }
    guard bytes.contains(where: { !ASCII.isSpace($0) }) else {
      return .failure(SkippedInput(path: path, reason: .blank("'\(textKey)' field")))
    }
    let metadata = ArticleFields.metadata(
      lookup: { key in Self.strings(fields[key]) }, where: { "\(prefix)field '\($0)'" },
      dates: dates, outlets: outlets, names: names, warnings: &warnings)
    return .success(SourceArticle(path: path, format: format, bytes: bytes, metadata: metadata, warnings: warnings))
  }

  /// A field's string values: a string, the strings of an array, or `name` members of objects.
  private static func strings(_ value: JSONValue?) -> [String]? {
    switch value {
    case .string(let text): return [text]
    case .array(let items): return items.compactMap { $0.stringValue ?? $0["name"]?.stringValue }
    case .object: return value?["name"]?.stringValue.map { [$0] }
    case .int(let number): return [String(number)]
    default: return nil
    }
  }
}
