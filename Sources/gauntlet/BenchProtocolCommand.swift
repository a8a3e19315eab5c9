import AgentProtocol
import AgentRunner
import ArgumentParser
import Foundation
import Vocabulary

struct BenchProtocolCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protocol",
        abstract: "Time the agent protocol: round trips with a trivial agent in the sandbox, and spawn cost.",
        discussion: """
            The agent is gauntlet-swift-agent (built next to gauntlet) unless --agent names \
            another. A round trip is one observation line sent and one action line received, \
            sandbox included. Spawn cost is start-up to `ready`, with and without the sandbox. \
            Target (issue #4): round trip under 50 µs p50 with a compiled agent, release build.
            """
    )

    @Flag(help: "Print exactly one JSON object: rtt_p50_us, rtt_p99_us, spawn_ms, spawn_sandboxed_ms, and more.")
    var json = false

    @Option(help: "Timed round trips.")
    var iterations = 20_000

    @Option(help: "Timed spawns per mode.")
    var spawns = 15

    @OptionGroup var agentOptions: AgentOptions

    func run() async throws {
        guard iterations > 0, spawns > 0 else { throw ValidationError("--iterations and --spawns must be at least 1") }
        let command = try agentOptions.agent.map(AgentOptions.split) ?? [try Self.defaultAgent()]
        let support = SandboxSupport.current
        AgentOptions.warnAboutSandbox(support)
        var configuration = try agentOptions.configuration(command: command, protectedPaths: [])
        if configuration.isolation == .none { configuration.isolation = .preferSandbox }

        let rtts = try await Self.roundTrips(configuration, iterations: iterations)
        var bare = configuration
        bare.isolation = .none
        let spawnBare = try await Self.spawnTimes(bare, count: spawns)
        let spawnSandboxed = try await Self.spawnTimes(configuration, count: spawns)
        let record = try AgentProcess.launch(configuration, support: support)
        _ = await record.terminate(.stoppedByHarness)

        let p50 = rtts.percentile(0.50), p90 = rtts.percentile(0.90), p99 = rtts.percentile(0.99)
        let spawnMs = spawnBare.percentile(0.5), spawnSandboxedMs = spawnSandboxed.percentile(0.5)
        if json {
            let object: JSONValue = .object([
                ("rtt_p50_us", .double(p50)), ("rtt_p90_us", .double(p90)), ("rtt_p99_us", .double(p99)),
                ("spawn_ms", .double(spawnMs)), ("spawn_sandboxed_ms", .double(spawnSandboxedMs)),
                ("iterations", .int(Int64(iterations))), ("spawns", .int(Int64(spawns))),
                ("isolation", .string(record.record.isolation)),
                ("agent", .string(record.record.command.joined(separator: " "))),
                ("agent_sha256", .string(record.record.executable.sha256)),
            ])
            print(JSONWriter.encode(object))
        } else {
            print("agent: \(record.record.command.joined(separator: " ")) (sha256 \(record.record.executable.sha256.prefix(16))…)")
            print("isolation: \(record.record.isolation); \(support.summary)")
            print(String(format: "round trip (%d): p50 %.1f µs, p90 %.1f µs, p99 %.1f µs; target: p50 < 50 µs", iterations, p50, p90, p99))
            print(String(format: "spawn to ready (%d each): %.2f ms bare, %.2f ms sandboxed", spawns, spawnMs, spawnSandboxedMs))
        }
    }

    /// gauntlet-swift-agent from the same build directory as this executable.
    static func defaultAgent() throws -> String {
        let own = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let candidate = own.deletingLastPathComponent().appendingPathComponent("gauntlet-swift-agent").path
        guard FileManager.default.isExecutableFile(atPath: candidate) else {
            throw ProtocolBenchError("\(candidate) not found: build it (swift build -c release --product gauntlet-swift-agent) or pass --agent")
        }
        return candidate
    }

    static let observation = Observation(url: "http://shop.localhost/", title: "Shop", text: "[1] RootWebArea 'Shop'\n  [2] link 'Home'",
                                         tabs: [TabInfo(index: 0, title: "Shop", url: "http://shop.localhost/", active: true)])

    static func roundTrips(_ configuration: AgentConfiguration, iterations: Int) async throws -> [Double] {
        let process = try AgentProcess.launch(configuration)
        defer { Task { _ = await process.terminate(.stoppedByHarness) } }
        try await expectLine(process, after: .hello(harness: "gauntlet bench", mode: .stream), what: "ready")
        let start = EpisodeStart(episode: EpisodeInfo(id: "bench", index: 0, seed: 1), task: TaskBrief(id: "bench", goal: "bench"),
                                 actionSpace: .web, limits: EpisodeLimits(steps: Int.max), observation: observation)
        try await expectLine(process, after: .episode(start), what: "an action")
        // The observation line is encoded once: the figure is the protocol's round trip.
        let line = HarnessMessage.observation(step: 1, observation: observation, lastActionError: nil).line
        var samples: [Double] = []
        samples.reserveCapacity(iterations)
        let warmup = min(1000, iterations / 10)
        for i in 0..<(iterations + warmup) {
            let t0 = ContinuousClock.now
            process.send(line: line, expectsReply: true)
            guard case .line = await process.receive(until: .now + .seconds(5), kind: .step) else {
                throw ProtocolBenchError("the agent stopped answering: \(process.termination.map(String.init(describing:)) ?? "timeout")\n\(process.stderr.text)")
            }
            let elapsed = ContinuousClock.now - t0
            if i >= warmup { samples.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6) }
        }
        return samples
    }

    static func spawnTimes(_ configuration: AgentConfiguration, count: Int) async throws -> [Double] {
        var samples: [Double] = []
        for _ in 0..<count {
            let t0 = ContinuousClock.now
            let process = try AgentProcess.launch(configuration)
            try await expectLine(process, after: .hello(harness: "gauntlet bench", mode: .episode), what: "ready")
            let elapsed = ContinuousClock.now - t0
            samples.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3)
            process.send(.bye)
            _ = await process.shutdown()
        }
        return samples
    }

    static func expectLine(_ process: AgentProcess, after message: HarnessMessage, what: String) async throws {
        process.send(message)
        guard case .line = await process.receive(until: .now + .seconds(10), kind: .handshake) else {
            throw ProtocolBenchError("the agent did not send \(what): \(process.termination.map(String.init(describing:)) ?? "timeout")\n\(process.stderr.text)")
        }
    }
}

extension Array where Element == Double {
    func percentile(_ p: Double) -> Double {
        guard !isEmpty else { return .nan }
        let sorted = self.sorted()
        return sorted[Swift.min(sorted.count - 1, Int(Double(sorted.count) * p))]
    }
}

/// A failure of the benchmark run itself (the agent would not start or answer).
struct ProtocolBenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
