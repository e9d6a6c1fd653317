// Statements: the claims of one speaker on one occasion.
import LinimasaCore

/// One speaker's claims on one occasion in a document, with the sentences that carry them.
struct StatementDraft {
  /// The speakers, first the one the claims name; a person's organisation when it speaks
  /// on the same occasion.
  var speakers: [String]
  var date: TemporalExpression?
  var claims: [Int]
  /// Sentence indexes, in text order.
  var sentences: [Int]
  /// Event types its claims speak of.
  var topics: [String]
}

/// Groups a document's claims into statements (see `EventExtractor`).
struct StatementGrouping {
  let document: DocumentReading
  /// The document's happening reports, for dating what is said right after one.
  let reports: [HappeningReport]

  /// The statements, in the order their first claims appear. A claim the text dates opens
  /// an occasion on that date unless the speaker already has one then (or an undated one,
  /// which the date then dates); an undated claim joins the speaker's last occasion. An
  /// outlet's claims make no statement: what an outlet reports is a happening's source.
  /// A person's statement and their organisation's statement of the same date are one.
  func statements() -> [StatementDraft] {
    var drafts: [StatementDraft] = []
    var lastDate: TemporalExpression?
    for (index, claim) in document.claims.enumerated() {
      // Said "on the same occasion" as the claim before: on its date.
      // Words are said by publication: a later date in the attribution is what they look ahead to.
      let said = claim.date.flatMap { document.liesAhead($0) ? nil : $0 }
      let date = said ?? (saidOnTheSameOccasion(claim) ? lastDate : nil)
      if date != nil { lastDate = date }
      guard let named = claim.speaker, !document.isOutlet(named) else { continue }
      let speaker = document.fullestName(of: named)
      let own = drafts.indices.filter { drafts[$0].speakers.first == speaker }
      let existing: Int?
      if let date = date?.value {
        existing = own.first { drafts[$0].date?.value == date } ?? own.last { drafts[$0].date == nil }
      } else {
        existing = own.last
      }
      let sentences = document.sentenceIndexes(overlapping: claim.span)
      if let existing {
        if drafts[existing].date == nil { drafts[existing].date = date }
        drafts[existing].claims.append(index)
        for sentence in sentences where !drafts[existing].sentences.contains(sentence) {
          drafts[existing].sentences.append(sentence)
        }
      } else {
        drafts.append(
          StatementDraft(speakers: [speaker], date: date, claims: [index], sentences: sentences, topics: []))
      }
    }
    let joined = joiningOrganizations(drafts)
    return joined.map { datedByOccasion(datedByWhatItFollows($0), among: joined) }.map(withTopics)
  }

  /// An undated statement said right after a happening the document dates takes its date:
  /// "Usai mendengarkan putusan, Johnny menyatakan …" on the day of the verdict, "Seusai
  /// terpilih, Suhartoyo mengatakan …" on the day of the election.
  private func datedByWhatItFollows(_ draft: StatementDraft) -> StatementDraft {
    guard draft.date == nil else { return draft }
    var draft = draft
    let contents = draft.claims.map { document.claims[$0].content }
    let dated = reports.filter { $0.date?.value != nil && $0.toldAsFact }
    for sentence in draft.sentences {
      let reading = document.readings[sentence]
      // In the attribution, not in what was said ("said the commission wrote to parties
      // shortly after the ruling").
      for index in reading.words.indices where reading.kinds(at: index).contains(.after)
        && !contents.contains(where: { $0.contains(ByteSpan(reading.words[index].range)) }) {
        // The trigger at once or after one verb ("usai mendengarkan putusan", "after attending the session").
        let followed = ((index + 1)..<min(index + 3, reading.words.count)).lazy.compactMap { position in
          document.extractor.triggers.match(reading.words, at: position).map(\.0)
        }.first
        guard let type = followed, type != EventType.statement else { continue }
        let family = document.extractor.family(of: type)
        let elsewhere = dated.filter { $0.sentence != sentence }
        if let report = elsewhere.first(where: { $0.type == type })
          ?? elsewhere.first(where: { document.extractor.family(of: $0.type) == family }) {
          draft.date = report.date
          return draft
        }
      }
    }
    return draft
  }

