// Mapped inputs folded, in path order, into a timeline: the merge half of every run.
import LinimasaCore
import LinimasaTimeline

/// Folds mapped inputs into a timeline. Inputs come in path order (`extract` adds each
/// file's as the files before it finish; `merge` sorts the partials' union first), so the
/// timeline depends on the inputs alone, never on how they were split or scheduled. An
/// input byte-identical to one folded before (the same SHA-256, and the same record of a
/// dump) is not a document of its own: the timeline records it as a copy of that one.
public struct TimelineFold {
  /// The documents' ids, fixed by every file of the run.
  public let ids: DocumentIDs
  private var builder: TimelineBuilder
  private var skipped: [SkippedInput] = []
  private var copies: [DocumentCopy] = []
  /// The document id of each input folded, by its digest (and record of a dump).
  private var documentsByContent: [String: String] = [:]

  /// A fold of the inputs from `files` (every file of the run, documents or not), with
  /// the lexicons' statutes, entities and event types; `keepsDetails` as in `RunOptions`.
  public init(files: some Sequence<String>, lexicons: Lexicons, keepsDetails: Bool) {
    ids = DocumentIDs(files: files)
    builder = TimelineBuilder(lexicons: lexicons, keepsDetails: keepsDetails)
  }

  /// Adds inputs next in path order; their documents must have their ids
  /// (`MappedInput.identify(by:)` with `ids`).
  public mutating func add(_ inputs: [MappedInput]) {
    for input in inputs {
      switch input.outcome {
      case .document(let record):
        if let digest = input.sha256 {
          let content = digest + (input.path.lastIndex(of: "#").map { String(input.path[$0...]) } ?? "")
          if let kept = documentsByContent[content] {
            copies.append(DocumentCopy(path: input.path, document: kept))
            continue
          }
          documentsByContent[content] = record.id
        }
        builder.add(record)
      case .skipped(let reason): skipped.append(SkippedInput(path: input.path, reason: reason))
      }
    }
  }

  /// The timeline of the inputs added.
  public func timeline() -> Timeline {
    builder.timeline(skipped: skipped, copies: copies)
  }
}
