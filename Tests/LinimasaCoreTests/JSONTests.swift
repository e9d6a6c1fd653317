import LinimasaCore
import Testing

@Suite struct JSONParserTests {
  @Test func parsesValues() throws {
    let value = try JSONParser.parse(#"{"a": [1, -2.5, true, null, "x\n\u00e9\ud83d\ude00"], "b": {}}"#)
    #expect(value["a"] == .array([.int(1), .double(-2.5), .bool(true), .null, .string("x\né😀")]))
    #expect(value["b"] == .object([]))
  }

  @Test func keepsMemberOrderAndFirstDuplicateWins() throws {
    let value = try JSONParser.parse(#"{"z": 1, "a": 2, "z": 3}"#)
    guard case .object(let members) = value else {
      Issue.record("not an object")
      return
    }
    #expect(members.map(\.key) == ["z", "a", "z"])
    #expect(value["z"] == .int(1))
  }

  @Test(arguments: [
    ("{\"a\": }", 1, 7, "unexpected character '}'"),
    ("{\n  \"a\": 1,\n  \"b\" 2\n}", 3, 7, "expected ':' after key \"b\""),
    ("[1, 2", 1, 6, "unterminated array"),
    ("\"abc", 1, 1, "unterminated string"),
    ("01", 1, 1, "leading zero in number"),
    ("{} x", 1, 4, "unexpected text after the JSON value"),
    ("tru", 1, 1, "invalid literal"),
  ])
  func reportsErrorsWithLineAndColumn(text: String, line: Int, column: Int, message: String) {
    #expect(throws: JSONSyntaxError(line: line, column: column, message: message)) {
      try JSONParser.parse(text)
    }
  }

  @Test func limitsNesting() {
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(deep) }
  }
}

@Suite struct JSONWriterTests {
  @Test func writesPrettyWithInlineNumberArrays() {
    let value = JSONValue.object([
      JSONMember("span", .span(ByteSpan(3, 9))),
      JSONMember("list", .array([.string("a")])),
      JSONMember("empty", .array([])),
    ])
    #expect(
      JSONWriter.pretty(value) == """
        {
          "span": [3, 9],
          "list": [
            "a"
          ],
          "empty": []
        }

        """)
  }

  @Test func escapesStrings() {
    #expect(JSONWriter.compact(.string("a\"b\\c\n\u{1}é“”")) == #""a\"b\\c\n\u0001é“”""#)
    // Line and paragraph separators end lines in JavaScript; other U+20xx stay as they are.
    #expect(JSONWriter.compact(.string("x\u{2028}y\u{2029}z\u{2026}\t\r\u{1F}")) == #""x\u2028y\u2029z…\t\r\u001f""#)
    #expect(JSONWriter.compact(.string("\u{E2}")) == "\"\u{E2}\"")
  }

  @Test func formatsDoublesDeterministically() {
    #expect(JSONWriter.compact(.double(0.5)) == "0.5")
    #expect(JSONWriter.compact(.double(1)) == "1")
    #expect(JSONWriter.compact(.double(0.123456)) == "0.1235")
    #expect(JSONWriter.compact(.double(-2.25)) == "-2.25")
    #expect(JSONWriter.compact(.double(.nan)) == "null")
  }

  @Test func roundTrips() throws {
    let value = JSONValue.object([JSONMember("t", .string("Senin (4/12/2023) “kata”")), JSONMember("n", .int(-7))])
    #expect(try JSONParser.parse(JSONWriter.pretty(value)) == value)
  }

  @Test func streamsTheSameBytesAsThePrettyTree() throws {
    let nested = JSONValue.object([
      JSONMember("n", .int(1)), JSONMember("empty", .array([])), JSONMember("none", .object([])),
      JSONMember("span", .array([.int(3), .int(9)])), JSONMember("text", .string("“kata”\n")),
    ])
    let tree = JSONValue.object([
      JSONMember("head", .string("h")),
      JSONMember("items", .array([nested, nested])),
      JSONMember("nothing", .array([])),
      JSONMember("inner", .object([JSONMember("list", .array([nested])), JSONMember("x", .null)])),
    ])
    for chunkSize in [1, 7, 1 << 20] {
      var pieces: [[UInt8]] = []
      var stream = PrettyJSONStream(chunkSize: chunkSize) { pieces.append($0) }
      try stream.beginObject()
      try stream.member("head", .string("h"))
      try stream.key("items")
      try stream.beginArray()
      try stream.value(nested)
      // An item rendered elsewhere at the stream's depth.
      var rendered: [UInt8] = []
      JSONWriter.pretty(nested, indent: stream.depth, into: &rendered)
      try stream.raw(rendered)
      try stream.end()
      try stream.key("nothing")
      try stream.beginArray()
      try stream.end()
      try stream.key("inner")
      try stream.beginObject()
      try stream.key("list")
      try stream.beginArray()
      try stream.value(nested)
      try stream.end()
      try stream.member("x", .null)
      try stream.end()
      try stream.end()
      try stream.finish()
      #expect(String(decoding: Array(pieces.joined()), as: UTF8.self) == JSONWriter.pretty(tree))
      #expect(chunkSize > 100 || pieces.count > 1)
    }
  }

  @Test func streamsAPieceForADeeperPlace() throws {
    let item = JSONValue.object([JSONMember("a", .array([.object([JSONMember("b", .bool(true))])]))])
    var text: [UInt8] = []
    var stream = PrettyJSONStream(depth: 2, chunkSize: .max) { text += $0 }
    try stream.beginObject()
    try stream.key("a")
    try stream.beginArray()
    try stream.value(.object([JSONMember("b", .bool(true))]))
    try stream.end()
    try stream.end()
    try stream.finish()
    var expected: [UInt8] = []
    JSONWriter.pretty(item, indent: 2, into: &expected)
    #expect(text == expected)
  }
}
