import Checkers
import Tasks
import Testing
import Vocabulary

/// The checker bugs reported against WebArena, each reproduced and shown handled.
@Suite struct WebArenaRegressionTests {
    let evaluator = CheckEvaluator()
    let base = ["shop": "http://shop.localhost:8123"]

    func answer(_ value: String, _ matchers: [AnswerMatcher]) async -> CheckResult {
        await evaluator.evaluate(
            .answer(AnswerCheck(matchers: matchers)), in: CheckContext(answer: Answer(status: .ok, value: .string(value))))
    }

    @Test func substringURLViewedasdfDoesNotPassForViewed() async {
        let check = Check.url(URLCheck(target: .equals("shop:/viewed")))
        let wrong = await evaluator.evaluate(check, in: CheckContext(finalURL: "http://shop.localhost:8123/viewedasdf", baseURLs: base))
        #expect(!wrong.passed)
        #expect(wrong.reason == "path /viewedasdf is not /viewed")
        let right = await evaluator.evaluate(check, in: CheckContext(finalURL: "http://shop.localhost:8123/viewed", baseURLs: base))
        #expect(right.passed)
        // A path prefix is matched on segment boundaries, not characters.
        let prefix = Check.url(URLCheck(target: .pathPrefix("shop:/viewed")))
        #expect(!(await evaluator.evaluate(prefix, in: CheckContext(finalURL: "http://shop.localhost:8123/viewedasdf", baseURLs: base))).passed)
        #expect(await evaluator.evaluate(prefix, in: CheckContext(finalURL: "http://shop.localhost:8123/viewed/3", baseURLs: base)).passed)
    }

    @Test func zeroDollarsIncludesZero() async {
        let r = await answer("$0.00", [.mustInclude(.literal(["0"]))])
        #expect(r.passed, "\(r.reason)")
        #expect(await answer("The total was $0.00.", [.number(.literal(["0"]), tolerance: 0)]).passed)
        #expect(await answer("$0.00", [.currency(.literal(["0"]), tolerance: 0)]).passed)
        // …while a different amount still fails.
        #expect(!(await answer("$10.00", [.mustInclude(.literal(["0"]))])).passed)
    }

    @Test func pluralAndCaseRacingCarMatchesRacingCars() async {
        #expect(await answer("racing cars", [.mustInclude(.literal(["Racing car"]))]).passed)
        #expect(await answer("Racing Cars", [.exact(.literal(["racing car"]))]).passed)
        #expect(await answer("Batteries", [.exact(.literal(["battery"]))]).passed)
        #expect(!(await answer("racing bikes", [.mustInclude(.literal(["Racing car"]))])).passed)
    }

    @Test func answerListingEveryOptionFails() async {
        let withOptions = AnswerMatcher.oneOf(accepted: ["red"], options: ["red", "blue", "green"])
        let hedge = await answer("It is red, blue or green", [withOptions])
        #expect(!hedge.passed)
        #expect(hedge.reason == "answer also names 'blue', 'green'")
        #expect(await answer("Red", [withOptions]).passed)
        // Without a list of options, naming every accepted alternative is a hedge too.
        let alternatives = AnswerMatcher.oneOf(accepted: ["Alpha", "Beta"], options: [])
        let both = await answer("Alpha or Beta", [alternatives])
        #expect(!both.passed)
        #expect(both.reason == "answer lists every option instead of choosing one")
        #expect(await answer("Beta", [alternatives]).passed)
    }

    @Test func negatedAnswerFails() async {
        let red = [AnswerMatcher.mustInclude(.literal(["red"]))]
        let notRed = await answer("not red", red)
        #expect(!notRed.passed)
        #expect(notRed.reason == "answer 'red' appears only negated")
        #expect(!(await answer("No, it is not red.", red)).passed)
        #expect(!(await answer("It isn't red", red)).passed)
        // The fact stated with a negated alternative is fine.
        #expect(await answer("It is red, not blue", red).passed)
        #expect(await answer("It is red, not blue", [.mustExclude(.literal(["blue"]))]).passed)
        // A negated option does not count as naming it.
        #expect(await answer("Red, not blue", [.oneOf(accepted: ["red"], options: ["red", "blue"])]).passed)
    }
}
