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

/// `extract --store`, `export --store` and `merge --store` as a user runs them.
@Suite struct StoreCommandTests {
  func shell(_ script: String, in folder: URL) throws -> Run {
    try MapMergeTests().shell(script, in: folder)
  }

  @Test func aStoreFilledInStepsGivesExtractsTimelineAndExtractsOnlyWhatChanged() throws {
    let folder = try Repository.temporaryFolder("store-steps")
    let run = try shell(
      """
      mkdir story
      cp -r "$REPO/Corpus/id" story/
      "$LINIMASA" extract story --store story.sqlite -o first.json 2> first.log
      cp -r "$REPO/Corpus/en" story/
      "$LINIMASA" extract story --store story.sqlite -o second.json 2> second.log
      "$LINIMASA" extract story --store story.sqlite -o third.json 2> third.log
      "$LINIMASA" extract story -o extracted.json 2>/dev/null
      cmp second.json extracted.json
      cmp third.json extracted.json
      "$LINIMASA" export --store story.sqlite --format all -o exported/ --actor KPU 2>/dev/null
      "$LINIMASA" extract story --format all -o direct/ --actor KPU 2>/dev/null
      diff -r exported direct
      cat first.log second.log third.log
      """, in: folder)
    #expect(run.status == 0, "\(run.standardError)")
    let idFiles = try FileManager.default.contentsOfDirectory(atPath: Repository.corpus.appendingPathComponent("id").path)
      .filter { !$0.hasPrefix(".") }.count
    let enFiles = try FileManager.default.contentsOfDirectory(atPath: Repository.corpus.appendingPathComponent("en").path)
      .filter { !$0.hasPrefix(".") }.count
    #expect(run.standardOutput.contains("store: \(idFiles) files extracted, 0 unchanged"), "\(run.standardOutput)")
    #expect(run.standardOutput.contains("store: \(enFiles) files extracted, \(idFiles) unchanged"))
    #expect(run.standardOutput.contains("store: 0 files extracted, \(idFiles + enFiles) unchanged"))
  }

  @Test func aChangedFileIsExtractedAgainAndPartialsAreImported() throws {
    let folder = try Repository.temporaryFolder("store-import")
    let run = try shell(
      """
      mkdir -p story elsewhere
      printf 'Jakarta - Komisi Pemilihan Umum menggelar rapat pleno pada Senin (27/11/2023).\\n' > story/a.txt
      cp "$REPO"/Corpus/id/*.txt elsewhere/
      "$LINIMASA" extract story --store story.sqlite -o /dev/null 2>/dev/null
      printf 'Jakarta - KPU menunda rapat pleno hingga Selasa (28/11/2023), kata Ketua KPU.\\n' > story/a.txt
      "$LINIMASA" extract story --store story.sqlite -o changed.json 2> changed.log
      "$LINIMASA" extract story -o direct.json 2>/dev/null
      cmp changed.json direct.json
      "$LINIMASA" map elsewhere -o elsewhere.jsonl 2>/dev/null
      "$LINIMASA" merge --store story.sqlite elsewhere.jsonl -o imported.json 2> imported.log
      "$LINIMASA" merge elsewhere.jsonl <("$LINIMASA" map story 2>/dev/null) -o together.json 2>/dev/null
      cmp imported.json together.json
      cat changed.log imported.log
      """, in: folder)
    #expect(run.status == 0, "\(run.standardError)")
    #expect(run.standardOutput.contains("store: 1 files extracted, 0 unchanged; 1 inputs held"), "\(run.standardOutput)")
    #expect(run.standardOutput.contains("inputs added or replaced"))
  }

  @Test func aKilledRunLeavesTheStoreAsItWas() throws {
    let folder = try Repository.temporaryFolder("store-kill")
    let run = try shell(
      """
      mkdir story
      cp "$REPO"/Corpus/id/*.txt story/
      "$LINIMASA" extract story --store story.sqlite -o /dev/null 2>/dev/null
      cp story.sqlite before.sqlite
      # Many more inputs, so the run is still extracting when it is killed.
      for copy in $(seq 1 40); do mkdir -p "story/copy-$copy"; cp "$REPO"/Corpus/en/*.txt "story/copy-$copy/"; done
      "$LINIMASA" extract story --store story.sqlite --jobs 1 -o /dev/null 2>/dev/null &
      sleep 1
      kill -9 $!
      wait $! || true
      cmp story.sqlite before.sqlite
      echo unchanged
      """, in: folder)
    #expect(run.status == 0, "\(run.standardError)")
    #expect(run.standardOutput.hasSuffix("unchanged\n"))
  }

  @Test func storeErrorsNameTheStore() throws {
    let folder = try Repository.temporaryFolder("store-errors")
    let text = folder.appendingPathComponent("notes.sqlite")
    try Data(String(repeating: "not a database ", count: 20).utf8).write(to: text)
    let broken = try Run(["extract", Repository.corpus.path, "--store", text.path, "-o", "/dev/null"])
    #expect(broken.status == 2 && broken.standardError.contains("cannot open store '\(text.path)'"), "\(broken.standardError)")
    let missing = try Run(["export", "--store", folder.appendingPathComponent("none.sqlite").path])
    #expect(missing.status == 2 && missing.standardError.contains("no store at"))
    let store = folder.appendingPathComponent("story.sqlite").path
    #expect(try Run(["extract", Repository.corpus.appendingPathComponent("id").path, "--store", store, "-o", "/dev/null"]).status == 0)
    let overlay = try Repository.folder("store-overlay", files: ["id/role-titles.txt": "juru bicara khusus\n"])
    let other = try Run(["extract", Repository.corpus.path, "--store", store, "--lexicons", overlay.path, "-o", "/dev/null"])
    #expect(other.status == 2 && other.standardError.contains("holds inputs made by"), "\(other.standardError)")
  }
}
