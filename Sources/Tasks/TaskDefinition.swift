import Vocabulary

/// One task, loaded, validated and instantiated with its parameters.
///
/// Named `TaskDefinition` rather than `Task` so it does not shadow Swift's `Task`.
public struct TaskDefinition: Sendable, Equatable {
    public var id: String
    /// Bumped whenever the task's meaning changes; stored with every episode.
    public var revision: Int
    public var sandboxes: [String]
    /// Start location as written, e.g. `shop:/`.
    public var start: String
    /// The goal as written, with `{param}` placeholders.
    public var goalTemplate: String
    /// The goal the agent sees: the template with parameters filled in.
    public var goal: String
    /// Parameters in file order.
    public var params: [NameValue]
    public var seed: UInt64
    public var split: String?
    /// Id of the intent template this task instantiates, for per-template breakdowns.
    public var template: String?
    /// Effective limits: the task's, then the suite's, then the harness defaults.
    public var limits: Limits
    /// The expected final answer status; `ok` unless the task is, say, infeasible.
    public var expectedStatus: AnswerStatus
    /// Top-level checks, combined with `all`.
    public var checks: [Check]
    public var keyNodes: [KeyNode]
    /// Actions that solve the task; an oracle run must pass every check.
    public var oracle: [String]
    /// More solutions (the file's `oracles`), each of which must pass too (`gauntlet verify`).
    public var alternativeOracles: [[String]]
    /// Every oracle step and SQL statement with its place in the file, in file order,
    /// for checks that need the sandbox (`gauntlet tasks validate`, `gauntlet verify`).
    public var statements: [LocatedStatement]
    /// Who answers `ask_user`, when the task scripts a user.
    public var user: ScriptedUser?
    /// Path of the file the task came from.
    public var file: String
    /// SHA-256 (hex) of the file's canonical JSON: stable under reformatting, changes
    /// with any change of content. Recorded with every episode.
    public var checksum: String

    /// Tasks normally come from `TaskLoader`, which validates them; this is for
    /// programs that build tasks themselves (generators, tests of other modules).
    public init(
        id: String, revision: Int, sandboxes: [String], start: String, goalTemplate: String, goal: String,
        params: [NameValue], seed: UInt64, split: String?, template: String?, limits: Limits,
        expectedStatus: AnswerStatus, checks: [Check], keyNodes: [KeyNode], oracle: [String], alternativeOracles: [[String]] = [],
        file: String, checksum: String, statements: [LocatedStatement] = [], user: ScriptedUser? = nil
    ) {
        self.user = user
        self.id = id
        self.revision = revision
        self.sandboxes = sandboxes
        self.start = start
        self.goalTemplate = goalTemplate
        self.goal = goal
        self.params = params
        self.seed = seed
        self.split = split
        self.template = template
        self.limits = limits
        self.expectedStatus = expectedStatus
        self.checks = checks
        self.keyNodes = keyNodes
        self.oracle = oracle
        self.alternativeOracles = alternativeOracles
        self.statements = statements
        self.file = file
        self.checksum = checksum
    }

    /// The checks as one combined check, the way they are scored.
    public var check: Check {
        checks.count == 1 ? checks[0] : .all(checks)
    }

    public func param(_ name: String) -> String? {
        params.first { $0.name == name }?.value
    }
}
