// A citation of a legal instrument in a document.
import LinimasaCore

/// One place where a document cites a legal instrument.
public struct LegalCitation: Sendable, Equatable, Codable {
  public let span: ByteSpan
  /// `TYPE-number-year` ("UU-27-2022"), "UUD-1945", "KUHP" or "PUTUSAN-MK-<docket>".
  public let id: String
  /// "UU", "PP", "PERPRES", "PERPPU", "PERMEN", "PKPU", "PERBAWASLU", "PERDA", "PMK",
  /// "PUTUSAN-MK", "UUD-1945" or "KUHP".
  public let instrument: String
  public let number: String?
  public let year: Int?
  /// The title the text gives after "tentang"/"concerning"/"on", if any.
  public let title: String?
  /// Cited articles ("39", "24C"), ranges expanded.
  public let articles: [String]
  /// Cited clauses (ayat / paragraph numbers).
  public let clauses: [String]
}
