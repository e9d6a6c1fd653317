// The finished result of a run: what the exporters render.
import LinimasaCore
import LinimasaText

/// Cleaning counts as reported per document.
public struct CleaningCounts: Sendable, Equatable {
  public var paragraphsIn = 0
  public var paragraphsKept = 0
  public var duplicatesRemoved = 0
  public var boilerplateRemoved = 0
  /// Title, byline, timestamp and caption lines (read as metadata, not article text).
  public var metadataLines = 0
}

/// What the timeline keeps of one document once its text stages are done.
public struct DocumentRecord: Sendable, Equatable {
  /// Stable id derived from the relative path (see `DocumentIDs`).
  public var id: String
  public let path: String
  public let format: InputFormat
  public let language: Language
  public let metadata: DocumentMetadata
  public let cleaning: CleaningCounts
  public let sentenceCount: Int
  public let warnings: [String]

  public init(analysis: DocumentAnalysis) {
    id = analysis.article.path
    path = analysis.article.path
    format = analysis.article.format
    language = analysis.language
    metadata = analysis.metadata
    var counts = CleaningCounts()
    counts.paragraphsIn = analysis.cleaning.paragraphs.count
    counts.paragraphsKept = analysis.cleaning.keptCount
    counts.duplicatesRemoved = analysis.cleaning.duplicateCount
    counts.boilerplateRemoved = analysis.cleaning.boilerplateCount
    counts.metadataLines = counts.paragraphsIn - counts.paragraphsKept - counts.duplicatesRemoved - counts.boilerplateRemoved
    cleaning = counts
    sentenceCount = analysis.segmentation.sentences.count
    warnings = analysis.warnings
  }
}

/// The timeline of a run: documents in path order and every input that was skipped.
public struct Timeline: Sendable {
  public var documents: [DocumentRecord]
  public var skipped: [SkippedInput]
  /// How many inputs (files, and records of dumps) were seen.
  public var inputsSeen: Int { documents.count + skipped.count }

  public init(documents: [DocumentRecord], skipped: [SkippedInput]) {
    self.documents = documents.sorted { PathOrder.precedes($0.path, $1.path) }
    self.skipped = skipped.sorted()
    DocumentIDs.assign(&self.documents)
  }
}

/// Document ids: the relative path without its extension, with characters other than
/// letters, digits, "/", "-", "_" and "." replaced by "-" and a JSONL record's line as
/// "-N"; when two paths would share an id, both keep their extension.
public enum DocumentIDs {
  static func assign(_ documents: inout [DocumentRecord]) {
    let short = documents.map { id(for: $0.path, keepExtension: false) }
    var counts: [String: Int] = [:]
    for id in short { counts[id, default: 0] += 1 }
    for index in documents.indices {
      documents[index].id = counts[short[index]] == 1 ? short[index] : id(for: documents[index].path, keepExtension: true)
    }
  }

  public static func id(for path: String, keepExtension: Bool) -> String {
    var base = path
    var record = ""
    if let hash = base.lastIndex(of: "#") {
      record = "-" + base[base.index(after: hash)...]
      base = String(base[..<hash])
    }
    if !keepExtension, let dot = base.lastIndex(of: "."), let slash = base.lastIndex(of: "/") ?? Optional(base.startIndex),
      dot > slash, dot != base.startIndex
    {
      base = String(base[..<dot])
    }
    let cleaned = String(base.unicodeScalars.map { scalar -> Character in
      let allowed = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        || "/-_.".unicodeScalars.contains(scalar)
      return allowed ? Character(scalar) : "-"
    })
    return cleaned + record
  }
}
