// What an element's class, id and role say about it: story, furniture, comments, dialog.
import LinimasaCore

/// The words of an element's class, id and role attributes, matched once per element
/// (inside words and in any case: "shareBar", "post-comments" count).
struct HTMLNameSignals {
  /// +25 for each of class and id naming the story, -25 for each naming furniture.
  var weight = 0
  /// Class, id or role has a furniture word.
  var isFurniture = false
  /// Class, id or role names comments, which are never the story.
  var isComments = false
  /// Class, id or role names a dialog shown over the page (consent, login, newsletter).
  var isDialog = false

  /// Class or id words that suggest furniture.
  static let furnitureWords = words([
    "comment", "share", "social", "related", "sidebar", "widget", "footer", "promo", "advert", "sponsor", "banner",
    "newsletter", "subscribe", "breadcrumb", "popular", "recommend", "cookie", "navbar", "menu", "masthead",
    "outbrain", "taboola", "tags", "trending", "disqus", "respond", "reply", "pagination", "pager", "author", "byline",
    "caption", "credit", "copyright", "readmore", "read-more", "rating", "print", "meta",
  ])
  /// Class or id words that suggest the story.
  static let storyWords = words([
    "article", "story", "entry", "content", "post", "body", "text", "main", "blog", "hentry", "prose", "news",
  ])
  static let commentWords = words(["comment", "disqus", "respond"])
  static let dialogWords = words(["modal", "popup", "pum-", "consent", "cookie", "gdpr", "lightbox"])

  private static func words(_ list: [String]) -> [[UInt8]] { list.map { Array($0.utf8) } }

  /// Whether `word` occurs in `text` (both lowercase).
  private static func occurs(_ word: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = word.first, word.count <= text.count else { return false }
    var start = 0
    while start + word.count <= text.count {
      if text[start] == first {
        var offset = 1
        while offset < word.count && text[start + offset] == word[offset] { offset += 1 }
        if offset == word.count { return true }
      }
      start += 1
    }
    return false
  }

  init() {}

  init(_ node: HTMLTree.Node) {
    for key in ["class", "id", "role"] {
      guard let value = node.attributes[key], !value.isEmpty else { continue }
      let lowered = value.utf8.map(ASCII.lowercased)
      func has(_ words: [[UInt8]]) -> Bool {
        lowered.withUnsafeBufferPointer { buffer in words.contains { Self.occurs($0, in: buffer) } }
      }
      let furniture = has(Self.furnitureWords)
      isFurniture = isFurniture || furniture
      isComments = isComments || has(Self.commentWords)
      isDialog = isDialog || has(Self.dialogWords)
      guard key != "role" else { continue }
      if furniture { weight -= 25 }
      if has(Self.storyWords) { weight += 25 }
    }
  }
}
