import AgentProtocol
import AgentRunner
import Foundation
import Vocabulary

/// `gauntlet bench protocol`: round trips with a trivial agent in its sandbox (one
/// observation line sent, one action line received), and spawn cost to `ready`, with and
/// without the sandbox.
public struct ProtocolBenchmark: Sendable {
    /// The agent, as it will run sandboxed; its spawn cost is also measured bare.
    public var configuration: AgentConfiguration
    public var support: SandboxSupport
    /// Timed round trips.
    public var iterations: Int
    /// Timed spawns per mode.
    public var spawns: Int

    public init(configuration: AgentConfiguration, support: SandboxSupport, iterations: Int, spawns: Int) {
        self.configuration = configuration
        self.support = support
        self.iterations = iterations
        self.spawns = spawns
    }

    public func run() async throws -> BenchmarkReport {
        var configuration = configuration
        if configuration.isolation == .none { configuration.isolation = .preferSandbox }
        let rtts = try await Self.roundTrips(configuration, iterations: iterations)
        var bare = configuration
        bare.isolation = .none
        let spawnBare = try await Self.spawnTimes(bare, count: spawns)
        let spawnSandboxed = try await Self.spawnTimes(configuration, count: spawns)
        let record = try AgentProcess.launch(configuration, support: support)
        _ = await record.terminate(.stoppedByHarness)

        let p50 = Stats.quantile(rtts, 0.50), p90 = Stats.quantile(rtts, 0.90), p99 = Stats.quantile(rtts, 0.99)
        let spawnMs = Stats.quantile(spawnBare, 0.5), spawnSandboxedMs = Stats.quantile(spawnSandboxed, 0.5)
        let object: JSONValue = .object([
            ("rtt_p50_us", .double(p50)), ("rtt_p90_us", .double(p90)), ("rtt_p99_us", .double(p99)),
            ("spawn_ms", .double(spawnMs)), ("spawn_sandboxed_ms", .double(spawnSandboxedMs)),
            ("iterations", .int(Int64(iterations))), ("spawns", .int(Int64(spawns))),
            ("isolation", .string(record.record.isolation)),
            ("agent", .string(record.record.command.joined(separator: " "))),
            ("agent_sha256", .string(record.record.executable.sha256)),
        ])
        let text = [
            "agent: \(record.record.command.joined(separator: " ")) (sha256 \(record.record.executable.sha256.prefix(16))…)",
            "isolation: \(record.record.isolation); \(support.summary)",
            String(format: "round trip (%d): p50 %.1f µs, p90 %.1f µs, p99 %.1f µs; target: p50 < 50 µs", iterations, p50, p90, p99),
            String(format: "spawn to ready (%d each): %.2f ms bare, %.2f ms sandboxed", spawns, spawnMs, spawnSandboxedMs),
        ]
        return BenchmarkReport(json: JSONWriter.encode(object) + "\n", text: text.map { $0 + "\n" }.joined())
    }

    static let observation = Observation(url: "http://shop.localhost/", title: "Shop", text: "[1] RootWebArea 'Shop'\n  [2] link 'Home'",
                                         tabs: [TabInfo(index: 0, title: "Shop", url: "http://shop.localhost/", active: true)])

    static func roundTrips(_ configuration: AgentConfiguration, iterations: Int) async throws -> [Double] {
        let process = try AgentProcess.launch(configuration)
        defer { Task { _ = await process.terminate(.stoppedByHarness) } }
        try await expectLine(process, after: .hello(harness: "gauntlet bench", mode: .stream), what: "ready")
        let start = EpisodeStart(episode: EpisodeInfo(id: "bench", index: 0, seed: 1), task: TaskBrief(id: "bench", goal: "bench"),
                                 actionSpace: .web, limits: EpisodeLimits(steps: Int.max, stepSeconds: 60, episodeSeconds: 900),
                                 observation: observation)
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
                throw BenchmarkError("the agent stopped answering: \(process.termination.map(String.init(describing:)) ?? "timeout")\n\(process.stderr.text)")
            }
            let elapsed = ContinuousClock.now - t0
            if i >= warmup { samples.append(elapsed.microseconds) }
        }
        return samples
    }

    static func spawnTimes(_ configuration: AgentConfiguration, count: Int) async throws -> [Double] {
        var samples: [Double] = []
        for _ in 0..<count {
            let t0 = ContinuousClock.now
            let process = try AgentProcess.launch(configuration)
            try await expectLine(process, after: .hello(harness: "gauntlet bench", mode: .episode), what: "ready")
            samples.append((ContinuousClock.now - t0).milliseconds)
            process.send(.bye)
            _ = await process.shutdown()
        }
        return samples
    }

    static func expectLine(_ process: AgentProcess, after message: HarnessMessage, what: String) async throws {
        process.send(message)
        guard case .line = await process.receive(until: .now + .seconds(10), kind: .handshake) else {
            throw BenchmarkError("the agent did not send \(what): \(process.termination.map(String.init(describing:)) ?? "timeout")\n\(process.stderr.text)")
        }
    }
}
