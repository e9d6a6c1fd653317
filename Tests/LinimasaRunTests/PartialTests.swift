import Foundation
import LinimasaCore
@testable import LinimasaRun
import LinimasaTestSupport
import LinimasaText
import LinimasaTimeline
import Testing

@testable import LinimasaExport

/// A seeded generator (SplitMix64), so a failing split can be replayed.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Map and merge: partials of any split, merged in any order, give the run's timeline.
@Suite struct PartialTests {
  static let configuration = PipelineTests.configuration
  static let producer = Producer(lexicons: "test-lexicons", maximumArticleBytes: 16 << 20)

  /// The corpus and a folder of bad inputs (skips of every kind): the run's inputs.
  static let inputs: [String] = {
    let folder = (try? Repository.temporaryFolder("partials")) ?? FileManager.default.temporaryDirectory
    let files: [String: [UInt8]] = [
      "good.txt": Array("Jakarta - Berita ini cukup panjang untuk dibaca sebagai prosa.\n".utf8),
      "empty.txt": [],
      "image.png": [0x89, 0x50],
      "dump.jsonl": Array(
        "{\"text\": \"Satu dua tiga empat lima.\"}\nnot json\n{\"text\": \"Enam tujuh delapan sembilan sepuluh.\"}\n"
          .utf8),
    ]
    for (name, bytes) in files { try? Data(bytes).write(to: folder.appendingPathComponent(name)) }
    try? FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("loop").path, withDestinationPath: folder.path)
    return [Repository.corpus.path, folder.path]
  }()

  /// Every input's partial line, in path order, as `linimasa map` writes them.
  static let lines: [[UInt8]] = {
    let walk = InputWalker.walk(inputs)
    let codec = PartialCodec()
    var lines = walk.skipped.compactMap { try? codec.line(MappedInput(walkSkip: $0), producer: producer) }
    try? Pipeline(configuration: configuration).map(walk.files, options: RunOptions(jobs: 2)) { inputs in
      lines += inputs.compactMap { try? codec.line($0, producer: producer) }
    }
    return lines
  }()

  /// The timeline JSON of a run over every input.
  static let extracted: String = {
    let timeline = try? Pipeline(configuration: configuration).run(inputs: inputs, options: RunOptions(jobs: 2))
    return timeline.flatMap { try? TimelineJSON.format($0) } ?? ""
  }()

  /// The union of partials given as line lists, in the order given.
  func union(_ partials: [[[UInt8]]]) throws(PartialError) -> PartialSet {
    var union = PartialSet()
    for (index, lines) in partials.enumerated() {
      try union.add(partial: Data(lines.joined()), named: "part-\(index)", codec: PartialCodec())
    }
    return union
  }

  /// What `merge --partial` writes for the union.
  func mergedPartial(_ partials: [[[UInt8]]]) throws -> [[UInt8]] {
    let codec = PartialCodec()
    return try union(partials).inputs().map { try codec.line($0, producer: Self.producer) }
  }

  func mergedTimeline(_ partials: [[[UInt8]]]) throws -> String {
    let timeline = try union(partials).timeline(
      lexicons: Self.configuration.lexicons, keepsDetails: true, observer: nil)
    return try TimelineJSON.format(timeline)
  }

  @Test func theLinesCoverDocumentsAndEverySkip() throws {
    let union = try union([Self.lines])
    let inputs = try union.inputs()
    let skipped = inputs.compactMap(\.skip).map(\.reason.code)
    #expect(Set(skipped) == ["empty", "malformed-json", "unsupported-type", "symlink-loop"])
    #expect(inputs.filter { $0.skip == nil }.count > 40)
    // What the walk reported has no file; a dump's records share their file's digest.
    #expect(inputs.first { $0.path.hasSuffix("loop") }?.file == nil)
    let dump = inputs.filter { $0.path.contains("/dump.jsonl#") }
    #expect(dump.count == 3 && Set(dump.map(\.sha256)).count == 1 && dump[0].sha256?.count == 64)
  }

  @Test func aLineReadBackIsWrittenTheSame() throws {
    let codec = PartialCodec()
    for (number, line) in Self.lines.enumerated() {
      let (input, producer) = try codec.read(line, origin: "line \(number)")
      #expect(producer == Self.producer)
      #expect(try codec.line(input, producer: producer) == line)
    }
  }

  @Test func theWholeMergedEqualsTheRun() throws {
    #expect(!Self.extracted.isEmpty)
    #expect(try mergedTimeline([Self.lines]) == Self.extracted)
  }

  @Test(arguments: [1, 2, 3, 4, 5, 6])
  func anySplitInAnyOrderMergesToTheRun(seed: UInt64) throws {
    var generator = SeededGenerator(state: seed)
    let count = Int.random(in: 2...5, using: &generator)
    var parts = [[[UInt8]]](repeating: [], count: count)
    for line in Self.lines.shuffled(using: &generator) { parts[Int.random(in: 0..<count, using: &generator)].append(line) }
    // A shard may repeat another's inputs: a retried task.
    parts[0] += parts[count - 1].prefix(3)
    #expect(try mergedTimeline(parts.shuffled(using: &generator)) == Self.extracted, "seed \(seed)")
  }

  @Test func mergingPartialsIsAssociativeCommutativeAndIdempotent() throws {
    var generator = SeededGenerator(state: 42)
    var parts = [[[UInt8]]](repeating: [], count: 3)
    for line in Self.lines { parts[Int.random(in: 0..<3, using: &generator)].append(line) }
    let (a, b, c) = (parts[0], parts[1], parts[2])
    let left = try mergedPartial([try mergedPartial([a, b]), c])
    let right = try mergedPartial([c, try mergedPartial([b, a])])
    #expect(left == right)
    #expect(left == (try mergedPartial([Self.lines])))
    #expect(try mergedPartial([a, a]) == (try mergedPartial([a])))
  }

  @Test func anInputWithAnotherDigestIsAnError() throws {
    let line = try #require(Self.lines.first { String(decoding: $0, as: UTF8.self).contains("\"sha256\":\"") })
    let text = String(decoding: line, as: UTF8.self)
    let digest = try #require(text.range(of: "\"sha256\":\"")).upperBound
    let changed = text.replacingCharacters(in: digest..<text.index(digest, offsetBy: 64), with: String(repeating: "0", count: 64))
    #expect(throws: PartialError.self) { try union([Self.lines, [Array(changed.utf8)]]) }
    do {
      _ = try union([Self.lines, [Array(changed.utf8)]])
    } catch {
      #expect(error.description.contains("part-1:1") && error.description.contains("part-0:"))
      #expect(error.description.contains("map it again"))
    }
  }

  @Test func partialsOfAnotherProducerAreRefused() throws {
    let other = Producer(lexicons: "other-lexicons", maximumArticleBytes: 16 << 20)
    let codec = PartialCodec()
    let (input, _) = try codec.read(Self.lines[0], origin: "test")
    var union = PartialSet()
    try union.add(partial: Data(Self.lines[1]), named: "a.jsonl", codec: codec)
    do {
      try union.add(partial: Data(try codec.line(input, producer: other)), named: "b.jsonl", codec: codec)
      Issue.record("accepted a line of another producer")
    } catch {
      #expect(error.description.hasPrefix("b.jsonl:1: made by") && error.description.contains("a.jsonl:1"), "\(error)")
    }
  }

  @Test func theHeaderIsReadWithoutTheDocumentAndInAnyKeyOrder() throws {
    let codec = PartialCodec()
    let line = try #require(Self.lines.first { String(decoding: $0, as: UTF8.self).contains("\"document\"") })
    let text = String(decoding: line, as: UTF8.self)
    #expect(text.hasPrefix("{\"file\":") && text.contains(",\"document\":{"))
    // A line whose document comes first (keys sorted by another tool) is read the same.
    let (input, producer) = try codec.read(line, origin: "x")
    let header = "\"file\":\"\(input.file ?? "")\",\"path\":\"\(input.path)\""
    let documentStart = try #require(text.range(of: ",\"document\":"))
    let document = String(text[documentStart.upperBound...].dropLast(2))
    let producerJSON = String(decoding: try JSONEncoder().encode(producer), as: UTF8.self)
    let reordered = "{\"document\":\(document),\(header),\"producer\":\(producerJSON),\"sha256\":\"\(input.sha256 ?? "")\"}\n"
    var union = PartialSet()
    try union.add(partial: Data(reordered.utf8), named: "sorted.jsonl", codec: codec)
    #expect(try union.inputs().map(\.path) == [input.path])
    #expect(try codec.line(try union.inputs()[0], producer: producer) == line)
  }

  @Test func aPartialFileIsReadAgainLineByLineWhateverThePieceSize() throws {
    let folder = try Repository.temporaryFolder("partial-file")
    let file = folder.appendingPathComponent("part.jsonl")
    // Blank lines and a last line without its newline, read in pieces that cut lines anywhere.
    var bytes = Array(Self.lines.prefix(5).joined()) + Array("\n  \n".utf8) + Array(Self.lines[5].dropLast())
    try Data(bytes).write(to: file)
    let expected = try union([Array(Self.lines.prefix(6))]).inputs().map(\.path)
    for pieceSize in [1, 7, 4096, 1 << 22] {
      var union = PartialSet()
      try union.add(partialAt: file.path, codec: PartialCodec(), pieceSize: pieceSize)
      #expect(try union.inputs().map(\.path) == expected, "piece size \(pieceSize)")
    }
    // A file that changed after it was read is an error, not a wrong timeline.
    var union = PartialSet()
    try union.add(partialAt: file.path, codec: PartialCodec())
    bytes.removeLast(bytes.count / 2)
    try Data(bytes).write(to: file)
    #expect(throws: PartialError.self) { try union.inputs() }
  }

  @Test func damagedLinesAreErrorsNamingTheirLine() throws {
    let good = Self.lines[0] + Self.lines[1]
    let producerJSON = String(decoding: try JSONEncoder().encode(Self.producer), as: UTF8.self)
    let cases: [(String, String)] = [
      ("{\"path\": 3}", "not a partial record"),
      ("not json", "not a partial record"),
      (
        "{\"path\":\"a.txt\",\"producer\":{\"version\":\"0\",\"lexicons\":\"x\",\"maximumArticleBytes\":1}}",
        "made by version 0"
      ),
      // A line whose header reads well but whose body is damaged fails when it is read whole.
      ("{\"path\":\"a.txt\",\"producer\":\(producerJSON)}", "exactly one of"),
      ("{\"path\":\"a.txt\",\"producer\":\(producerJSON),\"document\":{\"path\":\"a.txt\"}}", "missing"),
    ]
    for (line, expected) in cases {
      var union = PartialSet()
      do {
        try union.add(partial: Data(good + Array((line + "\n").utf8)), named: "bad.jsonl", codec: PartialCodec())
        _ = try union.inputs()
        Issue.record("accepted \(line)")
      } catch {
        #expect(error.description.hasPrefix("bad.jsonl:3: "), "\(error)")
        #expect(error.description.contains(expected), "\(error)")
      }
    }
  }

  @Test func aRecordWhoseEventsNameMissingClaimsIsRefused() throws {
    let line = try #require(
      Self.lines.first { String(decoding: $0, as: UTF8.self).contains("\"claims\":[0") })
    let text = String(decoding: line, as: UTF8.self).replacingOccurrences(of: "\"claims\":[0", with: "\"claims\":[9999")
    #expect(throws: PartialError.self) { try PartialCodec().read(Array(text.utf8), origin: "x") }
  }

  @Test func digestsAndLargeFingerprintsSurviveTheRoundTrip() throws {
    #expect(ContentDigest.sha256([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(ContentDigest.sha256(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    let line = String(decoding: Self.lines.first { String(decoding: $0, as: UTF8.self).contains("paragraphFingerprints\":[1") }
      ?? Self.lines[0], as: UTF8.self)
    let huge = line.replacingOccurrences(of: "paragraphFingerprints\":[", with: "paragraphFingerprints\":[18446744073709551615,")
    let (input, producer) = try PartialCodec().read(Array(huge.utf8), origin: "x")
    #expect(String(decoding: try PartialCodec().line(input, producer: producer), as: UTF8.self).contains("18446744073709551615,"))
  }

  @Test func sharesHoldEveryPathOnce() throws {
    let paths = (0..<500).map { "folder/article-\($0).txt" }
    let shares = (1...4).map { Shard("\($0)/4")! }
    for path in paths { #expect(shares.filter { $0.holds(path) }.count == 1) }
    #expect(shares.allSatisfy { share in paths.contains(where: share.holds) })
    for text in ["0/2", "3/2", "1", "a/b", "1/0", "-1/2"] { #expect(Shard(text) == nil) }
  }

  @Test func theLexiconDigestFollowsContentNotPlace() throws {
    let a = try Repository.folder("lexa", files: ["common/x.tsv": "a\tb\n", "id/y.txt": "kata\n"])
    let b = try Repository.folder("lexb", files: ["common/x.tsv": "a\tb\n", "id/y.txt": "kata\n"])
    let c = try Repository.folder("lexc", files: ["common/x.tsv": "a\tc\n", "id/y.txt": "kata\n"])
    #expect(try Producer.lexiconDigest(folders: [a.path]) == Producer.lexiconDigest(folders: [b.path]))
    #expect(try Producer.lexiconDigest(folders: [a.path]) != Producer.lexiconDigest(folders: [c.path]))
    #expect(try Producer.lexiconDigest(folders: [a.path, c.path]) != Producer.lexiconDigest(folders: [c.path, a.path]))
  }
}
