import AgentProtocol
import Testing

@Suite struct LineFramerTests {
    @Test func splitsLinesAcrossChunksAndDropsCR() {
        var framer = LineFramer(maxLineBytes: 100)
        #expect(framer.feed(Array("{\"a\":1}\r\n{\"b\"".utf8)) == [.line(Array("{\"a\":1}".utf8))])
        #expect(framer.pendingCount == 4)
        #expect(framer.feed(Array(":2}\n\n".utf8)) == [.line(Array("{\"b\":2}".utf8)), .line([])])
    }

    @Test func capsALineWithoutNewline() {
        var framer = LineFramer(maxLineBytes: 10)
        #expect(framer.feed(Array("12345".utf8)).isEmpty)
        #expect(framer.feed(Array("123456".utf8)) == [.tooLong])
        #expect(framer.isBroken)
        #expect(framer.feed(Array("\n".utf8)).isEmpty)
    }

    @Test func capsALongLineEvenWithItsNewline() {
        var framer = LineFramer(maxLineBytes: 4)
        #expect(framer.feed(Array("abcd\nabcde\n".utf8)) == [.line(Array("abcd".utf8)), .tooLong])
    }
}
