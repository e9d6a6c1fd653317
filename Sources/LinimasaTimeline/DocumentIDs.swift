// Document ids, fixed by the input files alone.

/// Document ids: the relative path without its extension, with characters other than
/// letters, digits, "/", "-", "_" and "." replaced by "-" and a JSONL record's line as
/// "-N". The ids are fixed by the input files alone, so a document knows its id as soon as
/// it is read: the documents of two files that would share an id keep their extension, and
/// so do a dump's (".json", ".jsonl") records and a file whose id one of them could take
/// ("dump-3" beside "dump.jsonl").
public struct DocumentIDs: Sendable {
  /// The files whose documents keep their extension.
  private let keepingExtension: Set<String>

  /// Ids for the documents of these files (their paths, without "#N"; a file may be
  /// listed once per document).
  public init(files: some Sequence<String>) {
    var byShortID: [String: [String]] = [:]
    for file in Set(files) { byShortID[Self.id(for: file, keepExtension: false), default: []].append(file) }
    var keeping = Set<String>()
    for (shortID, sharing) in byShortID {
      if sharing.count > 1 { keeping.formUnion(sharing) }
      guard let dash = shortID.lastIndex(of: "-"), !shortID[shortID.index(after: dash)...].isEmpty,
        shortID[shortID.index(after: dash)...].allSatisfy({ $0.isASCII && $0.isNumber })
      else { continue }
      let dumps = byShortID[String(shortID[..<dash])]?.filter(Self.isDump) ?? []
      if !dumps.isEmpty { keeping.formUnion(sharing + dumps) }
    }
    keepingExtension = keeping
  }

  /// The id of the document at `path` ("file" or "file#N").
  public func id(for path: String) -> String {
    Self.id(for: path, keepExtension: keepingExtension.contains(Self.file(of: path)))
  }

  /// The file a document comes from: its path without a dump record's "#N".
  public static func file(of path: String) -> String {
    path.lastIndex(of: "#").map { String(path[..<$0]) } ?? path
  }

  /// Gives each document its id.
  static func assign(_ documents: inout [DocumentRecord], using ids: DocumentIDs) {
    for index in documents.indices { documents[index].id = ids.id(for: documents[index].path) }
  }

  private static func isDump(_ file: String) -> Bool {
    file.hasSuffix(".json") || file.hasSuffix(".jsonl")
  }

  public static func id(for path: String, keepExtension: Bool) -> String {
    var base = path
    var record = ""
    if let hash = base.lastIndex(of: "#") {
      record = "-" + base[base.index(after: hash)...]
      base = String(base[..<hash])
    }
    if !keepExtension, let dot = base.lastIndex(of: "."),
      let slash = base.lastIndex(of: "/") ?? Optional(base.startIndex),
      dot > slash, dot != base.startIndex
    {
      base = String(base[..<dot])
    }
    let cleaned = String(
      base.unicodeScalars.map { scalar -> Character in
        let allowed =
          ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
          || "/-_.".unicodeScalars.contains(scalar)
        return allowed ? Character(scalar) : "-"
      })
    return cleaned + record
  }
}
