import Foundation
import LinimasaTestSupport
import Testing

/// Faults around the output: where it goes cannot be written, the run is interrupted, the
/// disk fills up. Whatever happens, the previous output stays whole and nothing half
/// written is left behind.
@Suite struct FaultTests {
  /// A folder holding `out.json` with the text "previous run".
  static func folderWithPreviousOutput() throws -> URL {
    let folder = try Repository.temporaryFolder("faults")
    try "previous run".write(to: folder.appendingPathComponent("out.json"), atomically: true, encoding: .utf8)
    return folder
  }

  /// The names in `folder` other than `out.json`.
  static func leftovers(_ folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "out.json" }
  }

  /// `linimasa extract Corpus -o output` with files limited to 64 KiB: writes past that
  /// fail (EFBIG) as they would on a full disk.
  static func extractCorpusUnderFileSizeLimit(to output: String) throws -> Run {
    try Run(
      [
        "-c", "ulimit -f 64 && exec \"$0\" extract \"$1\" -o \"$2\"", Repository.executable.path,
        Repository.corpus.path, output,
      ],
      program: "/bin/bash")
  }

  @Test func anOutputFolderThatCannotBeWrittenFailsBeforeAnyWork() throws {
    // Not even root may make files in /sys.
    let run = try Run(["extract", Repository.corpus.path, "-o", "/sys/out.json"])
    #expect(run.status == 2)
    #expect(
      run.standardError.contains("cannot write '/sys/out.json': folder '/sys' is not writable (Permission denied)"))
    #expect(!run.standardError.contains("inputs:"))
  }

  @Test(arguments: [SIGINT, SIGTERM])
  func anInterruptedRunLeavesThePreviousOutputAndSaysSo(_ signalNumber: Int32) throws {
    // Enough articles that the run is still reading them when the signal comes.
    let inputs = try Repository.temporaryFolder("faults-inputs")
    defer { try? FileManager.default.removeItem(at: inputs) }
    let corpus = try FileManager.default.subpathsOfDirectory(atPath: Repository.corpus.path).filter {
      $0.hasSuffix(".txt")
    }
    for copy in 0..<60 {
      for file in corpus {
        try FileManager.default.copyItem(
          atPath: Repository.corpus.appendingPathComponent(file).path,
          toPath: inputs.appendingPathComponent("\(copy)-\(file.replacingOccurrences(of: "/", with: "-"))").path)
      }
    }
    let folder = try Self.folderWithPreviousOutput()
    let process = Process()
    process.executableURL = Repository.executable
    process.arguments = ["extract", inputs.path, "-o", folder.appendingPathComponent("out.json").path, "--jobs", "1"]
    let error = Pipe()
    process.standardError = error
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: 1.5)
    kill(process.processIdentifier, signalNumber)
    let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 128 + signalNumber)
    #expect(message.contains("interrupted (signal \(signalNumber)); no partly written output was left behind"))
    #expect(!message.contains("inputs:"))
    #expect(try String(contentsOf: folder.appendingPathComponent("out.json"), encoding: .utf8) == "previous run")
    #expect(try Self.leftovers(folder).isEmpty)
  }

  @Test(.disabled(if: Sanitizers.thread, "ThreadSanitizer's own runtime dies under a file size limit"))
  func aFullDiskLeavesThePreviousOutputAndSaysSo() throws {
    let folder = try Self.folderWithPreviousOutput()
    let output = folder.appendingPathComponent("out.json").path
    let run = try Self.extractCorpusUnderFileSizeLimit(to: output)
    #expect(run.status == 2)
    #expect(run.standardError.contains("cannot write '\(output)': "))
    #expect(run.standardError.contains("File too large; the previous file is unchanged"))
    #expect(try String(contentsOfFile: output, encoding: .utf8) == "previous run")
    #expect(try Self.leftovers(folder).isEmpty)
  }
}
