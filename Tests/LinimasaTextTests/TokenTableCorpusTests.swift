import LinimasaCore
import LinimasaTestSupport
import LinimasaText
import Testing

/// The token table against scanning each span alone, over every corpus article: what the
/// extractors read from the table is what a scan of their span would have given them.
@Suite struct TokenTableCorpusTests {
  @Test func everySentenceAndKeptParagraphReadsTheWordsAScanOfItFinds() throws {
    let files = InputWalker.walk([Repository.corpus.path]).files
    #expect(files.count > 40)
    let processor = try DocumentProcessor(configuration: Fixtures.configuration)
    var spans = 0, fromTable = 0
    for file in files {
      for case .success(let article) in Fixtures.configuration.ingestor.read(file).articles {
        let analysis = try processor.process(article)
        let table = analysis.segmentation.tokens
        let kept = analysis.cleaning.paragraphs.filter(\.isKept).map(\.span)
        article.bytes.withUnsafeBufferPointer { buffer in
          for span in analysis.segmentation.sentences.map(\.span) + kept {
            spans += 1
            guard let range = table.tokens(in: span) else { continue }
            fromTable += 1
            let scanned = table.scanned(buffer, span).tokens
            let held = table.tokens[range]
            #expect(held.map(\.range) == scanned.map(\.range), "\(file.path) \(span)")
            #expect(held.map(\.stemHash) == scanned.map(\.stemHash))
            #expect(held.map(\.shape) == scanned.map(\.shape))
          }
        }
      }
    }
    // Sentences and kept paragraphs lie in the table: a boundary inside a word is rare.
    #expect(spans > 1_000 && fromTable * 100 >= spans * 99, "\(fromTable) of \(spans) from the table")
  }
}
