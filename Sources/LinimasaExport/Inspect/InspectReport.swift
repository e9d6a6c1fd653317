// `linimasa inspect`: one document's paragraphs, verdicts and sentences.
import LinimasaCore
import LinimasaExtract
import LinimasaText
import LinimasaTimeline

/// Renders a document analysis for people (text) or programs (JSON). The JSON form is
/// `{"document": {...}, "paragraphs": [...], "sentences": [...], "quotations": [...],
/// "events": [...]}`; each sentence lists what it gave (`SentenceFacts`): its entity
/// mentions, the claims it opens (with their speakers), its dates and legal citations, and
/// the events it reports (indexes into `events` and the document's `claims`).
public enum InspectReport {
  public static func json(_ analysis: DocumentAnalysis, facts: DocumentFacts) -> String {
    let article = analysis.article
    var document = DocumentRecord(analysis: analysis, facts: facts)
    document.id = DocumentIDs.id(for: document.path, keepExtension: false)
    let paragraphs: [JSONValue] = analysis.cleaning.paragraphs.map { paragraph in
      .object([
        JSONMember("index", .int(paragraph.index + 1)),
        JSONMember("text", .string(article.text(paragraph.span))),
        JSONMember("span", .span(paragraph.span)),
        JSONMember("kept", .bool(paragraph.isKept)),
        JSONMember("reason", .optional(paragraph.removal?.description)),
        JSONMember("language", paragraph.isKept ? .string(paragraph.language.rawValue) : .null),
      ])
    }
    let placed = SentenceFacts(analysis, facts: facts)
    let sentences: [JSONValue] = zip(analysis.segmentation.sentences, placed.sentences).map { sentence, found in
      .object([
        JSONMember("text", .string(article.text(sentence.span))),
        JSONMember("span", .span(sentence.span)),
        JSONMember("paragraph", .int(sentence.paragraph + 1)),
        JSONMember("quotation", sentence.quotation.map { .int($0) } ?? .null),
        JSONMember("words", .int(sentence.words.count)),
        JSONMember("entities", .array(found.mentions.map { mention in
          .object([
            JSONMember("entity", .string(mention.entity)),
            JSONMember("span", .span(mention.span)),
            JSONMember("text", .string(article.text(mention.span))),
          ])
        })),
        JSONMember("claims", .array(found.claims.map { .string(document.claimID($0)) })),
        JSONMember("dates", .array(found.dates.map { .int($0) })),
        JSONMember("legalReferences", .array(found.citations.map { .string(facts.legalCitations[$0].id) })),
        JSONMember("events", .array(found.events.map { .int($0) })),
      ])
    }
    let events: [JSONValue] = facts.events.enumerated().map { number, event in
      .object([
        JSONMember("index", .int(number)),
        JSONMember("type", .string(event.type)),
        JSONMember("date", .optional(event.date?.value?.iso)),
        JSONMember("dateText", .optional(event.date.map { article.text($0.span) })),
        JSONMember("actors", .array(event.actors.map { actor in
          .object([JSONMember("entity", .string(actor.entity)), JSONMember("role", .string(actor.role.rawValue))])
        })),
        JSONMember("claims", .array(event.claims.map { .string(document.claimID($0)) })),
        JSONMember("headline", .string(event.headline)),
        JSONMember("denies", .bool(event.denies)),
        JSONMember("sources", .array(event.sources.map { .span($0) })),
      ])
    }
    let quotations: [JSONValue] = analysis.segmentation.quotations.map { quotation in
      .object([JSONMember("span", .span(quotation.span)), JSONMember("closed", .bool(quotation.isClosed))])
    }
    return JSONWriter.pretty(
      .object([
        JSONMember("document", document.details.map { .object(DocumentJSON.members(document, details: $0)) } ?? .null),
        JSONMember("paragraphs", .array(paragraphs)),
        JSONMember("sentences", .array(sentences)),
        JSONMember("quotations", .array(quotations)),
        JSONMember("events", .array(events)),
      ]))
  }

