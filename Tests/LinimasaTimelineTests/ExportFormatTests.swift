// The export formats (JSON Lines, Markdown, CSV, TimelineJS, HTML) on the bundled corpus:
// every event is there, output is byte-identical across runs, each parses as its format.
import Foundation
import LinimasaCore
import LinimasaRun
import LinimasaTestSupport
import LinimasaText
import LinimasaTimeline
import Testing

@testable import LinimasaExport

@Suite struct ExportFormatTests {
  static let configuration = TextConfiguration(
    lexicons: (try? Lexicons.load(from: [Repository.lexicons.path])) ?? Lexicons())
  /// The corpus timeline, built once for the suite.
  static let corpus: Timeline? = try? build([Repository.corpus.path])

  static func build(_ inputs: [String], jobs: Int = 2) throws -> Timeline {
    try Pipeline(configuration: configuration).run(inputs: inputs, options: RunOptions(jobs: jobs))
  }

  static let formats: [(name: String, format: @Sendable (Timeline) -> String)] = [
    ("jsonl", JSONLinesExport.format), ("markdown", MarkdownExport.format), ("csv", CSVExport.format),
    ("timelinejs", TimelineJSExport.format), ("html", HTMLExport.format),
  ]

  @Test func everyFormatIsByteIdenticalForEqualTimelines() throws {
    let first = try #require(Self.corpus)
    let second = try Self.build([Repository.corpus.path], jobs: 1)
    #expect(!first.events.isEmpty, "the corpus timeline has no events")
    for (name, format) in Self.formats {
      #expect(format(first) == format(second), "\(name) output differs between two runs")
    }
  }

