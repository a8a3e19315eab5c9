import ArgumentParser
import Benchmarks

/// How a `gauntlet bench` command prints its figures: text for a person, or with `--json`
/// one JSON object for scripts.
struct BenchOutput: ParsableArguments {
    @Flag(help: "Print exactly one JSON object with the figures.")
    var json = false

    func print(_ report: BenchmarkReport) {
        Swift.print(json ? report.json : report.text, terminator: "")
    }
}
