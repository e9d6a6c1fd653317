// What one input gave, before any other input is known: `linimasa map`'s unit of work.
import LinimasaCore
import LinimasaText
import LinimasaTimeline

/// One input (a file, or one record of a dump) mapped: its document's record, without an
/// id, or why it was skipped; with the file it came from and that file's digest. A run
/// folds mapped inputs in path order into a timeline (`TimelineFold`); `linimasa map`
/// writes them as partials (`PartialRecord`).
public struct MappedInput: Sendable {
  public enum Outcome: Sendable {
    case document(DocumentRecord)
    case skipped(SkipReason)
  }

  /// The input's path ("a.txt", or "dump.jsonl#3" for a dump's record).
  public let path: String
  /// The file the input came from, as the walk found it; nil for what the walk itself
  /// reported (a link loop, something not a file, a path that cannot be read). Document
  /// ids are fixed by these files (`DocumentIDs`).
  public let file: String?
  /// The SHA-256 of the file's bytes (`ContentDigest`), when they were read.
  public let sha256: String?
  public private(set) var outcome: Outcome

  public init(path: String, file: String?, sha256: String?, document: DocumentRecord) {
    self.init(path: path, file: file, sha256: sha256, outcome: .document(document))
  }

  public init(path: String, file: String?, sha256: String?, skipped: SkipReason) {
    self.init(path: path, file: file, sha256: sha256, outcome: .skipped(skipped))
  }

  init(path: String, file: String?, sha256: String?, outcome: Outcome) {
    self.path = path
    self.file = file
    self.sha256 = sha256
    self.outcome = outcome
  }

  /// What the walk reported without a file to read.
  public init(walkSkip skip: SkippedInput) {
    self.init(path: skip.path, file: nil, sha256: nil, outcome: .skipped(skip.reason))
  }

  /// Gives the input's document its id among `ids`.
  public mutating func identify(by ids: DocumentIDs) {
    guard case .document(var record) = outcome else { return }
    record.id = ids.id(for: record.path)
    outcome = .document(record)
  }

  /// The input as the timeline's `skipped` list shows it, when it was skipped.
  public var skip: SkippedInput? {
    guard case .skipped(let reason) = outcome else { return nil }
    return SkippedInput(path: path, reason: reason)
  }
}
