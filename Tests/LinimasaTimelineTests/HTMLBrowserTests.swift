// The HTML export in a real browser: headless Chromium loads the corpus page through
// scripts/html-check (no console errors, every event rendered) and scripts/html-screenshot.
// Chromium comes from Debian's `chromium` package, which scripts/setup installs; without it
// these tests fail rather than skip.
import Foundation
import LinimasaExport
import LinimasaTestSupport
import Testing

/// Runs one of the repository's scripts and collects what it prints.
struct ScriptRun {
  let status: Int32
  let output: String

  init(_ script: String, _ arguments: [String]) throws {
    (status, output) = try Repository.run(Repository.root.appendingPathComponent(script), arguments)
  }

  /// Whether `chromium` is on PATH (or named by $CHROMIUM).
  static var hasChromium: Bool {
    let environment = ProcessInfo.processInfo.environment
    if let named = environment["CHROMIUM"] { return FileManager.default.isExecutableFile(atPath: named) }
    return (environment["PATH"] ?? "").split(separator: ":").contains { folder in
      FileManager.default.isExecutableFile(atPath: String(folder) + "/chromium")
    }
  }
}

@Suite(.serialized) struct HTMLBrowserTests {
  static let missingChromium: Comment = "chromium is not installed: run scripts/setup (CI runs it first)"

  /// The corpus page, written to a new temporary folder.
  func writeCorpusPage() throws -> (page: URL, events: Int) {
    let timeline = try #require(ExportFormatTests.corpus)
    let folder = try Repository.temporaryFolder("html-browser")
    let page = folder.appendingPathComponent("timeline.html")
    try HTMLExport.format(timeline).write(to: page, atomically: true, encoding: .utf8)
    return (page, timeline.events.count)
  }

  @Test func corpusPageLoadsWithoutErrorsAndShowsEveryEvent() throws {
    try #require(ScriptRun.hasChromium, Self.missingChromium)
    let (page, events) = try writeCorpusPage()
    defer { try? FileManager.default.removeItem(at: page.deletingLastPathComponent()) }
    let check = try ScriptRun("scripts/html-check", [page.path, String(events)])
    #expect(check.status == 0, "scripts/html-check: \(check.output)")

    let screenshot = page.deletingLastPathComponent().appendingPathComponent("timeline.png")
    let shot = try ScriptRun("scripts/html-screenshot", [page.path, screenshot.path])
    #expect(shot.status == 0, "scripts/html-screenshot: \(shot.output)")
    let png = try Data(contentsOf: screenshot)
    #expect(png.count > 10_000, "the screenshot has \(png.count) bytes")
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "the screenshot is not a PNG")
  }

  /// Article text that looks like markup neither breaks the page nor runs.
  @Test func pageWithMarkupInArticlesStillRenders() throws {
    try #require(ScriptRun.hasChromium, Self.missingChromium)
    let timeline = try ExportFormatTests.hostileTimeline()
    let folder = try Repository.temporaryFolder("html-hostile")
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("timeline.html")
    try HTMLExport.format(timeline).write(to: page, atomically: true, encoding: .utf8)
    let check = try ScriptRun("scripts/html-check", [page.path, String(timeline.events.count)])
    #expect(check.status == 0, "scripts/html-check: \(check.output)")
  }

  /// The check is not a rubber stamp: a script error and a missing event both fail it.
  @Test func checkCatchesABrokenPage() throws {
    try #require(ScriptRun.hasChromium, Self.missingChromium)
    let (page, events) = try writeCorpusPage()
    defer { try? FileManager.default.removeItem(at: page.deletingLastPathComponent()) }
    let broken = page.deletingLastPathComponent().appendingPathComponent("broken.html")
    var html = try String(contentsOf: page, encoding: .utf8)
    let lastRender = try #require(html.range(of: "render();", options: .backwards), "the page never calls render()")
    html.replaceSubrange(lastRender, with: "render(); missingFunction();")
    try html.write(to: broken, atomically: true, encoding: .utf8)
    let failing = try ScriptRun("scripts/html-check", [broken.path, String(events)])
    #expect(failing.status == 1, "scripts/html-check passed a page with a script error: \(failing.output)")
    #expect(failing.output.contains("missingFunction"))
    let miscounted = try ScriptRun("scripts/html-check", [page.path, String(events + 1)])
    #expect(miscounted.status == 1, "scripts/html-check passed a wrong event count: \(miscounted.output)")
  }
}
