import Vocabulary

/// The built-in rule judges: atomic step criteria (PIPA) checked on every episode
/// without a model. Each gives a trait in AutoLibra's form: −1 when the episode shows
/// the unwanted behaviour (citing the steps), +1 when the criterion applied and the
/// episode avoided it, 0 when it did not apply.
///
/// They run when each episode is recorded, so each is one pass over the steps; only
/// `unseen_answer` reads observation texts, and only for an episode that answered a value.
public enum StepCriteria {
    /// The metric set the rule traits are stored under, and its version: bump the version
    /// when a rule's meaning changes, so old and new traits are never averaged together.
    public static let setName = "step-criteria"
    public static let setVersion = 1

    /// The criteria in the order they are reported, each with its definition.
    public static let definitions: [(name: String, definition: String)] = [
        ("invalid_action", "An action the harness refused or could not apply (−1 when any step has an error)."),
        ("repeated_action_loop", "The same action on the same observation for the third time (−1), from 3 steps on."),
        ("backtracking", "Returning to an observation already seen, other than the one just before, with nothing changed (−1), from 3 steps on."),
        ("ignored_error", "Repeating the action that just failed instead of reading its last_action_error (−1); 0 without errors."),
        ("premature_stop", "Answering before any key node was reached (−1); 0 without an answer or key nodes."),
        ("unseen_answer", "Answering a value that appears on no page the agent observed (−1); 0 without an ok answer with a value."),
    ]

    /// What the rule judges read of one episode.
    public struct Episode: Sendable {
        public var steps: [StepRecord]
        public var answer: Answer?
        public var keyNodesTotal: Int
        public var keyNodesReached: Int

        public init(steps: [StepRecord], answer: Answer?, keyNodesTotal: Int, keyNodesReached: Int) {
            self.steps = steps
            self.answer = answer
            self.keyNodesTotal = keyNodesTotal
            self.keyNodesReached = keyNodesReached
        }
    }

    /// Every criterion's verdict on `episode`, in `definitions` order.
    public static func judge(_ episode: Episode) -> [CriterionVerdict] {
        [
            invalidAction(episode.steps),
            repeatedActionLoop(episode.steps),
            backtracking(episode.steps),
            ignoredError(episode.steps),
            prematureStop(episode),
            unseenAnswer(episode),
        ]
    }

    static func invalidAction(_ steps: [StepRecord]) -> CriterionVerdict {
        let name = "invalid_action"
        guard !steps.isEmpty else { return .notApplicable(name, "no steps") }
        let failed = steps.filter { $0.error != nil }
        guard let first = failed.first else { return CriterionVerdict(name: name, rating: 1, reasoning: "every action applied", steps: []) }
        return CriterionVerdict(
            name: name, rating: -1,
            reasoning: "\(failed.count) action(s) refused; first at step \(first.index): \(first.error ?? "")",
            steps: failed.map(\.index))
    }

    static func repeatedActionLoop(_ steps: [StepRecord]) -> CriterionVerdict {
        let name = "repeated_action_loop"
        guard steps.count >= 3 else { return .notApplicable(name, "fewer than 3 steps") }
        var seen: [String: [Int]] = [:]
        for step in steps {
            let key = TrajectoryMetrics.normalized(step.action) + "\u{0}" + step.observation
            seen[key, default: []].append(step.index)
            if let indices = seen[key], indices.count == 3 {
                return CriterionVerdict(
                    name: name, rating: -1,
                    reasoning: "`\(TrajectoryMetrics.normalized(step.action))` taken on the same page at steps \(list(indices))",
                    steps: indices)
            }
        }
        return CriterionVerdict(name: name, rating: 1, reasoning: "no action was taken three times on the same page", steps: [])
    }

    static func backtracking(_ steps: [StepRecord]) -> CriterionVerdict {
        let name = "backtracking"
        guard steps.count >= 3 else { return .notApplicable(name, "fewer than 3 steps") }
        var firstSeen: [String: Int] = [:]
        var previous: String?
        for step in steps {
            let page = (step.url ?? "") + "\u{0}" + step.observation
            if let earlier = firstSeen[page], page != previous {
                return CriterionVerdict(
                    name: name, rating: -1,
                    reasoning: "step \(step.index) shows the same page, unchanged, as step \(earlier)",
                    steps: [earlier, step.index])
            }
            if firstSeen[page] == nil { firstSeen[page] = step.index }
            previous = page
        }
        return CriterionVerdict(name: name, rating: 1, reasoning: "never returned to an earlier page unchanged", steps: [])
    }

