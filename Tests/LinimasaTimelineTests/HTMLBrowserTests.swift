// The HTML export in a real browser: headless Chromium loads the corpus page through
// scripts/html-check (no console errors, every event rendered) and scripts/html-screenshot.
// Chromium comes from Debian's `chromium` package, which scripts/setup installs; without it
// these tests fail rather than skip.
import Foundation
import LinimasaCore
import LinimasaExport
import LinimasaExtract
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

  /// What `scripts/html-check` reported after "ok", by name ("shown", "language", ...).
  static func facts(_ output: String) -> [String: String] {
    var facts: [String: String] = [:]
    for line in output.split(separator: "\n") {
      guard let colon = line.firstIndex(of: ":"), !line.hasPrefix("html-check") else { continue }
      facts[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    return facts
  }

  /// The page at a phone's width and a desktop's: nothing scrolls sideways, and the
  /// screenshots at each width are that wide.
  @Test func noSidewaysScrollAtPhoneOrDesktopWidth() throws {
    try #require(ScriptRun.hasChromium, Self.missingChromium)
    let (page, events) = try writeCorpusPage()
    defer { try? FileManager.default.removeItem(at: page.deletingLastPathComponent()) }
    for width in [360, 1400] {
      for fragment in ["", "lang=id&q=kpu"] {
        let check = try ScriptRun("scripts/html-check", [page.path, String(events), "--width", String(width), "--fragment", fragment])
        #expect(check.status == 0, "\(width) px, #\(fragment): \(check.output)")
      }
      let screenshot = page.deletingLastPathComponent().appendingPathComponent("page-\(width).png")
      let shot = try ScriptRun("scripts/html-screenshot", [page.path, screenshot.path, String(width)])
      #expect(shot.status == 0, "scripts/html-screenshot: \(shot.output)")
      // The PNG's IHDR: its width is the window's, so the page was laid out at that width.
      let png = [UInt8](try Data(contentsOf: screenshot))
      let pngWidth = png.count > 20 ? png[16..<20].reduce(0) { $0 << 8 | Int($1) } : 0
      #expect(pngWidth == width)
    }
    // The check fails a page that scrolls sideways.
    let wide = page.deletingLastPathComponent().appendingPathComponent("wide.html")
    let html = try String(contentsOf: page, encoding: .utf8).replacingOccurrences(
      of: "<main id=\"timeline\"", with: "<div style=\"width: 900px\">wide</div><main id=\"timeline\"")
    try html.write(to: wide, atomically: true, encoding: .utf8)
    let failing = try ScriptRun("scripts/html-check", [wide.path, String(events), "--width", "360"])
    #expect(failing.status == 1 && failing.output.contains("scrolls sideways"), "\(failing.output)")
  }

  /// The state in the URL's fragment: language, text search, actor, type, date range and
  /// one event's link, each giving the events they should.
  @Test func theFragmentHoldsTheFiltersAndLinksOneEvent() throws {
    try #require(ScriptRun.hasChromium, Self.missingChromium)
    let timeline = try #require(ExportFormatTests.corpus)
    let (page, events) = try writeCorpusPage()
    defer { try? FileManager.default.removeItem(at: page.deletingLastPathComponent()) }
    func check(_ fragment: String) throws -> [String: String] {
      let run = try ScriptRun("scripts/html-check", [page.path, String(events), "--fragment", fragment])
      #expect(run.status == 0, "#\(fragment): \(run.output)")
      return Self.facts(run.output)
    }
    let indonesian = try check("lang=id")
    #expect(indonesian["language"] == "id")
    #expect(indonesian["title"] == "Linimasa: \(events) peristiwa dari \(timeline.documents.count) dokumen")
    #expect(indonesian["labels"]?.contains("kutipan langsung") == true && indonesian["labels"]?.contains("parafrase") == true)
    let english = try check("")
    #expect(english["shown"] == String(events) && english["language"] == "en")
    // Direct quotations and paraphrase drawn apart, as many as the claims of each kind.
    let claims = timeline.events.flatMap(\.claims).compactMap { id in timeline.claims.first { $0.id == id }?.claim }
      + timeline.claimsOutsideEvents.map(\.claim)
    let direct = claims.filter { $0.kind == .direct }.count
    #expect(english["quotes"] == "\(direct) direct, \(claims.count - direct) paraphrased")
    #expect(english["labels"]?.contains("direct quote \(direct)") == true)

    let kpu = timeline.events.filter { $0.actors.contains { $0.entity == "org:kpu" } }.count
    #expect(try check("actor=org:kpu")["shown"] == String(kpu))
    let statements = timeline.events.filter { $0.type == "statement" }.count
    #expect(try check("lang=id&type=statement")["shown"] == String(statements))
    let november = TemporalValue.date(try #require(CivilDate(year: 2023, month: 11)))
    let inNovember = timeline.events.filter { $0.date.value?.overlaps(november) == true }.count
    #expect(try check("from=2023-11-01&to=2023-11-30")["shown"] == String(inNovember))
    // Search: every word must be found; a name no event has finds nothing.
    let searched = Int(try check("q=kpu")["shown"] ?? "") ?? 0
    #expect(searched >= kpu && searched < events)
    #expect(try check("q=kpu%20zzzznotaword")["shown"] == "0")
    let linked = try #require(timeline.events.first { $0.type == "ruling" })
    let one = try check("event=" + (linked.id.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? linked.id))
    #expect(one["shown"] == "1" && one["target"] == linked.id)
  }
}
