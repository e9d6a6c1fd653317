// One line of a partial: a mapped input with what made it.
import Foundation
import LinimasaCore
import LinimasaTimeline

/// A problem with partials: a line that cannot be read, partials that disagree, or made
/// by another producer; the description names the file and line.
public struct PartialError: Error, CustomStringConvertible, Sendable {
  public let description: String

  public init(_ description: String) { self.description = description }
}

/// One JSON Lines record of a partial (docs/partials.md): an input's path, the file it
/// came from with its SHA-256, the producer, and either the document (its record without
/// an id) or the reason it was skipped. Self-contained: a partial's lines can be split,
/// shuffled and joined.
struct PartialRecord: Codable {
  let path: String
  let file: String?
  let sha256: String?
  let producer: Producer
  let document: DocumentRecord?
  let skipped: SkipReason?

  init(_ input: MappedInput, producer: Producer) {
    path = input.path
    file = input.file
    sha256 = input.sha256
    self.producer = producer
    switch input.outcome {
    case .document(let record):
      document = record
      skipped = nil
    case .skipped(let reason):
      document = nil
      skipped = reason
    }
  }

  /// The mapped input, when the record holds exactly one of a document and a skip, and
  /// the document is the input's.
  var input: MappedInput? {
    switch (document, skipped) {
    case (let document?, nil) where document.path == path:
      return MappedInput(path: path, file: file, sha256: sha256, document: document)
    case (nil, let reason?):
      return MappedInput(path: path, file: file, sha256: sha256, skipped: reason)
    default:
      return nil
    }
  }
}

/// Writes and reads partial lines. One codec per thread.
public struct PartialCodec {
  private let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()
  private let decoder = JSONDecoder()

  public init() {}

  /// The input's line, newline included.
  public func line(_ input: MappedInput, producer: Producer) throws(PartialError) -> [UInt8] {
    do {
      var bytes = [UInt8](try encoder.encode(PartialRecord(input, producer: producer)))
      bytes.append(0x0A)
      return bytes
    } catch {
      throw PartialError("cannot write the partial of '\(input.path)': \(error)")
    }
  }

  /// The input and producer of one line; `origin` ("file:line") names it in errors.
  public func read(_ line: some DataProtocol, origin: String) throws(PartialError) -> (
    input: MappedInput, producer: Producer
  ) {
    let record: PartialRecord
    do {
      record = try decoder.decode(PartialRecord.self, from: Data(line))
    } catch let error as DecodingError {
      throw PartialError("\(origin): not a partial record: \(Self.explain(error))")
    } catch {
      throw PartialError("\(origin): not a partial record: \(error)")
    }
    guard let input = record.input else {
      throw PartialError("\(origin): a partial record holds exactly one of \"document\" (of its path) and \"skipped\"")
    }
    return (input, record.producer)
  }

  /// A decoding error as a short phrase with the JSON path where it happened.
  private static func explain(_ error: DecodingError) -> String {
    func at(_ context: DecodingError.Context) -> String {
      let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
      return (path.isEmpty ? "" : "at \(path): ") + context.debugDescription
    }
    switch error {
    case .keyNotFound(let key, let context): return at(context) + " (missing \"\(key.stringValue)\")"
    case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
      return at(context)
    @unknown default: return "\(error)"
    }
  }
}
