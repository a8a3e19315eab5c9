import ArgumentParser
import Benchmarks
import Defaults
import Worlds

/// `gauntlet bench text`: the variety of a site's prose over a deterministic crawl.
struct BenchTextCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Prose variety of a site: distinct sentences, commonest openings, vocabulary, over a breadth-first crawl."
    )

    @OptionGroup var output: BenchOutput

    @Option(help: "Sandbox to crawl: \(SandboxRegistry.standard.names).")
    var sandbox = Defaults.Bench.sandbox

    @Option(help: "Pages fetched at most, breadth first from the home page.")
    var pages = Defaults.Bench.textPages

    func validate() throws {
        _ = try SandboxRegistry.standard.select([sandbox])
        try ArgumentRange.atLeast(1, pages, "--pages")
    }

    func run() async throws {
        let benchmark = TextBenchmark(sandbox: try SandboxRegistry.standard.select([sandbox])[0], pages: pages)
        let report = try await benchmark.run()
        output.print(report)
    }
}
