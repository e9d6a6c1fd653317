// The JSON contract written as documents finish: their parts rendered on the workers and
// spilled, the rest written from the timeline at the end.
import Foundation
import LinimasaCore
import LinimasaExtract
import LinimasaTimeline

/// Writes the contract's JSON (docs/timeline-json.md) without holding it in memory.
///
/// As a run's `DocumentObserver`, it renders each document's parts that only the JSON shows
/// (the document object, its claims, entity mentions and legal citations) on the worker that made
/// the document, and keeps them in a `FragmentSpill`; the pipeline can then drop them from
/// the timeline (`RunOptions.keepsDetails`). `write` puts the document together in the
/// contract's order, streaming it out in pieces. The bytes equal `JSONWriter.pretty` of the
/// whole tree.
public final class TimelineJSONWriter: DocumentObserver, @unchecked Sendable {
  /// A rendered document object, and where in it the values known only at the end go: the
  /// `copyOf` value (written as `null`) and the `sharedParagraphs` value (written as `0`);
  /// and the document's claim objects, with where each speaker's id is in them (a timeline
  /// may know the speaker by another id: `Timeline.renamedEntities`), read back from the
  /// text when written.
  private struct DocumentPiece {
    let piece: FragmentSpill.Piece
    let copyOfAt: Int
    let sharedAt: Int
    let claims: FragmentSpill.Piece
    let speakers: [Int32]
  }

  /// A document's mentions of one entity, or citations of one instrument; `rank` orders
  /// the lists of one document (by first mention or citation).
  private struct ListPiece {
    let document: Int32
    let rank: Int32
    let piece: FragmentSpill.Piece
  }

  /// How deep the items of the top-level arrays (documents, claims) and of the entities'
  /// and instruments' lists sit.
  private static let topItemDepth = 2
  private static let listItemDepth = 4

  private let spill: FragmentSpill
  private let lock = NSLock()
  /// Observed documents, by the order they were observed in, and their numbers by path.
  private var documents: [DocumentPiece] = []
  private var numbers: [String: Int] = [:]
  private var mentions: [String: [ListPiece]] = [:]
  private var citations: [String: [ListPiece]] = [:]

  /// About how many bytes of the events' text are spilled at a time.
  private let eventPieceSize: Int

  /// A writer spilling to an unlinked file in `folder`, or to memory when `folder` is nil.
  public convenience init(spillFolder folder: String?) throws(FragmentSpillError) {
    try self.init(spillFolder: folder, eventPieceSize: 1 << 20)
  }

  init(spillFolder folder: String?, eventPieceSize: Int) throws(FragmentSpillError) {
    spill = try folder.map { folder throws(FragmentSpillError) in try FragmentSpill(folder: folder) } ?? FragmentSpill()
    self.eventPieceSize = eventPieceSize
  }

  /// Renders and spills the record's document object, mentions and citations. A record
  /// without details is left out (`write` then reports it).
  public func observe(_ record: DocumentRecord) {
    guard let details = record.details else { return }
    var text: [UInt8] = []
    let (copyOfAt, sharedAt) = Self.appendDocument(record, details: details, to: &text)
    let documentEnd = text.count
    let claimStarts = Self.appendItems(
      details.claims.indices.map { EntityJSON.claim(details.claims[$0], id: record.claimID($0), document: record.id) },
      depth: Self.topItemDepth, to: &text)
    let claimsEnd = text.count
    let speakers = Self.speakers(details.claims, startingAt: claimStarts, in: text, from: documentEnd)
    let mentionRanges = Self.appendLists(Self.mentionObjects(record, details: details), to: &text)
    let citationRanges = Self.appendLists(Self.citationObjects(record, details: details), to: &text)
    let whole = spill.append(text)
    func piece(_ range: Range<Int>) -> FragmentSpill.Piece {
      FragmentSpill.Piece(offset: whole.offset + range.lowerBound, length: range.count)
    }
    lock.lock()
    defer { lock.unlock() }
    let number = documents.count
    documents.append(
      DocumentPiece(
        piece: piece(0..<documentEnd), copyOfAt: copyOfAt, sharedAt: sharedAt, claims: piece(documentEnd..<claimsEnd),
        speakers: speakers))
    numbers[record.path] = number
    for (rank, (entity, range)) in mentionRanges.enumerated() {
      mentions[entity, default: []].append(ListPiece(document: Int32(number), rank: Int32(rank), piece: piece(range)))
    }
    for (rank, (instrument, range)) in citationRanges.enumerated() {
      citations[instrument, default: []].append(
        ListPiece(document: Int32(number), rank: Int32(rank), piece: piece(range)))
    }
  }

