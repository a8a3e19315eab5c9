import Testing
import Vocabulary

/// The one writer: protocol order, canonical key order, pretty files, one escaper.
@Suite struct JSONWriterTests {
    let value: JSONValue = .object([("b", .int(1)), ("a", .array([.string("x\"\n"), .double(0.5), .null])), ("é", .object([]))])

    @Test func protocolLinesKeepMemberOrder() {
        #expect(JSONWriter.encode(value) == #"{"b":1,"a":["x\"\n",0.5,null],"é":{}}"#)
    }

    @Test func canonicalTextSortsKeysByUTF8Bytes() {
        let reordered: JSONValue = .object([("é", .object([])), ("a", .array([.string("x\"\n"), .double(0.5), .null])), ("b", .int(1))])
        #expect(value.canonicalText == #"{"a":["x\"\n",0.5,null],"b":1,"é":{}}"#)
        #expect(reordered.canonicalText == value.canonicalText)
    }

    @Test func prettyCanonicalIndentsTwoSpacesAndEndsWithANewline() {
        #expect(JSONValue.object([("b", .int(1)), ("a", .string("x\"\n"))]).canonical() == "{\n  \"a\": \"x\\\"\\n\",\n  \"b\": 1\n}\n")
        #expect(JSONValue.object([("l", .array([.int(1), .array([])]))]).canonical() == "{\n  \"l\": [\n    1,\n    []\n  ]\n}\n")
    }

    @Test func escapesQuotesBackslashesAndControlCharacters() {
        var bytes: [UInt8] = []
        JSONWriter.appendQuoted("a\"b\\c\n\r\t\u{01}\u{1F}é😀", to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == #""a\"b\\c\n\r\t\u0001\u001fé😀""#)
    }

    @Test func fixedDecimalsAreStable() {
        #expect(JSONValue.fixed(1.0).canonical() == "1.000\n")
        #expect(JSONValue.fixed(2.3456).canonical() == "2.346\n")
        #expect(JSONValue.fixed(-0.05).canonical() == "-0.050\n")
        #expect(JSONWriter.encode(.array([.fixed(12.5, decimals: 1), .fixed(.nan)])) == "[12.5,null]")
    }

    @Test func integralDoublesAreWrittenWithoutAFraction() {
        #expect(JSONWriter.encode(.array([.double(2), .double(0.051), .double(.infinity)])) == "[2,0.051,null]")
    }
}
