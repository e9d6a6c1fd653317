// Hand-made answers for one article (docs/gold-annotations.md), as read from Tests/Gold/.
import Foundation
import LinimasaCore

/// One gold annotation file.
public struct GoldArticle: Sendable, Equatable {
  public struct Date: Sendable, Equatable {
    public let text: String
    public let value: String?
  }
  public struct Legal: Sendable, Equatable {
    public let text: String
    public let id: String
    public let articles: [String]
  }
  public struct Quote: Sendable, Equatable {
    public let speaker: String?
    public let aliases: [String]
    public let begins: String
    public let kind: String
  }
  public struct Actor: Sendable, Equatable {
    public let name: String
    public let aliases: [String]
    public let type: String
  }
  public struct Event: Sendable, Equatable {
    public let date: String?
    public let actors: [String]
    public let what: String
  }

  /// The gold file's path, for diagnostics.
  public let source: String
  /// The document path it describes (relative to the corpus root; `dump.jsonl#N`).
  public let file: String
  public let language: Language
  /// The story the article belongs to ("kpu-leak"), which names its story timeline gold.
  public let story: String?
  public let published: String?
  public let dates: [Date]
  public let legal: [Legal]
  public let quotes: [Quote]
  public let actors: [Actor]
  public let events: [Event]

  /// A problem with a gold file, with its path.
  public struct Failure: Error, CustomStringConvertible, Sendable {
    public let description: String
  }

  /// Reads every `*.gold.json` under `folder`, sorted by the document they describe.
  public static func load(folder: String) throws(Failure) -> [GoldArticle] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
      throw Failure(description: "cannot read gold folder '\(folder)'")
    }
    var articles: [GoldArticle] = []
    while let name = enumerator.nextObject() as? String {
      guard name.hasSuffix(".gold.json") else { continue }
      let path = (folder as NSString).appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: path) else {
        throw Failure(description: "\(path): cannot read")
      }
      articles.append(try parse([UInt8](data), source: path))
    }
    if articles.isEmpty { throw Failure(description: "no *.gold.json files under '\(folder)'") }
    return articles.sorted { PathOrder.precedes($0.file, $1.file) }
  }

  /// Parses one gold file's bytes; `source` names it in errors.
  public static func parse(_ bytes: [UInt8], source: String) throws(Failure) -> GoldArticle {
    let value: JSONValue
    do {
      value = try JSONParser.parse(bytes)
    } catch {
      throw Failure(description: "\(source): \(error.description)")
    }
    func strings(_ item: JSONValue, _ key: String) -> [String] { item[key]?.arrayValue?.compactMap(\.stringValue) ?? [] }
    func items(_ key: String) -> [JSONValue] { value[key]?.arrayValue ?? [] }
    guard let file = value["file"]?.stringValue else { throw Failure(description: "\(source): missing \"file\"") }
    guard let code = value["language"]?.stringValue, let language = Language(rawValue: code) else {
      throw Failure(description: "\(source): \"language\" must be \"id\" or \"en\"")
    }
    return GoldArticle(
      source: source, file: file, language: language, story: value["story"]?.stringValue,
      published: value["published"]?.stringValue,
      dates: items("dates").map { Date(text: $0["text"]?.stringValue ?? "", value: $0["value"]?.stringValue) },
      legal: items("legal").compactMap { item in
        item["id"]?.stringValue.map { Legal(text: item["text"]?.stringValue ?? "", id: $0, articles: strings(item, "articles")) }
      },
      quotes: items("quotes").compactMap { item in
        item["begins"]?.stringValue.map {
          Quote(
            speaker: item["speaker"]?.stringValue, aliases: strings(item, "aliases"), begins: $0,
            kind: item["kind"]?.stringValue ?? "direct")
        }
      },
      actors: items("actors").compactMap { item in
        item["name"]?.stringValue.map { Actor(name: $0, aliases: strings(item, "aliases"), type: item["type"]?.stringValue ?? "other") }
      },
      events: items("events").map { item in
        Event(date: item["date"]?.stringValue, actors: strings(item, "actors"), what: item["what"]?.stringValue ?? "")
      })
  }
}
