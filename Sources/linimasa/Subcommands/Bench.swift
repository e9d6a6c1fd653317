// `linimasa bench`: throughput, scaling, memory and startup figures on a generated corpus.
import ArgumentParser
import Foundation
import LinimasaCore
import LinimasaExtract
import LinimasaRun
import LinimasaText
import LinimasaTimeline

struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure full extraction against bare ICU segmentation, on 1 and 2 threads.",
    usage: "linimasa bench [--sizes <MB,...>] [--runs <n>] [options]",
    discussion: HelpText.paragraphs(
      """
      Writes a deterministic corpus of Indonesian and English articles (menus, repeats,
      quotes, dates, legal citations) of each size into the work folder, then prints, per
      size, the MB/s and articles/s of `linimasa extract` with --jobs 1 and --jobs 2 (run
      as child processes, medians of --runs) with their peak RSS, and the MB/s of bare ICU
      sentence+word breaking over the same bytes; then the time split by stage on the
      first size, the lexicon load time with a generated 20,000-entry entity lexicon, and,
      with --peer, the Python peer's throughput on the same corpus and the ratio
      (e.g. --peer "PYTHON PEERS/baseline.py --date-languages detected"). Without
      options it measures 10, 100 and 300 MB, three runs each. With --pages it measures
      reading the saved web pages of a folder instead: the time per page of reading
      alone (encoding, parse, story), in process on 1 thread, and of `linimasa extract`
      over them with --jobs 2.

      Examples:
        linimasa bench --sizes 0.5 --runs 1
        linimasa bench --pages Corpus/id --runs 1
        linimasa bench --sizes 0.5 --runs 1 --store-articles 200 --peer true
      """))

  @Option(help: "Corpus sizes in MB (10^6 bytes), comma-separated.")
  var sizes: String = "10,100,300"

  @Option(help: "Seed of the corpus generator.")
  var seed: UInt64 = 2023

  @Option(help: "Runs of each measurement; medians are reported.")
  var runs: Int = 3

  @Option(help: "Folder for the generated corpora and outputs (kept between runs).")
  var work: String = (NSTemporaryDirectory() as NSString).appendingPathComponent("linimasa-bench")

  @Option(help: "Entities in the generated lexicon whose load time is measured.")
  var lexiconEntities: Int = 20_000

  @Option(help: "The Python peer's command; the corpus folder and -o FILE are appended.")
  var peer: String?

  @Option(
    help: ArgumentHelp(
      "Articles of a story store to measure (0: none): a full run with --store, one after adding 50 articles, "
        + "and one on unchanged inputs.", valueName: "articles"))
  var storeArticles: Int = 0

  @Option(help: ArgumentHelp("A folder of saved web pages (.html, .htm) to measure instead.", valueName: "dir"))
  var pages: String?

  @OptionGroup(title: "Extraction")
  var lexicons: LexiconOptions

  func validate() throws {
    guard !corpusSizes.isEmpty, corpusSizes.allSatisfy({ $0 > 0 && $0 <= 4000 }) else {
      throw ValidationError("--sizes must list sizes in MB between 0 and 4000, e.g. 10,100,300")
    }
    guard (1...99).contains(runs) else { throw ValidationError("--runs must be in 1...99") }
    guard (0...1_000_000).contains(storeArticles) else { throw ValidationError("--store-articles must be in 0...1000000") }
    guard (1...1_000_000).contains(lexiconEntities) else {
      throw ValidationError("--lexicon-entities must be in 1...1000000")
    }
  }

  /// `--sizes`, in MB.
  var corpusSizes: [Double] {
    sizes.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
  }

  func run() throws {
    try Diagnostics.reportingFailures {
      let configuration = TextConfiguration(lexicons: try lexicons.load())
      let executable =
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
      if let pages { return try printPages(pages, configuration: configuration, executable: executable) }
      var first: (folder: URL, files: [URL], megabytesPerSecond: Double)?
      for size in corpusSizes {
        let (folder, files, bytes) = try corpus(megabytes: size)
        let megabytes = Double(bytes) / 1e6
        print(
          "corpus \(Self.format(size)) MB: \(files.count) articles, \(Self.format(megabytes)) MB (seed \(seed)); medians of \(runs) run(s)"
        )
        let icu = median(try (0..<runs).map { _ in try ExtractionBenchmark.bareICU(files) })
        print("  bare ICU sentences+words, 1 thread  \(Self.format(megabytes / icu)) MB/s")
        var single = 0.0
        var outputs: [URL] = []
        for jobs in [1, 2] {
          let output = URL(fileURLWithPath: work).appendingPathComponent("out-\(Self.format(size))-j\(jobs).json")
          let arguments =
            [executable, "extract", folder.path, "-o", output.path, "--jobs", "\(jobs)"]
            + lexicons.folders.flatMap { ["--lexicons", $0] }
          let children = try (0..<runs).map { _ in try ChildRun.run(arguments) }
          if let failed = children.first(where: { $0.exitStatus != 0 }) {
            throw CommandFailure(
              description: "linimasa extract exited with status \(failed.exitStatus) on \(folder.path)")
          }
          let seconds = median(children.map(\.seconds))
          let peak = children.map(\.peakResidentBytes).max() ?? 0
          outputs.append(output)
          let rate = megabytes / seconds
          let versus =
            jobs == 1
            ? "\(Self.format(rate / (megabytes / icu) * 100))% of bare ICU; goal >= 35%"
            : "\(Self.format(rate / single))x --jobs 1; goal >= 1.85x"
          if jobs == 1 { single = rate }
          print(
            "  extract --jobs \(jobs)  \(Self.format(rate)) MB/s  \(Self.format(Double(files.count) / seconds)) articles/s  peak RSS \(Self.format(Double(peak) / 1e6)) MB  (\(versus))"
          )
        }
        print(
          "  output identical across --jobs: \(try Self.sameBytes(outputs) ? "yes" : "NO")")
        if first == nil { first = (folder, files, single) }
      }
      guard let first else { return }
      try printStages(first.files, configuration: configuration)
      try printLexiconLoad()
      if let peer { try printPeer(peer, folder: first.folder, files: first.files, linimasa: first.megabytesPerSecond) }
      if storeArticles > 0 { try printStore(executable: executable) }
    }
  }

  /// The reading time per page of the pages in `folder` (medians of `runs`), and the time
  /// of `linimasa extract` over them.
  func printPages(_ folder: String, configuration: TextConfiguration, executable: String) throws {
    guard let listed = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      throw CommandFailure(description: "\(folder): not a folder that can be read")
    }
    let files = listed.filter { ["html", "htm"].contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
      .map { URL(fileURLWithPath: folder).appendingPathComponent($0) }
    guard !files.isEmpty else { throw CommandFailure(description: "\(folder): no .html or .htm pages") }
    let readings = try (0..<runs).map { _ in try ExtractionBenchmark.pageReading(files, ingestor: configuration.ingestor) }
    let seconds = median(readings.map(\.seconds))
    let megabytes = Double(readings[0].bytes) / 1e6
    print("pages: \(files.count) in \(folder), \(Self.format(megabytes)) MB; medians of \(runs) run(s)")
    print(
      "  reading (encoding, parse, story), 1 thread  \(Self.format(seconds / Double(files.count) * 1000)) ms/page  \(Self.format(megabytes / seconds)) MB/s"
    )
    let output = URL(fileURLWithPath: work).appendingPathComponent("pages.json")
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    let arguments =
      [executable, "extract", folder, "-o", output.path, "--jobs", "2", "--quiet"] + lexicons.folders.flatMap { ["--lexicons", $0] }
    let children = try (0..<runs).map { _ in try ChildRun.run(arguments) }
    // Status 1: the run finished, with some pages skipped (listed in the output).
    if let failed = children.first(where: { $0.exitStatus > 1 }) {
      throw CommandFailure(description: "linimasa extract exited with status \(failed.exitStatus) on \(folder)")
    }
    let extraction = median(children.map(\.seconds))
    let peak = children.map(\.peakResidentBytes).max() ?? 0
    print(
      "  extract --jobs 2 (every stage)  \(Self.format(extraction)) s  \(Self.format(extraction / Double(files.count) * 1000)) ms/page  peak RSS \(Self.format(Double(peak) / 1e6)) MB"
    )
  }

  /// Whether the files hold the same bytes, read a piece at a time: this process stays
  /// small, since a child's peak RSS as `wait4` reports it includes this process's when
  /// that is larger (the child starts as a copy of it).
  static func sameBytes(_ files: [URL]) throws -> Bool {
    let handles = try files.map { try FileHandle(forReadingFrom: $0) }
    defer { for handle in handles { try? handle.close() } }
    while true {
      let pieces = try handles.map { try $0.read(upToCount: 1 << 20) ?? Data() }
      guard pieces.dropFirst().allSatisfy({ $0 == pieces.first }) else { return false }
      if pieces.first?.isEmpty ?? true { return true }
    }
  }

  /// The corpus of `megabytes` MB in the work folder, written unless a complete one is there.
  func corpus(megabytes: Double) throws -> (folder: URL, files: [URL], bytes: Int) {
    let folder = URL(fileURLWithPath: work).appendingPathComponent("corpus-\(Self.format(megabytes))MB-seed\(seed)")
    let marker = folder.appendingPathComponent(".complete")
    if !FileManager.default.fileExists(atPath: marker.path) {
      try? FileManager.default.removeItem(at: folder)
      try BenchmarkCorpus.write(megabytes: megabytes, seed: seed, to: folder)
      try Data().write(to: marker)
    }
    let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.fileSizeKey])
      .filter { !$0.lastPathComponent.hasPrefix(".") }
      .sorted { $0.path < $1.path }
    let bytes = try files.reduce(0) { $0 + (try $1.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0) }
    return (folder, files, bytes)
  }

  func printStages(_ files: [URL], configuration: TextConfiguration) throws {
    let split = try ExtractionBenchmark.stageSplit(files, configuration: configuration)
    let total = Double(split.named.reduce(0) { $0 + $1.1 })
    print("stages (first corpus, 1 thread, in process; timeline assembly and output not included):")
    for (name, nanoseconds) in split.named {
      let share = total > 0 ? Double(nanoseconds) / total * 100 : 0
      print(
        "  \(name.padding(toLength: 24, withPad: " ", startingAt: 0)) \(Self.format(Double(nanoseconds) / 1e9)) s  \(Self.format(share))%"
      )
    }
  }

  /// Load time of the bundled lexicons alone and with a generated entity lexicon laid over
  /// them, and the time to build the extractors' matchers from the larger one.
  func printLexiconLoad() throws {
    guard let bundled = LexiconLocator.bundledFolder() else {
      throw CommandFailure(description: "the bundled Lexicons/ folder was not found")
    }
    let overlay = URL(fileURLWithPath: work).appendingPathComponent("lexicon-\(lexiconEntities)")
    try SyntheticLexicon.write(entities: lexiconEntities, to: overlay)
    // The clock stops when the value is ready; freeing it (or the previous run's) is not
    // part of loading.
    func timed<Value>(_ body: () throws -> Value) rethrows -> (milliseconds: Double, value: Value) {
      let start = DispatchTime.now().uptimeNanoseconds
      let value = try body()
      return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6, value)
    }
    do {
      let runs = max(self.runs, 5)
      let alone = median(try (0..<runs).map { _ in try timed { try Lexicons.load(from: [bundled]) }.milliseconds })
      var loaded = Lexicons()
      let large = median(
        try (0..<runs).map { _ in
          let run = try timed { try Lexicons.load(from: [bundled, overlay.path]) }
          loaded = run.value
          return run.milliseconds
        })
      let build = median((0..<runs).map { _ in timed { FactExtractor(lexicons: loaded) }.milliseconds })
      print(
        "lexicons: bundled \(Self.format(alone)) ms; with \(lexiconEntities) more entities \(Self.format(large)) ms (goal <= 50 ms); matchers built in \(Self.format(build)) ms"
      )
    } catch {
      throw CommandFailure(description: "\(error)")
    }
  }

  /// Runs the peer once on the corpus and compares its rate on the files it reads (`.txt`).
  func printPeer(_ command: String, folder: URL, files: [URL], linimasa: Double) throws {
    let output = URL(fileURLWithPath: work).appendingPathComponent("peer.json")
    let log = URL(fileURLWithPath: work).appendingPathComponent("peer.log")
    let line = "\(command) \(Self.quoted(folder.path)) -o \(Self.quoted(output.path)) 2>\(Self.quoted(log.path))"
    let child = try ChildRun.run(["/bin/sh", "-c", line])
    guard child.exitStatus == 0 else {
      throw CommandFailure(
        description: "the peer exited with status \(child.exitStatus) (its messages are in \(log.path)): \(line)")
    }
    let text = files.filter { $0.pathExtension == "txt" }
    let bytes = try text.reduce(0) { $0 + (try $1.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0) }
    let rate = Double(bytes) / 1e6 / child.seconds
    print(
      "peer: \(Self.format(rate)) MB/s over \(text.count) .txt files (\(Self.format(child.seconds)) s, peak RSS \(Self.format(Double(child.peakResidentBytes) / 1e6)) MB); linimasa --jobs 1 is \(Self.format(linimasa / rate))x as fast (goal >= 100x)"
    )
  }

  /// A story store of `storeArticles` articles: the time of a plain `extract` over them
  /// and 50 more, of a full run with `--store`, of one after the 50 are added, and of one
  /// on unchanged inputs, with what each extracted.
  func printStore(executable: String) throws {
    let added = 50
    let (_, generated, _) = try corpus(megabytes: Double(storeArticles + added) * 4_500 / 1e6)
    guard generated.count >= storeArticles + added else {
      throw CommandFailure(description: "the generated corpus holds \(generated.count) articles, too few for the store")
    }
    // The added articles are spread over the path order, as new articles' names are.
    let chosen = Array(generated.prefix(storeArticles + added))
    let step = chosen.count / added
    let newOnes = Set((0..<added).map { chosen[$0 * step + step / 2] })
    let folder = URL(fileURLWithPath: work).appendingPathComponent("store-\(storeArticles)")
    let story = folder.appendingPathComponent("story")
    let store = folder.appendingPathComponent("story.sqlite").path
    try? FileManager.default.removeItem(at: folder)
    try FileManager.default.createDirectory(at: story, withIntermediateDirectories: true)
    func link(_ files: some Sequence<URL>) throws {
      for file in files { try FileManager.default.linkItem(at: file, to: story.appendingPathComponent(file.lastPathComponent)) }
    }
    let log = folder.appendingPathComponent("run.log").path
    func extract(_ extra: [String]) throws -> (seconds: Double, note: String) {
      let arguments =
        [executable, "extract", story.path, "-o", folder.appendingPathComponent("timeline.json").path] + extra
        + lexicons.folders.flatMap { ["--lexicons", $0] }
      let child = try ChildRun.run(arguments, standardError: log)
      guard child.exitStatus == 0 else {
        throw CommandFailure(description: "linimasa extract exited with status \(child.exitStatus) (see \(log))")
      }
      let note = (try? String(contentsOfFile: log, encoding: .utf8))?.split(separator: "\n")
        .first { $0.contains("store:") }.map { String($0.dropFirst("linimasa: store: ".count)) } ?? ""
      return (child.seconds, note)
    }
    try link(chosen)
    let plain = try extract([])
    try FileManager.default.removeItem(at: story)
    try FileManager.default.createDirectory(at: story, withIntermediateDirectories: true)
    try link(chosen.filter { !newOnes.contains($0) })
    let full = try extract(["--store", store])
    try link(chosen.filter { newOnes.contains($0) })
    let adding = try extract(["--store", store])
    let unchanged = try extract(["--store", store])
    func share(_ seconds: Double) -> String { "\(Self.format(seconds / plain.seconds * 100))% of extract" }
    print("store of \(storeArticles) articles (+\(added)), default jobs, 1 run each:")
    print("  extract, no store, all \(chosen.count) articles  \(Self.format(plain.seconds)) s")
    print("  --store, first run                 \(Self.format(full.seconds)) s  (\(share(full.seconds)); \(full.note))")
    print("  --store, \(added) articles added        \(Self.format(adding.seconds)) s  (\(share(adding.seconds)); goal < 5%; \(adding.note))")
    print("  --store, nothing changed           \(Self.format(unchanged.seconds)) s  (\(share(unchanged.seconds)); \(unchanged.note))")
  }

  func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

  static func format(_ value: Double) -> String {
    String(format: value >= 100 || value == value.rounded() ? "%.0f" : "%.2f", value)
  }

  static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
