import Checkers
import Tasks
import Testing
import Vocabulary

@Suite struct AnswerMatcherTests {
    let evaluator = CheckEvaluator()

    func check(_ value: String, _ matchers: AnswerMatcher..., status: AnswerStatus = .ok) async -> CheckResult {
        await evaluator.evaluate(
            .answer(AnswerCheck(matchers: matchers)), in: CheckContext(answer: Answer(status: status, value: .string(value))))
    }

    @Test func mustIncludeIsOnTokenBoundaries() async {
        #expect(!(await check("I am tired", .mustInclude(.literal(["red"])))).passed)
        #expect(!(await check("reddish", .mustInclude(.literal(["red"])))).passed)
        #expect(await check("a red one", .mustInclude(.literal(["red"]))).passed)
        #expect(await check("Crème brûlée, please", .mustInclude(.literal(["creme brulee"]))).passed)
        let missing = await check("blue", .mustInclude(.literal(["red", "blue"])))
        #expect(missing.reason == "answer missing 'red'")
    }

    @Test func phrasesDoNotSpanClauses() async {
        #expect(!(await check("racing, car", .mustInclude(.literal(["racing car"])))).passed)
        #expect(await check("a racing car.", .mustInclude(.literal(["racing car"]))).passed)
    }

    @Test func phrasesWithTheirOwnPeriodsMatchAcrossThem() async {
        let gold = AnswerMatcher.mustInclude(.literal(["Pace & Co. Studio Suede Court Sneakers"]))
        #expect(await check("It is the Pace & Co. Studio Suede Court Sneakers.", gold).passed)
        #expect(!(await check("Pace & Co Studio. Suede Court Sneakers", gold)).passed, "a break where the name has none")
        let exclude = AnswerMatcher.mustExclude(.literal(["Pace & Co. Studio Suede Court Sneakers"]))
        #expect(!(await check("Either the Trail Runner or the Pace & Co. Studio Suede Court Sneakers", exclude)).passed)
    }

    @Test func oneOfPrefersTheLongerOption() async {
        let m = AnswerMatcher.oneOf(accepted: ["dark red"], options: ["red", "dark red"])
        #expect(await check("Dark red", m).passed)
        #expect(!(await check("red", m)).passed)
        #expect(!(await check("dark red or red", m)).passed)
    }

    @Test func mustExcludeCatchesAffirmedMentions() async {
        let r = await check("red and blue", .mustExclude(.literal(["blue"])))
        #expect(!r.passed)
        #expect(r.reason == "answer includes excluded 'blue'")
    }

    @Test func emptyOrMissingAnswersFail() async {
        #expect(!(await check("   ", .mustExclude(.literal(["x"])))).passed)
        let none = await evaluator.evaluate(.answer(AnswerCheck(matchers: [.exact(.literal(["x"]))])), in: CheckContext())
        #expect(!none.passed)
        #expect(none.reason == "the agent gave no answer")
        let giveUp = await check("red", .mustInclude(.literal(["red"])), status: .infeasible)
        #expect(!giveUp.passed)
    }

    @Test func numbersWithSeparatorsAndTolerance() async {
        #expect(await check("The total is 1,234.50", .number(.literal(["1234.5"]), tolerance: 0)).passed)
        #expect(await check("about 3.14159", .number(.literal(["3.14"]), tolerance: 0.01)).passed)
        #expect(!(await check("about 3.2", .number(.literal(["3.14"]), tolerance: 0.01))).passed)
        #expect(await check("-3 degrees", .number(.literal(["-3"]), tolerance: 0)).passed)
        #expect(await check("seven", .number(.literal(["7"]), tolerance: 0)).passed)
        let hedge = await check("5 or 6", .number(.literal(["5"]), tolerance: 0))
        #expect(!hedge.passed)
        #expect(hedge.reason == "answer gives several values (5, 6), not one number")
        #expect(await check("6, not 5", .number(.literal(["6"]), tolerance: 0)).passed)
        #expect(!(await check("none", .number(.literal(["0"]), tolerance: 0))).passed)
        #expect(!(await check("the 3rd one", .number(.literal(["3"]), tolerance: 0))).passed)
    }

    @Test func currencyAmountsAndCodes() async {
        let gold = AnswerMatcher.currency(.literal(["$1,234.50"]), tolerance: 0)
        #expect(await check("$1234.50", gold).passed)
        #expect(await check("1,234.5 USD", gold).passed)
        #expect(await check("It costs 1234.50 dollars", gold).passed)
        #expect(await check("USD 1234.50", gold).passed)
        #expect(await check("$1,234.50 for 2 items", gold).passed)
        let euros = await check("€1,234.50", gold)
        #expect(!euros.passed)
        #expect(euros.reason == "answer is in EUR, expected USD")
        #expect(!(await check("$1,234.49", gold)).passed)
        #expect(await check("12.5", .currency(.literal(["12.50"]), tolerance: 0)).passed)
    }

