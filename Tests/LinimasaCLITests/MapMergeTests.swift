import Foundation
import LinimasaTestSupport
import Testing

/// `linimasa map` and `merge` as a user runs them: split, in parallel processes, merged.
@Suite struct MapMergeTests {
  /// Runs a bash script in `folder` with `$LINIMASA` the binary and `$REPO` the repository.
  func shell(_ script: String, in folder: URL) throws -> Run {
    try Run(
      ["-c", "set -euo pipefail; cd \"$WORK\"; " + script],
      environment: [
        "LINIMASA": Repository.executable.path, "REPO": Repository.root.path, "WORK": folder.path,
      ], program: "/bin/bash")
  }

  @Test func aSplitListMappedByParallelProcessesMergesToExtract() throws {
    let folder = try Repository.temporaryFolder("map-xargs")
    let run = try shell(
      """
      (cd "$REPO" && find Corpus -type f -not -name '.*' | sort) > list
      split -n l/3 list part-
      # Three lists, two processes at a time, each mapping its list into its own partial.
      # The lists hold paths relative to the repository, where map runs.
      (cd "$REPO" && ls "$WORK"/part-* | xargs -P2 -I{} "$LINIMASA" map --root Corpus --files-from {} -o {}.jsonl)
      (cd "$REPO" && "$LINIMASA" map --root Corpus --files-from - --shard 1/1 < "$WORK/list") > whole.jsonl
      "$LINIMASA" merge part-ac.jsonl part-aa.jsonl part-ab.jsonl -o merged.json
      "$LINIMASA" merge --partial part-*.jsonl -o union.jsonl
      "$LINIMASA" merge --partial whole.jsonl -o whole-sorted.jsonl
      "$LINIMASA" extract "$REPO/Corpus" -o extracted.json
      cmp merged.json extracted.json
      cmp union.jsonl whole-sorted.jsonl
      echo same
      """, in: folder)
    #expect(run.status == 0, "\(run.standardError)")
    #expect(run.standardOutput.hasSuffix("same\n"))
  }

  @Test func mergeWritesEveryFormatAsExtractDoes() throws {
    let folder = try Repository.temporaryFolder("map-formats")
    let run = try shell(
      """
      "$LINIMASA" map "$REPO/Corpus" --shard 1/2 -o a.jsonl
      "$LINIMASA" map "$REPO/Corpus" --shard 2/2 -o b.jsonl
      "$LINIMASA" merge b.jsonl a.jsonl --format all -o merged/ --from 2023
      "$LINIMASA" extract "$REPO/Corpus" --format all -o extracted/ --from 2023
      diff -r merged extracted
      echo same
      """, in: folder)
    #expect(run.status == 0, "\(run.standardError)")
    #expect(run.standardOutput.hasSuffix("same\n"))
  }

  @Test func mergeRefusesOtherLexiconsAndConflictingInputs() throws {
    let folder = try Repository.temporaryFolder("map-refusals")
    let article = "Jakarta - Komisi Pemilihan Umum mengumumkan hasil rapat pleno pada Senin (27/11/2023).\n"
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("v1"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("v2"), withIntermediateDirectories: true)
    try article.write(to: folder.appendingPathComponent("v1/a.txt"), atomically: true, encoding: .utf8)
    try (article + "Rapat dihadiri semua anggota.\n").write(
      to: folder.appendingPathComponent("v2/a.txt"), atomically: true, encoding: .utf8)
    let overlay = try Repository.folder("map-overlay", files: ["id/role-titles.txt": "juru bicara khusus\n"])
    let run = try shell(
      """
      "$LINIMASA" map v1 -o one.jsonl
      "$LINIMASA" map v2 -o two.jsonl
      "$LINIMASA" map v1 --lexicons \(overlay.path) -o other.jsonl
      """, in: folder)
    #expect(run.status == 0, "\(run.standardError)")
    let conflict = try shell("\"$LINIMASA\" merge one.jsonl two.jsonl -o x.json", in: folder)
    #expect(conflict.status == 2)
    #expect(conflict.standardError.contains("two.jsonl:1: 'a.txt' has SHA-256"), "\(conflict.standardError)")
    let mixed = try shell("\"$LINIMASA\" merge one.jsonl other.jsonl -o x.json", in: folder)
    #expect(mixed.status == 2)
    #expect(mixed.standardError.contains("other.jsonl:1: made by"), "\(mixed.standardError)")
    let lexicons = try shell("\"$LINIMASA\" merge other.jsonl -o x.json", in: folder)
    #expect(lexicons.status == 2)
    #expect(lexicons.standardError.contains("give merge the same --lexicons as map"), "\(lexicons.standardError)")
    let same = try shell("\"$LINIMASA\" merge other.jsonl --lexicons \(overlay.path) -o x.json", in: folder)
    #expect(same.status == 0, "\(same.standardError)")
    let twice = try shell("\"$LINIMASA\" merge one.jsonl one.jsonl -o x.json", in: folder)
    #expect(twice.status == 0 && twice.standardError.contains("1 inputs: 1 processed"), "\(twice.standardError)")
  }

  @Test func mapChecksItsOptions() throws {
    let folder = try Repository.temporaryFolder("map-options")
    #expect(try Run(["map"]).status == 2)
    #expect(try Run(["map", Repository.corpus.path, "--shard", "3/2"]).status == 2)
    let outside = try Run(["map", Repository.lexicons.path, "--root", Repository.corpus.path])
    #expect(outside.status == 2 && outside.standardError.contains("does not lie in --root"))
    #expect(try Run(["merge", "--partial", "x.jsonl", "--format", "md"]).status == 2)
    let missing = try Run(["merge", folder.appendingPathComponent("none.jsonl").path, "-o", folder.appendingPathComponent("t.json").path])
    #expect(missing.status == 2 && missing.standardError.contains("cannot read partial"))
    // map writes nothing but its output.
    let listed = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(listed.isEmpty)
  }
}

/// `scripts/spark-run` on a real Spark (PySpark in local mode; scripts/setup installs it).
@Suite struct SparkRunTests {
  @Test func mapOnSparkThenMergeEqualsExtract() throws {
    let check = try Repository.run(
      URL(fileURLWithPath: "/bin/bash"), ["scripts/spark-check", Repository.executable.path])
    #expect(check.status == 0, "\(check.output)")
    #expect(check.output.contains("equals extract"))
  }
}