  /// Writes the whole JSON document for `timeline`, whose documents must all have been
  /// observed, handing the text to `output` in pieces.
  /// With `threads` above 1, the events are rendered on another thread while the
  /// documents' parts are copied out.
  public func write(_ timeline: Timeline, threads: Int = 1, to output: @escaping ([UInt8]) throws -> Void) throws {
    lock.lock()
    defer { lock.unlock() }
    // Where each observed document is in the timeline (-1: not there, a byte-identical copy).
    var positions = [Int](repeating: -1, count: documents.count)
    for (position, document) in timeline.documents.enumerated() {
      guard let number = numbers[document.path] else {
        throw FragmentSpillError(description: "internal error: document '\(document.path)' was not rendered")
      }
      positions[number] = position
    }
    let events = RenderedEvents(pieceSize: eventPieceSize)
    let rendering = DispatchGroup()
    if threads > 1 {
      DispatchQueue.global().async(group: rendering) { [spill] in
        events.render(timeline.events, depth: Self.topItemDepth, into: spill)
      }
    } else {
      events.render(timeline.events, depth: Self.topItemDepth, into: spill)
    }
    var stream = PrettyJSONStream(flush: output)
    try stream.beginObject()
    try writeHeader(timeline, to: &stream)
    try stream.key("documents")
    try stream.beginArray()
    for document in timeline.documents {
      guard let number = numbers[document.path] else { continue }
      try stream.raw(try documentText(documents[number], copyOf: document.copyOf, shared: document.sharedParagraphs))
    }
    try stream.end()
    // A renamed entity's mentions are those of the entity it became.
    var entityMentions = mentions
    for (id, renamed) in timeline.renamedEntities.sorted(by: { $0.key < $1.key }) {
      entityMentions[renamed, default: []] += entityMentions.removeValue(forKey: id) ?? []
    }
    try writeObjects(
      "entities", timeline.entities.map { ($0.id, EntityJSON.members($0)) }, listKey: "mentions", lists: entityMentions,
      positions: positions, to: &stream)
    try writeObjects(
      "legalReferences", timeline.legalReferences.map { ($0.id, LegalJSON.members($0)) }, listKey: "citations",
      lists: citations, positions: positions, to: &stream)
    try stream.key("claims")
    try stream.beginArray()
    for document in timeline.documents {
      guard let number = numbers[document.path], documents[number].claims.length > 0 else { continue }
      let claims = documents[number]
      let text = try spill.read(claims.claims)
      let renamed = claims.speakers.compactMap { at -> (at: Int, length: Int, with: [UInt8])? in
        guard let (id, length) = Self.string(in: text, at: Int(at)), let new = timeline.renamedEntities[id] else {
          return nil
        }
        return (Int(at), length, Self.stringJSON(new))
      }
      try stream.raw(Self.splice(text, renamed))
    }
    try stream.end()
    try stream.key("events")
    try stream.beginArray()
    rendering.wait()
    for (index, piece) in events.pieces.enumerated() {
      let text = try spill.read(piece)
      if index == 0 { try stream.raw(text) } else { try stream.continueRaw(text) }
    }
    try stream.end()
    try stream.key("skipped")
    try stream.beginArray()
    for skipped in timeline.skipped { try stream.value(RunAccount.skipped(skipped)) }
    try stream.end()
    try stream.key("copies")
    try stream.beginArray()
    for copy in timeline.copies { try stream.value(RunAccount.copy(copy)) }
    try stream.end()
    try stream.end()
    try stream.finish()
  }

  private func writeHeader(_ timeline: Timeline, to stream: inout PrettyJSONStream) throws {
    try stream.member("schemaVersion", .string(LinimasaVersion.schema))
    try stream.member(
      "generator",
      .object([
        JSONMember("name", .string(LinimasaVersion.name)), JSONMember("version", .string(LinimasaVersion.current)),
      ]))
    try stream.member("summary", RunAccount.summary(timeline))
  }

