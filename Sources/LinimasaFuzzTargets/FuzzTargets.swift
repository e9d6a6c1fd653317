// What each fuzz target does with one input: shared by the libFuzzer driver (Fuzz/) and
// the tests that replay every input the fuzzers ever crashed or hung on.
import Foundation
import LinimasaCore
import LinimasaExport
import LinimasaExtract
import LinimasaRun
import LinimasaText
import LinimasaTimeline

/// A part of the pipeline a fuzzer drives with arbitrary bytes. Every target must return
/// for every input, without crashing, in well under a second.
public enum FuzzTarget: String, CaseIterable, Sendable {
  /// Reading an input of any format (the first byte picks it), then cleaning and segmenting
  /// each article.
  case ingest
  /// Temporal expressions in every paragraph of a plain-text article, anchored to a date.
  case temporal
  /// Legal references in every paragraph, the context carried across them.
  case legal
  /// Entities, then claims with their speakers.
  case claims
  /// One lexicon file (the first byte picks which), loaded as a user folder.
  case lexicon
  /// The whole `extract` of one input of any format, written as the JSON contract.
  case extract

  /// The input formats, in the order the first byte picks them.
  static let formats = InputFormat.allCases

  /// The lexicon files, in the order the first byte picks them.
  static let lexiconFiles =
    [
      "common/entities.tsv", "common/event-types.tsv", "common/outlets.tsv", "common/statutes.tsv",
      "common/time-zones.tsv",
    ]
    + [
      "abbreviations.tsv", "bylines.tsv", "date-markers.txt", "event-triggers.tsv", "finding-verbs.txt",
      "furniture.tsv", "months.tsv", "numbers.tsv", "referring-nouns.tsv", "relative-dates.tsv", "role-titles.txt",
      "speech-verbs.txt", "stop-words.txt", "times-of-day.txt", "timestamp-labels.txt", "weekdays.tsv",
      "clause-markers.tsv", "organization-words.txt", "day-markers.txt", "name-heads.tsv",
    ].flatMap {
      ["id/\($0)", "en/\($0)"]
    }

  /// The input a fuzzer starts from for a file of the corpus (`path` names its format)
  /// or of the lexicons (`path` relative to the lexicon folder); nil when this target
  /// does not take such a file.
  public func seed(_ bytes: [UInt8], path: String) -> [UInt8]? {
    switch self {
    case .ingest, .extract:
      guard let format = InputFormat(fileExtension: (path as NSString).pathExtension),
        let index = Self.formats.firstIndex(of: format)
      else { return nil }
      return [UInt8(index)] + bytes
    case .temporal, .legal, .claims:
      return InputFormat(fileExtension: (path as NSString).pathExtension) == nil ? nil : bytes
    case .lexicon:
      return Self.lexiconFiles.firstIndex(of: path).map { [UInt8($0)] + bytes }
    }
  }
}

/// Runs fuzz targets with the given lexicons; one per thread.
public final class FuzzRunner {
  private let configuration: TextConfiguration
  private let analyzer: ArticleAnalyzer
  private let temporal: TemporalExtractor
  private let legal: LegalExtractor
  private let entities: EntityRecognizer
  private let claims: ClaimExtractor
  /// Where the lexicon target writes its user folder.
  private let lexiconFolder: String

  /// - Throws: when the lexicons do not load, ICU does not start or the scratch folder
  ///   cannot be made: nothing to fuzz.
  public init(lexicons folder: String) throws {
    let lexicons = try Lexicons.load(from: [folder])
    configuration = TextConfiguration(lexicons: lexicons)
    analyzer = try ArticleAnalyzer(configuration: configuration)
    temporal = TemporalExtractor(lexicons: lexicons)
    legal = LegalExtractor(lexicons: lexicons)
    entities = EntityRecognizer(lexicons: lexicons)
    claims = ClaimExtractor(lexicons: lexicons)
    lexiconFolder = NSTemporaryDirectory() + "linimasa-fuzz-lexicon-" + UUID().uuidString
    for sub in ["common", "id", "en"] {
      try FileManager.default.createDirectory(
        atPath: lexiconFolder + "/" + sub, withIntermediateDirectories: true)
    }
  }

