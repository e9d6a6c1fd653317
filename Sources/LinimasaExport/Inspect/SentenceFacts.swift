// What each sentence of a document gave: the facts `linimasa inspect` shows under it.
import LinimasaCore
import LinimasaExtract
import LinimasaText

/// A document's facts placed under the sentences they come from, so `inspect` can explain
/// a wrong speaker or event: each entity mention, temporal expression and legal citation
/// under the sentence that holds it; each claim under the first sentence it covers; each
/// event under every sentence that reports it.
struct SentenceFacts {
  struct Sentence {
    var mentions: [EntityMention] = []
    var claims: [Int] = []
    var dates: [Int] = []
    var citations: [Int] = []
    var events: [Int] = []
  }

  let sentences: [Sentence]

  init(_ analysis: DocumentAnalysis, facts: DocumentFacts) {
    let spans = analysis.segmentation.sentences.map(\.span)
    var sentences = [Sentence](repeating: Sentence(), count: spans.count)
    /// The sentence holding the byte at `offset`, by binary search over the sorted spans.
    func sentence(at offset: Int) -> Int? {
      var low = 0
      var high = spans.count
      while low < high {
        let middle = (low + high) / 2
        if spans[middle].end <= offset { low = middle + 1 } else { high = middle }
      }
      return low < spans.count && spans[low].start <= offset ? low : nil
    }
    for mention in facts.entities.mentions {
      if let index = sentence(at: mention.span.start) { sentences[index].mentions.append(mention) }
    }
    for (number, claim) in facts.claims.enumerated() {
      let first = spans.firstIndex { $0.end > claim.span.start && $0.start < claim.span.end }
      if let first { sentences[first].claims.append(number) }
    }
    for (number, expression) in facts.temporalExpressions.enumerated() {
      if let index = sentence(at: expression.span.start) { sentences[index].dates.append(number) }
    }
    for (number, citation) in facts.legalCitations.enumerated() {
      if let index = sentence(at: citation.span.start) { sentences[index].citations.append(number) }
    }
    for (number, event) in facts.events.enumerated() {
      for source in event.sources {
        if let index = sentence(at: source.start), !sentences[index].events.contains(number) {
          sentences[index].events.append(number)
        }
      }
    }
    for index in sentences.indices { sentences[index].mentions.sort { $0.span < $1.span } }
    self.sentences = sentences
  }
}
