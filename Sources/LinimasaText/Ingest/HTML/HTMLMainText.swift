// Finds a page's article text by its content: where the long, comma-rich, link-poor
// paragraphs gather, not which class names the markup happens to use.
import LinimasaCore

/// The paragraphs of a page's main text, in reading order.
///
/// 1. Text blocks: the text between block boundaries, with how much of it is link text;
///    scripts, forms' controls, pictures, hidden elements and dialogs (consent, login)
///    give none.
/// 2. Every block of prose (25+ characters, not mostly links) scores its ancestors, most
///    the nearest (1 + commas + a point per 100 characters, up to 3); elements start from
///    a weight for their tag and their class or id words, and end scaled by their own link
///    density.
/// 3. The best element is the story. It grows to the ancestor holding more near-best
///    elements, to an ancestor with much more prose (a story split between pictures), and
///    to an `<article>` or `<main>` it dominates (so a lead in the article's `<header>`
///    comes along). On the levels above it, siblings of plain prose join it: before it (a
///    lead in another wrapper), or after it with a good share of its prose.
/// 4. Inside that, link lists and subtrees that are furniture by name or element and by
///    content (link-heavy, or small beside the story) are left out, comments always; the
///    story's own wrappers never are. A heading whose section went goes too, and the
///    headline (`<h1>`) above the story opens the text.
struct HTMLMainText {
  let tree: HTMLTree

  /// Text blocks shorter than this do not score their ancestors.
  static let scoringMinimumCharacters = 25
  /// An ancestor with this many times the story's prose holds the rest of the story.
  static let splitStoryGrowth = 1.3
  /// Lines after the story's last prose shorter than this are furniture unless they end
  /// a sentence.
  static let trailingLineMaximumCharacters = 80
  /// A line ending in a colon is a heading up to this length.
  static let headingMaximumCharacters = 80
  /// How many levels above the story siblings are taken in...
  static let siblingLevels = 4
  /// ...when their link density stays below this...
  static let siblingMaximumLinkDensity = 0.25
  /// ...and, after the story, their prose is at least this share of the story's.
  static let followingSiblingShare = 0.15
  /// Elements left out with everything inside.
  static let nonContent: Set<String> = [
    "head", "script", "style", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "button", "select", "textarea", "input", "option", "datalist", "dialog", "audio", "video", "map", "picture",
    "figure", "figcaption",
  ]
  /// Elements that end a text block.
  static let blockElements: Set<String> = [
    "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
  ]
  /// Page furniture by its element alone.
  static let furnitureElements: Set<String> = ["nav", "aside", "footer", "menu", "form"]

  /// One stretch of text between block boundaries.
  struct Block {
    /// The innermost element holding it.
    var owner: Int
    var text: String
    var linkCharacters: Int
    var commas: Int
    /// What it adds to its ancestors' scores (see `points(length:links:commas:)`).
    var points: Double
  }

  /// Per element: what its class, id and role say.
  private let names: [HTMLNameSignals]
  /// Per element: text length, link text length and commas of its subtree.
  private var characters: [Int]
  private var linkCharacters: [Int]
  private var commas: [Int]
  /// Per element: the points of the prose blocks in its subtree (see `points`), undecayed.
  private var prose: [Double]
  private var blocks: [Block] = []

  init(tree: HTMLTree) {
    self.tree = tree
    names = tree.nodes.map { $0.attributes.isEmpty ? HTMLNameSignals() : HTMLNameSignals($0) }
    characters = Array(repeating: 0, count: tree.nodes.count)
    linkCharacters = characters
    commas = characters
    prose = Array(repeating: 0, count: tree.nodes.count)
    collectBlocks()
    for block in blocks {
      characters[block.owner] += block.text.utf8.count
      linkCharacters[block.owner] += block.linkCharacters
      commas[block.owner] += block.commas
      prose[block.owner] += block.points
    }
    for index in tree.nodes.indices.reversed() {
      let parent = tree.nodes[index].parent
      guard parent >= 0 else { continue }
      characters[parent] += characters[index]
      linkCharacters[parent] += linkCharacters[index]
      commas[parent] += commas[index]
      prose[parent] += prose[index]
    }
  }

