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

    @Flag(help: "Print the figures as JSON.")
    var json = false

    @Option(help: "Sandbox to measure: \(SandboxRegistry.standard.names).")
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
            sandbox: try measured(), hosted: try SandboxRegistry.standard.select([sandbox]), instances: instances, requests: requests, live: live,
            poolSize: Defaults.PoolSize.bench)
        let report = try await benchmark.run()
        print(json ? report.json : report.text, terminator: "")
    }

    /// The sandbox, which must name the pages to step through.
    private func measured() throws -> any BenchmarkPages {
        guard let pages = try SandboxRegistry.standard.select([sandbox])[0] as? any BenchmarkPages else {
            throw ValidationError("--sandbox \(sandbox): it names no pages to step through (SandboxKit.BenchmarkPages)")
        }
        return pages
    }
}