    @Test func datesInManyForms() async {
        let gold = AnswerMatcher.date(.literal(["2024-03-05"]), order: .mdy)
        for form in ["2024-03-05", "March 5, 2024", "Mar 5th 2024", "5 March 2024", "5th of Mar, 2024", "03/05/2024", "on 3/5/2024."] {
            let r = await check(form, gold)
            #expect(r.passed, "\(form): \(r.reason)")
        }
        #expect(!(await check("05/03/2024", gold)).passed)
        #expect(await check("05/03/2024", .date(.literal(["2024-03-05"]), order: .dmy)).passed)
        let two = await check("March 5, 2024 or March 6, 2024", gold)
        #expect(!two.passed)
        #expect(two.reason == "answer gives several dates (2024-03-05, 2024-03-06)")
        #expect(!(await check("February 30, 2024", .date(.literal(["2024-03-01"]), order: .mdy))).passed)
    }

    @Test func months() async {
        #expect(await check("March", .month(.literal(["March"]))).passed)
        #expect(await check("in Mar 2024", .month(.literal(["2024-03"]))).passed)
        #expect(!(await check("in Mar 2023", .month(.literal(["2024-03"])))).passed)
        #expect(await check("2024-03", .month(.literal(["2024-03"]))).passed)
        #expect(await check("It may have been in March", .month(.literal(["March"]))).passed)
        #expect(await check("May", .month(.literal(["May"]))).passed)
        #expect(!(await check("March or April", .month(.literal(["March"])))).passed)
        #expect(await check("On March 5, 2024", .month(.literal(["March"]))).passed)
    }

    @Test func setsAndLists() async {
        let set = AnswerMatcher.set(.literal(["Bosch", "Makita", "Black and Decker"]))
        #expect(await check("Makita, Black & Decker and Bosch", set).passed)
        #expect(await check("The brands are: Bosch; Makita; Black and Decker", set).passed)
        #expect(await check("1. Bosch\n2. Makita\n3. Black and Decker", set).passed)
        let extra = await check("Bosch, Makita, Black and Decker, Ryobi", set)
        #expect(!extra.passed)
        #expect(extra.reason == "set unexpected 'ryobi'")
        let missing = await check("Bosch, Makita", set)
        #expect(missing.reason == "set missing 'black', 'decker'")
        let list = AnswerMatcher.list(.literal(["first", "second", "third"]))
        #expect(await check("first, second and third", list).passed)
        let order = await check("second, first, third", list)
        #expect(!order.passed)
        #expect(order.reason.hasPrefix("items right but order is"))
    }

    @Test func allMatchersOfOneCheckMustPass() async {
        let r = await check("red shoes", .mustInclude(.literal(["shoe"])), .mustExclude(.literal(["red"])))
        #expect(!r.passed)
        #expect(r.reason == "answer includes excluded 'red'")
    }

    @Test func goldFromAQueryOnTheInstance() async throws {
        let state = try SQLiteState(setup: """
            CREATE TABLE products(sku TEXT, name TEXT, price REAL);
            INSERT INTO products VALUES ('A1', 'Red Sneaker', 49.5), ('B2', 'Blue Boot', 120);
            """)
        let matcher = AnswerMatcher.currency(.query(sql: "SELECT min(price) FROM products", instance: .initial), tolerance: 0)
        let context = CheckContext(answer: Answer(status: .ok, value: .string("$49.50")), state: state)
        #expect(await evaluator.evaluate(.answer(AnswerCheck(matchers: [matcher])), in: context).passed)
        let names = AnswerMatcher.set(.query(sql: "SELECT name FROM products ORDER BY sku", instance: .final))
        let listed = CheckContext(answer: Answer(status: .ok, value: .string("Blue Boots and Red Sneakers")), state: state)
        #expect(await evaluator.evaluate(.answer(AnswerCheck(matchers: [names])), in: listed).passed)
        let many = AnswerMatcher.currency(.query(sql: "SELECT price FROM products", instance: .initial), tolerance: 0)
        let ambiguous = await evaluator.evaluate(.answer(AnswerCheck(matchers: [many])), in: context)
        #expect(ambiguous.isError)
        #expect(ambiguous.reason == "the gold query returned 2 rows; currency query(initial: SELECT price FROM products) needs one")
        let broken = AnswerMatcher.exact(.query(sql: "SELECT nope FROM products", instance: .final))
        let error = await evaluator.evaluate(.answer(AnswerCheck(matchers: [broken])), in: listed)
        #expect(!error.passed && error.isError)
    }
}

@Suite struct AnswerTextRobustnessTests {
    /// Odd characters (non-ASCII digits, fractions, symbols, emoji) must neither hang
    /// nor crash the normalizers.
    @Test func unusualCharactersTerminate() async {
        let evaluator = CheckEvaluator()
        let samples = ["½", "x²", "٣ apples", "−5", "-.5", "$", "€€", "1,", ",5", "5.", "🙂 red", "a'b'c", "...", "1.2.3", "Ⅻ"]
        for s in samples {
            let r = await evaluator.evaluate(
                .answer(AnswerCheck(matchers: [.mustInclude(.literal(["red"])), .number(.literal(["1"]), tolerance: 0)])),
                in: CheckContext(answer: Answer(status: .ok, value: .string(s))))
            #expect(!r.passed, "\(s)")
        }
        let r = await evaluator.evaluate(
            .answer(AnswerCheck(matchers: [.number(.literal(["-0.5"]), tolerance: 0)])),
            in: CheckContext(answer: Answer(status: .ok, value: .string("-.5"))))
        #expect(r.passed, "\(r.reason)")
    }
}
