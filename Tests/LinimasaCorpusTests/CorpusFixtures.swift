import Foundation
import LinimasaCore
import LinimasaTestSupport
import LinimasaExtract
import LinimasaText

/// The corpus articles, read once for all corpus tests.
enum CorpusFixtures {
  static let lexicons: Lexicons = (try? Lexicons.load(from: [Repository.lexicons.path])) ?? Lexicons()
  static let configuration = TextConfiguration(lexicons: lexicons)
  static let facts = FactExtractor(lexicons: lexicons)

  /// Every article of `Corpus/` by its document path (`en/dump.jsonl#2` for records).
  static let articles: [String: SourceArticle] = {
    var articles: [String: SourceArticle] = [:]
    for file in InputWalker.walk([Repository.corpus.path]).files {
      for case .success(let article) in configuration.ingestor.read(file).articles { articles[article.path] = article }
    }
    return articles
  }()

  static let paths: [String] = articles.keys.sorted { PathOrder.precedes($0, $1) }

  static func analysis(_ path: String) throws -> DocumentAnalysis? {
    guard let article = articles[path] else { return nil }
    return try DocumentProcessor(configuration: configuration).process(article)
  }

  /// Gold annotation files by the document path they describe.
  static let gold: [String: JSONValue] = {
    var gold: [String: JSONValue] = [:]
    let enumerator = FileManager.default.enumerator(atPath: Repository.gold.path)
    while let name = enumerator?.nextObject() as? String {
      guard name.hasSuffix(".gold.json"),
        let data = FileManager.default.contents(atPath: Repository.gold.appendingPathComponent(name).path),
        let value = try? JSONParser.parse([UInt8](data)), let file = value["file"]?.stringValue
      else { continue }
      gold[file] = value
    }
    return gold
  }()

  static let goldPaths: [String] = gold.keys.sorted { PathOrder.precedes($0, $1) }
}
