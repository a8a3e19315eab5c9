import Testing
import Vocabulary

/// Files: every value's line is kept, and a syntax error says where it is.
@Suite struct JSONDocumentTests {
    @Test func valuesKeepLinesAndKeyOrder() throws {
        let document = try JSONParser.parseDocument("""
            {
              "b": 1,
              "a": [true, null,
                    "x\\u00e9\\n"],
              "c": {"d": -1.5e3, "e/f": 2}
            }
            """)
        #expect(document.line(at: "") == 1)
        #expect(document.root.members?.map(\.0) == ["b", "a", "c"])
        #expect(document.line(at: "/a") == 3)
        #expect(document.line(at: "/a/2") == 4)
        #expect(document.line(at: "/c/e~1f") == 5)
        #expect(document.root["a"]?.arrayValue?[2].stringValue == "xé\n")
        #expect(document.root["c"]?["d"] == .double(-1500))
        #expect(document.root.canonicalText == #"{"a":[true,null,"xé\n"],"b":1,"c":{"d":-1500,"e/f":2}}"#)
    }

    @Test func surrogatePairs() throws {
        #expect(try JSONParser.parseDocument(#""\ud83d\ude00""#).root.stringValue == "😀")
    }

    @Test func aByteOrderMarkIsToleratedInFilesOnly() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("[1]".utf8)
        #expect(try JSONParser.parseDocument(bytes).root == .array([.int(1)]))
        #expect(throws: JSONParseError.self) { try JSONParser.parse(bytes: bytes) }
    }

    @Test(arguments: [
        ("{\n  \"a\": 1,\n}", 3, 1, "expected a string key"),
        ("{\"a\": tru}", 1, 7, "invalid literal"),
        ("[1, 2", 1, 6, "unexpected end of input in array"),
        ("{\"a\": 1,\n \"a\": 2}", 2, 2, "duplicate key \"a\""),
        ("\"abc", 1, 5, "unterminated string"),
        ("01", 1, 2, "leading zero in number"),
        ("{\"a\":\n\n  +1}", 3, 3, "unexpected character '+'"),
    ])
    func syntaxErrorsSayWhere(text: String, line: Int, column: Int, reason: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parseDocument(text) }
        do {
            _ = try JSONParser.parseDocument(text)
        } catch {
            #expect(error.line == line)
            #expect(error.column == column)
            #expect(error.reason == reason)
        }
    }

    @Test func protocolLinesAllowDuplicateKeysAndSayTheByte() throws {
        #expect(try JSONParser.parse(#"{"a":1,"a":2}"#)["a"] == .int(1))
        do {
            _ = try JSONParser.parse("[1,\n x]")
            Issue.record("parsed")
        } catch {
            #expect(error.offset == 5)
            #expect(error.line == 2 && error.column == 2)
            #expect(error.description == "invalid JSON at byte 5: unexpected character 'x'")
        }
    }
}