  public static func text(_ analysis: DocumentAnalysis, facts: DocumentFacts) -> String {
    let article = analysis.article
    let record = DocumentRecord(analysis: analysis, facts: facts)
    let metadata = record.metadata
    let counts = record.cleaning
    var out = "\(article.path)  (\(article.format.rawValue), language \(analysis.language.rawValue))\n"
    out += "  title:     \(metadata.title ?? "-")\n"
    out += "  source:    \(metadata.source ?? "-")    dateline: \(metadata.dateline ?? "-")\n"
    out += "  published: \(metadata.published.map { "\($0.value.iso) (\($0.basis.rawValue))" } ?? "-")\n"
    if !metadata.authors.isEmpty { out += "  authors:   \(metadata.authors.joined(separator: ", "))\n" }
    if !metadata.editors.isEmpty { out += "  editors:   \(metadata.editors.joined(separator: ", "))\n" }
    out += "  cleaning:  \(counts.paragraphsIn) paragraphs, \(counts.paragraphsKept) kept, "
    out +=
      "\(counts.duplicatesRemoved) duplicates, \(counts.boilerplateRemoved) boilerplate, \(counts.metadataLines) metadata\n"
    for warning in analysis.warnings { out += "  warning:   \(warning)\n" }
    for (expression, text) in record.details?.temporalExpressions ?? [] {
      let time = expression.time.map { " " + $0 + (expression.timeZone.map { " " + $0 } ?? "") } ?? ""
      out +=
        "  date:      \(expression.span) \(text) → \(expression.value?.iso ?? "null") (\(expression.resolution.rawValue))\(time)\n"
    }
    let placed = SentenceFacts(analysis, facts: facts)
    let sentencesByParagraph = Dictionary(
      grouping: zip(analysis.segmentation.sentences, placed.sentences), by: { $0.0.paragraph })
    for paragraph in analysis.cleaning.paragraphs {
      let verdict = paragraph.removal.map { "removed: \($0)" } ?? "kept (\(paragraph.language.rawValue))"
      out += "\n#\(paragraph.index + 1) \(paragraph.span) \(verdict)\n"
      out += "  | \(article.text(paragraph.span))\n"
      for (sentence, found) in sentencesByParagraph[paragraph.index] ?? [] {
        let marker = sentence.quotation.map { " q\($0)" } ?? ""
        out += "  - \(sentence.span)\(marker) \(article.text(sentence.span))\n"
        out += factLines(found, analysis: analysis, facts: facts)
      }
    }
    return out
  }

  /// The lines under a sentence: what it gave, one fact a line.
  private static func factLines(_ found: SentenceFacts.Sentence, analysis: DocumentAnalysis, facts: DocumentFacts)
    -> String
  {
    let article = analysis.article
    func name(_ id: String) -> String {
      facts.entities.entities[id].map { "\(id) (\($0.name))" } ?? id
    }
    var out = ""
    for mention in found.mentions {
      out += "      entity \(mention.span) \(article.text(mention.span)) → \(name(mention.entity))\n"
    }
    for number in found.claims {
      let claim = facts.claims[number]
      out += "      claim  c\(number + 1) \(claim.kind.rawValue), \(claim.stance.rawValue), by "
        + "\(claim.speaker.map(name) ?? "no one named"): \u{201C}\(claim.text)\u{201D}\n"
    }
    for number in found.dates {
      let expression = facts.temporalExpressions[number]
      out += "      date   \(expression.span) \(article.text(expression.span)) → "
        + "\(expression.value?.iso ?? "null") (\(expression.resolution.rawValue))\n"
    }
    for number in found.citations {
      let citation = facts.legalCitations[number]
      let articles = citation.articles.isEmpty ? "" : " art. " + citation.articles.joined(separator: ", ")
      out += "      legal  \(citation.span) \(citation.id)\(articles)\n"
    }
    for number in found.events {
      let event = facts.events[number]
      let actors = event.actors.map { "\($0.entity) (\($0.role.rawValue))" }.joined(separator: ", ")
      out += "      event  e\(number + 1) \(event.type) \(event.date?.value?.iso ?? "undated")"
        + (event.denies ? ", denied" : "") + (actors.isEmpty ? "" : ": " + actors)
        + (event.claims.isEmpty ? "" : " [claims " + event.claims.map { "c\($0 + 1)" }.joined(separator: ", ") + "]")
        + "\n"
    }
    return out
  }
}
