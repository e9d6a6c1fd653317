// Golden files: recorded output that tests compare against, re-blessed on request.
import Foundation

/// Compares `actual` with the golden file at `url`. When the file is missing or the
/// environment has `LINIMASA_BLESS=1`, the file is (re)written and the check fails once,
/// so a re-recording is never silent. Returns nil on a match, else a readable line diff.
public func compareWithGolden(_ actual: String, at url: URL) -> String? {
  let bless = ProcessInfo.processInfo.environment["LINIMASA_BLESS"] == "1"
  let expected = try? String(contentsOf: url, encoding: .utf8)
  if expected == actual { return nil }
  if bless || expected == nil {
    try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? actual.write(to: url, atomically: true, encoding: .utf8)
    return "recorded \(url.path); run the tests again (this failure is expected once after blessing)"
  }
  return lineDiff(expected: expected ?? "", actual: actual, name: url.lastPathComponent)
}

/// A compact diff: the first differing lines with a little context.
public func lineDiff(expected: String, actual: String, name: String, maximumLines: Int = 40) -> String {
  let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
  var prefix = 0
  while prefix < min(old.count, new.count) && old[prefix] == new[prefix] { prefix += 1 }
  var suffix = 0
  while suffix < min(old.count, new.count) - prefix && old[old.count - 1 - suffix] == new[new.count - 1 - suffix] {
    suffix += 1
  }
  var lines = ["--- golden \(name)", "+++ actual", "@@ line \(prefix + 1) @@"]
  for line in old[max(0, prefix - 2)..<prefix] { lines.append("  " + line) }
  for line in old[prefix..<(old.count - suffix)].prefix(maximumLines) { lines.append("- " + line) }
  for line in new[prefix..<(new.count - suffix)].prefix(maximumLines) { lines.append("+ " + line) }
  lines.append("(re-bless after an intended change: LINIMASA_BLESS=1 swift test --filter LinimasaCorpusTests)")
  return lines.joined(separator: "\n")
}