  deinit {
    try? FileManager.default.removeItem(atPath: lexiconFolder)
  }

  /// Runs `target` on `input`.
  public func run(_ target: FuzzTarget, _ input: [UInt8]) {
    switch target {
    case .ingest:
      guard let (format, raw) = Self.split(input, choices: FuzzTarget.formats) else { return }
      _ = analyzer.analyze(raw, path: "fuzz." + format.rawValue, format: format)
    case .temporal:
      guard let analysis = analyse(input) else { return }
      analysis.article.bytes.withUnsafeBufferPointer { bytes in
        for paragraph in analysis.cleaning.paragraphs {
          for expression in temporal.extract(bytes, in: paragraph.span) {
            _ = TemporalAnchor.resolve(expression.reading, publication: CivilDate(iso: "2023-12-04"))
          }
        }
      }
    case .legal:
      guard let analysis = analyse(input) else { return }
      var context = LegalExtractor.Context()
      analysis.article.bytes.withUnsafeBufferPointer { bytes in
        for paragraph in analysis.cleaning.paragraphs {
          _ = legal.extract(bytes, in: paragraph.span, context: &context)
        }
      }
    case .claims:
      guard let analysis = analyse(input) else { return }
      _ = claims.extract(analysis, entities: entities.recognize(analysis), dates: [])
    case .lexicon:
      guard let (file, text) = Self.split(input, choices: FuzzTarget.lexiconFiles) else { return }
      let path = lexiconFolder + "/" + file
      guard FileManager.default.createFile(atPath: path, contents: Data(text)) else { return }
      defer { try? FileManager.default.removeItem(atPath: path) }
      _ = try? Lexicons.load(from: [lexiconFolder])
    case .extract:
      guard let (format, raw) = Self.split(input, choices: FuzzTarget.formats) else { return }
      let (records, skipped) = analyzer.records(raw, path: "fuzz." + format.rawValue, format: format)
      let lexicons = configuration.lexicons
      let timeline = Timeline(
        documents: records, skipped: skipped, statutes: lexicons.statutes, lexiconEntities: lexicons.entities,
        eventTypes: lexicons.eventTypes)
      _ = try? TimelineJSON.format(timeline)
    }
  }

  /// The input read as a plain-text article, cleaned and segmented.
  private func analyse(_ input: [UInt8]) -> DocumentAnalysis? {
    guard case .success(let article)? = analyzer.analyze(input, path: "fuzz.txt", format: .text).first else { return nil }
    return article.analysis
  }

  /// The choice the first byte picks, and the rest.
  private static func split<Choice>(_ input: [UInt8], choices: [Choice]) -> (Choice, [UInt8])? {
    guard let first = input.first else { return nil }
    return (choices[Int(first) % choices.count], Array(input.dropFirst()))
  }
}

/// The inputs fuzzers start from: the corpus's articles and the lexicons' files, made
/// into each target's inputs (`FuzzTarget.seed`).
public enum FuzzSeeds {
  /// Every seed of `target`, by a name made from the file it comes from.
  public static func seeds(for target: FuzzTarget, corpus: String, lexicons: String) -> [(name: String, input: [UInt8])]
  {
    let roots = target == .lexicon ? [lexicons] : [corpus]
    var seeds: [(name: String, input: [UInt8])] = []
    for root in roots {
      let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String }.sorted() ?? []
      for file in files {
        guard let data = FileManager.default.contents(atPath: root + "/" + file),
          let input = target.seed(Array(data), path: file)
        else { continue }
        seeds.append((file.replacingOccurrences(of: "/", with: "_"), input))
      }
    }
    return seeds
  }

  /// Writes `target`'s seeds into `folder` (made if missing); how many.
  public static func write(for target: FuzzTarget, corpus: String, lexicons: String, to folder: String) throws -> Int {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let seeds = seeds(for: target, corpus: corpus, lexicons: lexicons)
    for seed in seeds {
      try Data(seed.input).write(to: URL(fileURLWithPath: folder + "/seed-" + seed.name))
    }
    return seeds.count
  }
}
