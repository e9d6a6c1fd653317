// Where a partial's lines are read again, one at a time, when the union is folded.
import Foundation

/// Partial lines read again by position: the union keeps only each input's header and
/// where its line is, and reads the line when the fold reaches it, so a merge holds one
/// document at a time, not every partial.
public protocol PartialLines: AnyObject {
  /// The name errors give ("part-1.jsonl", "<stdin>", a store's file).
  var name: String { get }
  /// The line at `position`, `length` bytes long, as it was indexed.
  func line(at position: Int64, length: Int) throws(PartialError) -> Data
}

/// A partial file, read through once to index its lines, then line by line.
final class PartialFile: PartialLines {
  let name: String
  private let handle: FileHandle
  /// How many bytes are read at a time while the lines are indexed.
  private let pieceSize: Int

  init(path: String, pieceSize: Int = 1 << 22) throws(PartialError) {
    name = path
    self.pieceSize = pieceSize
    do {
      handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
    } catch {
      throw PartialError("cannot read partial '\(path)': \(error.localizedDescription)")
    }
  }

  deinit { try? handle.close() }

  /// Hands each non-blank line to `body` with its position and 1-based number, reading
  /// the file a piece at a time.
  func forEachLine(_ body: (Data, Int64, Int) throws(PartialError) -> Void) throws(PartialError) {
    var carried = Data()
    var carriedStart: Int64 = 0
    var number = 0
    var offset: Int64 = 0
    while true {
      let piece: Data
      do {
        piece = try handle.read(upToCount: pieceSize) ?? Data()
      } catch {
        throw PartialError("cannot read partial '\(name)': \(error.localizedDescription)")
      }
      if piece.isEmpty { break }
      var lineStart = piece.startIndex
      while let newline = piece[lineStart...].firstIndex(of: 0x0A) {
        number += 1
        if carried.isEmpty {
          try Self.hand(piece[lineStart..<newline], at: offset + Int64(lineStart - piece.startIndex), number, to: body)
        } else {
          carried.append(piece[lineStart..<newline])
          try Self.hand(carried, at: carriedStart, number, to: body)
          carried = Data()
        }
        lineStart = piece.index(after: newline)
      }
      if lineStart < piece.endIndex {
        if carried.isEmpty { carriedStart = offset + Int64(lineStart - piece.startIndex) }
        carried.append(piece[lineStart...])
      }
      offset += Int64(piece.count)
    }
    if !carried.isEmpty { try Self.hand(carried, at: carriedStart, number + 1, to: body) }
  }

  private static func hand(
    _ line: Data, at position: Int64, _ number: Int, to body: (Data, Int64, Int) throws(PartialError) -> Void
  ) throws(PartialError) {
    guard !isBlank(line) else { return }
    try body(line, position, number)
  }

  func line(at position: Int64, length: Int) throws(PartialError) -> Data {
    do {
      try handle.seek(toOffset: UInt64(position))
      let line = try handle.read(upToCount: length) ?? Data()
      guard line.count == length else { throw PartialError("'\(name)' is shorter than when it was read") }
      return line
    } catch let error as PartialError {
      throw error
    } catch {
      throw PartialError("cannot read partial '\(name)' again: \(error.localizedDescription)")
    }
  }
}

/// A partial held in memory (standard input, or bytes a caller has).
final class PartialBytes: PartialLines {
  let name: String
  private let data: Data

  init(_ data: Data, name: String) {
    self.data = data
    self.name = name
  }

  /// Hands each non-blank line to `body` with its position and 1-based number.
  func forEachLine(_ body: (Data, Int64, Int) throws(PartialError) -> Void) throws(PartialError) {
    var number = 0
    var lineStart = data.startIndex
    while lineStart < data.endIndex {
      let end = data[lineStart...].firstIndex(of: 0x0A) ?? data.endIndex
      number += 1
      let line = data[lineStart..<end]
      if !isBlank(line) {
        try body(line, Int64(lineStart - data.startIndex), number)
      }
      lineStart = end == data.endIndex ? end : data.index(after: end)
    }
  }

  func line(at position: Int64, length: Int) throws(PartialError) -> Data {
    let start = data.startIndex + Int(position)
    return data[start..<start + length]
  }
}

/// Whether a partial's line holds nothing but spaces, tabs and a carriage return: it is
/// passed over.
private func isBlank(_ line: Data) -> Bool {
  !line.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }
}
