import Testing
@testable import EpisodeMetrics
import Vocabulary

/// Each rule judge on hand-made trajectories that show its behaviour and that do not.
@Suite struct StepCriteriaTests {
    /// Steps from (page, action, error) triples, numbered from 1; the URL is the page's first word.
    private func steps(_ rows: [(String, String, String?)]) -> [StepRecord] {
        rows.enumerated().map { i, row in
            StepRecord(index: i + 1, observation: row.0, action: row.1, error: row.2, latencyMicroseconds: 0,
                       url: "http://shop/" + (row.0.split(separator: " ").first.map(String.init) ?? ""))
        }
    }

    private func verdict(_ name: String, _ trajectory: [StepRecord], answer: Answer? = nil, total: Int = 0, reached: Int = 0) -> CriterionVerdict {
        let all = StepCriteria.judge(.init(steps: trajectory, answer: answer, keyNodesTotal: total, keyNodesReached: reached))
        #expect(all.map(\.name) == StepCriteria.definitions.map(\.name))
        return all.first { $0.name == name }!
    }

    @Test func invalidAction() {
        let bad = verdict("invalid_action", steps([("home", "click [1]", nil), ("home", "click [99]", "no element [99]")]))
        #expect(bad.rating == -1)
        #expect(bad.steps == [2])
        #expect(bad.reasoning.contains("no element [99]"))
        #expect(verdict("invalid_action", steps([("home", "click [1]", nil)])).rating == 1)
        #expect(verdict("invalid_action", []).rating == 0)
    }

    @Test func repeatedActionLoop() {
        // A-B cycle: clicking [3] on the home page for the third time is a loop.
        let loop = steps([
            ("home", "click [3]", nil), ("list", "go_back", nil), ("home", "click [3]", nil), ("list", "go_back", nil),
            ("home", "click [3]", nil),
        ])
        let bad = verdict("repeated_action_loop", loop)
        #expect(bad.rating == -1)
        #expect(bad.steps == [1, 3, 5])
        // The same action three times on pages that changed is not a loop.
        let scrolling = steps([("page one", "scroll [down]", nil), ("page two", "scroll [down]", nil), ("page three", "scroll [down]", nil)])
        #expect(verdict("repeated_action_loop", scrolling).rating == 1)
        #expect(verdict("repeated_action_loop", steps([("a", "x", nil), ("a", "x", nil)])).rating == 0)
    }

    @Test func backtracking() {
        let back = steps([("home", "click [3]", nil), ("list", "go_back", nil), ("home", "click [4]", nil)])
        let bad = verdict("backtracking", back)
        #expect(bad.rating == -1)
        #expect(bad.steps == [1, 3])
        // Staying on the same page (the step just before) is not a return; a changed page is new.
        let forward = steps([("home", "click [3]", nil), ("home", "click [4]", nil), ("list", "click [7]", nil), ("home cart=1", "stop [x]", nil)])
        #expect(verdict("backtracking", forward).rating == 1)
    }

    @Test func ignoredError() {
        let ignored = steps([("home", "click [99]", "no element [99]"), ("home", "click  [99]", "no element [99]"), ("home", "click [3]", nil)])
        let bad = verdict("ignored_error", ignored)
        #expect(bad.rating == -1)
        #expect(bad.steps == [1, 2])
        let heeded = steps([("home", "click [99]", "no element [99]"), ("home", "click [3]", nil)])
        #expect(verdict("ignored_error", heeded).rating == 1)
        #expect(verdict("ignored_error", steps([("home", "click [3]", nil)])).rating == 0)
    }

    @Test func prematureStop() {
        let answered = steps([("home", "stop [12.50]", nil)])
        let bad = verdict("premature_stop", answered, answer: Answer(status: .ok, value: .string("12.50")), total: 2, reached: 0)
        #expect(bad.rating == -1)
        #expect(bad.steps == [1])
        #expect(verdict("premature_stop", answered, answer: Answer(status: .ok, value: .string("x")), total: 2, reached: 1).rating == 1)
        #expect(verdict("premature_stop", answered, answer: nil, total: 2, reached: 0).rating == 0)
        #expect(verdict("premature_stop", answered, answer: Answer(status: .ok, value: .string("x")), total: 0, reached: 0).rating == 0)
    }

    @Test func unseenAnswer() {
        let pages = steps([("product Red Shoe\n  price $12.50", "click [3]", nil), ("cart", "stop [12.5]", nil)])
        // 12.5 is shown as 12.50; a list's items are each looked for; case and line breaks do not matter.
        #expect(verdict("unseen_answer", pages, answer: Answer(status: .ok, value: .double(12.5))).rating == 1)
        #expect(verdict("unseen_answer", pages, answer: Answer(status: .ok, value: .array([.string("red  shoe"), .string("CART")]))).rating == 1)
        let bad = verdict("unseen_answer", pages, answer: Answer(status: .ok, value: .array([.string("red shoe"), .string("Blue Hat")])))
        #expect(bad.rating == -1)
        #expect(bad.reasoning.contains("Blue Hat"))
        #expect(bad.steps == [2])
        #expect(verdict("unseen_answer", pages, answer: Answer(status: .ok, value: .int(99))).rating == -1)
        #expect(verdict("unseen_answer", pages, answer: Answer(status: .infeasible)).rating == 0)
        #expect(verdict("unseen_answer", pages, answer: Answer(status: .ok, value: .null)).rating == 0)
    }
}
