// Decides which paragraphs are article text, and reads header metadata on the way.
import LinimasaCore

/// What cleaning found in one document.
public struct CleaningResult: Sendable {
  public var paragraphs: [CleanParagraph]
  public var dateline: Dateline?
  public var byline = Byline()
  /// The date of the first timestamp line.
  public var timestamp: CivilDate?
  /// The headline found in the text (used when the input's metadata has none).
  public var title: String?

  public var keptCount: Int { paragraphs.count(where: \.isKept) }
  public var duplicateCount: Int { paragraphs.count { $0.removal?.isDuplicate ?? false } }
  public var boilerplateCount: Int { paragraphs.count { $0.removal?.isBoilerplate ?? false } }
}

/// Classifies paragraphs by features, in this order:
/// 1. line features: furniture phrases, bylines, timestamp lines, links, page numbers,
///    caption credits;
/// 2. the dateline, which marks where the article text starts;
/// 3. the article's extent: from the dateline (or first prose paragraph) to the last
///    prose paragraph;
/// 4. the title, then the header run before the text (prose there is a photo caption)
///    and the footer run after it;
/// 5. inside the text, related-link lines and unpunctuated menu rows;
/// 6. repeats of earlier article paragraphs.
public struct Cleaner: Sendable {
  let options: CleaningOptions
  let furniture: [Language: FurniturePhraseMatcher]
  let bylines: BylineParser
  let datelines: DatelineParser
  let dates: DateGrammar

  public init(lexicons: Lexicons, options: CleaningOptions = CleaningOptions()) {
    self.options = options
    var furniture: [Language: FurniturePhraseMatcher] = [:]
    var all: [FurniturePhrase] = []
    for language in Language.supported {
      furniture[language] = FurniturePhraseMatcher(phrases: lexicons[language].furniture)
      all += lexicons[language].furniture
    }
    furniture[.undetermined] = FurniturePhraseMatcher(phrases: all)
    self.furniture = furniture
    bylines = BylineParser(lexicons: lexicons, maximumWords: options.bylineMaximumWords)
    datelines = DatelineParser(lexicons: lexicons)
    dates = DateGrammar(lexicons: lexicons)
  }