  @Test func jsonLinesHoldOneResolvedEventPerLine() throws {
    let timeline = try #require(Self.corpus)
    let output = JSONLinesExport.format(timeline)
    #expect(output.hasSuffix("\n"))
    var lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 1 + timeline.events.count + timeline.claimsOutsideEvents.count)
    // The run's account first: the JSON's summary and skipped list.
    let run = try #require(try JSONSerialization.jsonObject(with: Data(lines.removeFirst().utf8)) as? [String: Any])
    #expect(run["record"] as? String == "run")
    #expect((run["summary"] as? [String: Any])?["documents"] as? Int == timeline.documents.count)
    #expect((run["skipped"] as? [Any])?.count == timeline.skipped.count)
    let entities = Set(timeline.entities.map(\.id))
    let documents = Set(timeline.documents.map(\.id))
    for (line, event) in zip(lines, timeline.events) {
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        "not a JSON object: \(line.prefix(80))")
      #expect(object["record"] as? String == "event")
      #expect(object["id"] as? String == event.id)
      let actors = try #require(object["actors"] as? [[String: Any]])
      #expect(actors.count == event.actors.count)
      for actor in actors {
        let names = actor["names"] as? [String: String]
        #expect(names?["en"] != nil && names?["id"] != nil, "actor without names in \(event.id)")
        #expect(entities.contains(actor["entity"] as? String ?? ""))
      }
      let claims = try #require(object["claims"] as? [[String: Any]])
      #expect(claims.map { $0["id"] as? String } == event.claims)
      for claim in claims {
        #expect(claim["text"] is String && claim["kind"] is String, "unresolved claim in \(event.id)")
      }
      let sources = try #require(object["sources"] as? [[String: Any]])
      #expect(sources.count == event.sources.count)
      for source in sources {
        #expect(documents.contains(source["document"] as? String ?? ""))
        #expect(source["path"] is String && source["text"] is String && (source["span"] as? [Int])?.count == 2)
      }
    }
  }

  @Test func markdownShowsEveryEventUnderItsDate() throws {
    let timeline = try #require(Self.corpus)
    let markdown = MarkdownExport.format(timeline)
    let unescaped = markdown.replacingOccurrences(of: "\\", with: "")
    for event in timeline.events {
      #expect(markdown.contains("`" + event.id + "`"), "event \(event.id) missing")
      for (_, text) in event.summary { #expect(unescaped.contains(text), "summary \(text) missing") }
    }
    let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { $0.dropFirst(3) }
      .filter { $0 != "Quotes in no event" }
    #expect(Set(headings).count == headings.count, "a date heading repeats")
    let dated = headings.filter { $0 != "Undated" }.compactMap { $0.split(separator: " ").first }
      .compactMap { CivilDate(iso: $0.split(separator: "/")[0]) }
    #expect(dated == dated.sorted(), "date headings out of order")
    #expect(headings.contains("Undated") == timeline.events.contains { $0.date.value == nil })
    if headings.contains("Undated") { #expect(headings.last == "Undated") }
  }

  @Test func csvReadsInASpreadsheetWithNamesQuotesOutletsAndURLs() throws {
    let timeline = try #require(Self.corpus)
    let rows = try #require(CSVReader.rows(CSVExport.format(timeline)), "not RFC 4180 CSV")
    #expect(rows.first == CSVExport.header)
    let outside = timeline.claimsOutsideEvents
    #expect(rows.count == 1 + 1 + timeline.events.count + outside.count + timeline.skipped.count)
    for row in rows { #expect(row.count == CSVExport.header.count, "row with \(row.count) fields: \(row.first ?? "")") }
    #expect(rows[1][0] == "run" && rows[1][8].hasSuffix("\(timeline.events.count) events, 0 warnings"))
    let eventRows = Array(rows.dropFirst(2).prefix(timeline.events.count))
    #expect(eventRows.map { $0[0] } == Array(repeating: "event", count: timeline.events.count))
    #expect(eventRows.map { $0[1] } == timeline.events.map(\.id))
    let column = Dictionary(uniqueKeysWithValues: CSVExport.header.enumerated().map { ($1, $0) })
    func cell(_ row: [String], _ name: String) -> String { row[column[name] ?? 0] }
    let entities = Dictionary(uniqueKeysWithValues: timeline.entities.map { ($0.id, $0) })
    for (row, event) in zip(eventRows, timeline.events) {
      #expect(cell(row, "sources").split(separator: ";").count == event.sources.count)
      #expect(cell(row, "independent_sources") == String(event.independentSources))
      #expect(cell(row, "date") == (event.date.value?.iso ?? ""))
      // Actors by name with their role, in each language; their ids beside them.
      for actor in event.actors {
        let entity = entities[actor.entity]
        let english = entity?.names.first { $0.language == "en" }?.name ?? entity?.name ?? actor.entity
        #expect(cell(row, "actors_en").contains(english + " ("), "\(event.id): \(english)")
      }
      #expect(cell(row, "actor_ids") == event.actors.map(\.entity).joined(separator: "; "))
      #expect(cell(row, "quotes").components(separatedBy: " | ").filter { !$0.isEmpty }.count == event.claims.count)
      #expect(!cell(row, "outlets").isEmpty || event.sources.allSatisfy { source in
        timeline.documents.first { $0.id == source.document }?.metadata.source == nil
      })
    }
    #expect(eventRows.contains { cell($0, "actors_id").contains("(narasumber)") })
    #expect(eventRows.contains { cell($0, "quotes").contains(" denies: \u{201C}") }, "a denial must read as one")
    #expect(eventRows.contains { cell($0, "urls").hasPrefix("https://") })
    #expect(eventRows.contains { cell($0, "legal_references").contains(" (") })
    #expect(rows.suffix(outside.count).map { $0[1] } == outside.map(\.id))
  }

  @Test func theClaimsCSVHoldsEveryClaimOnceWithTheEventThatHoldsIt() throws {
    let timeline = try #require(Self.corpus)
    let rows = try #require(CSVReader.rows(CSVExport.claims(timeline)), "not RFC 4180 CSV")
    #expect(rows.first == CSVExport.claimsHeader)
    #expect(rows.dropFirst().map { $0[0] } == timeline.claims.map(\.id))
    for row in rows { #expect(row.count == CSVExport.claimsHeader.count) }
    var holders: [String: String] = [:]
    for event in timeline.events { for claim in event.claims where holders[claim] == nil { holders[claim] = event.id } }
    for row in rows.dropFirst() { #expect(row[11] == (holders[row[0]] ?? ""), "\(row[0])") }
    #expect(rows.contains { $0[9] == "denied" } && rows.contains { !$0[6].isEmpty && $0[6] != $0[5] })
  }

  @Test func everyFormatShowsEveryClaimOnce() throws {
    let timeline = try #require(Self.corpus)
    let held = timeline.events.flatMap(\.claims)
    #expect(Set(held).count == held.count, "a claim is in two events")
    let outside = timeline.claimsOutsideEvents.map(\.id)
    #expect(Set(held).union(outside).count == timeline.claims.count)
    #expect(!outside.isEmpty)
    // Markdown and the CSV's claim columns name each claim once; JSON Lines and the page
    // carry every event's claims and the others as their own records.
    let markdown = MarkdownExport.format(timeline)
    for claim in timeline.claims {
      let location = "`\(claim.document)` bytes \(claim.claim.span.start)\u{2013}\(claim.claim.span.end))"
      #expect(markdown.components(separatedBy: location).count - 1 >= 1, "\(claim.id) missing from Markdown")
    }
    let claimRows = try #require(CSVReader.rows(CSVExport.claims(timeline)))
    #expect(claimRows.dropFirst().map { $0[0] }.sorted() == timeline.claims.map(\.id).sorted())
    let rows = try #require(CSVReader.rows(CSVExport.format(timeline)))
    let quoted = rows.dropFirst(2).map { $0[0] == "quote" ? 1 : $0[13].components(separatedBy: " | ").filter { !$0.isEmpty }.count }
    #expect(quoted.reduce(0, +) == timeline.claims.count)
    let lines = JSONLinesExport.format(timeline).split(separator: "\n")
    let quotes = lines.filter { $0.hasPrefix("{\"record\":\"quote\"") }
    #expect(quotes.count == outside.count)
    let page = HTMLExport.format(timeline)
    for id in outside { #expect(page.contains("\"id\":\"\(id)\""), "\(id) missing from the page") }
  }

  @Test func csvQuotesFieldsThatNeedIt() {
    #expect(CSVReader.rows("a,\"b, \"\"c\"\"\r\nd\",e\r\n") == [["a", "b, \"c\"\r\nd", "e"]])
    #expect(CSVReader.rows("a,b\nc,d\r\n") == nil, "a bare line feed must not pass as a row break")
  }

  @Test func timelineJSDatesFollowPrecision() throws {
    let timeline = try #require(Self.corpus)
    let data = Data(TimelineJSExport.format(timeline).utf8)
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect((root["title"] as? [String: Any])?["text"] != nil)
    let slides = try #require(root["events"] as? [[String: Any]])
    let dated = timeline.events.filter { $0.date.value != nil }
    #expect(slides.map { $0["unique_id"] as? String } == dated.map(\.id))
    for (slide, event) in zip(slides, dated) {
      let value = try #require(event.date.value)
      let start = try #require(slide["start_date"] as? [String: String])
      #expect(start["year"] == String(value.start.year))
      #expect(start["month"] == value.start.month.map { String($0) }, "month of \(event.id)")
      #expect(start["day"] == value.start.day.map { String($0) }, "day of \(event.id)")
      if case .range = value { #expect(slide["end_date"] != nil) } else { #expect(slide["end_date"] == nil) }
      let text = try #require(slide["text"] as? [String: String])
      #expect(text["headline"]?.isEmpty == false && text["text"]?.contains("<") == true)
      #expect(slide["group"] as? String == event.type)
    }
  }

  @Test func htmlEmbedsEveryEventAndLoadsNothing() throws {
    let timeline = try #require(Self.corpus)
    let page = HTMLExport.format(timeline)
    let (blob, rest) = try #require(HTMLPage.split(page), "no embedded data")
    #expect(!blob.contains("</"), "the embedded JSON can close its script element")
    let data = try #require(try JSONSerialization.jsonObject(with: Data(blob.utf8)) as? [String: Any])
    let events = try #require(data["events"] as? [[String: Any]])
    #expect(events.map { $0["id"] as? String } == timeline.events.map(\.id))
    for needle in ["http://", "https://", "<script src", "<link", "@import", "<img", "<iframe", "<object", "<embed"] {
      #expect(!rest.lowercased().contains(needle), "page outside its data contains \(needle)")
    }
    let style = try #require(HTMLPage.split(rest, open: "<style>", close: "</style>"), "no stylesheet")
    #expect(!style.data.contains("url("), "the stylesheet loads something")
    #expect(page.contains("Content-Security-Policy"))
    #expect(page.contains("window.onerror"))
    #expect(page.contains("data-event-id"))
    #expect(page.contains("data-lang=\"id\"") && page.contains("filter-actor") && page.contains("filter-type"))
  }

  /// A timeline of one article whose metadata and text look like markup.
  static func hostileTimeline() throws -> Timeline {
    let folder = try Repository.temporaryFolder("export-escaping")
    defer { try? FileManager.default.removeItem(at: folder) }
    try hostileArticle.write(to: folder.appendingPathComponent("uji.md"), atomically: true, encoding: .utf8)
    return try build([folder.path])
  }

  static let hostileQuote = "</script><!-- *tebal* dan [tautan](x) | pipa & <b>tag</b>"
  static let hostileArticle = """
    ---
    title: "Uji </script><script>alert(1)</script> *tebal* [tautan](javascript:alert(2))"
    source: Kabar <b>Uji</b>
    url: "javascript:alert(3)"
    published: 2023-11-27
    ---
    Jakarta - Presiden Joko Widodo menyampaikan pernyataan di Istana Merdeka, Jakarta, Senin (27/11/2023).

    "Kami akan menulis \(hostileQuote) di sini," kata Joko Widodo.

    """

  /// Article text that looks like markup stays text in every format.
  @Test func articleTextCannotBreakOutOfTheMarkup() throws {
    let timeline = try Self.hostileTimeline()
    try #require(
      timeline.events.contains { $0.sources.contains { $0.text.contains(Self.hostileQuote) } },
      "no event has the test article's quote as a source")
    let (blob, rest) = try #require(HTMLPage.split(HTMLExport.format(timeline)))
    #expect(!blob.contains("</") && !blob.contains("<!"), "article text can end the data's script element")
    #expect(!rest.contains("alert("), "article text escaped the embedded data")
    let data = try #require(try JSONSerialization.jsonObject(with: Data(blob.utf8)) as? [String: Any])
    let sources = (data["events"] as? [[String: Any]] ?? []).flatMap { $0["sources"] as? [[String: Any]] ?? [] }
    let kept = sources.contains { ($0["text"] as? String)?.contains(Self.hostileQuote) == true }
    #expect(kept, "the quote was not kept as written")
    let markdown = MarkdownExport.format(timeline)
    #expect(!markdown.contains("[tautan]("), "article text became a Markdown link")
    #expect(!markdown.contains("(<javascript:"), "a javascript: URL became a link")
    #expect(!markdown.contains("<b>") && !markdown.contains("*tebal*"))
    let slides = TimelineJSExport.format(timeline)
    #expect(!slides.contains("<b>") && !slides.contains("href=\\\"javascript") && !slides.contains("href=\"javascript"))
    #expect(CSVReader.rows(CSVExport.format(timeline))?.allSatisfy { $0.count == CSVExport.header.count } == true)
  }
}

@Suite struct ExportEscapingTests {
  @Test func markdownTextRendersAsWritten() {
    let special = Escaping.markdown("a *b* _c_ [d](e) <f> `g` | #h ~i & !j")
    #expect(special == ##"a \*b\* \_c\_ \[d\](e) \<f\> \`g\` \| \#h \~i \& \!j"##)
    #expect(Escaping.markdown("- not a list\nsecond line") == #"\- not a list second line"#)
    #expect(Escaping.markdown("1. not a list") == #"1\. not a list"#)
    #expect(Escaping.markdown("12) x") == #"12\) x"#)
    #expect(Escaping.markdown("1.5 million") == #"1\.5 million"#)
    #expect(Escaping.markdownDestination("https://x.example/a b<c>") == "<https://x.example/a%20b%3Cc%3E>")
  }

  @Test func htmlTextAndScriptDataCannotBreakOut() {
    #expect(Escaping.html(#"<a href="x">'&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    #expect(HTMLExport.scriptSafe(#"{"t":"</script><!-- <b> <"}"#) == #"{"t":"<\/script>\u003c!-- <b> <"}"#)
  }

  @Test func csvQuotesOnlyWhatNeedsIt() {
    #expect(CSVExport.quoted("plain text") == "plain text")
    #expect(CSVExport.quoted("a, b") == "\"a, b\"")
    #expect(CSVExport.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSVExport.quoted("two\r\nlines") == "\"two\r\nlines\"")
    #expect(CSVExport.quoted(" padded") == "\" padded\"")
  }

  @Test func everyFormatCarriesTheRunsAccountAndItsSkips() throws {
    let skipped = [
      SkippedInput(path: "a.pdf", reason: .unsupported(extension: "pdf")),
      SkippedInput(path: "b.txt", reason: .empty),
    ]
    let timeline = Timeline(documents: try #require(ExportFormatTests.corpus).documents, skipped: skipped)
    let account = RunAccount.line(timeline)
    #expect(account.contains("2 skipped (1 empty, 1 unsupported-type)"))
    let csv = try #require(CSVReader.rows(CSVExport.format(timeline)))
    let skippedRows: [[String]] = csv.filter { $0[0] == "skipped" }
    let listed: [String] = skippedRows.map { $0[1] + " " + $0[5] }
    #expect(listed == ["a.pdf unsupported-type", "b.txt empty"])
    #expect(csv[1][8] == account)
    let markdown = MarkdownExport.format(timeline)
    #expect(markdown.contains("## Skipped inputs\n\n- `a.pdf`: unsupported file type"))
    #expect(markdown.contains(Escaping.markdown(account)))
    let jsonl = JSONLinesExport.format(timeline)
    #expect(jsonl.hasPrefix("{\"record\":\"run\"") && jsonl.contains("\"path\":\"b.txt\",\"code\":\"empty\""))
    let slides = TimelineJSExport.format(timeline)
    #expect(slides.contains("<code>a.pdf</code>: unsupported file type") && slides.contains(Escaping.html(account)))
    let (blob, _) = try #require(HTMLPage.split(HTMLExport.format(timeline)))
    let data = try #require(try JSONSerialization.jsonObject(with: Data(blob.utf8)) as? [String: Any])
    #expect((data["skipped"] as? [[String: Any]])?.map { $0["path"] as? String } == ["a.pdf", "b.txt"])
    #expect((data["summary"] as? [String: Any])?["skipped"] as? Int == 2)
  }

  @Test func anEmptyTimelineExportsCleanly() throws {
    let empty = Timeline(documents: [], skipped: [])
    #expect(JSONLinesExport.format(empty).hasPrefix("{\"record\":\"run\",\"summary\":{\"files\":0,"))
    #expect(JSONLinesExport.format(empty).split(separator: "\n").count == 1)
    #expect(CSVExport.format(empty).hasPrefix(CSVExport.row(CSVExport.header) + "run,"))
    #expect(MarkdownExport.format(empty).contains("0 events"))
    let slides = try JSONSerialization.jsonObject(with: Data(TimelineJSExport.format(empty).utf8)) as? [String: Any]
    #expect((slides?["events"] as? [Any])?.isEmpty == true)
    let (blob, _) = try #require(HTMLPage.split(HTMLExport.format(empty)))
    #expect((try JSONSerialization.jsonObject(with: Data(blob.utf8)) as? [String: Any])?["events"] as? [Any] != nil)
  }
}

/// The two parts of an exported HTML page: its embedded JSON data, and the rest.
enum HTMLPage {
  static let dataScript = "<script type=\"application/json\" id=\"linimasa-data\">"

  /// The text between the first `open` and the `close` after it, and the page without it.
  static func split(
    _ page: String, open: String = dataScript, close: String = "</script>"
  ) -> (data: String, rest: String)? {
    guard let start = page.range(of: open), let end = page.range(of: close, range: start.upperBound..<page.endIndex)
    else { return nil }
    let rest = page[..<start.upperBound] + page[end.lowerBound...]
    return (String(page[start.upperBound..<end.lowerBound]), String(rest))
  }
}

/// A strict RFC 4180 reader: CRLF between records, quoted fields with doubled quotes.
enum CSVReader {
  /// The records, or nil when the text is not well-formed CSV.
  static func rows(_ text: String) -> [[String]]? {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var afterQuote = false
    var scalars = text.unicodeScalars[...]
    while let scalar = scalars.popFirst() {
      if quoted {
        if scalar == "\"" {
          if scalars.first == "\"" {
            field.unicodeScalars.append(scalar)
            scalars.removeFirst()
          } else {
            quoted = false
            afterQuote = true
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"":
        guard field.isEmpty, !afterQuote else { return nil }
        quoted = true
      case ",":
        row.append(field)
        field = ""
        afterQuote = false
      case "\r":
        guard scalars.popFirst() == "\n" else { return nil }
        row.append(field)
        rows.append(row)
        row = []
        field = ""
        afterQuote = false
      case "\n":
        return nil
      default:
        guard !afterQuote else { return nil }
        field.unicodeScalars.append(scalar)
      }
    }
    guard !quoted, row.isEmpty, field.isEmpty else { return nil }
    return rows
  }
}
