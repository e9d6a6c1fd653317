// Event types with their bilingual summary templates, and the words that trigger them.

/// A summary template: text with `{agent}`, `{target}` and `{topic}` slots, where a
/// segment in square brackets is left out when a slot inside it has no value
/// ("{agent} sends a letter[ to {target}]", "{agent} comments[ on {topic}]").
public struct SummaryTemplate: Sendable, Hashable {
  public enum Slot: String, Sendable, CaseIterable { case agent, target, topic }

  enum Part: Sendable, Hashable {
    case text(String)
    case slot(Slot)
    /// An optional segment.
    case optional([Part])
  }

  let parts: [Part]

  /// Parses a template; the error says what is wrong ("unknown slot {actor}").
  public init(parsing template: String) throws(TemplateError) {
    var parts: [Part] = []
    var inner: [Part]?
    var text = ""
    var rest = Substring(template)
    func flushText() {
      guard !text.isEmpty else { return }
      if inner != nil { inner?.append(.text(text)) } else { parts.append(.text(text)) }
      text = ""
    }
    while let character = rest.first {
      switch character {
      case "{":
        guard let close = rest.firstIndex(of: "}") else { throw TemplateError("'{' without a closing '}'") }
        let name = rest[rest.index(after: rest.startIndex)..<close]
        guard let slot = Slot(rawValue: String(name)) else {
          throw TemplateError("unknown slot {\(name)}; use {agent}, {target} or {topic}")
        }
        flushText()
        if inner != nil { inner?.append(.slot(slot)) } else { parts.append(.slot(slot)) }
        rest = rest[rest.index(after: close)...]
        continue
      case "[":
        guard inner == nil else { throw TemplateError("optional segments cannot nest") }
        flushText()
        inner = []
      case "]":
        guard inner != nil else { throw TemplateError("']' without an opening '['") }
        flushText()
        let segment = inner ?? []
        guard segment.contains(where: { if case .slot = $0 { return true } else { return false } }) else {
          throw TemplateError("an optional segment [...] must hold a slot ({agent}, {target} or {topic})")
        }
        parts.append(.optional(segment))
        inner = nil
      case "}":
        throw TemplateError("'}' without an opening '{'")
      default:
        text.append(character)
      }
      rest = rest.dropFirst()
    }
    guard inner == nil else { throw TemplateError("'[' without a closing ']'") }
    flushText()
    self.parts = parts
  }

  /// The slots used outside optional segments (they must always be filled).
  public var requiredSlots: Set<Slot> {
    Set(parts.compactMap { if case .slot(let slot) = $0 { return slot } else { return nil } })
  }

  /// All slots the template uses.
  public var slots: Set<Slot> {
    Set(parts.flatMap { part -> [Slot] in
      switch part {
      case .slot(let slot): return [slot]
      case .optional(let inner): return inner.compactMap { if case .slot(let slot) = $0 { return slot } else { return nil } }
      case .text: return []
      }
    })
  }

  /// The summary with the slots filled; an optional segment whose slot is nil is left out.
  public func render(_ values: [Slot: String]) -> String {
    func render(_ parts: [Part]) -> String? {
      var result = ""
      for part in parts {
        switch part {
        case .text(let text): result += text
        case .slot(let slot):
          guard let value = values[slot] else { return nil }
          result += value
        case .optional(let inner): result += render(inner) ?? ""
        }
      }
      return result
    }
    return render(parts) ?? ""
  }
}

/// Why a summary template does not parse.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
  public let description: String
  init(_ description: String) { self.description = description }
}

/// A kind of happening, with its summary templates in each language.
public struct EventType: Sendable, Hashable {
  /// Lowercase words with hyphens ("letter", "statement").
  public let id: String
  /// Types that may name the same happening share a family ("leak", "sale" and "hack" are
  /// "data-breach"); a type alone is its own family.
  public let family: String
  /// Templates by language, for when an agent is known.
  public let summaries: [Language: SummaryTemplate]
  /// Templates by language, for when no agent is known (no `{agent}` slot).
  public let summariesWithoutAgent: [Language: SummaryTemplate]
  /// What the type is about, as a noun phrase by language ("the data leak", "kebocoran
  /// data"): a statement speaking of it names it as its topic.
  public let topics: [Language: String]
  /// Whether a name right after the type's noun ("putusan MK", "penangkapan Harvey") or a
  /// possessive before it ("the KPU's investigation") is its doer (else its target).
  public let nounOwnerIsAgent: Bool
  /// Whether the type is also an occasion to speak (a hearing): named in a speaker's
  /// attribution, it is their statement's occasion, not a happening of its own.
  public let isOccasion: Bool

  /// The type every statement event has.
  public static let statement = "statement"
  /// The type whose templates summarise a statement that denies what it says.
  public static let denial = "denial"
}

/// A word or phrase that signals a type of event ("mengirim surat" → letter).
public struct EventTrigger: Sendable, Hashable {
  /// Lowercased words, matched in sequence.
  public let words: [String]
  public let type: String
  /// Where the trigger was defined, for reporting an unknown type after all folders load.
  let file: String
  let line: Int
}