  /// Cleans the paragraphs of `bytes` as `measurements` describe them, written in `language`.
  /// `extentKnown`: the container already marked where the article starts and ends (a
  /// page's markup), so lines before its first and after its last prose paragraph stay.
  /// - Complexity: O(n) in the text's length, plus near-duplicate checks between
  ///   paragraphs that share MinHash bands.
  public func clean(
    _ bytes: UnsafeBufferPointer<UInt8>, measurements: DocumentMeasurements, language: Language, knownTitle: String?,
    extentKnown: Bool = false
  ) -> CleaningResult {
    let features = measurements.features
    let spans = features.map(\.span)
    // Paragraph strings are built only for the few rules that read text, and only once.
    var texts = [String?](repeating: nil, count: spans.count)
    func text(_ index: Int) -> String {
      if let cached = texts[index] { return cached }
      let made = String(decoding: UnsafeBufferPointer(rebasing: bytes[spans[index].range]), as: UTF8.self)
      texts[index] = made
      return made
    }
    var removal = [RemovalReason?](repeating: nil, count: spans.count)
    var result = CleaningResult(paragraphs: [])
    let matcher = furniture[language] ?? furniture[.undetermined]

    // 1. Line features.
    for index in spans.indices {
      let span = spans[index], words = features[index].wordCount
      if let phrase = matcher?.match(bytes, span, wordCount: words) {
        removal[index] = phrase.label == "caption" ? .caption : .boilerplate(.furniture(phrase: phrase.phrase, label: phrase.label))
      } else if words <= bylines.maximumWords, bylines.mayStart(with: measurements.words(index).first),
        let byline = bylines.parse(text(index), wordCount: words) {
        removal[index] = .byline
        result.byline.authors += byline.authors
        result.byline.editors += byline.editors
      } else if span.count <= DateGrammar.timestampMaximumBytes, DateGrammar.mayHoldFullDate(bytes, span), let date = dates.timestampDate(text(index)) {
        removal[index] = .timestamp
        if result.timestamp == nil { result.timestamp = date }
      } else if span.count <= DateGrammar.timestampMaximumBytes, DateGrammar.mayHoldFullDate(bytes, span),
        let credit = CreditLine.parse(text(index), dates: dates) {
        removal[index] = .byline
        result.byline.authors += credit.authors
        if result.timestamp == nil { result.timestamp = credit.date }
      } else if features[index].mayHoldLink, LinkLikeLine.matches(text(index), wordCount: words) {
        removal[index] = .boilerplate(.linkLike)
      } else if words > 0 && features[index].numberCount == words && PaginationLine.matches(text(index)) {
        removal[index] = .boilerplate(.pagination)
      } else if CaptionLine.hasCredit(bytes, span, mentionsPhoto: features[index].mentionsPhoto) {
        removal[index] = .caption
      }
    }

    // 2. The dateline, which opens running text (a site title "Outlet - Slogan" does not).
    let isProse = features.map { $0.isProse(options, language: language) }
    let searched = spans.indices.prefix(options.headerSearchLimit)
    var datelineIndex: Int?
    let proseCandidates = searched.filter { removal[$0] == nil && isProse[$0] }.prefix(options.datelineSearchProseParagraphs)
    for index in proseCandidates {
      if let dateline = datelines.parse(bytes, span: spans[index]) {
        result.dateline = dateline
        datelineIndex = index
        break
      }
    }

    // 3. The article's extent.
    let firstProse = spans.indices.first { removal[$0] == nil && isProse[$0] }
    let bodyStart = datelineIndex ?? firstProse ?? spans.count
    let bodyEnd = spans.indices.last { removal[$0] == nil && isProse[$0] && $0 >= bodyStart } ?? bodyStart

    // 4. Title, header run, footer run.
    if let titleIndex = findTitle(text, features, removal, bodyStart: bodyStart, knownTitle: knownTitle) {
      removal[titleIndex] = .title
      result.title = text(titleIndex)
    }
    var underSectionHeading = false
    for index in spans.indices {
      // Lines under a section heading ("Most Read", "Berita Populer") up to the next prose
      // paragraph are that section's list of links.
      if case .boilerplate(.furniture(_, let label)) = removal[index], label == "section" {
        underSectionHeading = true
        continue
      }
      if isProse[index] { underSectionHeading = false }
      guard removal[index] == nil else { continue }
      if underSectionHeading && !isProse[index] {
        removal[index] = .boilerplate(.sectionList)
      } else if index < bodyStart && (!extentKnown || isProse[index] && datelineIndex != nil) {
        removal[index] = isProse[index] && datelineIndex != nil ? .caption : .boilerplate(.headerRun)
      } else if index > bodyEnd && !extentKnown {
        removal[index] = .boilerplate(.footerRun)
      } else if !isProse[index] {
        // 5. Inside the text.
        if RelatedLinkLine.matches(text(index)) {
          removal[index] = .boilerplate(.relatedLink)
        } else if language != .undetermined, features[index].wordCount >= options.menuMinimumWords,
          !features[index].endsLikeSentence, features[index].stopWordShare(language) < options.menuMaximumStopWordShare
        {
          removal[index] = .boilerplate(.lowStopWordDensity)
        }
      }
    }

    // 6. Repeats among what is left.
    let candidates = spans.indices.filter { removal[$0] == nil }.map { index in
      Deduplicator.Candidate(
        index: index, words: ArraySlice(measurements.words(index)), numbers: measurements.numbers(index).sorted())
    }
    let duplicates = Deduplicator(options: options).findDuplicates(candidates, paragraphCount: spans.count)
    let blocks = Deduplicator.blocks(duplicates)
    for (index, duplicate) in duplicates.enumerated() {
      guard let duplicate else { continue }
      let block = blocks[index].map { ($0.lowerBound + 1)...($0.upperBound + 1) }
      removal[index] = .duplicate(of: duplicate.original + 1, near: duplicate.near, block: block)
    }

    result.paragraphs = spans.indices.map { index in
      CleanParagraph(
        index: index, span: spans[index], wordCount: features[index].wordCount,
        contentKey: DuplicateNormalizer.key(measurements.words(index)), removal: removal[index])
    }
    return result
  }

  private func findTitle(
    _ text: (Int) -> String, _ features: [ParagraphFeatures], _ removal: [RemovalReason?], bodyStart: Int,
    knownTitle: String?
  ) -> Int? {
    let limit = min(max(bodyStart, 1), options.headerSearchLimit, features.count)
    if let knownTitle {
      let wanted = FurnitureNormalizer.normalize(knownTitle)
      return (0..<limit).first { removal[$0] == nil && FurnitureNormalizer.normalize(text($0)) == wanted }
    }
    guard bodyStart > 0 else { return nil }
    var best: Int?
    for index in 0..<min(bodyStart, features.count) where removal[index] == nil {
      let words = features[index].wordCount
      guard (4...30).contains(words), !features[index].endsLikeSentence || text(index).hasSuffix("?") else { continue }
      if best.map({ features[$0].wordCount < words }) ?? true { best = index }
    }
    return best
  }

}