  /// An undated statement takes the date of a sentence that tells its occasion: one that
  /// names the speaker (or the body they speak for, and none of its other people), an
  /// occasion to speak ("konferensi pers", "written statement", "rapat kerja") and a date
  /// ("BSSN menggelar konferensi pers pada Senin (24/6/2024)"), not one after publication
  /// (the next hearing the speaker looks ahead to).
  private func datedByOccasion(_ draft: StatementDraft, among drafts: [StatementDraft]) -> StatementDraft {
    guard draft.date == nil else { return draft }
    var draft = draft
    let speakers = Set(draft.speakers)
    let bodies = Set(draft.speakers.flatMap(document.organizations(of:)))
    // The body's own statement is another occasion ("Kominfo said in a written statement
    // yesterday" does not date the minister's remarks to reporters).
    let bodyStatements = Set(
      drafts.filter { $0.claims != draft.claims && !bodies.isDisjoint(with: $0.speakers) }.flatMap(\.sentences))
    for (index, sentence) in document.sentences.enumerated() where !bodyStatements.contains(index) {
      let mentions = document.mentions(in: sentence)
      // Named by their body only, not at the occasion of another of its people ("Kemarin,
      // Anwar Usman menggelar konferensi pers di Gedung MK" is not Suhartoyo's).
      let named =
        mentions.contains { speakers.contains($0.entity) }
        || (mentions.contains { bodies.contains($0.entity) }
          && !mentions.contains { mention in
            !speakers.contains(mention.entity) && !bodies.isDisjoint(with: document.organizations(of: mention.entity))
          })
      guard named, tellsAnOccasion(index),
        let date = document.dates.first(where: { sentence.contains($0.span) && !document.liesAhead($0) })
      else { continue }
      draft.date = date
      break
    }
    return draft
  }

  /// Whether the sentence names an occasion to speak outside any quotation (a trigger of a
  /// statement or occasion type).
  private func tellsAnOccasion(_ sentence: Int) -> Bool {
    let reading = document.readings[sentence]
    var index = 0
    while index < reading.words.count {
      if let (type, count) = document.extractor.triggers.match(reading.words, at: index) {
        let start = reading.words[index].range.lowerBound
        let quoted = document.quotations.contains { $0.start <= start && start < $0.end }
        if !quoted && (type == EventType.statement || document.extractor.occasions.contains(type)) { return true }
        index += count
      } else {
        index += 1
      }
    }
    return false
  }

  /// Whether the claim's sentence says it was made on the occasion told just before ("ujar
  /// Budi pada kesempatan yang sama").
  private func saidOnTheSameOccasion(_ claim: Claim) -> Bool {
    document.sentenceIndexes(overlapping: claim.span).contains { document.readings[$0].contains(.sameOccasion) }
  }

  /// A person's statement absorbs that of an organisation they hold a role in, when the
  /// two are told within two sentences of each other and their dates agree (or the body's
  /// is undated, or the person's is and the body's comes first): "the KPU stated …" and
  /// its official's quote, not the official's remarks and a dated ruling told after them.
  private func joiningOrganizations(_ drafts: [StatementDraft]) -> [StatementDraft] {
    var drafts = drafts
    var absorbed = Set<Int>()
    for person in drafts.indices where document.type(of: drafts[person].speakers[0]) == .person {
      let organizations = Set(document.organizations(of: drafts[person].speakers[0]))
      for other in drafts.indices where other != person && !absorbed.contains(other) {
        let near = drafts[person].sentences.contains { mine in drafts[other].sentences.contains { abs($0 - mine) <= 2 } }
        let sameDate = drafts[person].date?.value == drafts[other].date?.value
        let bodyFirst = (drafts[other].sentences.first ?? 0) <= (drafts[person].sentences.first ?? 0)
        let datesFit = sameDate || drafts[other].date == nil || (drafts[person].date == nil && bodyFirst)
        guard organizations.contains(drafts[other].speakers[0]), near, datesFit
        else { continue }
        drafts[person].speakers.append(drafts[other].speakers[0])
        drafts[person].date = drafts[person].date ?? drafts[other].date
        drafts[person].claims = (drafts[person].claims + drafts[other].claims).sorted()
        drafts[person].sentences = Array(Set(drafts[person].sentences + drafts[other].sentences)).sorted()
        absorbed.insert(other)
      }
    }
    return drafts.indices.filter { !absorbed.contains($0) }.map { drafts[$0] }
  }

  /// The draft with the event types its claims' words speak of (quotations included), the
  /// most spoken of first; told as fact, a type counts twice.
  private func withTopics(_ draft: StatementDraft) -> StatementDraft {
    var draft = draft
    var counts: [String: Int] = [:]
    var order: [String] = []
    for claim in draft.claims {
      let content = document.claims[claim].content
      for sentence in document.sentenceIndexes(overlapping: content) {
        let reading = document.readings[sentence]
        var index = 0
        while index < reading.words.count {
          guard content.contains(ByteSpan(reading.words[index].range)),
            let (type, count) = document.extractor.triggers.match(reading.words, at: index)
          else {
            index += 1
            continue
          }
          if type != EventType.statement {
            if counts[type] == nil { order.append(type) }
            counts[type, default: 0] += reading.isFactual(index) ? 2 : 1
          }
          index += count
        }
      }
    }
    draft.topics = order.enumerated().sorted { (counts[$0.element] ?? 0, -$0.offset) > (counts[$1.element] ?? 0, -$1.offset) }
      .map(\.element)
    return draft
  }
}
