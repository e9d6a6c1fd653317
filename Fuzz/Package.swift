// swift-tools-version:6.0
// The libFuzzer driver for Linimasa's fuzz targets, built and run by scripts/fuzz with
// `-sanitize=fuzzer` (which links libFuzzer); not part of the main package's build.
import PackageDescription

let package = Package(
  name: "LinimasaFuzz",
  dependencies: [.package(name: "Linimasa", path: "..")],
  targets: [
    // Declares libFuzzer's LLVMFuzzerRunDriver for Swift.
    .target(name: "CFuzzerDriver"),
    .executableTarget(
      name: "linimasa-fuzz",
      dependencies: ["CFuzzerDriver", .product(name: "LinimasaFuzzTargets", package: "Linimasa")],
      // gold fails on this link (an internal error reading DWARF 5); lld does not.
      linkerSettings: [.unsafeFlags(["-use-ld=lld"])]
    ),
  ]
)
