// swift-tools-version:6.0
// Linimasa: news articles in, a source-linked event timeline out.
import PackageDescription

let package = Package(
  name: "Linimasa",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "linimasa", targets: ["linimasa"]),
    .library(name: "LinimasaTimeline", targets: ["LinimasaTimeline"]),
    .library(name: "LinimasaRun", targets: ["LinimasaRun"]),
    // For the libFuzzer driver, a package of its own in Fuzz/ (see scripts/fuzz).
    .library(name: "LinimasaFuzzTargets", targets: ["LinimasaFuzzTargets"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    // C shim over the system ICU (sentence and word breaking); stdint types only.
    .target(
      name: "CLinimasaICU",
      linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
    ),
    // C shim over the system libcrypto (OpenSSL): SHA-256 of inputs; stdint types only.
    .target(name: "CLinimasaDigest", linkerSettings: [.linkedLibrary("crypto")]),
    // C shim over the system libxml2's HTML parser: a page's tree as a flat record stream.
    .target(
      name: "CLinimasaHTML",
      cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])],
      linkerSettings: [.linkedLibrary("xml2")]
    ),
    // Shared vocabulary: spans, civil dates, findings, JSON, lexicon loading.
    .target(name: "LinimasaCore"),
    // 1-5. Ingestion, metadata, cleaning, segmentation, language identification.
    .target(
      name: "LinimasaText",
      dependencies: ["LinimasaCore", "CLinimasaICU", "CLinimasaDigest", "CLinimasaHTML", .product(name: "Yams", package: "Yams")]),
    // Extractors: temporal expressions, legal references, entities, claims, events.
    .target(name: "LinimasaExtract", dependencies: ["LinimasaCore", "LinimasaText"]),
    // The timeline model: documents' records, what spans documents, events merged.
    .target(name: "LinimasaTimeline", dependencies: ["LinimasaCore", "LinimasaText", "LinimasaExtract"]),
    // A run: the article analyzer every caller reads articles through, the pipeline driver
    // over many inputs, and what `linimasa bench` measures in process.
    .target(name: "LinimasaRun", dependencies: ["LinimasaCore", "LinimasaText", "LinimasaExtract", "LinimasaTimeline"]),
    // A story's inputs kept between runs in SQLite (GRDB), so a run extracts only what changed.
    .target(
      name: "LinimasaStore",
      dependencies: ["LinimasaCore", "LinimasaText", "LinimasaRun", .product(name: "GRDB", package: "GRDB.swift")]),
    // Renderers: a finished timeline or inspection in, bytes out.
    .target(
      name: "LinimasaExport", dependencies: ["LinimasaCore", "LinimasaText", "LinimasaExtract", "LinimasaTimeline"]),
    // Scoring against hand-made gold annotations (`linimasa eval`).
    .target(
      name: "LinimasaEval",
      dependencies: [
        "LinimasaCore", "LinimasaText", "LinimasaExtract", "LinimasaTimeline", "LinimasaRun", "LinimasaExport",
      ]),
    // The command-line tool; the only target that imports ArgumentParser.
    .executableTarget(
      name: "linimasa",
      dependencies: [
        "LinimasaCore", "LinimasaText", "LinimasaExtract", "LinimasaTimeline", "LinimasaRun", "LinimasaExport",
        "LinimasaEval", "LinimasaStore", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // What each fuzz target does with one input (driven by Fuzz/, replayed by the tests).
    .target(
      name: "LinimasaFuzzTargets",
      dependencies: [
        "LinimasaCore", "LinimasaText", "LinimasaExtract", "LinimasaTimeline", "LinimasaRun", "LinimasaExport",
      ]),
    // Helpers shared by the test targets: goldens, marked text, repository paths.
    .target(name: "LinimasaTestSupport", dependencies: ["LinimasaCore"], path: "Tests/LinimasaTestSupport"),
    .testTarget(name: "LinimasaCoreTests", dependencies: ["LinimasaCore", "LinimasaTestSupport"]),
    .testTarget(name: "LinimasaTextTests", dependencies: ["LinimasaText", "LinimasaTestSupport"]),
    .testTarget(name: "LinimasaExtractTests", dependencies: ["LinimasaExtract", "LinimasaTestSupport"]),
    .testTarget(
      name: "LinimasaTimelineTests",
      dependencies: ["LinimasaTimeline", "LinimasaRun", "LinimasaExport", "LinimasaTestSupport"]
    ),
    .testTarget(
      name: "LinimasaRunTests", dependencies: ["LinimasaRun", "LinimasaTimeline", "LinimasaExport", "LinimasaTestSupport"]),
    .testTarget(
      name: "LinimasaCorpusTests",
      dependencies: ["LinimasaTimeline", "LinimasaRun", "LinimasaExtract", "LinimasaExport", "LinimasaTestSupport"],
      exclude: ["Goldens", "Fixtures"]
    ),
    .testTarget(name: "LinimasaEvalTests", dependencies: ["LinimasaEval", "LinimasaTestSupport"]),
    .testTarget(
      name: "LinimasaStoreTests", dependencies: ["LinimasaStore", "LinimasaRun", "LinimasaText", "LinimasaTestSupport"]),
    .testTarget(name: "LinimasaCLITests", dependencies: ["LinimasaTestSupport"]),
    .testTarget(name: "LinimasaFuzzTests", dependencies: ["LinimasaFuzzTargets", "LinimasaTestSupport"]),
  ]
)