  /// The array `key` of objects whose last member, `listKey`, lists what each document
  /// says of them (`lists`, by object id).
  private func writeObjects(
    _ key: String, _ objects: [(id: String, members: [JSONMember])], listKey: String, lists: [String: [ListPiece]],
    positions: [Int], to stream: inout PrettyJSONStream
  ) throws {
    try stream.key(key)
    try stream.beginArray()
    for object in objects {
      try stream.beginObject()
      for member in object.members { try stream.member(member.key, member.value) }
      try stream.key(listKey)
      try writeList(lists[object.id] ?? [], positions: positions, to: &stream)
      try stream.end()
    }
    try stream.end()
  }

  /// An array of pieces in document order.
  private func writeList(_ pieces: [ListPiece], positions: [Int], to stream: inout PrettyJSONStream) throws {
    try stream.beginArray()
    for listPiece in pieces.filter({ positions[Int($0.document)] >= 0 }).sorted(by: {
      (positions[Int($0.document)], $0.rank) < (positions[Int($1.document)], $1.rank)
    }) {
      try stream.raw(try spill.read(listPiece.piece))
    }
    try stream.end()
  }

  /// The document object with its `copyOf` and `sharedParagraphs` values.
  private func documentText(_ document: DocumentPiece, copyOf: String?, shared: Int) throws -> [UInt8] {
    let text = try spill.read(document.piece)
    guard copyOf != nil || shared != 0 else { return text }
    var copyOfValue: [UInt8] = []
    JSONWriter.pretty(.optional(copyOf), indent: 0, into: &copyOfValue)
    // In place of the `null` and the `0` the piece was rendered with.
    return Self.splice(
      text,
      [
        (document.copyOfAt, "null".utf8.count, copyOfValue),
        (document.sharedAt, "0".utf8.count, Array(String(shared).utf8)),
      ])
  }

  /// `text` with each replacement's `length` bytes at `at` (in order, not overlapping)
  /// replaced `with` its text.
  private static func splice(_ text: [UInt8], _ replacements: [(at: Int, length: Int, with: [UInt8])]) -> [UInt8] {
    guard !replacements.isEmpty else { return text }
    var result: [UInt8] = []
    result.reserveCapacity(text.count + 64)
    var done = 0
    for replacement in replacements {
      result += text[done..<replacement.at]
      result += replacement.with
      done = replacement.at + replacement.length
    }
    return result + text[done...]
  }

  /// The JSON string whose opening quote is at `at` in `text`, and its length there.
  private static func string(in text: [UInt8], at: Int) -> (String, Int)? {
    var end = at + 1
    while end < text.count && text[end] != UInt8(ascii: "\"") { end += text[end] == UInt8(ascii: "\\") ? 2 : 1 }
    guard end < text.count, case .string(let value)? = try? JSONParser.parse(Array(text[at...end])) else { return nil }
    return (value, end + 1 - at)
  }

  /// A string as its JSON value.
  private static func stringJSON(_ string: String) -> [UInt8] {
    var text: [UInt8] = []
    JSONWriter.appendQuoted(string, into: &text)
    return text
  }

