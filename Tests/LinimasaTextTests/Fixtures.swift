import Foundation
import LinimasaCore
import LinimasaTestSupport
import LinimasaText

/// Shared test fixtures: the bundled lexicons and stages built from them.
enum Fixtures {
  static let lexicons: Lexicons = (try? Lexicons.load(from: [Repository.lexicons.path])) ?? Lexicons()
  static let configuration = TextConfiguration(lexicons: lexicons)

  /// The articles read from `text` as a file named `path`.
  static func read(_ text: String, path: String) -> [Result<SourceArticle, SkippedInput>] {
    read(bytes: Array(text.utf8), path: path)
  }

  static func read(bytes: [UInt8], path: String) -> [Result<SourceArticle, SkippedInput>] {
    let format = InputFormat(fileExtension: (path as NSString).pathExtension) ?? .text
    return configuration.ingestor.read(bytes, path: path, format: format)
  }

  /// The single article read from `text`, or nil when it was skipped.
  static func article(_ text: String, path: String = "a.txt") -> SourceArticle? {
    guard case .success(let article)? = read(text, path: path).first else { return nil }
    return article
  }

  static func analyze(_ text: String, path: String = "a.txt") throws -> DocumentAnalysis? {
    guard let article = article(text, path: path) else { return nil }
    return try DocumentProcessor(configuration: configuration).process(article)
  }

  static func skipReason(_ text: String, path: String) -> String? {
    skipReason(bytes: Array(text.utf8), path: path)
  }

  static func skipReason(bytes: [UInt8], path: String) -> String? {
    guard case .failure(let skipped)? = read(bytes: bytes, path: path).first else { return nil }
    return skipped.reason.message
  }
}
