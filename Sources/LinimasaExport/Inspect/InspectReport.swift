// `linimasa inspect`: one document's paragraphs, verdicts and sentences.
import LinimasaCore
import LinimasaExtract
import LinimasaText
import LinimasaTimeline

/// Renders a document analysis for people (text) or programs (JSON). The JSON form is
/// `{"document": {...}, "paragraphs": [...], "sentences": [...], "quotations": [...]}`.
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
    let sentences: [JSONValue] = analysis.segmentation.sentences.map { sentence in
      .object([
        JSONMember("text", .string(article.text(sentence.span))),
        JSONMember("span", .span(sentence.span)),
        JSONMember("paragraph", .int(sentence.paragraph + 1)),
        JSONMember("quotation", sentence.quotation.map { .int($0) } ?? .null),
        JSONMember("words", .int(sentence.words.count)),
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
    let sentencesByParagraph = Dictionary(grouping: analysis.segmentation.sentences, by: \.paragraph)
    for paragraph in analysis.cleaning.paragraphs {
      let verdict = paragraph.removal.map { "removed: \($0)" } ?? "kept (\(paragraph.language.rawValue))"
      out += "\n#\(paragraph.index + 1) \(paragraph.span) \(verdict)\n"
      out += "  | \(article.text(paragraph.span))\n"
      for sentence in sentencesByParagraph[paragraph.index] ?? [] {
        let marker = sentence.quotation.map { " q\($0)" } ?? ""
        out += "  - \(sentence.span)\(marker) \(article.text(sentence.span))\n"
      }
    }
    return out
  }
}
