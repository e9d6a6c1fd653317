// Runs the text stages over one article.
import LinimasaCore

/// The read-only configuration every worker shares: lexicons and the stages built from them.
public struct TextConfiguration: Sendable {
  public let lexicons: Lexicons
  public let ingestor: Ingestor
  let cleaner: Cleaner
  let identifier: LanguageIdentifier
  let markers: ParagraphFeatures.Markers
  /// The name endings of every language, left out of each word's stem.
  let nameEndings: [[UInt8]]
  let outlets: OutletDirectory

  public init(
    lexicons: Lexicons, cleaning: CleaningOptions = CleaningOptions(),
    maximumArticleBytes: Int = Ingestor.defaultMaximumArticleBytes
  ) {
    self.lexicons = lexicons
    ingestor = Ingestor(lexicons: lexicons, maximumArticleBytes: maximumArticleBytes)
    cleaner = Cleaner(lexicons: lexicons, options: cleaning)
    identifier = LanguageIdentifier(stopWords: StopWordIndex(lexicons: lexicons))
    outlets = OutletDirectory(outlets: lexicons.outlets)
    markers = ParagraphFeatures.Markers(lexicons: lexicons)
    var endings: [[UInt8]] = []
    for language in Language.supported {
      for ending in lexicons[language].words(.nameEndings).sorted() where !endings.contains(Array(ending.utf8)) {
        endings.append(Array(ending.utf8))
      }
    }
    nameEndings = endings
  }
}

/// Processes articles one at a time: 1. paragraphs, 2. measurements and a first language
/// guess, 3. cleaning (with dateline, byline, timestamp and title), 4. language of the kept
/// text and of each kept paragraph, 5. metadata resolution, 6. sentences (the words are
/// found once, in step 2).
/// One instance per worker thread (its segmenter owns ICU iterators).
public final class DocumentProcessor {
  public let configuration: TextConfiguration
  private let segmenter: Segmenter
  /// When set, each stage's time is added here (for `linimasa bench`).
  public var stageTimes: StageTimes?

  public init(configuration: TextConfiguration) throws(SegmentationError) {
    // The throwing work comes first, so a failure leaves nothing half-initialized.
    let segmenter = try Segmenter(lexicons: configuration.lexicons)
    self.segmenter = segmenter
    self.configuration = configuration
  }

  public func process(_ article: SourceArticle) throws(SegmentationError) -> DocumentAnalysis {
    try article.bytes.withUnsafeBufferPointer { (bytes) throws(SegmentationError) -> DocumentAnalysis in
      try process(article, bytes)
    }
  }

  private func process(_ article: SourceArticle, _ bytes: UnsafeBufferPointer<UInt8>) throws(SegmentationError)
    -> DocumentAnalysis
  {
    let identifier = configuration.identifier
    var warnings = article.warnings
    var clock = StageClock(enabled: stageTimes != nil)
    // 1. Paragraphs.
    let spans = ParagraphSplitter.split(bytes, body: article.body)
    // 2. Measurements, and a first guess at the language from everything.
    let markers = configuration.markers
    let measurements = DocumentMeasurements(
      bytes, spans: spans, identifier: identifier, markers: markers, nameEndings: configuration.nameEndings)
    let features = measurements.features
    let overall = features.reduce(LanguageEvidence()) { $0 + $1.evidence }
    let guess = article.metadata.language ?? identifier.decide(overall)
    let measured = clock.lap()
    // 3. Cleaning.
    var cleaning = configuration.cleaner.clean(
      bytes, measurements: measurements, language: guess, knownTitle: article.metadata.title,
      extentKnown: article.format == .html)
    let cleaned = clock.lap()
    // 4. Language of the kept text, and of each kept paragraph.
    var keptEvidence = LanguageEvidence()
    for (feature, paragraph) in zip(features, cleaning.paragraphs) where paragraph.isKept {
      keptEvidence = keptEvidence + feature.evidence
    }
    let detected = identifier.decide(keptEvidence.words > 0 ? keptEvidence : overall)
    let language = detected != .undetermined ? detected : (article.metadata.language ?? .undetermined)
    if let stated = article.metadata.language, detected != .undetermined, stated != detected {
      warnings.append(
        "metadata gives language '\(stated.rawValue)' but the text reads as '\(detected.rawValue)'; using '\(detected.rawValue)'"
      )
    }
    for index in cleaning.paragraphs.indices where cleaning.paragraphs[index].isKept {
      cleaning.paragraphs[index].language = identifier.decide(features[index].evidence)
    }
    if cleaning.keptCount == 0 { warnings.append("no article text left after cleaning") }
    // 5. Metadata.
    let metadata = resolveMetadata(article, cleaning)
    let identified = clock.lap()
    // 6. Sentences.
    let kept = cleaning.paragraphs.filter(\.isKept)
    let segmentation = try segmenter.segment(bytes, paragraphs: kept, tokens: measurements.tokens, language: language)
    if stageTimes != nil {
      stageTimes?.measurement += measured
      stageTimes?.cleaning += cleaned
      stageTimes?.languageAndMetadata += identified
      stageTimes?.segmentation += clock.lap()
    }
    return DocumentAnalysis(
      article: article, language: language, metadata: metadata, cleaning: cleaning, segmentation: segmentation,
      warnings: warnings)
  }

  /// Names without repeats, a name dropped when a fuller one contains all its words
  /// ("Ismoyo" beside "Bambang Ismoyo").
  static func distinctNames(_ names: [String]) -> [String] {
    var result: [String] = []
    for name in names {
      let words = Set(name.lowercased().split(separator: " "))
      if result.contains(where: { words.isSubset(of: Set($0.lowercased().split(separator: " "))) }) { continue }
      result.removeAll { Set($0.lowercased().split(separator: " ")).isSubset(of: words) }
      result.append(name)
    }
    return result
  }

  private func resolveMetadata(_ article: SourceArticle, _ cleaning: CleaningResult) -> DocumentMetadata {
    var metadata = DocumentMetadata()
    let stated = article.metadata
    metadata.title = stated.title ?? cleaning.title
    metadata.url = stated.url
    metadata.dateline = cleaning.dateline?.place
    metadata.source =
      stated.source ?? cleaning.dateline?.outlet ?? stated.url.flatMap { configuration.outlets.outlet(forHost: $0) }
    metadata.authors = Self.distinctNames(stated.authors.isEmpty ? cleaning.byline.authors : stated.authors)
    metadata.editors = Self.distinctNames(cleaning.byline.editors)
    if let date = stated.published {
      metadata.published = PublicationDate(value: date, basis: .metadata)
    } else if let url = stated.url, let date = URLDate.date(in: url) {
      metadata.published = PublicationDate(value: date, basis: .url)
    } else if let date = cleaning.timestamp {
      metadata.published = PublicationDate(value: date, basis: .text)
    }
    return metadata
  }
}
