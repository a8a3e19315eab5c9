import ArgumentParser
import Defaults
import EnvServer
import Foundation
import Harness
import Leaderboard
import Tasks
import TextWorlds
import Worlds

/// `gauntlet env-server`: OpenEnv's protocol for trainers (docs/env-server.md).
struct EnvServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "env-server",
        abstract: "Serve tasks to RL trainers over OpenEnv's protocol (WebSocket /ws, POST /reset and /step).",
        discussion: """
            Each session resets into a task (task_id; suite and index; or a generated text game: \
            family and seed) and steps one action at a time; the reward is the task's score when \
            the episode ends, scored as `gauntlet run` scores it. Key-node progress as shaped \
            reward is given only to a session that asks for it at reset (shaped_reward), and \
            checker reasons only with --training. With --record every ended episode is written \
            to the leaderboard under one run.
            """
    )

    @OptionGroup var location: TasksCommand.Location

    @Option(name: .customLong("suite"), help: "A suite to serve (repeatable; default: every suite).")
    var suites: [String] = []

    @Option(help: "Port on 127.0.0.1 (0 picks a free one).")
    var port = Defaults.EnvServer.port

    @Option(name: .customLong("max-sessions"), help: "Sessions at once; one more gets CAPACITY_REACHED.")
    var maxSessions = Defaults.EnvServer.maxSessions

    @Option(name: .customLong("idle-timeout"), help: "Seconds a session may stay silent before it is closed.")
    var idleTimeout = Defaults.EnvServer.idleSeconds

    @Option(help: "Steps per episode for every task, overriding their own limits (default: each task's own limit, else \(Defaults.Run.steps)).")
    var maxSteps: Int?

    @Flag(help: "Write every ended episode to the leaderboard, as `gauntlet run` does.")
    var record = false

    @Flag(help: "Training mode: an episode's end shows each check's reason (never for evaluation).")
    var training = false

    @Option(help: LeaderboardLocation.help)
    var db: String?

    func validate() throws {
        try ArgumentRange.within(0...65_535, port, "--port")
        try ArgumentRange.atLeast(1, maxSessions, "--max-sessions")
        if let maxSteps { try ArgumentRange.atLeast(1, maxSteps, "--max-steps") }
        try ArgumentRange.positive(idleTimeout, "--idle-timeout")
    }

    func run() async throws {
        let loaded = try location.loadValid(suites)
        let sandboxes = try await HostedSandboxes.start(.standard, serving: SandboxRegistry.standard.all.map(\.name), poolSize: Defaults.EnvServer.poolSize)
        var recorder: EpisodeRecorder?
        if record {
            let board = try Leaderboard(path: try LeaderboardLocation.path(db))
            let started = Date()
            let name = "env-server"
            let id = RunRecord.makeID(name: name, agentCommand: name, seed: 0, startedAt: started)
            try board.startRun(RunRecord(
                id: id, name: name, agentCommand: name, agentSHA256: "", harnessVersion: GauntletVersion.string,
                suites: loaded.map { SuiteReference(name: $0.name, version: $0.version, checksum: $0.checksum) },
                seed: 0, epochs: 1, networkMode: "trainer", machine: .current, startedAt: started))
            recorder = EpisodeRecorder(leaderboard: board, runID: id)
            say("gauntlet: recording episodes as run \(id) → \(board.path)")
        }
        let context = EnvContext(
            sandboxes: sandboxes, catalog: Self.catalog(loaded), limits: Defaults.Run.limits, stepsOverride: maxSteps,
            training: training, recorder: recorder)
        let server = EnvServer(context: context, configuration: .init(capacity: maxSessions, idleTimeout: .milliseconds(Int64(idleTimeout * 1000))))
        let bound = try await server.start(port: port)
        say("gauntlet env-server on http://127.0.0.1:\(bound) (WebSocket ws://127.0.0.1:\(bound)/ws), \(maxSessions) sessions, "
            + "\(loaded.flatMap(\.tasks).count) tasks in \(loaded.count) suites")
        // Runs until interrupted; SIGINT ends the process.
        while true {
            try await Task.sleep(for: .seconds(3600))
        }
    }

    /// The suites' tasks, and generated text games: each family's generator at the
    /// preset `tasks generate` uses, recorded under the suite `<family>-gen`.
    static func catalog(_ suites: [Suite]) -> TaskCatalog {
        TaskCatalog(suites: suites, families: Family.allCases.map(\.rawValue)) { name, seed in
            guard let family = Family(rawValue: name) else { throw CommandError("no family \(name)") }
            let knobs = TasksCommand.Generate.knobs(for: family, preset: .generated)
            let suite = "\(family.rawValue)-gen"
            let text = try GameTaskFile.json(suite: suite, try TaskGenerator.generate(family, seed: seed, split: .train, knobs: knobs)).canonical()
            let parsed = TaskLoader(knownSandboxes: nil).parseTask(text, file: "\(suite)/seed-\(seed).json")
            guard let task = parsed.task else { throw CommandError(parsed.problems.map(\.description).joined(separator: "; ")) }
            return (task, suite)
        }
    }
}

extension TasksCommand.Location {
    /// The named suites (every suite when none is named), refused with their problems
    /// printed when any task file has one.
    func loadValid(_ names: [String]) throws -> [Suite] {
        var loaded: [Suite] = []
        for name in names.isEmpty ? [nil] : names.map(Optional.some) {
            let result = try load(suite: name)
            guard result.problems.isEmpty else {
                for problem in result.problems { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
                throw CommandError("\(result.problems.count) task problem(s); see \(Invocation.suggest(["tasks", "validate"] + arguments))")
            }
            loaded += result.suites
        }
        return loaded
    }
}