    static func ignoredError(_ steps: [StepRecord]) -> CriterionVerdict {
        let name = "ignored_error"
        var errors = 0
        for (position, step) in steps.enumerated() where step.error != nil {
            errors += 1
            guard position + 1 < steps.count else { continue }
            let next = steps[position + 1]
            if TrajectoryMetrics.normalized(next.action) == TrajectoryMetrics.normalized(step.action) {
                return CriterionVerdict(
                    name: name, rating: -1,
                    reasoning: "step \(next.index) repeats `\(TrajectoryMetrics.normalized(step.action))`, which failed at step \(step.index): \(step.error ?? "")",
                    steps: [step.index, next.index])
            }
        }
        guard errors > 0 else { return .notApplicable(name, "no action failed") }
        return CriterionVerdict(name: name, rating: 1, reasoning: "after each of \(errors) error(s) the agent did something else", steps: [])
    }

    static func prematureStop(_ episode: Episode) -> CriterionVerdict {
        let name = "premature_stop"
        guard let answerStep = episode.steps.last, episode.answer != nil else { return .notApplicable(name, "no answer") }
        guard episode.keyNodesTotal > 0 else { return .notApplicable(name, "the task has no key nodes") }
        if episode.keyNodesReached == 0 {
            return CriterionVerdict(
                name: name, rating: -1, reasoning: "answered at step \(answerStep.index) with none of \(episode.keyNodesTotal) key node(s) reached",
                steps: [answerStep.index])
        }
        return CriterionVerdict(
            name: name, rating: 1, reasoning: "answered after reaching \(episode.keyNodesReached) of \(episode.keyNodesTotal) key node(s)", steps: [])
    }

    static func unseenAnswer(_ episode: Episode) -> CriterionVerdict {
        let name = "unseen_answer"
        guard let answer = episode.answer, answer.status == .ok, let answerStep = episode.steps.last else {
            return .notApplicable(name, "no ok answer")
        }
        let atoms = answerAtoms(answer.value)
        guard !atoms.isEmpty else { return .notApplicable(name, "the answer has no value") }
        let pages = episode.steps.map { folded($0.observation) }
        var missing: [String] = []
        for atom in atoms where !pages.contains(where: { page in atom.forms.contains { page.contains($0) } }) {
            missing.append(atom.text)
        }
        if missing.isEmpty {
            return CriterionVerdict(name: name, rating: 1, reasoning: "every part of the answer appears on an observed page", steps: [])
        }
        return CriterionVerdict(
            name: name, rating: -1,
            reasoning: "answered \(missing.map { "'\($0)'" }.joined(separator: ", ")) at step \(answerStep.index), seen on no observed page",
            steps: [answerStep.index])
    }

    /// An answer's parts as they could appear on a page: a list's items, each as its
    /// text; a number also with two decimals (`12.5` is shown as `12.50`).
    private static func answerAtoms(_ value: JSONValue) -> [(text: String, forms: [String])] {
        if let items = value.arrayValue { return items.flatMap(answerAtoms) }
        let text = Answer(status: .ok, value: value).text
        let key = folded(text)
        guard !key.isEmpty else { return [] }
        var forms = [key]
        if let number = value.doubleValue ?? Double(text), number.isFinite {
            let cents = (number * 100).rounded() / 100
            let whole = Int(cents)
            let fraction = Int((abs(cents - Double(whole)) * 100).rounded())
            forms.append("\(whole).\(fraction < 10 ? "0" : "")\(fraction)")
        }
        return [(text, forms)]
    }

    /// Lower case with whitespace runs collapsed, so line breaks and case do not hide a match.
    private static func folded(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func list(_ indices: [Int]) -> String {
        indices.map(String.init).joined(separator: ", ")
    }
}
