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

/// One JSON Lines record of a partial (docs/partials.md), as read: an input's path, the
/// file it came from with its SHA-256, the producer, and either the document (its record
/// without an id) or the reason it was skipped. Self-contained: a partial's lines can be
/// split, shuffled and joined.
struct PartialRecord: Decodable {
  let path: String
  let file: String?
  let sha256: String?
  let producer: Producer
  let document: DocumentRecord?
  let skipped: SkipReason?

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

/// What a line says of its input before its document: enough to index, check and order it.
struct PartialHeader: Codable {
  let file: String?
  let path: String
  let producer: Producer
  let sha256: String?
}

/// Writes and reads partial lines: the header's keys first (sorted), then `document` or
/// `skipped`, so the header can be read without the document. One codec per thread.
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
      let header = PartialHeader(file: input.file, path: input.path, producer: producer, sha256: input.sha256)
      var bytes = [UInt8](try encoder.encode(header))
      bytes.removeLast()
      switch input.outcome {
      case .document(let record):
        bytes += Array(",\"document\":".utf8)
        bytes += try encoder.encode(record)
      case .skipped(let reason):
        bytes += Array(",\"skipped\":".utf8)
        bytes += try encoder.encode(reason)
      }
      bytes += [0x7D, 0x0A]
      return bytes
    } catch {
      throw PartialError("cannot write the partial of '\(input.path)': \(error)")
    }
  }

  /// The header of one line; `origin` ("file:line") names it in errors.
  func header(_ line: Data, origin: String) throws(PartialError) -> PartialHeader {
    // The header's keys come first: read them alone when the body's key is found after them.
    var bytes = line
    if let body = Self.bodyKey(in: line) {
      bytes = line[line.startIndex..<body]
      bytes.append(0x7D)
    }
    do {
      return try decoder.decode(PartialHeader.self, from: bytes)
    } catch let error as DecodingError {
      throw PartialError("\(origin): not a partial record: \(Self.explain(error))")
    } catch {
      throw PartialError("\(origin): not a partial record: \(error)")
    }
  }

  /// Where the comma before the top-level `"document"` or `"skipped"` key is, when other
  /// keys come before it.
  private static func bodyKey(in line: Data) -> Data.Index? {
    var depth = 0
    var inString = false
    var escaped = false
    var index = line.startIndex
    var lastComma: Data.Index?
    while index < line.endIndex {
      let byte = line[index]
      if inString {
        if escaped {
          escaped = false
        } else if byte == 0x5C {
          escaped = true
        } else if byte == 0x22 {
          inString = false
        }
      } else {
        switch byte {
        case 0x22:
          if depth == 1, let comma = lastComma, line[comma..<index].allSatisfy({ $0 == 0x2C || $0 == 0x20 }) {
            for key in [Self.documentKey, Self.skippedKey]
            where line[index...].starts(with: key) {
              return comma
            }
          }
          inString = true
        case 0x7B, 0x5B: depth += 1
        case 0x7D, 0x5D: depth -= 1
        case 0x2C where depth == 1: lastComma = index
        default: break
        }
      }
      index += 1
    }
    return nil
  }

  private static let documentKey = Array("\"document\":".utf8)
  private static let skippedKey = Array("\"skipped\":".utf8)

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