  /// The main text's paragraphs; every block of the page when no element scores.
  func paragraphs() -> [String] {
    guard let story = story() else { return blocks.map(\.text) }
    let roots = withSiblings(story)
    let kept = keptElements(under: roots, story: story)
    var isChosen = blocks.map { block in
      kept[block.owner] && !Self.isLinkList(text: block.text.utf8.count, links: block.linkCharacters)
    }
    // A heading whose section was left out ("More on this:" over a list of links) goes too.
    for index in blocks.indices.reversed() where isChosen[index] && isHeading(blocks[index]) {
      if index + 1 == blocks.count || !isChosen[index + 1] { isChosen[index] = false }
    }
    // Short lines after the story's last prose (a newsletter prompt, "About the author")
    // are what a page puts under its stories.
    if let lastProse = blocks.indices.last(where: { isChosen[$0] && blocks[$0].points > 0 }) {
      for index in (lastProse + 1)..<blocks.count where isChosen[index] && isTrailingLine(blocks[index]) {
        isChosen[index] = false
      }
    }
    // The headline above the story opens the text, as it opens a text file: the cleaner
    // knows it for the title, and a fact may cite it.
    if let first = isChosen.firstIndex(of: true),
      let headline = blocks[..<first].lastIndex(where: { tree.nodes[$0.owner].name == "h1" })
    {
      isChosen[headline] = true
    }
    let chosen = blocks.indices.filter { isChosen[$0] }.map { blocks[$0] }
    return chosen.isEmpty ? blocks.map(\.text) : chosen.map(\.text)
  }

  // MARK: Blocks

  private mutating func collectBlocks() {
    var open: [Int] = []
    var links = 0
    var current: [UInt8] = []
    var currentLinks = 0
    var owner = 0
    func flush() {
      if current.last == 0x20 { current.removeLast() }
      if !current.isEmpty {
        let links = min(currentLinks, current.count)
        let commas = current.count { $0 == UInt8(ascii: ",") }
        blocks.append(
          Block(
            owner: owner, text: String(decoding: current, as: UTF8.self), linkCharacters: links, commas: commas,
            points: Self.points(length: current.count, links: links, commas: commas)))
      }
      current.removeAll(keepingCapacity: true)
      currentLinks = 0
    }
    var index = 0
    let nodes = tree.nodes
    while index < nodes.count {
      while let last = open.last, nodes[last].end <= index {
        open.removeLast()
        if nodes[last].name == "a" { links -= 1 }
        if Self.blockElements.contains(nodes[last].name) {
          flush()
          owner = open.last(where: { Self.blockElements.contains(nodes[$0].name) }) ?? 0
        }
      }
      let node = nodes[index]
      if node.isText {
        if current.isEmpty { owner = open.last(where: { Self.blockElements.contains(nodes[$0].name) }) ?? 0 }
        let before = current.count
        Self.appendCollapsingSpaces(node.text, to: &current)
        if links > 0 { currentLinks += current.count - before }
        index += 1
        continue
      }
      if Self.nonContent.contains(node.name) || Self.isHidden(node) || isPopup(index) {
        index = node.end
        continue
      }
      if Self.blockElements.contains(node.name) {
        flush()
        owner = index
      }
      if node.name == "a" { links += 1 }
      open.append(index)
      index += 1
    }
    flush()
  }

  /// A line too short to be prose that does not end a sentence.
  private func isTrailingLine(_ block: Block) -> Bool {
    guard block.text.utf8.count < Self.trailingLineMaximumCharacters, let last = block.text.utf8.last else { return false }
    return last != UInt8(ascii: ".") && last != UInt8(ascii: "!") && last != UInt8(ascii: "?")
  }

  /// A section heading: an `<h1>`-`<h6>`, or a short line ending in a colon.
  private func isHeading(_ block: Block) -> Bool {
    let name = tree.nodes[block.owner].name
    if name.count == 2, name.first == "h", let level = name.last?.wholeNumberValue, (1...6).contains(level) { return true }
    return block.text.utf8.count <= Self.headingMaximumCharacters && block.text.hasSuffix(":")
  }

