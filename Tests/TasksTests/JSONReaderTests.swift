import Tasks
import Testing

@Suite struct JSONReaderTests {
    @Test func valuesKeepLinesAndKeyOrder() throws {
        let node = try JSONReader.parse("""
            {
              "b": 1,
              "a": [true, null,
                    "x\\u00e9\\n"],
              "c": {"d": -1.5e3}
            }
            """)
        #expect(node.line == 1)
        #expect(node.members?.map(\.key) == ["b", "a", "c"])
        #expect(node["a"]?.line == 3)
        #expect(node["a"]?.elements?[2].line == 4)
        #expect(node["a"]?.elements?[2].stringValue == "xé\n")
        #expect(node["c"]?["d"]?.value == .number("-1.5e3"))
        #expect(node.canonicalText == #"{"a":[true,null,"xé\n"],"b":1,"c":{"d":-1.5e3}}"#)
    }

    @Test func surrogatePairs() throws {
        #expect(try JSONReader.parse(#""\ud83d\ude00""#).stringValue == "😀")
    }

    @Test(arguments: [
        ("{\n  \"a\": 1,\n}", 3, "expected a quoted key"),
        ("{\"a\": tru}", 1, "invalid literal, expected 'true'"),
        ("[1, 2", 1, "unexpected end of file in an array"),
        ("{\"a\": 1, \"a\": 2}", 1, "duplicate key \"a\""),
        ("\"abc", 1, "unterminated string"),
        ("01", 1, "unexpected text after the end of the JSON value"),
        ("{\"a\":\n\n  +1}", 3, "unexpected character '+'"),
    ])
    func syntaxErrorsSayWhere(text: String, line: Int, reason: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONReader.parse(text) }
        do {
            _ = try JSONReader.parse(text)
        } catch {
            #expect(error.line == line)
            #expect(error.reason == reason)
        }
    }
}
