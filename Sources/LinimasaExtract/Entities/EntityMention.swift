// Entities found in a document, and where.
import LinimasaCore

/// An entity as a document knows it: from the lexicon, or discovered in the text.
public struct DocumentEntity: Sendable, Equatable, Codable {
  public let id: String
  public let type: EntityType
  /// The fullest name the document (or the lexicon) gives.
  public var name: String
  public var aliases: [String]
  public var roles: [EntityRole]
  public let fromLexicon: Bool
}

/// One place where a document names an entity (a pronoun resolved to it included).
public struct EntityMention: Sendable, Equatable, Codable {
  public let entity: String
  public let span: ByteSpan
}
