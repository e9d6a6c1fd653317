// The events one document reports: happenings and statements, each sentence in one event.
import LinimasaCore
import LinimasaText

/// Someone taking part in an event, and how.
public struct EventActor: Sendable, Hashable, Codable {
  public enum Role: String, Sendable, Codable, CaseIterable { case agent, speaker, target, other }

  public let entity: String
  public let role: Role

  public init(entity: String, role: Role) {
    self.entity = entity
    self.role = role
  }
}

extension Array where Element == EventActor {
  /// Adds `actor`; an entity already here as a bystander takes the actor's role.
  public mutating func join(_ actor: EventActor) {
    if let index = firstIndex(where: { $0.entity == actor.entity }) {
      if self[index].role == .other { self[index] = actor }
    } else {
      append(actor)
    }
  }

  /// Who takes part, for telling whether two reports are of one event: the agents,
  /// speakers and targets.
  public var leading: Set<String> { Set(filter { $0.role != .other }.map(\.entity)) }
}

/// An event as one document reports it.
public struct DocumentEvent: Sendable, Equatable, Codable {
  /// An `EventType` id ("letter", "statement").
  public var type: String
  /// The date the text gives the event, or nil when it gives none.
  public var date: TemporalExpression?
  public var actors: [EventActor]
  /// Indexes into the document's claims.
  public var claims: [Int]
  /// Legal instrument ids cited where the event is reported.
  public var legalReferences: [String]
  /// The sentences that report it; no sentence reports two events of a document.
  public var sources: [ByteSpan]
  /// For a statement, the event types its claims speak of, the most spoken of first.
  public var topics: [String]
  /// The words of the document that best tell it (see `Headline`).
  public var headline: String
  /// The entities its sentences name and the figures they give ("204807203"): what lets
  /// reports of one event in two documents be recognised.
  public var mentioned: [String]
  public var figures: [String]
  /// For a statement, a fingerprint of the opening words of each long direct quotation
  /// (see `DocumentReading.quoteOpening`): the same words quoted by two articles are one
  /// statement, whoever each credits them to.
  public var quoteOpenings: [UInt64] = []
  /// Whether it is a statement whose every claim denies what it says.
  public var denies: Bool
  /// Whether it names a date, a doer, a target or a speaker: one that names none only adds
  /// its sources to an event other reports establish, in this document or another.
  public var standsAlone: Bool

  /// Whether it is someone speaking on an occasion (not a happening).
  public var isStatement: Bool { type == EventType.statement }
}

/// Finds a document's events:
/// - **happenings**: a sentence outside quotations (or in one that dates what it tells
///   outright: "Tahun 2022 lalu, DPR RI telah mengesahkan UU PDP") with a trigger word of the event
///   lexicon (longest match first) that its clause tells as fact (no negation, plan,
///   condition, possibility or rule before it: see `ClauseReading`) reports a happening of
///   the trigger's type, dated by the nearest date of its clause (not one that ends a
///   period, nor the date a claim was made), its agent and target read by the clause's
///   voice (`HappeningReader`). An undated one needs an agent or a target. Inside what a
///   speaker is reported to have said, a trigger is a happening only when the sentence
///   tells it as fact: it has a date of its own, it is attributed to a source ("menurut",
///   "according to", an outlet), it is background ("Sebelumnya", "Earlier") or the speaker
///   claims it as their own deed ("mengklaim telah meretas"); otherwise it is what the
///   statement is about;
/// - **statements**: the claims of one speaker on one occasion (a claim the text dates
///   opens an occasion on that date; an undated claim joins the speaker's last occasion),
///   with a person's statement and their organisation's on the same occasion as one.
/// Each sentence belongs to at most one event: a claim's sentence to its statement unless
/// it tells a happening as fact. Reports of one family (see `EventType.family`) whose
/// dates agree (or one is undated) and whose agents and targets do not conflict are one
/// happening; an undated one joins the dated one nearest publication.
public struct EventExtractor: Sendable {
  /// Trigger phrases with their event type.
  let triggers: PhraseTable<String>
  /// Each type's family (types that may name the same happening).
  let families: [String: String]
  /// The types whose noun's owner ("putusan MK") is their doer (see `EventType.nounOwnerIsAgent`).
  let ownedByDoer: Set<String>
  /// The types that are also occasions to speak (see `EventType.isOccasion`).
  let occasions: Set<String>
  let markers: ClauseMarkers
  /// Nouns that stand for an entity named elsewhere ("the council").
  let referringNouns: ReferringNouns
  /// Outlet names and aliases, folded: an outlet is a source, never an actor.
  let outletNames: Set<String>

