// Lookups the export formats share: a timeline's entities, claims, documents and legal
// instruments by id, and their names in each language.
import LinimasaCore
import LinimasaTimeline

/// A timeline's records by id, so a format can resolve an event's references.
struct ExportIndex {
  let entities: [String: TimelineEntity]
  let claims: [String: TimelineClaim]
  let documents: [String: DocumentRecord]
  let legalReferences: [String: LegalInstrument]

  init(_ timeline: Timeline) {
    entities = Dictionary(timeline.entities.map { ($0.id, $0) }) { first, _ in first }
    claims = Dictionary(timeline.claims.map { ($0.id, $0) }) { first, _ in first }
    documents = Dictionary(timeline.documents.map { ($0.id, $0) }) { first, _ in first }
    legalReferences = Dictionary(timeline.legalReferences.map { ($0.id, $0) }) { first, _ in first }
  }

  /// The languages every export shows, in this order.
  static let languages = ["en", "id"]

  /// The entity's name in `language` ("en", "id"), else its main name, else the id itself.
  func name(of entity: String, in language: String) -> String {
    guard let record = entities[entity] else { return entity }
    return record.names.first { $0.language == language }?.name ?? record.name
  }

  /// The instrument's title in `language`, else in the other language; nil when untitled.
  func title(of instrument: String, in language: String) -> String? {
    guard let titles = legalReferences[instrument]?.titles else { return nil }
    return (titles.first { $0.language == language } ?? titles.first)?.title
  }

  /// "Outlet: Title" for a document, from whichever of the two is known, else its id.
  func label(of document: String) -> String {
    let metadata = documents[document]?.metadata
    let parts = [metadata?.source, metadata?.title].compactMap { $0 }.filter { !$0.isEmpty }
    return parts.isEmpty ? document : parts.joined(separator: ": ")
  }

  /// The document's URL when it is a web address ("http://" or "https://"), else nil, so
  /// no export links to a `javascript:` or local URL an article's metadata gives.
  func webURL(of document: String) -> String? {
    guard let url = documents[document]?.metadata.url.map(Self.trimmed) else { return nil }
    let lowered = url.lowercased()
    let isWeb = lowered.hasPrefix("https://") || lowered.hasPrefix("http://")
    return isWeb && !url.contains(where: { $0.isWhitespace }) ? url : nil
  }

  private static func trimmed(_ text: String) -> String {
    var text = Substring(text)
    while text.first?.isWhitespace == true { text.removeFirst() }
    while text.last?.isWhitespace == true { text.removeLast() }
    return String(text)
  }
}
