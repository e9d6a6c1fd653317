// The union of partials, as `linimasa merge` reads them.
import Foundation
import LinimasaCore
import LinimasaTimeline

/// The union of partials: each input once (the same input twice, with the same digest, is
/// kept once), every line made by one producer. Sorted by path, its inputs fold into the
/// timeline a run over the same inputs gives, whatever the partials' split and order.
public struct PartialSet {
  /// The producer of every line, once one was added.
  public private(set) var producer: Producer?
  private var producerOrigin = ""
  /// Each input, by path, with where it was read ("file:line").
  private var held: [String: (input: MappedInput, origin: String)] = [:]

  public init() {}

  /// How many inputs the set holds.
  public var count: Int { held.count }

  /// The inputs in path order.
  public var inputs: [MappedInput] {
    held.values.map(\.input).sorted { PathOrder.precedes($0.path, $1.path) }
  }

  /// Adds every line of the partial at `path` ("-": standard input); blank lines are passed over.
  public mutating func add(partialAt path: String, codec: PartialCodec) throws(PartialError) {
    let name = path == "-" ? "<stdin>" : path
    let data: Data
    do {
      // Read through a handle: a pipe ("<(linimasa map ...)") has no size to read up to.
      let handle = path == "-" ? FileHandle.standardInput : try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
      data = try handle.readToEnd() ?? Data()
    } catch {
      throw PartialError("cannot read partial '\(name)': \(error.localizedDescription)")
    }
    try add(partial: data, named: name, codec: codec)
  }

  /// Adds every line of a partial's bytes; `name` names it in errors.
  public mutating func add(partial data: Data, named name: String, codec: PartialCodec) throws(PartialError) {
    var lineNumber = 0
    for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
      lineNumber += 1
      guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
      let (input, producer) = try codec.read(line, origin: "\(name):\(lineNumber)")
      try add(input, producer: producer, origin: "\(name):\(lineNumber)")
    }
  }

  /// Adds one input made by `producer`; `origin` names it in errors.
  public mutating func add(_ input: MappedInput, producer: Producer, origin: String) throws(PartialError) {
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
    if let (kept, keptOrigin) = held[input.path] {
      guard kept.sha256 == input.sha256 else {
        throw PartialError(
          "\(origin): '\(input.path)' has SHA-256 \(input.sha256 ?? "none") here but \(kept.sha256 ?? "none") in "
            + "\(keptOrigin): the input changed between the two maps; map it again")
      }
      return
    }
    held[input.path] = (input, origin)
  }

  /// The timeline of the union: its inputs folded in path order, each document shown to
  /// `observer` once it has its id; `keepsDetails` as in `RunOptions`.
  public func timeline(lexicons: Lexicons, keepsDetails: Bool, observer: (any DocumentObserver)?) -> Timeline {
    let inputs = self.inputs
    var fold = TimelineFold(files: inputs.compactMap(\.file), lexicons: lexicons, keepsDetails: keepsDetails)
    for var input in inputs {
      input.identify(by: fold.ids)
      if let observer, case .document(let record) = input.outcome { observer.observe(record) }
      fold.add([input])
    }
    return fold.timeline()
  }
}
