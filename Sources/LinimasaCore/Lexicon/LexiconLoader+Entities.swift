// Reading common/entities.tsv: ASCII rows straight from the file's bytes, others as Strings.

extension LexiconLoader {
  static let entityColumns = ["id", "type", "name_id", "name_en", "aliases", "roles"]

  func loadEntities(_ path: String, into lexicons: inout Lexicons, issues: inout [LexiconIssue]) {
    guard let table = LexiconTable.readFieldTable(at: path, columns: Self.entityColumns, issues: &issues) else {
      return
    }
    var reader = EntityRowReader(file: path, rows: table.count)
    lexicons.entities.reserveCapacity(lexicons.entities.count + table.count)
    var roleLines: [(line: Int, organization: String)] = []
    table.withBytes { bytes in
      for row in 0..<table.count {
        let line = table.lines[row]
        let fields = table.fields(ofRow: row)
        let entry =
          readsEntityRowsAsBytes && fields.allSatisfy({ Self.isASCII(bytes, $0) })
          ? reader.entry(asciiFields: Array(fields), of: bytes, line: line, issues: &issues)
          : reader.entry(LexiconRow(line: line, fields: fields.map { LexiconTable.decoded(bytes, $0) }), issues: &issues)
        guard let entry else { continue }
        for case let organization? in entry.roles.map(\.organization) { roleLines.append((line, organization)) }
        lexicons.entities[entry.id] = entry
      }
    }
    for (line, organization) in roleLines where lexicons.entities[organization] == nil {
      issues.append(LexiconIssue(file: path, line: line, message: "role names unknown organization '\(organization)'"))
    }
  }

  /// Whether `bytes[range]` is ASCII.
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    range.allSatisfy { bytes[$0] < 0x80 }
  }

  /// `<prefix>:<slug>` for the type's prefix, without spaces.
  static func isEntityID(_ id: String, of type: EntityType) -> Bool {
    guard id.hasPrefix(type.prefix + ":") else { return false }
    // An ASCII id has one character per byte; others need Foundation's search and a character count.
    guard id.utf8.allSatisfy({ $0 < 0x80 }) else { return id.count > type.prefix.count + 1 && !id.contains(" ") }
    return id.utf8.count > type.prefix.utf8.count + 1 && !id.utf8.contains(UInt8(ascii: " "))
  }

  /// The distinct values, sorted (what `Set(values).sorted()` gives, without building a set).
  static func distinctSorted(_ values: [String]) -> [String] {
    var sorted = values.sorted()
    var kept = 0
    for value in sorted where kept == 0 || sorted[kept - 1] != value {
      sorted[kept] = value
      kept += 1
    }
    sorted.removeLast(sorted.count - kept)
    return sorted
  }
}

/// Turns the rows of one `entities.tsv` into entries, reporting invalid rows, repeated ids
/// and names that an earlier row already gave another entry. A row whose fields are ASCII
/// is read from its bytes, where each character is one byte; others as Strings, by
/// characters. Both ways give the same entries and the same messages.
struct EntityRowReader {
  let file: String
  private var ids: ByteKeyRegistry
  /// Names and aliases, lowercased.
  private var forms: ByteKeyRegistry
  /// A row's names and aliases, reused from row to row.
  private var formRanges: [Range<Int>] = []

  init(file: String, rows: Int) {
    self.file = file
    ids = ByteKeyRegistry(file: file, capacity: rows)
    forms = ByteKeyRegistry(file: file, capacity: rows * 3)
  }

  /// The entry `row` describes, or nil (and issues) when it is invalid or its id repeated.
  mutating func entry(_ row: LexiconRow, issues: inout [LexiconIssue]) -> EntityEntry? {
    let id = row.fields[0]
    guard let type = EntityType(rawValue: row.fields[1]) else {
      issues.append(typeIssue(line: row.line, found: row.fields[1]))
      return nil
    }
    guard LexiconLoader.isEntityID(id, of: type) else {
      issues.append(idIssue(line: row.line, type: type, found: id))
      return nil
    }
    guard ids.insert(id, line: row.line, issues: &issues) else { return nil }
    let aliases = LexiconLoader.list(row.fields[4])
    // A form may name one entity only, or matching could not tell them apart.
    var names = [row.fields[2], row.fields[3]]
    names.append(contentsOf: aliases)
    for form in LexiconLoader.distinctSorted(names) {
      _ = forms.insert(form.lowercased(), line: row.line, issues: &issues)
    }
    var roles: [EntityRole] = []
    for role in LexiconLoader.list(row.fields[5]) {
      let parts = LexiconLoader.split(role, on: UInt8(ascii: "@"), maxSplits: 1).map(String.init)
      guard let title = parts.first else {
        issues.append(roleIssue(line: row.line, found: role))
        continue
      }
      roles.append(EntityRole(title: title, organization: parts.count == 2 ? parts[1] : nil))
    }
    return EntityEntry(
      id: id, type: type, nameIndonesian: row.fields[2], nameEnglish: row.fields[3], aliases: aliases, roles: roles)
  }

