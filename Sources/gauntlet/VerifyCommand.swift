import AgentRunner
import ArgumentParser
import Browser
import Defaults
import Foundation
import Harness
import SandboxKit
import Tasks
import Worlds

struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that every task is solvable and not trivially gamed.",
        discussion: """
            For every task: its oracle solution and every alternative oracle must pass, and \
            every trial must fail: each mutant of the oracle (one parameterised step given \
            another valid value), a goal-blind explorer, a page-dump answerer, the do-nothing \
            agent (examples/agents/noop_agent.py) and the seeded random agent \
            (examples/agents/random_agent.py). Exits 1 if any task breaks a rule, naming the \
            task and the trial.
            """
    )

    @OptionGroup var location: TasksCommand.Location

    @Argument(help: "Suites to verify (default: all).")
    var suites: [String] = []

    @Flag(help: "Print one JSON object: tasks, templates, oracle_passed, noop_passed, random_passed, problems, task_faults, trials, suites.")
    var json = false

    @Option(help: "Episodes at once.")
    var concurrency = Defaults.Verify.concurrency

    func validate() throws {
        try ArgumentRange.atLeast(1, concurrency, "--concurrency")
    }

    func run() async throws {
        var selected: [Suite] = []
        var problems: [TaskProblem] = []
        for name in suites.isEmpty ? [nil] : suites.map(Optional.some) {
            let loaded = try location.load(suite: name)
            selected += loaded.suites
            problems += loaded.problems
        }
        guard problems.isEmpty else {
            for problem in problems { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
            throw CommandError("\(problems.count) problem(s) in the task files; fix them first (\(Invocation.suggest(["tasks", "validate"] + location.arguments)))")
        }
        let needed = Set(selected.flatMap { $0.tasks.flatMap(\.sandboxes) }).sorted()
        let sandboxes = try await HostedSandboxes.start(.standard, serving: needed, poolSize: Defaults.PoolSize.verify)
        let agents = location.inHome(Defaults.Paths.agents)
        let protected = ["tasks", "sandboxes", "leaderboard"].map(location.inHome)
        // Both agents use only Python's standard library: -S skips site-packages' start-up
        // (0.1 s with a few .pth files), which verify pays twice per task.
        func agent(_ script: String) -> AgentConfiguration {
            AgentConfiguration(command: ["python3", "-S", "\(agents)/\(script)"], limits: Defaults.Agent.limits, protectedPaths: protected)
        }
        var verification = Verification(sandboxes: sandboxes, noopAgent: agent("noop_agent.py"), randomAgent: agent("random_agent.py"))
        verification.concurrency = max(1, concurrency)
        let quiet = json
        let report = await verification.verify(selected) { line in
            if !quiet { FileHandle.standardError.write(Data("  \(line)\n".utf8)) }
        }
        await sandboxes.stop()
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            say(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            say("\(report.tasks) tasks from \(report.templates) templates: oracle passed \(report.oraclePassed)/\(report.tasks), "
                + "do-nothing passed \(report.noopPassed), random passed \(report.randomPassed)")
            for suite in report.suites { say("  \(suite.summary)") }
            for fault in report.taskFaults {
                say("  \(fault) (a task fault: the task was not played)")
            }
            for problem in report.problems {
                say("  \(problem.file)\(problem.line.map { ":\($0)" } ?? ""): \(problem.field.isEmpty ? "" : problem.field + ": ")\(problem.task): \(problem.player.rawValue) \(problem.status): \(problem.reason)")
            }
            say(report.isClean ? "verify: clean" : "verify: \(report.problems.count + report.taskFaults.count) problem(s)")
        }
        if !report.isClean { throw ExitCode.failure }
    }
}
