import Testing
import Vocabulary

/// `Answer.text` is what checkers read and the leaderboard stores: changing it changes scores.
@Suite struct AnswerTests {
    @Test func textRendersEachKindOfValue() {
        #expect(Answer(status: .ok).text == "")
        #expect(Answer(status: .ok, value: .string("SN-0412")).text == "SN-0412")
        #expect(Answer(status: .ok, value: .int(42)).text == "42")
        #expect(Answer(status: .ok, value: .double(49.5)).text == "49.5")
        #expect(Answer(status: .ok, value: .double(3)).text == "3")
        #expect(Answer(status: .ok, value: .bool(false)).text == "false")
        #expect(Answer(status: .ok, value: .array([.string("red"), .int(1), .null])).text == "red, 1, null")
        #expect(Answer(status: .ok, value: .object([("b", .int(1)), ("a", .string("x"))])).text == #"{"b":1,"a":"x"}"#)
    }

    @Test func theTextReadBackAsAStringIsTheSameText() {
        let answer = Answer(status: .ok, value: .array([.double(1.25), .object([("k", .null)])]))
        #expect(Answer(status: .ok, value: .string(answer.text)).text == answer.text)
    }
}