  public init(lexicons: Lexicons) {
    self.init(lexicons: lexicons, referringNouns: ReferringNouns(lexicons: lexicons))
  }

  /// The same, sharing referring nouns already built from `lexicons`.
  init(lexicons: Lexicons, referringNouns: ReferringNouns) {
    var phrases: [(phrase: String, value: String)] = []
    for language in Language.supported {
      for (phrase, trigger) in lexicons[language].eventTriggers.sorted(by: { $0.key < $1.key }) {
        phrases.append((phrase, trigger.type))
      }
    }
    triggers = PhraseTable(phrases)
    families = lexicons.eventTypes.mapValues(\.family)
    ownedByDoer = Set(lexicons.eventTypes.values.filter(\.nounOwnerIsAgent).map(\.id))
    occasions = Set(lexicons.eventTypes.values.filter(\.isOccasion).map(\.id))
    markers = ClauseMarkers(lexicons: lexicons)
    self.referringNouns = referringNouns
    outletNames = Set(lexicons.outlets.flatMap { [$0.name] + $0.aliases }.map { $0.lowercased() })
  }

  public func extract(
    _ analysis: DocumentAnalysis, published: CivilDate?, entities: EntityAnalysis, dates: [TemporalExpression],
    citations: [LegalCitation], claims: [Claim]
  ) -> [DocumentEvent] {
    analysis.article.bytes.withUnsafeBufferPointer { bytes in
      let document = DocumentReading(
        analysis: analysis, published: published, bytes: bytes, entities: entities, dates: dates, claims: claims,
        extractor: self)
      var reports = document.sentences.indices.compactMap { HappeningReader(document: document).report(in: $0) }
      var statements = StatementGrouping(document: document, reports: reports).statements()
      // A statement that only tells the speaker's own deeds ("Police said they had set up a
      // dedicated team") reports those happenings.
      let selfReports = Set(reports.filter { $0.isSelfReport(in: document) }.map(\.sentence))
      statements.removeAll { draft in
        guard !draft.sentences.isEmpty, draft.sentences.allSatisfy(selfReports.contains) else { return false }
        for index in reports.indices where draft.sentences.contains(reports[index].sentence) {
          reports[index].toldAsFact = true
        }
        return true
      }
      // A sentence that tells a happening as fact is the happening's, not the statement's.
      let factual = Set(reports.filter(\.toldAsFact).map(\.sentence))
      for index in statements.indices { statements[index].sentences.removeAll { factual.contains($0) } }
      var happenings = HappeningGrouping(document: document, published: published).group(
        reports.filter(\.toldAsFact))
      // What a doer says of their own deed tells the happening they did, not a statement of
      // theirs: a claim of it ("Akun Jimbo mengaku menemukan 204 juta data"), or words that
      // speak of it on the day the text gives both (a judge reading out the verdict).
      statements.removeAll { draft in
        guard let speaker = draft.speakers.first,
          let host = happenings.firstIndex(where: { happening in
            happening.actors.contains { $0.role == .agent && $0.entity == speaker }
              && (draft.claims.allSatisfy(document.isSelfClaim)
                || (draft.topics.contains { family(of: $0) == happening.family }
                  && draft.date?.value != nil && draft.date?.value == happening.date?.value))
          })
        else { return false }
        happenings[host].joinedSentences += draft.sentences
        return true
      }
      let spoken = statements.filter { !$0.sentences.isEmpty }
      // A claim is in one event: its speaker's statement when there is one, else the
      // happening whose sentences tell it.
      let held = Set(spoken.flatMap(\.claims))
      var placed = Set<Int>()
      let told = happenings.map { draft in
        var event = document.event(of: draft, citations: citations)
        event.claims = event.claims.filter { !held.contains($0) && placed.insert($0).inserted }
        return event
      }
      return (spoken.map { document.event(of: $0, citations: citations) } + told)
        .sorted { ($0.sources.first?.start ?? 0) < ($1.sources.first?.start ?? 0) }
    }
  }

  /// Whether `entity` is a news outlet (by its name or an alias).
  func isOutlet(_ entity: DocumentEntity) -> Bool {
    ([entity.name] + entity.aliases).contains { outletNames.contains($0.lowercased()) }
  }

  /// The family of `type` (itself when it has none).
  func family(of type: String) -> String { families[type] ?? type }
}
