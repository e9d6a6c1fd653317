// The libFuzzer driver: runs the fuzz target named by LINIMASA_FUZZ_TARGET (see
// scripts/fuzz), or writes its seeds when LINIMASA_FUZZ_WRITE_SEEDS names a folder.
import CFuzzerDriver
import Foundation
import LinimasaFuzzTargets

/// The target and its runner; set before libFuzzer starts calling `fuzzOne`.
nonisolated(unsafe) var fuzzing: (target: FuzzTarget, runner: FuzzRunner)?

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("linimasa-fuzz: \(message)\n".utf8))
  exit(2)
}

let environment = ProcessInfo.processInfo.environment
guard let name = environment["LINIMASA_FUZZ_TARGET"], let target = FuzzTarget(rawValue: name) else {
  fail("set LINIMASA_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
}
guard let lexicons = environment["LINIMASA_LEXICONS"] else { fail("set LINIMASA_LEXICONS to the Lexicons folder") }
do {
  if let folder = environment["LINIMASA_FUZZ_WRITE_SEEDS"] {
    guard let corpus = environment["LINIMASA_CORPUS"] else { fail("set LINIMASA_CORPUS to the Corpus folder") }
    let count = try FuzzSeeds.write(for: target, corpus: corpus, lexicons: lexicons, to: folder)
    print("linimasa-fuzz: \(count) seeds for \(target.rawValue) in \(folder)")
    exit(0)
  }
  fuzzing = (target, try FuzzRunner(lexicons: lexicons))
} catch {
  fail("\(error)")
}

let fuzzOne: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = { data, size in
  guard let (target, runner) = fuzzing else { return 0 }
  runner.run(target, data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
  return 0
}
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
