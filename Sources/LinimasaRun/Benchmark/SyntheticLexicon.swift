// A large generated entity lexicon, for measuring how lexicon loading scales.
import Foundation

/// Writes `common/entities.tsv` with `count` made-up people and organisations (each with
/// names in both languages, aliases and a role), deterministic for a count.
public enum SyntheticLexicon {
  public static func write(entities count: Int, to folder: URL) throws {
    let common = folder.appendingPathComponent("common")
    try FileManager.default.createDirectory(at: common, withIntermediateDirectories: true)
    let given = ["Adi", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gita", "Hadi", "Indra", "Joko", "Kartika", "Lestari"]
    let family = ["Santoso", "Wijaya", "Pratama", "Saputra", "Kusuma", "Hidayat", "Nugroho", "Siregar", "Lubis", "Sitompul"]
    var rows = ["id\ttype\tname_id\tname_en\taliases\troles"]
    for number in 0..<count {
      let name = "\(given[number % given.count]) \(family[(number / given.count) % family.count]) \(Self.letters(number))"
      if number % 3 == 0 {
        rows.append("org:bench-\(number)\torganization\tLembaga Kajian \(name)\tInstitute of \(name) Studies\tLK\(Self.letters(number).uppercased())|LKS \(number)\t-")
      } else {
        rows.append("person:bench-\(number)\tperson\t\(name)\t\(name)\t\(name.split(separator: " ").last ?? "")\tPeneliti@org:bench-\(number - number % 3)")
      }
    }
    try (rows.joined(separator: "\n") + "\n").write(to: common.appendingPathComponent("entities.tsv"), atomically: true, encoding: .utf8)
  }

  /// A short letter code unique to `number` ("ba", "bb", ...): names stay distinct.
  static func letters(_ number: Int) -> String {
    var value = number, code = ""
    repeat {
      code.append(Character(UnicodeScalar(UInt8(97 + value % 26))))
      value /= 26
    } while value > 0
    return "b" + code
  }
}
