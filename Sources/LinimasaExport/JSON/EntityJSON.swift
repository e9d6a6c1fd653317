// The `entities[]` and `claims[]` objects of the JSON contract.
import LinimasaCore
import LinimasaExtract
import LinimasaTimeline

/// Renders entities and claims as the contract's Entity and Claim objects.
enum EntityJSON {
  /// The Entity object's members but the last, `mentions` (which each document holds).
  static func members(_ entity: TimelineEntity) -> [JSONMember] {
    [
      JSONMember("id", .string(entity.id)),
      JSONMember("type", .string(entity.type.rawValue)),
      JSONMember("name", .string(entity.name)),
      JSONMember("names", .object(entity.names.map { JSONMember($0.language, .string($0.name)) })),
      JSONMember("aliases", .array(entity.aliases.map(JSONValue.string))),
      JSONMember(
        "roles",
        .array(
          entity.roles.map { role in
            .object([
              JSONMember("title", .string(role.title)), JSONMember("organization", .optional(role.organization)),
            ])
          })),
      JSONMember("fromLexicon", .bool(entity.fromLexicon)),
    ]
  }

  /// The Claim object of a document's claim, under its timeline id.
  static func claim(_ claim: Claim, id: String, document: String) -> JSONValue {
    let date: JSONValue =
      claim.date.map { expression in
        .object([
          JSONMember("value", .optional(expression.value?.iso)),
          JSONMember("resolution", .string(expression.resolution.rawValue)),
        ])
      } ?? .null
    return .object([
      JSONMember("id", .string(id)),
      JSONMember("document", .string(document)),
      JSONMember("speaker", .optional(claim.speaker)),
      JSONMember("kind", .string(claim.kind.rawValue)),
      JSONMember("stance", .string(claim.stance.rawValue)),
      JSONMember("text", .string(claim.text)),
      JSONMember("date", date),
      JSONMember("span", .span(claim.span)),
    ])
  }
}
