// A parsed HTML page as a tree of elements and text, read from libxml2's parse.
import CLinimasaHTML

/// An HTML document parsed by libxml2's error-recovering HTML parser (all entities
/// decoded, broken nesting repaired, text in UTF-8). Nodes are stored flat in document
/// order: a node's descendants follow it, up to `end`.
struct HTMLTree {
  struct Node {
    /// Lowercase element name; empty for text.
    var name: String
    /// Attributes by lowercase name (the first of repeated ones).
    var attributes: [String: String]
    /// The text of a text node.
    var text: String
    var parent: Int
    /// One past the last descendant: the node's subtree is `index..<end`.
    var end: Int
    /// Its element and text children, in order.
    var children: [Int] = []

    var isText: Bool { name.isEmpty }
  }

  private(set) var nodes: [Node] = []

  /// Parses `bytes` read in `encoding` (a name libxml2 does not know lets it detect the
  /// encoding); nil when libxml2 finds no document at all.
  init?(bytes: [UInt8], encoding: String) {
    var stream: UnsafeMutablePointer<UInt8>?
    var count = 0
    let status = bytes.withUnsafeBufferPointer { buffer in
      lnm_html_parse(buffer.baseAddress, buffer.count, encoding, &stream, &count)
    }
    guard status == 0, let stream else { return nil }
    defer { lnm_html_free(stream) }
    read(UnsafeBufferPointer(start: stream, count: count))
  }

  /// Builds the nodes from the record stream (see lnm_html.h).
  private mutating func read(_ stream: UnsafeBufferPointer<UInt8>) {
    var position = 0
    func u32() -> Int {
      guard position + 4 <= stream.count else { return 0 }
      let value = Int(stream[position]) | Int(stream[position + 1]) << 8 | Int(stream[position + 2]) << 16
        | Int(stream[position + 3]) << 24
      position += 4
      return value
    }
    func string() -> String {
      let length = min(u32(), stream.count - position)
      let text = String(decoding: UnsafeBufferPointer(rebasing: stream[position..<(position + length)]), as: UTF8.self)
      position += length
      return text
    }
    var open: [Int] = []
    func append(_ node: Node) {
      let index = nodes.count
      nodes.append(node)
      if let parent = open.last { nodes[parent].children.append(index) }
    }
    while position < stream.count {
      let kind = Int32(stream[position])
      position += 1
      switch kind {
      case Int32(LNM_HTML_OPEN):
        let name = string()
        var attributes: [String: String] = [:]
        for _ in 0..<u32() {
          let key = string(), value = string()
          if attributes[key] == nil { attributes[key] = value }
        }
        append(Node(name: name, attributes: attributes, text: "", parent: open.last ?? -1, end: 0))
        open.append(nodes.count - 1)
      case Int32(LNM_HTML_CLOSE):
        if let closed = open.popLast() { nodes[closed].end = nodes.count }
      default:
        append(Node(name: "", attributes: [:], text: Self.unwrappingCDATA(string()), parent: open.last ?? -1, end: nodes.count + 1))
      }
    }
    for closed in open { nodes[closed].end = nodes.count }
  }

  /// XHTML's `<![CDATA[...]]>` sections, which the HTML parser leaves as text, become
  /// their content.
  static func unwrappingCDATA(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "<")), text.range(of: "<![CDATA[") != nil else { return text }
    var result = ""
    var rest = Substring(text)
    while let open = rest.range(of: "<![CDATA[") {
      result += rest[..<open.lowerBound]
      rest = rest[open.upperBound...]
      if let close = rest.range(of: "]]>") {
        result += rest[..<close.lowerBound]
        rest = rest[close.upperBound...]
      }
    }
    return result + rest
  }
}
