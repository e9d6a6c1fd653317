// Reads one input file into articles, choosing the reader by the file's extension.
import Foundation
import LinimasaCore

/// Turns an input file into zero or more articles (a JSONL dump holds many), each either
/// read or skipped with a specific reason.
public struct Ingestor: Sendable {
  /// 16 MiB: a hundred times a long article; more is a dump or not an article at all.
  public static let defaultMaximumArticleBytes = 16 << 20

  let dates: DateGrammar
  let outlets: OutletDirectory
  let names: BylineNames
  /// Larger articles are skipped (`SkipReason.tooLarge`); a file of one article that size
  /// is not even read. Dumps (.json, .jsonl) may be larger: the limit is per record.
  public let maximumArticleBytes: Int

  public init(lexicons: Lexicons, maximumArticleBytes: Int = defaultMaximumArticleBytes) {
    dates = DateGrammar(lexicons: lexicons)
    outlets = OutletDirectory(outlets: lexicons.outlets)
    names = BylineNames(lexicons: lexicons)
    self.maximumArticleBytes = maximumArticleBytes
  }

  /// An input file read: its articles (each read or skipped), and the SHA-256 of its bytes
  /// (`ContentDigest`) when they were read.
  public struct FileRead: Sendable {
    public let sha256: String?
    public let articles: [Result<SourceArticle, SkippedInput>]
  }

  public func read(_ file: InputFile) -> FileRead {
    let fileExtension = (file.path as NSString).pathExtension
    guard let format = InputFormat(fileExtension: fileExtension) else {
      return FileRead(
        sha256: nil, articles: [.failure(SkippedInput(path: file.path, reason: .unsupported(extension: fileExtension)))])
    }
    let raw: [UInt8]
    switch FileReader.read(file.location, limit: readLimit(format)) {
    case .success(let bytes): raw = bytes
    case .failure(let error):
      return FileRead(sha256: nil, articles: [.failure(SkippedInput(path: file.path, reason: error.reason))])
    }
    return FileRead(sha256: ContentDigest.sha256(raw), articles: read(raw, path: file.path, format: format))
  }

  /// The SHA-256 of the file's bytes, as `read` gives it, without reading its articles;
  /// nil when `read` would not read them (unsupported, too large, unreadable).
  public func digest(_ file: InputFile) -> String? {
    guard let format = InputFormat(fileExtension: (file.path as NSString).pathExtension),
      case .success(let bytes) = FileReader.read(file.location, limit: readLimit(format))
    else { return nil }
    return ContentDigest.sha256(bytes)
  }

  /// How many bytes of a file of `format` are read at most: all of a dump (its records
  /// are held to the limit one by one), else the article limit.
  private func readLimit(_ format: InputFormat) -> Int? {
    format == .json || format == .jsonLines ? nil : maximumArticleBytes
  }

  /// Reads `raw` bytes as if they came from a file at `path` of `format`.
  public func read(_ raw: [UInt8], path: String, format: InputFormat) -> [Result<SourceArticle, SkippedInput>] {
    readArticles(raw, path: path, format: format).map { result in
      result.flatMap { article in
        guard article.body.count > maximumArticleBytes else { return .success(article) }
        return .failure(
          SkippedInput(path: article.path, reason: .tooLarge(bytes: article.body.count, limit: maximumArticleBytes)))
      }
    }
  }

  private func readArticles(_ raw: [UInt8], path: String, format: InputFormat) -> [Result<SourceArticle, SkippedInput>]
  {
    // A page says its own encoding; libxml2 reads it from the raw bytes.
    if format == .html { return [HTMLArticleReader(dates: dates, outlets: outlets, names: names).read(raw, path: path)] }
    let decoded: DecodedText
    switch TextDecoder.decode(raw) {
    case .success(let text): decoded = text
    case .failure(let error): return [.failure(SkippedInput(path: path, reason: error.reason))]
    }
    func withDecodingWarnings(_ results: [Result<SourceArticle, SkippedInput>]) -> [Result<SourceArticle, SkippedInput>]
    {
      guard !decoded.warnings.isEmpty else { return results }
      return results.map {
        $0.map { article in
          var article = article
          article.warnings.insert(contentsOf: decoded.warnings, at: 0)
          return article
        }
      }
    }
    switch format {
    case .text:
      return withDecodingWarnings([.success(SourceArticle(path: path, format: .text, bytes: decoded.bytes))])
    case .markdown:
      return withDecodingWarnings([readMarkdown(decoded.bytes, path: path)])
    case .json:
      return withDecodingWarnings(
        JSONArticleReader(dates: dates, outlets: outlets, names: names).readDocument(decoded.bytes, path: path))
    case .jsonLines:
      return withDecodingWarnings(
        JSONArticleReader(dates: dates, outlets: outlets, names: names).readLines(decoded.bytes, path: path))
    case .html:
      preconditionFailure("pages are read above")
    }
  }

  private func readMarkdown(_ bytes: [UInt8], path: String) -> Result<SourceArticle, SkippedInput> {
    let block: FrontMatter.Block?
    do {
      block = try FrontMatter.parse(bytes)
    } catch {
      return .failure(
        SkippedInput(
          path: path, reason: .malformed("front-matter", "line \(error.line): \(error.message)")))
    }
    guard let block else { return .success(SourceArticle(path: path, format: .markdown, bytes: bytes)) }
    guard bytes[block.bodyStart...].contains(where: { !ASCII.isSpace($0) }) else {
      return .failure(SkippedInput(path: path, reason: .blank("Markdown body")))
    }
    var warnings: [String] = []
    let metadata = ArticleFields.metadata(
      lookup: { block.values[$0] }, where: { "front matter line \(block.lines[$0] ?? 0)" },
      dates: dates, outlets: outlets, names: names, warnings: &warnings)
    return .success(
      SourceArticle(
        path: path, format: .markdown, bytes: bytes, body: block.bodyStart..<bytes.count,
        metadata: metadata, warnings: warnings))
  }
}

/// Reads whole files with POSIX calls, so failures carry the system's reason.
enum FileReader {
  /// The file's bytes; a file over `limit` bytes fails as too large, unread.
  static func read(_ location: String, limit: Int? = nil) -> Result<[UInt8], SkipReasonError> {
    let descriptor = open(location, O_RDONLY)
    guard descriptor >= 0 else { return .failure(SkipReasonError(.unreadable(String(cString: strerror(errno))))) }
    defer { close(descriptor) }
    var info = stat()
    let expected = fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
    if let limit, expected > limit { return .failure(SkipReasonError(.tooLarge(bytes: expected, limit: limit))) }
    var bytes = [UInt8](repeating: 0, count: max(expected, 0))
    var filled = 0
    while true {
      // A file that grows while it is read is held to the limit too.
      if let limit, filled > limit { return .failure(SkipReasonError(.tooLarge(bytes: filled, limit: limit))) }
      if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count / 2))) }
      let count = bytes.withUnsafeMutableBytes { buffer in
        Foundation.read(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
      }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(SkipReasonError(.unreadable(String(cString: strerror(errno)))))
      }
      if count == 0 { break }
      filled += count
    }
    bytes.removeSubrange(filled...)
    return .success(bytes)
  }
}
