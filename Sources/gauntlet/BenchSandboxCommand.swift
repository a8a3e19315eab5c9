import Foundation
import ArgumentParser
import Defaults
import Worlds
import Benchmarks
import SandboxKit

/// `gauntlet bench sandbox`: instance readiness, CPU per instance, web-step latency through the
/// browser (and the server-side part alone), and memory with many live instances.
struct BenchSandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Measure sandbox instance creation, request latency and memory (use a release build)."
    )

    @OptionGroup var output: BenchOutput

    @Option(help: "Sandbox to measure: \(SandboxRegistry.standard.names); several, comma-separated (shop,admin,forum), share every instance.")
    var sandbox = Defaults.Bench.sandbox

    @Option(help: "Instances made for the readiness figures.")
    var instances = Defaults.Bench.sandboxInstances

    @Option(help: "Requests for the step figures.")
    var requests = Defaults.Bench.sandboxRequests

    @Option(help: "Live instances for the memory figure.")
    var live = Defaults.Bench.sandboxLiveInstances

    func validate() throws {
        _ = try measured()
        try ArgumentRange.atLeast(1, instances, "--instances")
        try ArgumentRange.atLeast(1, requests, "--requests")
        try ArgumentRange.atLeast(1, live, "--live")
    }

    func run() async throws {
        let benchmark = SandboxBenchmark(
            measured: try measured(), hosted: try SandboxRegistry.standard.select(names), instances: instances, requests: requests, live: live,
            poolSize: Defaults.PoolSize.bench)
        let report = try await benchmark.run()
        output.print(report)
    }

    /// The names given to `--sandbox`, in order.
    private var names: [String] {
        sandbox.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
    }

    /// The sandboxes, each of which must name the pages to step through.
    private func measured() throws -> [any BenchmarkPages] {
        guard !names.isEmpty, Set(names).count == names.count else {
            throw ValidationError("--sandbox \(sandbox): name one sandbox, or several once each, comma-separated")
        }
        let registry = SandboxRegistry.standard
        return try names.map { name in
            guard let pages = try registry.select([name])[0] as? any BenchmarkPages else {
                throw ValidationError("--sandbox \(name): it names no pages to step through (SandboxKit.BenchmarkPages)")
            }
            return pages
        }
    }
}
