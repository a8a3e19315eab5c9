import ArgumentParser
import Benchmarks
import Defaults

struct BenchObserveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "observe",
        abstract: "Time parse + tree + text render on generated pages of about 50 KB, 200 KB and 1 MB.",
        discussion: """
            Target (DESIGN.md): a 200 KB page in under 5 ms, release build.

            Blocks of runs alternate with blocks of libxml2's tokeniser alone over the same \
            page (callbacks that do nothing, no tree), reported as libxml2_ms_*: the two see \
            the same machine, so their ratio shows our share even when the host is slow.

            --json prints ms_50k, ms_200k, ms_1m (median ms per page), mb_per_s, and \
            libxml2_ms_* (libxml2 alone).
            """
    )

    @OptionGroup var output: BenchOutput

    @Option(help: "Timed repetitions per page size.")
    var iterations = Defaults.Bench.observeIterations

    @Option(help: "Measure one page size only (for profiling).")
    var only: ObserveBenchmark.PageSize?

    func validate() throws {
        try ArgumentRange.atLeast(1, iterations, "--iterations")
    }

    func run() throws {
        let report = try ObserveBenchmark(iterations: iterations, only: only).run()
        output.print(report)
    }
}

extension ObserveBenchmark.PageSize: ExpressibleByArgument {}
