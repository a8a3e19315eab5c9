import ArgumentParser
import Benchmarks
import AgentRunner
import Defaults
import Foundation

struct BenchProtocolCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protocol",
        abstract: "Time the agent protocol: round trips with a trivial agent in the sandbox, and spawn cost.",
        discussion: """
            The agent is gauntlet-swift-agent (built next to gauntlet) unless --agent names \
            another. A round trip is one observation line sent and one action line received, \
            sandbox included. Spawn cost is start-up to `ready`, with and without the sandbox. \
            Target (issue #4): round trip under 50 µs p50 with a compiled agent, release build.

            --json prints rtt_p50_us, rtt_p99_us, spawn_ms, spawn_sandboxed_ms, and more.
            """
    )

    @OptionGroup var output: BenchOutput

    @Option(help: "Timed round trips.")
    var iterations = Defaults.Bench.protocolIterations

    @Option(help: "Timed spawns per mode.")
    var spawns = Defaults.Bench.protocolSpawns

    @OptionGroup var agentOptions: AgentOptions

    func validate() throws {
        try ArgumentRange.atLeast(1, iterations, "--iterations")
        try ArgumentRange.atLeast(1, spawns, "--spawns")
    }

    func run() async throws {
        let command = try agentOptions.agent.map(AgentOptions.split) ?? [try Self.defaultAgent()]
        let support = SandboxSupport.current
        AgentOptions.warnAboutSandbox(support)
        let configuration = try agentOptions.configuration(command: command, protectedPaths: [])
        let benchmark = ProtocolBenchmark(configuration: configuration, support: support, iterations: iterations, spawns: spawns)
        let report = try await benchmark.run()
        output.print(report)
    }

    /// gauntlet-swift-agent from the same build directory as this executable.
    static func defaultAgent() throws -> String {
        let candidate = Invocation.executable.deletingLastPathComponent().appendingPathComponent("gauntlet-swift-agent").path
        guard FileManager.default.isExecutableFile(atPath: candidate) else {
            throw CommandError("\(candidate) not found: build it (swift build -c release --product gauntlet-swift-agent) or pass --agent")
        }
        return candidate
    }
}
