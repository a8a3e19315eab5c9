import Vocabulary
import Testing

@Suite struct JSONTests {
    @Test func parsesEveryKindOfValue() throws {
        let value = try JSONParser.parse(#" {"a": [1, -2.5, 1e3, true, false, null], "b": "x\"y\\z\n\u00e9\ud83d\ude00", "c": {}} "#)
        #expect(value["a"] == .array([.int(1), .double(-2.5), .double(1000), .bool(true), .bool(false), .null]))
        #expect(value["b"]?.stringValue == "x\"y\\z\né😀")
        #expect(value["c"] == .object([]))
    }

    @Test func keepsLargeIntegersExact() throws {
        let value = try JSONParser.parse("[9007199254740993, 18446744073709551615]")
        #expect(value.arrayValue?.first == .int(9_007_199_254_740_993))
        // Beyond Int64 it is a double, not an error.
        #expect(value.arrayValue?.last?.doubleValue == 18446744073709551615.0)
    }

    @Test(arguments: [
        ("", "unexpected end of input"), ("{", "expected a string key"), ("[1,]", "unexpected character ']'"),
        ("01", "leading zero in number"), ("\"abc", "unterminated string"), ("{\"a\" 1}", "expected ':'"),
        ("tru", "unexpected end of input"), ("nul!", "invalid literal"), ("\"\\x\"", "invalid escape '\\x'"),
        ("\"\\ud800\"", "unpaired surrogate"), ("[1] [2]", "unexpected data after the value"), ("\"a\u{01}\"", "control character in string"),
    ])
    func rejectsMalformedInputWithAReason(input: String, reason: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(input) }
        do {
            _ = try JSONParser.parse(input)
        } catch {
            #expect(error.reason == reason)
        }
    }

    @Test func refusesDeepNestingInsteadOfCrashing() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
        let ok = String(repeating: "[", count: 60) + String(repeating: "]", count: 60)
        #expect((try? JSONParser.parse(ok)) != nil)
    }

    @Test func rejectsInvalidUTF8() {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(bytes: [0x22, 0xFF, 0xFE, 0x22]) }
    }

    @Test func writerRoundTripsAndNeverEmitsANewline() throws {
        let value = JSONValue.object([("text", .string("line1\nline2\t\"q\"\\ \u{07}")), ("n", .int(-3)), ("d", .double(0.25)),
                                      ("list", .array([.null, .bool(true)])), ("whole", .double(2))])
        let line = JSONWriter.encode(value)
        #expect(!line.contains("\n"))
        #expect(line == #"{"text":"line1\nline2\t\"q\"\\ \u0007","n":-3,"d":0.25,"list":[null,true],"whole":2}"#)
        let back = try JSONParser.parse(line)
        #expect(back["text"] == value["text"])
        #expect(back["whole"] == .int(2))
    }

    @Test func rawFragmentsAreEmbeddedVerbatimAndValidated() throws {
        let raw = try RawJSON(validating: #"{"nodes":[1,2]}"#)
        #expect(JSONWriter.encode(.object([("tree", .raw(raw))])) == #"{"tree":{"nodes":[1,2]}}"#)
        #expect(throws: JSONParseError.self) { try RawJSON(validating: "{oops") }
        // Even an unchecked fragment cannot break the framing.
        #expect(!JSONWriter.encode(.raw(RawJSON(unchecked: "[1,\n2]"))).contains("\n"))
    }
}
