// The timeline as one self-contained HTML page: inline CSS and script, no network requests.
import LinimasaCore
import LinimasaTimeline

/// Renders a timeline as one HTML page that draws it on a vertical date axis.
///
/// The page has a language switch (en/id) that every label follows, filters by text,
/// actor, event type and date range whose state is in the URL's fragment ("#lang=id&
/// q=KPU&from=2023-11-01"), a link to each event ("#event=ID"), and every
/// event under its headline, linked to the sentences that report it; the quotes no event
/// holds follow the timeline, then the skipped inputs with their reasons, and the footer
/// gives the run's account. The events are embedded as JSON
/// (`ResolvedEventJSON` objects) in a `<script type="application/json">` element and
/// drawn by inline script; a Content-Security-Policy forbids the page any request.
public enum HTMLExport {
  public static func format(_ timeline: Timeline) -> String {
    let index = ExportIndex(timeline)
    let data = JSONValue.object([
      JSONMember("generator", .string(LinimasaVersion.name + " " + LinimasaVersion.current)),
      JSONMember("documents", .int(timeline.documents.count)),
      JSONMember("summary", RunAccount.summary(timeline)),
      JSONMember("skipped", .array(timeline.skipped.map(RunAccount.skipped))),
      JSONMember("types", .object(timeline.typeNames.sorted { $0.key < $1.key }.map { type, names in
        JSONMember(type, .object(names.map { JSONMember($0.language, .string($0.name)) }))
      })),
      JSONMember("events", .array(timeline.events.map { ResolvedEventJSON.value($0, index: index) })),
      JSONMember("quotes", .array(timeline.claimsOutsideEvents.map { ResolvedEventJSON.claim(id: $0.id, index: index) })),
    ])
    let title = Escaping.html("Linimasa: \(timeline.events.count) events from \(timeline.documents.count) documents")
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
      <meta name="referrer" content="no-referrer">
      <meta name="generator" content="\(LinimasaVersion.name) \(LinimasaVersion.current)">
      <title>\(title)</title>
      <style>
      \(HTMLPageStyle.css)</style>
      </head>
      <body>
      \(body)
      <script type="application/json" id="linimasa-data">\(scriptSafe(JSONWriter.compact(data)))</script>
      <script>
      \(HTMLPageScript.errorRecorder)</script>
      <script>
      \(HTMLPageScript.app)</script>
      </body>
      </html>

      """
  }

  /// The page's fixed parts; the script fills them from the embedded data.
  static let body = """
    <header class="top">
    <div class="top-inner">
    <div class="brand"><h1 id="page-title">Timeline</h1><p id="stats" class="stats"></p></div>
    <div class="controls">
    <div class="lang-switch" role="group" aria-label="Language">\
    <button type="button" data-lang="en" aria-pressed="true">EN</button>\
    <button type="button" data-lang="id" aria-pressed="false">ID</button></div>
    <label class="filter"><span id="label-search">Search</span><input type="search" id="filter-search"></label>
    <label class="filter"><span id="label-actor">Actor</span><select id="filter-actor"></select></label>
    <label class="filter"><span id="label-type">Type</span><select id="filter-type"></select></label>
    <label class="filter"><span id="label-from">From</span><input type="date" id="filter-from"></label>
    <label class="filter"><span id="label-to">To</span><input type="date" id="filter-to"></label>
    <button type="button" id="filter-reset" class="reset">Reset</button>
    <p id="counter" class="counter" aria-live="polite"></p>
    </div>
    </div>
    </header>
    <main id="timeline" class="timeline"></main>
    <section id="outside" class="outside"></section>
    <noscript><p class="noscript">This page draws the timeline with its script: enable JavaScript.</p></noscript>
    <section id="skipped" class="skipped" hidden></section>
    <footer id="page-footer" class="page-footer"></footer>
    """

  /// Nothing may load from anywhere: only the page's own inline style and script run.
  static let contentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src 'none'; "
    + "connect-src 'none'; font-src 'none'; base-uri 'none'; form-action 'none'"

  /// JSON that cannot end its `<script>` element early: "</" as "<\/" and "<!" as
  /// "\u003c!" (which would open an HTML comment), both still the same JSON strings.
  static func scriptSafe(_ json: String) -> String {
    var out = String.UnicodeScalarView()
    var pendingLess = false
    for scalar in json.unicodeScalars {
      if pendingLess {
        pendingLess = false
        switch scalar {
        case "/": out.append(contentsOf: "<\\/".unicodeScalars)
          continue
        case "!": out.append(contentsOf: "\\u003c!".unicodeScalars)
          continue
        default: out.append("<")
        }
      }
      if scalar == "<" { pendingLess = true } else { out.append(scalar) }
    }
    if pendingLess { out.append("<") }
    return String(out)
  }
}
