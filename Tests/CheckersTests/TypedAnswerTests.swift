import Checkers
import Tasks
import Testing
import Vocabulary

/// Issue 12's right answers that used to fail and spam that must keep failing, each
/// through a task parsed by the real loader and scored by `TaskScorer`.
@Suite struct TypedAnswerTests {
    let scorer = TaskScorer()

    func task(goal: String, status: String = "ok", checks: String) throws -> TaskDefinition {
        try parsedTask(goal: goal, status: status, checks: checks)
    }

    func score(_ t: TaskDefinition, _ value: String, status: AnswerStatus = .ok, state: SQLiteState? = nil) async -> CheckResult {
        await scorer.score(t, in: CheckContext(answer: Answer(status: status, value: .string(value)), state: state ?? (try? SQLiteState.untouched())))
    }

    @Test func ratingWithItsScale() async throws {
        let t = try task(goal: "What's the average rating of the Kestrel sneakers?", checks: #"[{"answer": {"rating": 4.2, "tolerance": 0.051}}]"#)
        for answer in ["4.2 out of 5", "4.2/5", "4.2 stars", "Rated 4.2 of 5 stars.", "4.2 stars out of 5", "4.2"] {
            let r = await score(t, answer)
            #expect(r.passed, "\(answer): \(r.reason)")
        }
        #expect(!(await score(t, "3.9 out of 5")).passed)
        let hedge = await score(t, "4.2 or 3.9 out of 5")
        #expect(!hedge.passed)
        #expect(hedge.children[1].reason == "answer gives several values (4.2, 3.9), not one rating")
    }

    @Test func valuesTheGoalStatesMayBeRepeated() async throws {
        let goal = "How many Ridgeback boots are there for $120 or less?"
        let count = try task(goal: goal, checks: #"[{"answer": {"count": 4}}]"#)
        #expect(await score(count, "There are 4 Ridgeback boots for $120 or less.").passed)
        #expect(await score(count, "four").passed)
        #expect(!(await score(count, "There are 5 Ridgeback boots for $120 or less.")).passed)
        #expect(!(await score(count, "4 or 5")).passed)
        // The older `number` matcher sets the goal's values aside too.
        let number = try task(goal: goal, checks: #"[{"answer": {"number": 4}}]"#)
        #expect(await score(number, "There are 4 Ridgeback boots for $120 or less.").passed)
        // Repeating only the goal's value is still an answer: the value is then the goal's.
        let same = try task(goal: "Is the cheapest tent under $120? How much is it?", checks: #"[{"answer": {"currency": "$120"}}]"#)
        #expect(await score(same, "$120").passed)
        #expect(!(await score(same, "$99 or $120")).passed)
    }

    @Test func namesInASentence() async throws {
        let t = try task(
            goal: "Which brand is the quilt from?",
            checks: #"[{"answer": {"name": "Brightwell", "must_exclude": ["Kestrel", "Ridgeback"]}}]"#)
        #expect(await score(t, "The brand is Brightwell.").passed)
        #expect(await score(t, "Brightwell's").passed)
        #expect(!(await score(t, "It is not Brightwell")).passed)
        #expect(!(await score(t, "Brightwell or Kestrel")).passed)
    }

    @Test func statusWordsWithTheirSpellings() async throws {
        let t = try task(goal: "What's the status of my order #100319?", checks: #"[{"answer": {"status": "cancelled"}}]"#)
        for answer in ["Canceled", "cancelled", "Your order was canceled.", "It's cancelled, not shipped."] {
            let r = await score(t, answer)
            #expect(r.passed, "\(answer): \(r.reason)")
        }
        let spam = await score(t, "pending processing shipped delivered cancelled")
        #expect(!spam.passed)
        #expect(spam.children[1].reason.hasPrefix("answer gives several values (pending, processing"))
        #expect(!(await score(t, "shipped")).passed)
        #expect(!(await score(t, "I could not tell")).passed)
    }

    @Test func phoneNumbersInAnyLayout() async throws {
        let t = try task(goal: "What phone number is on my profile?", checks: #"[{"answer": {"phone": "(415) 555-0142"}}]"#)
        for answer in ["415-555-0142", "(415) 555-0142", "+1 415 555 0142", "It's 415.555.0142."] {
            let r = await score(t, answer)
            #expect(r.passed, "\(answer): \(r.reason)")
        }
        #expect(!(await score(t, "415-555-0143")).passed)
        #expect(!(await score(t, "415-555-0142 or 212-555-0199")).passed)
    }

    /// `ORDER BY price LIMIT 1` over two tents at one price: the gold query returns both.
    @Test func tiedGoldAcceptsEveryTiedAnswerAndAllOfThem() async throws {
        let state = try SQLiteState(setup: """
            CREATE TABLE products(name TEXT, price_cents INTEGER);
            INSERT INTO products VALUES ('Trail Dome Tent', 9900), ('Ridge Tunnel Tent', 9900), ('Summit Tent', 15000);
            """)
        let t = try task(goal: "What's the cheapest tent?", checks: """
            [{"answer": {
               "name": {"query": "SELECT name FROM products WHERE price_cents = (SELECT min(price_cents) FROM products)", "any_of_rows": true},
               "must_exclude": {"query": "SELECT name FROM products WHERE price_cents > (SELECT min(price_cents) FROM products)"}}}]
            """)
        #expect(await score(t, "Trail Dome Tent", state: state).passed)
        #expect(await score(t, "The Ridge Tunnel Tent.", state: state).passed)
        #expect(await score(t, "Trail Dome Tent and Ridge Tunnel Tent, both $99", state: state).passed)
        #expect(!(await score(t, "Summit Tent", state: state)).passed)
        #expect(!(await score(t, "Trail Dome Tent or Summit Tent", state: state)).passed)
        // Typed matchers take ties too: every tied value, or all of them, but nothing else.
        let count = try task(goal: "How many?", checks: #"[{"answer": {"count": {"query": "SELECT price_cents / 3300 FROM products WHERE price_cents < 10000", "any_of_rows": true}}}]"#)
        #expect(await score(count, "3", state: state).passed)
        let exact = try task(goal: "Which?", checks: #"[{"answer": {"exact": {"query": "SELECT name FROM products WHERE price_cents = 9900", "any_of_rows": true}}}]"#)
        #expect(await score(exact, "ridge tunnel tent", state: state).passed)
        #expect(await score(exact, "Ridge Tunnel Tent and Trail Dome Tent", state: state).passed)
        #expect(!(await score(exact, "Ridge Tunnel Tent and Summit Tent", state: state)).passed)
    }

    @Test func anyOfRowsIsOnlyForSingleValueMatchers() {
        let json = """
            {"id": "demo/t", "revision": 1, "sandboxes": ["shop"], "start": "shop:/", "goal": "g", "seed": 1,
             "checks": [{"answer": {"set": {"query": "SELECT 1", "any_of_rows": true}}}], "oracle": ["stop [x]"]}
            """
        let (_, problems) = TaskLoader(knownSandboxes: ["shop"]).parseTask(json, file: "t.json")
        #expect(problems.map(\.reason).contains { $0.contains("any_of_rows applies only to single-value matchers") })
    }

    @Test func spamOfSeveralCandidatesFails() async throws {
        let price = try task(goal: "How much is the Summit Tent?", checks: #"[{"answer": {"currency": "$150.00"}}]"#)
        let several = await score(price, "$99.00, $150.00, $120.00")
        #expect(!several.passed)
        #expect(several.children[1].reason == "answer gives several values (99, 150, 120), not one amount")
        #expect(await score(price, "It costs $150.00.").passed)
    }

    /// A whole page holding one candidate value is a dump, not an answer.
    @Test func aPageDumpFailsEvenWithOneCandidate() async throws {
        let page = (["Home", "Tents", "Summit Tent", "$150.00", "Add to cart"] + Array(repeating: "Free returns within 30 days on all orders", count: 8))
            .joined(separator: "\n")
        let price = try task(goal: "How much is the Summit Tent?", checks: #"[{"answer": {"currency": "$150.00"}}]"#)
        let dump = await score(price, page)
        #expect(!dump.passed)
        #expect(dump.children[1].reason.hasPrefix("answer has "))
        #expect(dump.children[1].reason.hasSuffix("a currency answer has at most 41 tokens"))
        let status = try task(goal: "What's the status of order #1?", checks: #"[{"answer": {"status": "shipped"}}]"#)
        #expect(!(await score(status, "Order #1\nStatus: shipped\n" + page)).passed)
        let name = try task(goal: "Which brand?", checks: #"[{"answer": {"name": "Brightwell"}}]"#)
        #expect(!(await score(name, "Brightwell\n" + page)).passed)
    }

    @Test func notApplicableMatchesAnyExpectedNonOkStatus() async throws {
        let notFound = try task(goal: "How much is the hover board?", status: "not_found", checks: "[]")
        let na = Answer(status: .infeasible, value: .string("N/A"))
        #expect(na.isNotApplicable)
        let r = await scorer.score(notFound, in: CheckContext(answer: na, state: try SQLiteState.untouched()))
        #expect(r.passed)
        #expect(r.children[0].reason == "the agent answered N/A, which matches the expected status not_found")
        let denied = try task(goal: "Cancel order #1.", status: "action_not_allowed", checks: "[]")
        #expect(await scorer.score(denied, in: CheckContext(answer: na, state: try SQLiteState.untouched())).passed)
        // N/A is still a non-ok status: a feasible task fails, and other infeasible answers do not match.
        let feasible = try task(goal: "How much?", checks: #"[{"answer": {"currency": "$1"}}]"#)
        #expect(!(await scorer.score(feasible, in: CheckContext(answer: na, state: try SQLiteState.untouched()))).passed)
        #expect(!(await scorer.score(notFound, in: CheckContext(answer: Answer(status: .infeasible, value: .null), state: try SQLiteState.untouched()))).passed)
    }
}
