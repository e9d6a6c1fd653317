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
/// short or close cases. Returns `und` when the evidence is too thin or too even.
public struct LanguageIdentifier: Sendable {
  @usableFromInline let stopWords: StopWordIndex
  /// A decision needs at least this many stop-word hits for the winner...
  static let minimumHits = 2
  /// ...and the winner's score must exceed the runner-up's by this factor.
  static let minimumRatio = 1.5

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
      for index in 0..<Language.supported.count where mask & (1 << UInt8(index)) != 0 { evidence.hits[index] &+= 1 }
    }
    if let cue = Self.affixCue(bytes, word.range) { evidence.affixes[cue] &+= 1 }
  }

  /// The language the evidence supports.
  public func decide(_ evidence: LanguageEvidence) -> Language {
    // Stop words are strong evidence; affix cues count for a third of a stop word.
    let scores = Language.supported.indices.map { Double(evidence.hits[$0]) + Double(evidence.affixes[$0]) / 3 }
    guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }) else { return .undetermined }
    let runnerUp = scores.indices.filter { $0 != best }.map { scores[$0] }.max() ?? 0
    guard evidence.hits[best] >= Int32(Self.minimumHits), scores[best] >= runnerUp * Self.minimumRatio,
      scores[best] > runnerUp
    else { return .undetermined }
    return Language.supported[best]
  }

  /// Index in `Language.supported` of the language an affix suggests, if any.
  @usableFromInline static func affixCue(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    let count = range.count
    guard count >= 5 else { return nil }
    func lower(_ offset: Int) -> UInt8 { ASCII.lowercased(bytes[range.lowerBound + offset]) }
    func suffix(_ text: StaticString) -> Bool {
      let length = text.utf8CodeUnitCount
      guard count > length + 2 else { return false }
      return text.withUTF8Buffer { expected in
        (0..<length).allSatisfy { lower(count - length + $0) == expected[$0] }
      }
    }
    func prefix(_ text: StaticString) -> Bool {
      let length = text.utf8CodeUnitCount
      guard count > length + 2 else { return false }
      return text.withUTF8Buffer { expected in (0..<length).allSatisfy { lower($0) == expected[$0] } }
    }
    let indonesian = Language.supported.firstIndex(of: .indonesian)
    let english = Language.supported.firstIndex(of: .english)
    if suffix("kan") || suffix("nya") || suffix("an") && (prefix("pe") || prefix("ke"))
      || prefix("meng") || prefix("meny") || prefix("mem") || prefix("ber") || prefix("di") && suffix("i")
    {
      return indonesian
    }
    if suffix("tion") || suffix("ing") || suffix("ed") || suffix("ly") || prefix("th") || prefix("wh") {
      return english
    }
    return nil
  }
}
