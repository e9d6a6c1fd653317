// The union of partials, as `linimasa merge` reads them.
import Foundation
import LinimasaCore
import LinimasaTimeline

/// The union of partials: each input once (the same input twice, with the same digest, is
/// kept once), every line made by one producer. Sorted by path, its inputs fold into the
/// timeline a run over the same inputs gives, whatever the partials' split and order.
///
/// Reading a partial keeps only each input's header (path, file, digest) and where its
/// line is; lines are read again, one at a time, when the union is folded or listed, so
/// memory grows with the number of inputs, not with their documents.
public struct PartialSet {
  /// The producer of every line, once one was added.
  public private(set) var producer: Producer?
  private var producerOrigin = ""
  /// Where the lines are.
  private var sources: [any PartialLines] = []
  /// Each input, by path.
  private var held: [String: Entry] = [:]

  /// An input held: its file and digest, and where its line is.
  private struct Entry {
    let file: String?
    let sha256: String?
    let source: Int
    let position: Int64
    let length: Int
    /// The line's number in its partial (0: the source has no line numbers).
    let number: Int
  }

  public init() {}

  /// How many inputs the set holds.
  public var count: Int { held.count }

  /// Every file the inputs came from (document ids are fixed by them).
  public var files: Set<String> { Set(held.values.compactMap(\.file)) }

  /// Adds every line of the partial at `path`; blank lines are passed over. Standard input
  /// ("-") and pipes (`<(linimasa map ...)`) cannot be read twice: they are held in memory.
  public mutating func add(partialAt path: String, codec: PartialCodec) throws(PartialError) {
    try add(partialAt: path, codec: codec, pieceSize: 1 << 22)
  }

  /// `add(partialAt:codec:)`, reading the file `pieceSize` bytes at a time.
  mutating func add(partialAt path: String, codec: PartialCodec, pieceSize: Int) throws(PartialError) {
    var info = stat()
    guard path != "-", stat(path, &info) != 0 || (info.st_mode & S_IFMT) == S_IFREG else {
      let name = path == "-" ? "<stdin>" : path
      let data: Data
      do {
        let handle = path == "-" ? FileHandle.standardInput : try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        data = try handle.readToEnd() ?? Data()
      } catch {
        throw PartialError("cannot read partial '\(name)': \(error.localizedDescription)")
      }
      try add(partial: data, named: name, codec: codec)
      return
    }
    let file = try PartialFile(path: path, pieceSize: pieceSize)
    let source = sources.count
    sources.append(file)
    try file.forEachLine { line, position, number throws(PartialError) in
      try add(line, source: source, position: position, number: number, codec: codec)
    }
  }

  /// Adds every line of a partial's bytes; `name` names it in errors.
  public mutating func add(partial data: Data, named name: String, codec: PartialCodec) throws(PartialError) {
    let bytes = PartialBytes(data, name: name)
    let source = sources.count
    sources.append(bytes)
    try bytes.forEachLine { line, position, number throws(PartialError) in
      try add(line, source: source, position: position, number: number, codec: codec)
    }
  }

  /// Adds the inputs a source of partial lines lists, with their headers known (a store
  /// keeps them in columns): `inputs` gives each line's path, file, digest and position.
  public mutating func add(
    _ inputs: [(path: String, file: String?, sha256: String?, position: Int64, length: Int)],
    producer: Producer, from lines: any PartialLines
  ) throws(PartialError) {
    let source = sources.count
    sources.append(lines)
    for input in inputs {
      try hold(
        input.path,
        Entry(
          file: input.file, sha256: input.sha256, source: source, position: input.position, length: input.length,
          number: 0), producer: producer)
    }
  }

  private mutating func add(_ line: Data, source: Int, position: Int64, number: Int, codec: PartialCodec)
    throws(PartialError)
  {
    let header = try codec.header(line, origin: "\(sources[source].name):\(number)")
    try hold(
      header.path,
      Entry(
        file: header.file, sha256: header.sha256, source: source, position: position, length: line.count,
        number: number), producer: header.producer)
  }

  private mutating func hold(_ path: String, _ entry: Entry, producer: Producer) throws(PartialError) {
    let origin = self.origin(of: entry, path: path)
    if let held = self.producer {
      guard held == producer else {
        throw PartialError(
          "\(origin): made by \(producer), but \(producerOrigin) by \(held); partials merge only when made by "
            + "the same version, lexicons and options")
      }
    } else {
      self.producer = producer
      producerOrigin = origin
    }
    if let kept = held[path] {
      guard kept.sha256 == entry.sha256 else {
        throw PartialError(
          "\(origin): '\(path)' has SHA-256 \(entry.sha256 ?? "none") here but \(kept.sha256 ?? "none") in "
            + "\(self.origin(of: kept, path: path)): the input changed between the two maps; map it again")
      }
      return
    }
    held[path] = entry
  }

  /// "file:line", or the source and the input's path where lines have no numbers.
  private func origin(of entry: Entry, path: String) -> String {
    let name = sources[entry.source].name
    return entry.number > 0 ? "\(name):\(entry.number)" : "\(name): input '\(path)'"
  }

  /// Hands each input to `body` in path order, reading and checking its line then.
  public func forEachInput(_ body: (MappedInput) throws(PartialError) -> Void) throws(PartialError) {
    let codec = PartialCodec()
    for path in held.keys.sorted(by: PathOrder.precedes) {
      guard let entry = held[path] else { continue }
      let origin = self.origin(of: entry, path: path)
      let line = try sources[entry.source].line(at: entry.position, length: entry.length)
      let (input, _) = try codec.read(line, origin: origin)
      guard input.path == path, input.file == entry.file, input.sha256 == entry.sha256 else {
        throw PartialError("\(origin): the line no longer holds the input '\(path)' it held when it was read")
      }
      try body(input)
    }
  }

  /// The inputs in path order, all read at once.
  public func inputs() throws(PartialError) -> [MappedInput] {
    var inputs: [MappedInput] = []
    try forEachInput { inputs.append($0) }
    return inputs
  }

  /// The timeline of the union: its inputs folded in path order, each document shown to
  /// `observer` once it has its id; `keepsDetails` as in `RunOptions`.
  public func timeline(lexicons: Lexicons, keepsDetails: Bool, observer: (any DocumentObserver)?) throws(PartialError)
    -> Timeline
  {
    var fold = TimelineFold(files: files, lexicons: lexicons, keepsDetails: keepsDetails)
    try forEachInput { input throws(PartialError) in
      var input = input
      input.identify(by: fold.ids)
      if let observer, case .document(let record) = input.outcome { observer.observe(record) }
      fold.add([input])
    }
    return fold.timeline()
  }
}
