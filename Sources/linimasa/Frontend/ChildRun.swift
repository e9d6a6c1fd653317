// Runs a command as a child process and reports its wall time and peak memory.
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A finished child process: how long it took, its peak resident set and how it ended.
struct ChildRun {
  let seconds: Double
  /// Peak resident set size in bytes (the kernel's `ru_maxrss`).
  let peakResidentBytes: Int
  let exitStatus: Int32

  /// Runs `arguments` (the first is the executable's path) with stdout discarded and
  /// stderr discarded or written to the file `standardError`.
  static func run(_ arguments: [String], standardError: String? = nil) throws -> ChildRun {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, standardError ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
    guard spawned == 0 else { throw CommandFailure(description: "cannot run \(arguments[0]): \(String(cString: strerror(spawned)))") }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
      guard errno == EINTR else { throw CommandFailure(description: "waiting for \(arguments[0]) failed") }
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    // Exited normally: the low 7 bits are 0 and the status is in the next byte.
    let exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return ChildRun(seconds: seconds, peakResidentBytes: Int(usage.ru_maxrss) * 1024, exitStatus: exitStatus)
  }
}
