// Tells Indonesian from English by function words and affixes, offline and model-free.
import LinimasaCore

/// The evidence for each language in a stretch of text.
/// Counts are kept in fixed-size vectors (no allocation per paragraph); position `i`
/// belongs to `Language.supported[i]`.
public struct LanguageEvidence: Sendable, Equatable {
  public var words = 0
  /// Stop-word hits per `Language.supported` position.
  public var hits = SIMD4<Int32>()
  /// Affix cues per language ("-kan", "-nya", "meng-" vs "-tion", "-ing", "th-").
  public var affixes = SIMD4<Int32>()

  public init() {}

  public static func + (lhs: LanguageEvidence, rhs: LanguageEvidence) -> LanguageEvidence {
    var sum = lhs
    sum.words += rhs.words
    sum.hits &+= rhs.hits
    sum.affixes &+= rhs.affixes
    return sum
  }
}

/// Identifies the language of a text from its stop words, with affix cues to settle
/// short or close cases. Returns `und` when the evidence is too thin or too even, or when
/// too few words are stop words of either language (text in another language).
public struct LanguageIdentifier: Sendable {
  @usableFromInline let stopWords: StopWordIndex
  /// A decision needs at least this many stop-word hits for the winner...
  static let minimumHits = 2
  /// ...and the winner's score must exceed the runner-up's by this factor.
  static let minimumRatio = 1.5
  /// ...and at least this share of the words must be the winner's stop words: English and
  /// Indonesian prose run at 25-50 %, while German, Spanish or Polish text finds a few
  /// look-alikes ("in", "die", "a") and stays `und`.
  static let minimumShare = 0.1

  public init(stopWords: StopWordIndex) { self.stopWords = stopWords }

  /// The evidence in `bytes[range]`.
  public func evidence(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> LanguageEvidence {
    var evidence = LanguageEvidence()
    WordScanner.forEachWord(in: bytes, range: range) { word in
      if !word.isNumber { count(word, in: bytes, into: &evidence) }
    }
    return evidence
  }

  /// Adds one (non-numeric) word's evidence.
  @inlinable
  public func count(_ word: ScannedWord, in bytes: UnsafeBufferPointer<UInt8>, into evidence: inout LanguageEvidence) {
    evidence.words += 1
    let mask = stopWords.mask(word.foldedHash)
    if mask != 0 {
      if mask & 1 != 0 { evidence.hits[0] &+= 1 }
      if mask & 2 != 0 { evidence.hits[1] &+= 1 }
    }
    if let cue = Self.affixCue(bytes, word.range) { evidence.affixes[cue] &+= 1 }
  }

  /// The language the evidence supports.
  public func decide(_ evidence: LanguageEvidence) -> Language {
    // Stop words are strong evidence; affix cues count for a third of a stop word.
    var best = 0
    var bestScore = -1.0, runnerUp = 0.0
    for position in Language.supported.indices {
      let score = Double(evidence.hits[position]) + Double(evidence.affixes[position]) / 3
      if score > bestScore {
        runnerUp = max(runnerUp, bestScore)
        best = position
        bestScore = score
      } else {
        runnerUp = max(runnerUp, score)
      }
    }
    guard evidence.hits[best] >= Int32(Self.minimumHits), bestScore >= runnerUp * Self.minimumRatio,
      bestScore > runnerUp, Double(evidence.hits[best]) >= Double(evidence.words) * Self.minimumShare
    else { return .undetermined }
    return Language.supported[best]
  }

  /// Index in `Language.supported` of the language an affix suggests, if any: Indonesian
  /// "-kan", "-nya", "pe-/ke-...-an", "meng-", "meny-", "mem-", "ber-", "di-...-i"; English
  /// "-tion", "-ing", "-ed", "-ly", "th-", "wh-". Words shorter than five bytes give none.
  @usableFromInline static func affixCue(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    let count = range.count
    guard count >= 5 else { return nil }
    let start = range.lowerBound, end = range.upperBound
    let first = ASCII.lowercased(bytes[start]), second = ASCII.lowercased(bytes[start + 1])
    let third = ASCII.lowercased(bytes[start + 2]), fourth = ASCII.lowercased(bytes[start + 3])
    let last = ASCII.lowercased(bytes[end - 1]), secondLast = ASCII.lowercased(bytes[end - 2])
    let thirdLast = ASCII.lowercased(bytes[end - 3])
    let m = UInt8(ascii: "m"), e = UInt8(ascii: "e"), n = UInt8(ascii: "n"), a = UInt8(ascii: "a")
    // Indonesian.
    if count > 5 && thirdLast == UInt8(ascii: "k") && secondLast == a && last == n { return Language.indonesian.position }
    if count > 5 && thirdLast == n && secondLast == UInt8(ascii: "y") && last == a { return Language.indonesian.position }
    if first == m && second == e && (third == UInt8(ascii: "m") || (third == n && (fourth == UInt8(ascii: "g") || fourth == UInt8(ascii: "y")))) {
      return Language.indonesian.position
    }
    if first == UInt8(ascii: "b") && second == e && third == UInt8(ascii: "r") { return Language.indonesian.position }
    if (first == UInt8(ascii: "p") || first == UInt8(ascii: "k")) && second == e && secondLast == a && last == n {
      return Language.indonesian.position
    }
    if first == UInt8(ascii: "d") && second == UInt8(ascii: "i") && last == UInt8(ascii: "i") { return Language.indonesian.position }
    // English.
    if count > 6 && ASCII.lowercased(bytes[end - 4]) == UInt8(ascii: "t") && thirdLast == UInt8(ascii: "i")
      && secondLast == UInt8(ascii: "o") && last == n
    {
      return Language.english.position
    }
    if count > 5 && thirdLast == UInt8(ascii: "i") && secondLast == n && last == UInt8(ascii: "g") { return Language.english.position }
    if secondLast == e && last == UInt8(ascii: "d") { return Language.english.position }
    if secondLast == UInt8(ascii: "l") && last == UInt8(ascii: "y") { return Language.english.position }
    if (first == UInt8(ascii: "t") || first == UInt8(ascii: "w")) && second == UInt8(ascii: "h") { return Language.english.position }
    return nil
  }

}