  /// Dialogs a page shows over itself on request (consent, login, newsletter), hidden
  /// until then; never `<html>` or `<body>`, whose classes say a dialog is open.
  private func isPopup(_ element: Int) -> Bool {
    let name = tree.nodes[element].name
    return name != "html" && name != "body" && names[element].isDialog
  }

  private static func isHidden(_ node: HTMLTree.Node) -> Bool {
    if node.attributes["hidden"] != nil { return true }
    guard let style = node.attributes["style"] else { return false }
    let compact = style.utf8.filter { !ASCII.isSpace($0) }
    return compact.withUnsafeBufferPointer {
      ByteSearch.firstIndex($0, 0..<$0.count, "display:none") != nil
        || ByteSearch.firstIndex($0, 0..<$0.count, "visibility:hidden") != nil
    }
  }

  /// Appends `text` with runs of white space (ASCII, no-break spaces) as one space, and
  /// without soft hyphens and zero-width spaces, which are breaking hints that would split
  /// words.
  private static func appendCollapsingSpaces(_ text: String, to current: inout [UInt8]) {
    let bytes = Array(text.utf8)
    var pendingSpace = false
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let next = index + 1 < bytes.count ? bytes[index + 1] : 0
      if byte == 0xC2 && next == 0xAD {  // soft hyphen
        index += 2
        continue
      }
      if byte == 0xE2 && next == 0x80 && index + 2 < bytes.count && bytes[index + 2] == 0x8B {  // zero-width space
        index += 3
        continue
      }
      let noBreakSpace = byte == 0xC2 && next == 0xA0
      if ASCII.isSpace(byte) || noBreakSpace {
        pendingSpace = true
        index += noBreakSpace ? 2 : 1
        continue
      }
      if pendingSpace, let last = current.last, last != 0x20 { current.append(0x20) }
      pendingSpace = false
      current.append(byte)
      index += 1
    }
    if pendingSpace, !current.isEmpty, current.last != 0x20 { current.append(0x20) }
  }

  // MARK: Scoring

  /// The element holding the story, or nil when no block is long enough to tell.
  private func story() -> Int? {
    var scores: [Int: Double] = [:]
    for block in blocks where block.points > 0 {
      let points = block.points
      var ancestor = tree.nodes[block.owner].parent
      var level = 0
      while ancestor >= 0, level < 5 {
        if scores[ancestor] == nil { scores[ancestor] = initialScore(ancestor) }
        scores[ancestor]! += points / Double(level == 0 ? 1 : level == 1 ? 2 : level * 3)
        ancestor = tree.nodes[ancestor].parent
        level += 1
      }
    }
    var ranked = scores.map { (element: $0.key, score: $0.value * (1 - linkDensity($0.key))) }
    guard !ranked.isEmpty else { return nil }
    ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.element < $1.element }
    var best = ranked[0].element
    // Several near-top elements under one ancestor: the story is split, take the ancestor.
    let close = ranked.dropFirst().prefix(5).filter { $0.score >= ranked[0].score * 0.75 }.map(\.element)
    if close.count >= 2 {
      var ancestor = tree.nodes[best].parent
      while ancestor >= 0, !isBodyOrRoot(ancestor) {
        if close.count(where: { isAncestor(ancestor, of: $0) }) >= 2 {
          best = ancestor
          break
        }
        ancestor = tree.nodes[ancestor].parent
      }
    }
    // The story split into groups (between pictures, say): take the ancestor whose prose is
    // much more than the best group's.
    while tree.nodes[best].parent >= 0, !isBodyOrRoot(tree.nodes[best].parent),
      prose[tree.nodes[best].parent] >= prose[best] * Self.splitStoryGrowth
    {
      best = tree.nodes[best].parent
    }
    // An <article> or <main> the story dominates is the story with its header.
    var ancestor = tree.nodes[best].parent
    while ancestor >= 0, !isBodyOrRoot(ancestor) {
      let name = tree.nodes[ancestor].name
      if name == "article" || name == "main" || tree.nodes[ancestor].attributes["itemprop"] == "articleBody" {
        if characters[best] * 2 >= characters[ancestor] { best = ancestor }
        break
      }
      ancestor = tree.nodes[ancestor].parent
    }
    return best
  }

  /// What a block of prose adds to its ancestors: 1 + its commas + a point per 100
  /// characters (up to 3); nothing when it is short or mostly links.
  private static func points(length: Int, links: Int, commas: Int) -> Double {
    guard length >= scoringMinimumCharacters, !isLinkList(text: length, links: links) else { return 0 }
    return 1 + Double(commas) + Double(min(length / 100, 3))
  }

  private func initialScore(_ element: Int) -> Double {
    let base: Double
    switch tree.nodes[element].name {
    case "div", "article", "main", "section": base = 5
    case "pre", "td", "blockquote": base = 3
    case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": base = -3
    case "h1", "h2", "h3", "h4", "h5", "h6", "th": base = -5
    default: base = 0
    }
    return base + Double(classWeight(element))
  }

  private func classWeight(_ element: Int) -> Int { names[element].weight }

  private func linkDensity(_ element: Int) -> Double {
    characters[element] == 0 ? 0 : Double(linkCharacters[element]) / Double(characters[element])
  }

  /// Mostly link text: a menu row, a list of related stories.
  private static func isLinkList(text: Int, links: Int) -> Bool { text > 0 && links * 2 > text }

  private func isBodyOrRoot(_ element: Int) -> Bool {
    let name = tree.nodes[element].name
    return name == "body" || name == "html" || tree.nodes[element].parent < 0
  }

  private func isAncestor(_ ancestor: Int, of element: Int) -> Bool {
    ancestor < element && element < tree.nodes[ancestor].end
  }

  // MARK: The story's extent

  /// The story and the prose around it: on each of the levels above it (up to an
  /// `<article>` or `<main>`), siblings of plain prose — before it (a lead, an intro in
  /// another wrapper) or after it with a good share of the story's prose (the story's
  /// next part). Sorted in reading order.
  private func withSiblings(_ story: Int) -> [Int] {
    var roots = [story]
    var current = story
    let storyProse = prose[story]
    for _ in 0..<Self.siblingLevels {
      let parent = tree.nodes[current].parent
      guard parent >= 0, !isBodyOrRoot(current), !isBodyOrRoot(parent) else { break }
      for sibling in tree.nodes[parent].children where sibling != current {
        let node = tree.nodes[sibling]
        guard !node.isText, !Self.nonContent.contains(node.name), !Self.furnitureElements.contains(node.name),
          classWeight(sibling) >= 0, prose[sibling] > 0, linkDensity(sibling) < Self.siblingMaximumLinkDensity
        else { continue }
        if sibling < current || prose[sibling] >= storyProse * Self.followingSiblingShare { roots.append(sibling) }
      }
      let name = tree.nodes[current].name
      if name == "article" || name == "main" { break }
      current = parent
    }
    return roots.sorted()
  }

  /// Per element: whether its text belongs to the story.
  private func keptElements(under roots: [Int], story: Int) -> [Bool] {
    var kept = [Bool](repeating: false, count: tree.nodes.count)
    let storyCharacters = max(roots.reduce(0) { $0 + characters[$1] }, 1)
    for root in roots {
      var index = root
      while index < tree.nodes[root].end {
        let node = tree.nodes[index]
        if index != root, !node.isText, !isAncestor(index, of: story), index != story,
          isFurniture(index, storyCharacters: storyCharacters)
        {
          index = node.end
          continue
        }
        kept[index] = true
        index += 1
      }
    }
    return kept
  }

  /// Furniture inside the story's extent: a furniture element or name whose content agrees
  /// (mostly links, or small beside the story), comments whatever their content, and link
  /// lists without commas.
  private func isFurniture(_ element: Int, storyCharacters: Int) -> Bool {
    let node = tree.nodes[element]
    if names[element].isComments { return true }
    let density = linkDensity(element)
    let small = characters[element] * 4 < storyCharacters
    if Self.furnitureElements.contains(node.name) {
      return density > 0.2 || small
    }
    if names[element].isFurniture { return density > 0.2 || small }
    if ["div", "section", "ul", "ol", "table", "dl"].contains(node.name), commas[element] < 10 {
      return classWeight(element) < 25 ? density > 0.33 : density > 0.5
    }
    return false
  }
}
