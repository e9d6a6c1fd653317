// The speaker's pronouns later in a claim's sentence: "Rendell said …, but he added …".
import LinimasaCore
import LinimasaText

extension ClaimScan {
  /// In English, "he" or "she" (for a person) and "they" (for a group) after a claim's
  /// verb in its sentence, outside quotations, before anyone else is named: more of the
  /// speaker's words ("Dana Fielding said the count would take a week, but she added …"),
  /// kept as mentions of the speaker. "He" is never someone the text tells is a woman.
  func noteSpeakerPronouns(of claim: Claim) {
    guard analysis.language == .english, let speaker = claim.speaker, let verb = claim.verb,
      let type = entities.entities[speaker]?.type, !isOutlet(speaker),
      let laterPronouns = extractor.laterPronounWords[analysis.language]
    else { return }
    let pronouns: Set<SpeakerPronoun>
    switch type {
    case .person:
      pronouns = genders[speaker] == .feminine ? [.feminine] : genders[speaker] == .masculine ? [.masculine] : [.masculine, .feminine]
    case .group: pronouns = [.plural]
    default: return
    }
    // Whoever else could be meant: a person before "he"/"she", anyone before "they".
    let rivals: Set<EntityType> = type == .person ? [.person] : [.person, .group, .organization]
    let quotations = analysis.segmentation.quotations.map(\.span)
    var genderOfPronoun: String?
    for word in words(ByteSpan(verb.end, claim.span.end)) {
      if let named = mention(at: word), named.entity != speaker,
        entities.entities[named.entity].map({ rivals.contains($0.type) }) == true
      {
        return
      }
      guard lower(word, isIn: laterPronouns), !quotations.contains(where: { $0.contains(ByteSpan(word.range)) })
      else { continue }
      let pronoun = lower(word)
      guard let kind = extractor.speakerPronouns[pronoun], pronouns.contains(kind) else { return }
      // One person is "he" or "she" throughout, never both.
      if genderOfPronoun.map({ $0 != pronoun }) == true { return }
      genderOfPronoun = pronoun
      noteResolved(speaker, ByteSpan(word.range))
    }
  }
}