  /// `entry(_:issues:)` for a row whose `fields` (byte ranges of `bytes`) are ASCII: only
  /// the Strings the entry keeps are made.
  mutating func entry(
    asciiFields fields: [Range<Int>], of bytes: UnsafeBufferPointer<UInt8>, line: Int, issues: inout [LexiconIssue]
  ) -> EntityEntry? {
    let text = { (range: Range<Int>) in LexiconTable.decoded(bytes, range) }
    guard let type = EntityType.allCases.first(where: { Self.equals(bytes, fields[1], $0.rawValue) }) else {
      issues.append(typeIssue(line: line, found: text(fields[1])))
      return nil
    }
    let id = fields[0]
    guard Self.isEntityID(bytes, id, of: type) else {
      issues.append(idIssue(line: line, type: type, found: text(id)))
      return nil
    }
    guard ids.insert(UnsafeBufferPointer(rebasing: bytes[id]), lowercasingASCII: false, line: line, issues: &issues)
    else { return nil }
    let aliases = Self.list(bytes, fields[4])
    insertForms(bytes, names: [fields[2], fields[3]] + aliases, line: line, issues: &issues)
    let nameIndonesian = text(fields[2])
    let sameNames = bytes[fields[2]].elementsEqual(bytes[fields[3]])
    var roles: [EntityRole] = []
    for role in Self.list(bytes, fields[5]) {
      let parts = bytes[role].split(separator: UInt8(ascii: "@"), maxSplits: 1)
      guard let title = parts.first else {
        issues.append(roleIssue(line: line, found: text(role)))
        continue
      }
      let organization = parts.count == 2 ? text(parts[1].startIndex..<parts[1].endIndex) : nil
      roles.append(EntityRole(title: text(title.startIndex..<title.endIndex), organization: organization))
    }
    return EntityEntry(
      id: text(id), type: type, nameIndonesian: nameIndonesian, nameEnglish: sameNames ? nameIndonesian : text(fields[3]),
      aliases: aliases.map(text), roles: roles)
  }

  /// Registers the distinct `names` lowercased, in the order of their sorted bytes (the
  /// order of the String rules for ASCII).
  private mutating func insertForms(
    _ bytes: UnsafeBufferPointer<UInt8>, names: [Range<Int>], line: Int, issues: inout [LexiconIssue]
  ) {
    formRanges.removeAll(keepingCapacity: true)
    formRanges.append(contentsOf: names)
    formRanges.sort { bytes[$0].lexicographicallyPrecedes(bytes[$1]) }
    for (index, form) in formRanges.enumerated()
    where index == 0 || !bytes[formRanges[index - 1]].elementsEqual(bytes[form]) {
      _ = forms.insert(UnsafeBufferPointer(rebasing: bytes[form]), lowercasingASCII: true, line: line, issues: &issues)
    }
  }

  /// `LexiconLoader.list` on ASCII bytes: "-" is an empty list; otherwise the values
  /// between "|", trimmed, empty ones left out.
  static func list(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Range<Int>) -> [Range<Int>] {
    guard !equals(bytes, field, "-") else { return [] }
    var values: [Range<Int>] = []
    for part in bytes[field].split(separator: UInt8(ascii: "|")) {
      var start = part.startIndex
      var end = part.endIndex
      while start < end && isBlank(bytes[start]) { start += 1 }
      while end > start && isBlank(bytes[end - 1]) { end -= 1 }
      if start < end { values.append(start..<end) }
    }
    return values
  }

  /// `LexiconLoader.isEntityID` on ASCII bytes.
  static func isEntityID(_ bytes: UnsafeBufferPointer<UInt8>, _ id: Range<Int>, of type: EntityType) -> Bool {
    let prefix = type.prefix.utf8
    return id.count > prefix.count + 1 && bytes[id].starts(with: prefix)
      && bytes[id.lowerBound + prefix.count] == UInt8(ascii: ":") && !bytes[id].contains(UInt8(ascii: " "))
  }

  /// Whether `bytes[range]` is `text`.
  static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ text: String) -> Bool {
    bytes[range].elementsEqual(text.utf8)
  }

  /// A space or a tab.
  private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

  private func typeIssue(line: Int, found: String) -> LexiconIssue {
    LexiconIssue(
      file: file, line: line,
      message: "type must be one of \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")), got '\(found)'")
  }

  private func idIssue(line: Int, type: EntityType, found: String) -> LexiconIssue {
    LexiconIssue(file: file, line: line, message: "id must be '\(type.prefix):<slug>', got '\(found)'")
  }

  private func roleIssue(line: Int, found: String) -> LexiconIssue {
    LexiconIssue(file: file, line: line, message: "a role needs a title before '@', got '\(found)'")
  }
}
