import Tasks

/// What `gauntlet verify` found: every trial of every task, each suite's counts, and
/// the problems (docs/tasks.md "Trials", docs/cli.md "verify --json").
public struct VerificationReport: Sendable, Codable, Equatable {
    /// Who played a trial. Oracles must pass; every other kind must fail.
    public enum Player: String, Sendable, Codable, CaseIterable {
        case oracle
        case alternativeOracle = "alternative_oracle"
        case mutant, explorer, dump, noop, random

        /// Whether this kind must pass (an oracle) rather than fail.
        public var mustPass: Bool { self == .oracle || self == .alternativeOracle }
    }

    /// One trial of one task.
    public struct Trial: Sendable, Codable, Equatable {
        public enum Result: String, Sendable, Codable {
            case passed, failed
            /// Nothing to try: a mutant whose step has no other valid value there.
            case skipped
        }

        public var task: String
        public var suite: String
        public var kind: Player
        /// The oracle step a mutant changes (1-based), or the alternative oracle (0-based index of `oracles`).
        public var step: Int?
        /// What a mutant did instead of the oracle's step, and what a dump answered (its start).
        public var change: String?
        public var result: Result
        public var status: String
        public var score: Double
        public var reason: String
        /// The trial broke its rule: an oracle failed, or another kind passed.
        public var problem: Bool
        /// How long the episode took, to see where verify's time goes.
        public var milliseconds: Int
    }

    /// One suite's counts, as the text output summarises them.
    public struct SuiteCounts: Sendable, Codable, Equatable {
        public var suite: String
        public var tasks = 0
        public var oraclePassed = 0
        public var alternativeOracles = 0
        public var alternativeOraclesPassed = 0
        public var mutants = 0
        public var mutantsFailed = 0
        public var mutantsSkipped = 0
        public var explorers = 0
        public var explorersFailed = 0
        public var dumps = 0
        public var dumpsFailed = 0
        public var noops = 0
        public var noopsFailed = 0
        public var randoms = 0
        public var randomsFailed = 0

        enum CodingKeys: String, CodingKey {
            case suite, tasks, mutants, explorers, dumps, noops, randoms
            case oraclePassed = "oracle_passed", alternativeOracles = "alternative_oracles"
            case alternativeOraclesPassed = "alternative_oracles_passed", mutantsFailed = "mutants_failed"
            case mutantsSkipped = "mutants_skipped", explorersFailed = "explorers_failed", dumpsFailed = "dumps_failed"
            case noopsFailed = "noops_failed", randomsFailed = "randoms_failed"
        }

        mutating func count(_ trial: Trial) {
            let failed = trial.result == .failed
            switch trial.kind {
            case .oracle: if trial.result == .passed { oraclePassed += 1 }
            case .alternativeOracle:
                alternativeOracles += 1
                if trial.result == .passed { alternativeOraclesPassed += 1 }
            case .mutant:
                if trial.result == .skipped { mutantsSkipped += 1 } else { mutants += 1 }
                if failed { mutantsFailed += 1 }
            case .explorer:
                explorers += 1
                if failed { explorersFailed += 1 }
            case .dump:
                dumps += 1
                if failed { dumpsFailed += 1 }
            case .noop:
                noops += 1
                if failed { noopsFailed += 1 }
            case .random:
                randoms += 1
                if failed { randomsFailed += 1 }
            }
        }

        /// One line: what passed of the oracles, and what failed of everything else.
        public var summary: String {
            "\(suite): oracle passed \(oraclePassed)/\(tasks), alternative oracles passed \(alternativeOraclesPassed)/\(alternativeOracles), "
                + "mutants failed \(mutantsFailed)/\(mutants) (\(mutantsSkipped) skipped), explorer failed \(explorersFailed)/\(explorers), "
                + "dump failed \(dumpsFailed)/\(dumps), do-nothing failed \(noopsFailed)/\(noops), random failed \(randomsFailed)/\(randoms)"
        }
    }

    public struct Problem: Sendable, Codable, Equatable {
        public var task: String
        public var player: Player
        public var status: String
        public var reason: String
        public var file: String
        /// Where in the file to look: the oracle's (or mutated) step, or nil when the loader keeps no line.
        public var line: Int?
        /// `oracle` (or `oracles[i]`) when an oracle fails, `oracle[k]` when a mutant of that
        /// step passes, `checks` when another trial passes them, empty for a `sandbox_error`
        /// (the harness's fault, not the file's).
        public var field: String
    }

    public var tasks: Int
    public var templates: Int
    public var oraclePassed = 0
    public var noopPassed = 0
    public var randomPassed = 0
    public var problems: [Problem] = []
    /// Faults of the task files themselves, found before playing; their tasks are not played.
    public var taskFaults: [TaskProblem] = []
    /// Every trial of every task played, task by task.
    public var trials: [Trial] = []
    /// Per suite, in the order verified.
    public var suites: [SuiteCounts] = []

    public var isClean: Bool { problems.isEmpty && taskFaults.isEmpty && oraclePassed == tasks }

    enum CodingKeys: String, CodingKey {
        case tasks, templates, problems, trials, suites
        case taskFaults = "task_faults"
        case oraclePassed = "oracle_passed", noopPassed = "noop_passed", randomPassed = "random_passed"
    }
}
