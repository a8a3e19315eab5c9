import ArgumentParser
import Defaults
import Foundation
import InducedMetrics
import Leaderboard

struct MetricsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "Induce metrics from feedback, judge runs on them, and meta-evaluate them (AutoLibra; docs/metrics.md).",
        subcommands: [Induce.self, Judge.self, Evaluate.self, List.self, Show.self]
    )

    /// The judge and how it is called, shared by the commands that call one.
    struct JudgeOptions: ParsableArguments {
        @Option(help: "`openai` (GAUNTLET_JUDGE_BASE_URL, GAUNTLET_JUDGE_MODEL…; docs/judges.md) or a command speaking the judge protocol.")
        var judge: String

        @Option(help: "Judge calls in flight at once.")
        var concurrency = Defaults.Judge.concurrency

        @Option(help: "Seconds per judge call.")
        var timeout = Defaults.Judge.timeoutSeconds

        @Option(help: "Times a call is asked when its answer is unusable (not JSON, wrong schema, out of range, timed out).")
        var attempts = Defaults.Judge.attempts

        @Option(help: "Characters of each step's observation a judge is shown.")
        var observationCharacters = Defaults.Judge.observationCharacters

        func validate() throws {
            try ArgumentRange.within(1...256, concurrency, "--concurrency")
            try ArgumentRange.within(1...20, attempts, "--attempts")
            try ArgumentRange.within(100...1_000_000, observationCharacters, "--observation-characters")
            guard timeout > 0 else { throw ValidationError("--timeout must be positive, got \(timeout)") }
        }

        func session(_ board: Leaderboard) throws -> JudgeSession {
            let settings = JudgeChoice.Settings(
                concurrency: concurrency, timeoutSeconds: timeout, httpAttempts: Defaults.Judge.httpAttempts,
                backoffMilliseconds: Defaults.Judge.backoffMilliseconds)
            do {
                let judge = try JudgeChoice.make(self.judge, environment: ProcessInfo.processInfo.environment, settings: settings)
                return JudgeSession(judge: judge, leaderboard: board, attempts: attempts)
            } catch let error as InducedMetricsError {
                throw ValidationError(error.description)
            }
        }

        func judging(_ board: Leaderboard) throws -> TraitJudging {
            TraitJudging(session: try session(board), leaderboard: board, observationCharacters: observationCharacters)
        }
    }

    /// `NAME` or `NAME@VERSION`.
    static func parseSet(_ label: String) throws -> (name: String, version: Int?) {
        guard let at = label.lastIndex(of: "@") else { return (label, nil) }
        guard let version = Int(label[label.index(after: at)...]), version >= 1 else {
            throw ValidationError("'\(label)': the version after @ must be a number ≥ 1")
        }
        return (String(label[..<at]), version)
    }

    static func load(_ label: String, from board: Leaderboard) throws -> (MetricSetRecord, MetricSet) {
        let (name, version) = try parseSet(label)
        let record = try board.metricSet(name: name, version: version)
        return (record, try MetricSet.decode(record.json, source: "metric set \(record.label)"))
    }

    /// Runs a command body, turning the modules' errors into command errors.
    static func guarded<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as LeaderboardError {
            throw CommandError(error.description)
        } catch let error as InducedMetricsError {
            throw CommandError(error.description)
        }
    }

    struct Induce: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ground feedback in aspects, cluster them into metrics, and iterate while coverage rises; stores the next version of the set.")

        @OptionGroup var judgeOptions: JudgeOptions

        @Option(help: "The metric set's name.")
        var name = Defaults.Judge.metricSet

        @Option(name: .customLong("run"), help: "Only feedback on this run's episodes; repeat for several (default: all feedback).")
        var runs: [String] = []

        @Option(help: "Rounds of clustering at most.")
        var iterations = Defaults.Judge.iterations

        @Option(help: LeaderboardLocation.help)
        var db: String?

        func validate() throws {
            try ArgumentRange.within(1...20, iterations, "--iterations")
        }

        func run() async throws {
            let board = try LeaderboardLocation.open(db)
            let judging = try judgeOptions.judging(board)
            try await guarded {
                let feedback = try board.feedback(runIDs: runs)
                let induction = Induction(judging: judging, maxIterations: iterations) { say($0) }
                let outcome = try await induction.run(name: name, feedback: feedback)
                let set = outcome.set
                print("stored \(set.label): \(set.metrics.count) metric(s) from \(set.feedback.count) feedback, \(set.aspects.count) aspect(s)")
                for metric in set.metrics {
                    print("  \(metric.name) (\(metric.aspects.count) aspect(s)): \(metric.definition)")
                }
                print(outcome.evaluation.summary)
                print(await judging.session.totals.summary)
            }
        }
    }

    struct Judge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Judge every episode of the runs on a metric set; traits go to the leaderboard.")

        @Argument(help: "Run ids.")
        var runs: [String]

        @OptionGroup var judgeOptions: JudgeOptions

        @Option(help: "The metric set, NAME or NAME@VERSION (default: the latest version).")
        var set = Defaults.Judge.metricSet

        @Option(help: LeaderboardLocation.help)
        var db: String?

        func validate() throws {
            if runs.isEmpty { throw ValidationError("give at least one run id") }
        }

        func run() async throws {
            let board = try LeaderboardLocation.open(db)
            let judging = try judgeOptions.judging(board)
            try await guarded {
                let (record, set) = try load(self.set, from: board)
                for runID in runs {
                    let episodes = try board.episodes(runID: runID).map(\.id)
                    let traits = try await judging.judge(episodes, metrics: set.metrics, setName: set.name, version: set.version, store: true)
                    let all = traits.values.flatMap { $0 }
                    print("judged \(episodes.count) episode(s) of run \(runID) on \(record.label): \(all.count) trait(s), "
                          + "\(all.filter { $0.rating == nil }.count) judge error(s)")
                }
                let rows = TraitSummary.rows(try board.runEpisodes(ids: runs), bootstrap: Bootstrap())
                    .filter { $0.metricSet == set.name && $0.setVersion == set.version }
                print(TraitTable.render(rows), terminator: "")
                print(await judging.session.totals.summary)
            }
        }
    }

    struct Evaluate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compute a metric set's coverage and redundancy from the stored traits of the episodes with feedback, and store them.")

        @Option(help: "The metric set, NAME or NAME@VERSION (default: the latest version).")
        var set = Defaults.Judge.metricSet

        @Option(help: LeaderboardLocation.help)
        var db: String?

        func run() async throws {
            let board = try LeaderboardLocation.open(db)
            try await guarded {
                let (record, set) = try load(self.set, from: board)
                let evaluation = MetaEvaluation(aspects: set.aspects, metrics: set.metrics, traits: try board.traits(metricSet: set.name, version: set.version))
                try board.setMetaEvaluation(name: set.name, version: set.version, coverage: evaluation.coverage, redundancy: evaluation.redundancy)
                print("\(record.label): \(evaluation.summary)")
                if evaluation.unjudged > 0 {
                    print("\(evaluation.unjudged) aspect(s) have no rating yet (judge errors, or episodes not judged): `gauntlet metrics judge RUN --set \(record.label)`")
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the stored metric sets with their coverage and redundancy.")

        @Option(help: LeaderboardLocation.help)
        var db: String?

        func run() async throws {
            let board = try LeaderboardLocation.open(db)
            try await guarded {
                let sets = try board.metricSets()
                guard !sets.isEmpty else {
                    print("No metric sets in \(board.path) (gauntlet metrics induce makes one).")
                    return
                }
                print(MetricSetTable.render(sets), terminator: "")
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a metric set as JSON (its export format), or write it to a file.")

        @Argument(help: "NAME or NAME@VERSION (default: the latest version).")
        var set = Defaults.Judge.metricSet

        @Option(help: "Write to this file instead of printing.")
        var out: String?

        @Option(help: LeaderboardLocation.help)
        var db: String?

        func run() async throws {
            let board = try LeaderboardLocation.open(db)
            try await guarded {
                let (record, _) = try load(set, from: board)
                if let out {
                    try Data(record.json.utf8).write(to: URL(fileURLWithPath: out))
                    print("wrote \(record.label) to \(out)")
                } else {
                    print(record.json, terminator: "")
                }
            }
        }
    }
}
