// The JSON Schema of the timeline document (docs/timeline.schema.json), checked with
//   python3 scripts/validate-json docs/timeline.schema.json FILE...
// on every timeline golden and on hand-made fixtures under Fixtures/schema/. The validator
// needs Python's jsonschema module (Debian's python3-jsonschema, which scripts/setup
// installs); without python3 or the module these tests fail rather than skip.
import Foundation
import LinimasaTestSupport
import Testing

/// Runs the schema validator from the repository root.
enum SchemaValidator {
  static let schema = "docs/timeline.schema.json"
  static let fixtures = "Tests/LinimasaCorpusTests/Fixtures/schema"

  /// The exit status and the combined standard output and error of
  /// `python3 scripts/validate-json docs/timeline.schema.json FILES...`, with paths relative to the root.
  static func validate(_ files: [String]) throws -> (status: Int32, output: String) {
    try Repository.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "scripts/validate-json", schema] + files)
  }

  /// What a failure shows: the command, its status and everything it printed.
  static func report(_ files: [String], _ result: (status: Int32, output: String)) -> Comment {
    var text = "python3 scripts/validate-json \(schema) \(files.joined(separator: " ")) exited \(result.status)"
    if result.status == 2 || result.status == 127 {
      text += " (is python3 with the jsonschema module installed? run scripts/setup)"
    }
    return Comment(rawValue: text + "\n" + result.output)
  }

  /// The golden files that are timeline documents (a top-level object with `schemaVersion`),
  /// relative to the repository root, sorted.
  static func timelineGoldens() throws -> [String] {
    let goldens = Repository.goldens
    guard let walker = FileManager.default.enumerator(at: goldens, includingPropertiesForKeys: nil) else { return [] }
    var found: [String] = []
    for case let url as URL in walker where url.pathExtension == "json" {
      let data = try Data(contentsOf: url)
      guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        object["schemaVersion"] != nil
      else { continue }
      let relative = url.standardizedFileURL.path.dropFirst(goldens.standardizedFileURL.path.count)
      found.append("Tests/LinimasaCorpusTests/Goldens" + relative)
    }
    return found.sorted()
  }

  /// Each invalid fixture and the JSON pointer of the one thing wrong in it.
  static let invalidFixtures: [String: String] = [
    "invalid-claim-unknown-kind.json": "/claims/0/kind",
    "invalid-event-date-month-13.json": "/events/0/date/value",
    "invalid-event-precision-mismatch.json": "/events/0/date/precision",
    "invalid-event-summary-missing-id.json": "/events/0/summary",
    "invalid-event-without-sources.json": "/events/1",
    "invalid-published-date-slashes.json": "/documents/0/published/value",
    "invalid-span-three-numbers.json": "/claims/0/span",
  ]
}

@Suite struct SchemaValidationTests {
  @Test func everyTimelineGoldenMatchesTheSchema() throws {
    let files = try SchemaValidator.timelineGoldens()
    #expect(files.contains("Tests/LinimasaCorpusTests/Goldens/timeline.json"))
    let result = try SchemaValidator.validate(files)
    #expect(result.status == 0, SchemaValidator.report(files, result))
  }

  @Test func handMadeDocumentWithEventsMatchesTheSchema() throws {
    let files = [SchemaValidator.fixtures + "/valid-with-events.json"]
    let result = try SchemaValidator.validate(files)
    #expect(result.status == 0, SchemaValidator.report(files, result))
  }

  @Test(arguments: SchemaValidator.invalidFixtures.keys.sorted())
  func invalidFixtureIsRejectedAtItsPointer(name: String) throws {
    let file = SchemaValidator.fixtures + "/" + name
    let pointer = try #require(SchemaValidator.invalidFixtures[name])
    let result = try SchemaValidator.validate([file])
    #expect(result.status == 1, SchemaValidator.report([file], result))
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(!lines.isEmpty, SchemaValidator.report([file], result))
    // Only the one thing the fixture breaks is reported.
    for line in lines {
      #expect(line.hasPrefix("\(file): at \(pointer): "), SchemaValidator.report([file], result))
    }
  }

  @Test func everyInvalidFixtureHasAnExpectedPointer() throws {
    let folder = Repository.root.appendingPathComponent(SchemaValidator.fixtures)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasPrefix("invalid-") && $0.hasSuffix(".json") }
    #expect(Set(names) == Set(SchemaValidator.invalidFixtures.keys))
    #expect(names.count >= 4)
  }
}