  /// Where, after `offset` in `text`, each claim's speaker id is (claims rendered from
  /// `starts` on), for the claims with a speaker.
  private static func speakers(_ claims: [Claim], startingAt starts: [Int], in text: [UInt8], from offset: Int)
    -> [Int32]
  {
    let key = Array(#""speaker": "#.utf8)
    return zip(claims, starts).compactMap { claim, start in
      guard claim.speaker != nil else { return nil }
      // The claim object's first "speaker" key is its member: a string value holds its
      // quotes escaped.
      var at = start
      while at + key.count <= text.count, !text[at..<(at + key.count)].elementsEqual(key) { at += 1 }
      return Int32(at + key.count - offset)
    }
  }

  /// Renders the document object at its depth; where the `copyOf` and `sharedParagraphs`
  /// values start.
  private static func appendDocument(
    _ record: DocumentRecord, details: DocumentDetails, to text: inout [UInt8]
  ) -> (copyOfAt: Int, sharedAt: Int) {
    var rendered: [UInt8] = []
    var stream = PrettyJSONStream(depth: topItemDepth, chunkSize: .max) { rendered += $0 }
    var copyOfAt = 0
    var sharedAt = 0
    // The stream's `flush` is never called before `finish`: the chunk size is unbounded.
    try? stream.beginObject()
    for member in DocumentJSON.members(record, details: details) {
      try? stream.key(member.key)
      if member.key == "copyOf" { copyOfAt = stream.pendingCount }
      if member.key == "sharedParagraphs" { sharedAt = stream.pendingCount }
      try? stream.value(member.key == "copyOf" ? .null : member.key == "sharedParagraphs" ? .int(0) : member.value)
    }
    try? stream.end()
    try? stream.finish()
    let base = text.count
    text += rendered
    return (base + copyOfAt, base + sharedAt)
  }

  /// Items rendered as an array's items `depth` levels deep are, joined as they are;
  /// where each item starts.
  @discardableResult
  private static func appendItems(_ objects: [JSONValue], depth: Int, to text: inout [UInt8]) -> [Int] {
    objects.enumerated().map { index, object in
      if index > 0 {
        JSONWriter.append(",\n", to: &text)
        JSONWriter.appendIndent(depth, into: &text)
      }
      let start = text.count
      JSONWriter.pretty(object, indent: depth, into: &text)
      return start
    }
  }

  /// Appends each group's objects as list items; where each group's text is, by its key.
  private static func appendLists(_ groups: [(String, [JSONValue])], to text: inout [UInt8]) -> [(
    key: String, range: Range<Int>
  )] {
    groups.map { key, objects in
      let start = text.count
      appendItems(objects, depth: listItemDepth, to: &text)
      return (key, start..<text.count)
    }
  }

  /// The record's mention objects grouped by entity, entities in order of first mention.
  private static func mentionObjects(_ record: DocumentRecord, details: DocumentDetails) -> [(String, [JSONValue])] {
    grouped(details.mentions) { mention, text in
      (
        mention.entity,
        .object([
          JSONMember("document", .string(record.id)), JSONMember("text", .string(text)),
          JSONMember("span", .span(mention.span)),
        ])
      )
    }
  }

  /// The record's citation objects grouped by instrument, in order of first citation.
  private static func citationObjects(_ record: DocumentRecord, details: DocumentDetails) -> [(String, [JSONValue])] {
    grouped(Array(zip(record.legalCitations, details.citationTexts))) { citation, text in
      (
        citation.id,
        .object([
          JSONMember("document", .string(record.id)),
          JSONMember("articles", .array(citation.articles.map(JSONValue.string))),
          JSONMember("clauses", .array(citation.clauses.map(JSONValue.string))),
          JSONMember("text", .string(text)),
          JSONMember("span", .span(citation.span)),
        ])
      )
    }
  }

  /// The objects `keyed` makes of `items`, grouped by key in order of first appearance.
  private static func grouped<Item>(_ items: [Item], _ keyed: (Item) -> (String, JSONValue)) -> [(String, [JSONValue])]
  {
    var groups: [(String, [JSONValue])] = []
    var index: [String: Int] = [:]
    for item in items {
      let (key, object) = keyed(item)
      if let at = index[key] {
        groups[at].1.append(object)
      } else {
        index[key] = groups.count
        groups.append((key, [object]))
      }
    }
    return groups
  }
}

/// The events' JSON, rendered as the events array's items and spilled in pieces of about
/// `pieceSize` bytes (so it never sits in memory whole, not even one event's), by one
/// thread while another writes.
private final class RenderedEvents: @unchecked Sendable {
  private let pieceSize: Int
  /// The items' text, in order: the first piece starts with the first item, each other
  /// piece continues the one before. Complete once `render` returns; read only after that.
  private(set) var pieces: [FragmentSpill.Piece] = []

  init(pieceSize: Int) {
    self.pieceSize = pieceSize
  }

  func render(_ events: TimelineEvents, depth: Int, into spill: FragmentSpill) {
    var text: [UInt8] = []
    for (index, event) in events.enumerated() {
      if index > 0 {
        JSONWriter.append(",\n", to: &text)
        JSONWriter.appendIndent(depth, into: &text)
      }
      // Appending to memory does not fail.
      var stream = PrettyJSONStream(depth: depth, chunkSize: min(pieceSize, 1 << 16)) { rendered in
        text += rendered
        if text.count >= self.pieceSize {
          self.pieces.append(spill.append(text))
          text = []
        }
      }
      try? EventJSON.write(event, to: &stream)
      try? stream.finish()
    }
    if !text.isEmpty { pieces.append(spill.append(text)) }
  }
}
