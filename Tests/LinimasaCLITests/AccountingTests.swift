import Foundation
import LinimasaCore
import LinimasaTestSupport
import Testing

/// Every run ends with one line accounting for every input, and the JSON carries the same
/// numbers: inputs seen = processed + skipped.
@Suite struct AccountingTests {
  @Test func theSummaryLineAndTheJSONAccountForEveryInput() throws {
    let folder = try Repository.temporaryFolder("accounting-cli")
    let files: [String: [UInt8]] = [
      "good.txt": Array("Jakarta - Berita ini cukup panjang untuk dibaca sebagai prosa yang utuh.\n".utf8),
      "empty.txt": [],
      "binary.txt": (0...255).map { UInt8($0) },
      "image.png": [0x89, 0x50],
      "dump.jsonl": Array(
        "{\"text\": \"Satu dua tiga empat lima enam.\"}\nnot json\n{\"text\": \"Tujuh delapan sembilan sepuluh.\"}\n"
          .utf8),
      "bad.md": Array("---\ntitle: x\n".utf8),
    ]
    for (name, bytes) in files { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
    let missing = folder.appendingPathComponent("missing.txt").path
    let output = folder.appendingPathComponent("out.json").path
    let run = try Run(["extract", folder.path, missing, "-o", output])
    // Six files and a path that does not exist; the dump holds three records.
    let json = try JSONParser.parse(String(contentsOfFile: output, encoding: .utf8))
    let summary = try #require(json["summary"])
    #expect(summary["files"] == .int(7))
    #expect(summary["inputsSeen"] == .int(9))
    #expect(summary["documents"] == .int(3))
    #expect(summary["skipped"] == .int(6))
    #expect(json["documents"]?.arrayValue?.count == 3)
    #expect(json["skipped"]?.arrayValue?.count == 6)
    let reasons: [String: Int] = [
      "binary": 1, "empty": 1, "malformed-front-matter": 1, "malformed-json": 1, "unreadable": 1,
      "unsupported-type": 1,
    ]
    #expect(
      summary["skippedByReason"]
        == .object(reasons.sorted { $0.key < $1.key }.map { JSONMember($0.key, .int($0.value)) }))
    guard case .int(let events)? = summary["events"], case .int(let warnings)? = summary["warnings"] else {
      Issue.record("summary without events or warnings")
      return
    }
    // The line is the last thing the run says.
    let lastLine = run.standardError.split(separator: "\n").last.map(String.init)
    #expect(
      lastLine
        == "linimasa: 7 files, 9 inputs: 3 processed, 6 skipped (1 binary, 1 empty, 1 malformed-front-matter, "
        + "1 malformed-json, 1 unreadable, 1 unsupported-type), \(events) events, \(warnings) warnings")
    #expect(run.status == 1)
  }

  @Test(.disabled(if: Sanitizers.thread, "ThreadSanitizer's own runtime dies under a file size limit"))
  func aRunWhoseOutputFailsStillEndsWithItsAccount() throws {
    let folder = try Repository.temporaryFolder("accounting-fail")
    let output = folder.appendingPathComponent("out.json").path
    let run = try FaultTests.extractCorpusUnderFileSizeLimit(to: output)
    let lines = run.standardError.split(separator: "\n").map(String.init)
    #expect(lines.dropLast().last?.hasPrefix("linimasa: error: cannot write '\(output)'") == true)
    let last = try #require(lines.last)
    #expect(last.hasPrefix("linimasa: ") && last.contains(" files, ") && last.contains(" inputs: "))
    #expect(last.contains(" processed, 0 skipped, ") && last.hasSuffix(" warnings"))
  }
}
