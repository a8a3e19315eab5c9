import AgentProtocol
import AgentRunner
import ArgumentParser
import Browser
import Defaults
import Digest
import Foundation
import Harness
import Leaderboard
import SandboxKit
import Tasks
import Vocabulary
import Worlds

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Evaluate an agent binary on task suites and record every episode in the leaderboard.",
        discussion: """
            Each episode gets its own sandbox instance and its own agent process (in a \
            bubblewrap sandbox, no network unless --agent-network host). Episodes are \
            written to the leaderboard one transaction each as they end: after a crash or \
            kill, `gauntlet run --resume RUN_ID` plays exactly the missing ones. Only \
            sandbox errors are retried, and every attempt is recorded.

            With --stream, one persistent agent process (protocol mode `stream`) plays the \
            selected episodes one at a time in a fixed order (suite order, or shuffled by \
            --seed with --shuffle), each in a fresh sandbox instance, and is told each \
            episode's status, score and feedback after it ends; the report shows the \
            learning curve. An agent that dies fails that episode and the stream goes on \
            with a fresh process (recorded per episode). A resumed stream plays the missing \
            positions in order, with a fresh process.

            With --shard I/N, only the episodes whose stable hash of (task id, epoch) falls \
            in part I of N are played, with the unsharded run's seeds; N shards, run \
            anywhere, add up to exactly the unsharded run, and `gauntlet merge` joins their \
            databases into it. --shard auto takes I from JOB_COMPLETION_INDEX (a Kubernetes \
            Indexed Job, with --shards N) or SLURM_ARRAY_TASK_ID (docs/scale-out.md).
            """
    )

    @OptionGroup var agentOptions: AgentOptions
    @OptionGroup var location: TasksCommand.Location

    @Option(name: .customLong("suite"), help: "A suite to run (repeatable; default: \(Defaults.Run.suite)).")
    var suites: [String] = []

    @Option(name: .customLong("tasks"), help: "Only tasks whose id matches this glob, e.g. 'shop/price-*'.")
    var taskGlob: String?

    @Option(help: "Only tasks of this split.")
    var split: String?

    @Option(help: "Episodes per task.")
    var epochs = Defaults.Run.epochs

    @Option(help: "Episodes at once.")
    var concurrency = Defaults.Run.concurrency

    @Option(help: "Run seed: with the same suites, tasks and agent, the same seed gives the same episodes.")
    var seed = Defaults.Run.seed

    @Option(help: "Steps per episode for every task, overriding their own limits (default: each task's own limit, else \(Defaults.Run.steps)).")
    var maxSteps: Int?

    @Option(help: "At most this many tasks (after filtering).")
    var limit: Int?

    @Option(name: .customLong("step-timeout"), help: "Seconds the agent may take per step.")
    var stepTimeout = Defaults.Run.stepSeconds

    @Option(name: .customLong("episode-timeout"), help: "Seconds per episode.")
    var episodeTimeout = Defaults.Run.episodeSeconds

    @Option(help: LeaderboardLocation.help)
    var db: String?

    @Option(name: .customLong("run-name"), help: "A name for this run (default: the agent command).")
    var runName: String?

    @Option(help: "Finish an interrupted run: the same configuration, only the missing episodes.")
    var resume: String?

    @Flag(name: .customLong("observation-tree"), help: "Also send each observation's tree as JSON.")
    var observationTree = false

    @Flag(help: "Learning stream: one persistent agent process, episodes in order, each outcome revealed after it.")
    var stream = false

    @Flag(help: "With --stream: shuffle the stream's order with the run seed (default: suite order).")
    var shuffle = false

    @Option(help: "Play one shard of the run: I/N (I from 0), or auto (from JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID).")
    var shard: String?

    @Option(help: "With --shard auto: the number of shards N (a Kubernetes Job's completions).")
    var shards: Int?

    @Flag(help: "No progress output.")
    var quiet = false

    func validate() throws {
        try ArgumentRange.atLeast(1, epochs, "--epochs")
        try ArgumentRange.atLeast(1, concurrency, "--concurrency")
        if let maxSteps { try ArgumentRange.atLeast(1, maxSteps, "--max-steps") }
        if let limit { try ArgumentRange.atLeast(1, limit, "--limit") }
        try ArgumentRange.positive(stepTimeout, "--step-timeout")
        try ArgumentRange.positive(episodeTimeout, "--episode-timeout")
        if let shards { try ArgumentRange.atLeast(1, shards, "--shards") }
        if shard != nil && stream { throw ValidationError("--shard does not apply to --stream: a stream is one agent playing every episode in order") }
        if shards != nil && shard != "auto" { throw ValidationError("--shards N goes with --shard auto (with --shard I/N, N is given)") }
        if shard != nil && resume != nil { throw ValidationError("--resume continues a run with its own shard; leave --shard out") }
    }

    /// The shard this process plays, from `--shard` (and, for `auto`, the environment).
    func chosenShard() throws -> Shard? {
        guard let shard else { return nil }
        do {
            return shard == "auto" ? try Shard.auto(environment: ProcessInfo.processInfo.environment, count: shards)
                                   : try Shard(parsing: shard)
        } catch {
            throw ValidationError("--shard \(shard): \(error)")
        }
    }

    func run() async throws {
        let board = try Leaderboard(path: try LeaderboardLocation.path(db))
        var settings = try resume.map { try Settings.restore(runID: $0, from: board) } ?? Settings(self)
        guard !settings.agent.isEmpty else { throw ValidationError("--agent is required (the command that starts the agent)") }
        if resume == nil {
            settings.seed = seed
            settings.shard = try chosenShard()?.description
        }
        if shuffle && !stream && resume == nil { throw ValidationError("--shuffle only applies to --stream") }

        var loaded: [Suite] = []
        for name in settings.suites {
            let result = try location.load(suite: name)
            guard result.problems.isEmpty else {
                for problem in result.problems { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
                throw CommandError("suite \(name) has \(result.problems.count) problem(s); see \(Invocation.suggest(["tasks", "validate", name] + location.arguments))")
            }
            loaded += result.suites
        }
        let command = try AgentOptions.split(settings.agent)
        let protected = ["tasks", "sandboxes", "leaderboard"].map(location.inHome) + (Leaderboard.isPostgres(board.path) ? [] : [board.path])
        var agentConfiguration = try agentOptions.configuration(command: command, protectedPaths: protected)
        agentConfiguration.network = AgentNetwork(rawValue: settings.network) ?? .none
        agentConfiguration.isolation = settings.isolation.flatMap(IsolationRequirement.init(rawValue:)) ?? .preferSandbox
        AgentOptions.warnAboutSandbox()
        do {
            try AgentProcess.check(agentConfiguration)
        } catch {
            throw CommandError("the agent cannot start, so no episode was run: \(error.message)"
                               + (error.fix.map { ".\nFix: \($0)" } ?? ""))
        }

        let needed = Set(loaded.flatMap { $0.tasks.flatMap(\.sandboxes) }).sorted()
        let sandboxes = try await HostedSandboxes.start(.standard, serving: needed, poolSize: max(Defaults.PoolSize.run, concurrency))

        let runID: String
        if let resume {
            runID = resume
            try board.reopenRun(id: resume)
        } else {
            let started = Date()
            let name = runName ?? settings.agent
            // Shards of one run start in the same second on many machines: the shard keeps their ids apart.
            runID = RunRecord.makeID(name: name, agentCommand: settings.agent, seed: settings.seed, startedAt: started)
                + (settings.shard.map { "-shard" + $0.replacingOccurrences(of: "/", with: "of") } ?? "")
            try board.startRun(RunRecord(
                id: runID, name: name, agentCommand: settings.agent, agentSHA256: try Self.fingerprint(command),
                harnessVersion: GauntletVersion.string,
                suites: loaded.map { SuiteReference(name: $0.name, version: $0.version, checksum: $0.checksum) },
                configurationJSON: try settings.json(), seed: settings.seed, epochs: settings.epochs,
                networkMode: settings.network, machine: .current, startedAt: started,
                mode: settings.isStream ? .stream : .episode))
        }
        if !quiet { FileHandle.standardError.write(Data("gauntlet: run \(runID) → \(board.path)\n".utf8)) }

        var options = Evaluation.Options()
        options.epochs = settings.epochs
        options.concurrency = max(1, concurrency)
        options.seed = settings.seed
        options.limits = EpisodeLimits(steps: Defaults.Run.steps, stepSeconds: settings.stepTimeout, episodeSeconds: settings.episodeTimeout)
        options.maxSteps = settings.maxSteps
        options.includeTree = observationTree
        options.quiet = quiet
        options.stream = settings.isStream
        options.shuffle = settings.shuffle ?? false
        options.shard = try settings.shard.map { try Shard(parsing: $0) }
        let evaluation = Evaluation(sandboxes: sandboxes, leaderboard: board, options: options)
        let include = settings.include
        let summary = try await RunInterruption(runID: runID, board: board).during {
            try await evaluation.run(
                try board.run(id: runID), suites: loaded, player: .agent(agentConfiguration), include: include,
                limit: settings.limit)
        }
        try board.finishRun(id: runID)
        await sandboxes.stop()

        if summary.selected == 0 { throw CommandError("no task matches the selection") }
        let statuses = summary.statuses.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
        say("Run \(runID): \(summary.finished) episodes" + (summary.skipped > 0 ? " (+\(summary.skipped) from before the resume)" : "")
            + (settings.shard.map { " (shard \($0): \(summary.planned) of the run's \(summary.selected))" } ?? "")
            + (summary.retries > 0 ? ", \(summary.retries) retried" : "") + (statuses.isEmpty ? "" : ": \(statuses)")
            + (settings.isStream ? " (stream; agent restarts: \(summary.agentRestarts))" : ""))
        if summary.finished > 0 && summary.startFailures == summary.finished {
            throw CommandError("the agent never started: all \(summary.finished) episodes failed before its handshake "
                               + "(the first reason is printed above, and every episode's is in the report)")
        }
        let rows = try board.standings()
        say("")
        FileHandle.standardOutput.write(Data(TableRenderer.render(rows).utf8))
        say("\nLeaderboard: \(board.path)\nReport: \(Invocation.suggest(["report", "--db", board.path])) (writes \(ReportCommand.defaultOut))")
    }

    /// The agent's identity for the run record: the resolved executable and every
    /// file the command names (the script of `python3 agent.py`), hashed together.
    static func fingerprint(_ command: [String]) throws -> String {
        var parts: [String] = []
        for (index, word) in command.enumerated() {
            var path = word
            if index == 0, !word.contains("/") {
                let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
                path = directories.map { "\($0)/\(word)" }.first { FileManager.default.isExecutableFile(atPath: $0) } ?? word
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            parts.append(try SHA256.hexOfFile(atPath: URL(fileURLWithPath: path).resolvingSymlinksInPath().path))
        }
        guard !parts.isEmpty else { throw CommandError("--agent: cannot find the program '\(command[0])'") }
        return parts.count == 1 ? parts[0] : SHA256.hex(parts.joined(separator: "\n"))
    }

    static func matches(_ id: String, glob: String) -> Bool {
        fnmatch(glob, id, 0) == 0
    }

    /// What a run needs to be resumed exactly: stored with the run as JSON.
    struct Settings: Codable {
        var agent: String
        var suites: [String]
        var taskGlob: String?
        var split: String?
        var epochs: Int
        var seed: UInt64
        /// Nil: each task's own step limit (left out of the stored JSON, so a resumed run keeps it).
        var maxSteps: Int?
        var limit: Int?
        var stepTimeout: Double
        var episodeTimeout: Double
        var network: String
        /// Optional so that configurations stored before streams existed still decode.
        var stream: Bool?
        var shuffle: Bool?
        /// `I/N` for one shard of a run; nil (absent from the JSON) for a whole run, so a
        /// merged run's configuration is the unsharded run's.
        var shard: String?
        /// `none` or `require` when --isolation said so (the default, `prefer`, is left out):
        /// a run with the pod as its only boundary says so in its record (docs/scale-out.md).
        var isolation: String?

        var isStream: Bool { stream ?? false }

        init(_ command: RunCommand) {
            agent = command.agentOptions.agent ?? ""
            suites = command.suites.isEmpty ? [Defaults.Run.suite] : command.suites
            taskGlob = command.taskGlob
            split = command.split
            epochs = max(1, command.epochs)
            seed = command.seed
            maxSteps = command.maxSteps
            limit = command.limit
            stepTimeout = command.stepTimeout
            episodeTimeout = command.episodeTimeout
            network = command.agentOptions.agentNetwork.rawValue
            stream = command.stream ? true : nil
            shuffle = command.stream && command.shuffle ? true : nil
            isolation = command.agentOptions.isolation == .preferSandbox ? nil : command.agentOptions.isolation.rawValue
        }

        static func restore(runID: String, from board: Leaderboard) throws -> Settings {
            let run = try board.run(id: runID)
            do {
                return try JSONDecoder().decode(Settings.self, from: Data(run.configurationJSON.utf8))
            } catch {
                throw CommandError("run \(runID) cannot be resumed: its stored configuration is unreadable (\(error))")
            }
        }

        /// The tasks the selection keeps (before --limit).
        var include: @Sendable (TaskDefinition) -> Bool {
            let (glob, split) = (taskGlob, self.split)
            return { task in
                (glob.map { RunCommand.matches(task.id, glob: $0) } ?? true) && (split.map { task.split == $0 } ?? true)
            }
        }

        func json() throws -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return String(decoding: try encoder.encode(self), as: UTF8.self)
        }
    }
}
