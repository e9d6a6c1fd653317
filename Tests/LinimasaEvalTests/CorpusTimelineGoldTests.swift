import Foundation
import LinimasaCore
import LinimasaEval
import LinimasaTestSupport
import LinimasaText
import LinimasaTimeline
import Testing

/// The corpus's story timeline gold (Tests/Gold/timelines/) stays true to the articles:
/// every story of the per-article gold has one, every article is in its story, and every
/// evidence string lies in its article's text as the tool reads it.
@Suite struct CorpusTimelineGoldTests {
  static let stories = Result { try TimelineGold.load(folder: Repository.gold.appendingPathComponent("timelines").path) }

  /// Each corpus article's text by document id (for JSON inputs, the decoded text field).
  static let texts: [String: String] = {
    let lexicons = (try? Lexicons.load(from: [Repository.lexicons.path])) ?? Lexicons()
    let configuration = TextConfiguration(lexicons: lexicons)
    let files = InputWalker.walk([Repository.corpus.path]).files
    let ids = DocumentIDs(files: files.map(\.path))
    var texts: [String: String] = [:]
    for file in files {
      for case .success(let article) in configuration.ingestor.read(file).articles {
        texts[ids.id(for: article.path)] = String(decoding: article.bytes, as: UTF8.self)
      }
    }
    return texts
  }()

  @Test func everyStoryOfTheCorpusHasItsTimelineAndEveryArticleIsInIt() throws {
    let stories = try Self.stories.get()
    let gold = try GoldArticle.load(folder: Repository.gold.path)
    let byStory = Dictionary(grouping: gold) { $0.story ?? "" }
    #expect(Set(stories.map(\.story)) == Set(byStory.keys))
    let ids = DocumentIDs(files: gold.map { DocumentIDs.file(of: $0.file) })
    for story in stories {
      let articles = Set((byStory[story.story] ?? []).map { ids.id(for: $0.file) })
      #expect(Set(story.documents) == articles, "\(story.story)")
    }
  }

  @Test func everyEvidenceLiesInItsArticle() throws {
    for story in try Self.stories.get() {
      #expect(story.problems(texts: { Self.texts[$0] }) == [])
      #expect(!story.events.isEmpty)
    }
  }
}
