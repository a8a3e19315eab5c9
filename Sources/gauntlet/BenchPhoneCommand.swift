import ArgumentParser
import Benchmarks
import Defaults

/// `gauntlet bench phone`: how fast a phone is ready, how long a GUI step takes, and how
/// much memory many live phones use (docs/phone.md, "Measuring").
struct BenchPhoneCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phone",
        abstract: "Phone speed: instance readiness, GUI step latency (action to next observation), memory of many live phones."
    )

    @OptionGroup var output: BenchOutput

    @Option(name: .long, help: "Instances made for the readiness figures.")
    var instances = Defaults.Bench.phoneInstances

    @Option(name: .long, help: "Steps measured.")
    var steps = Defaults.Bench.phoneSteps

    @Option(name: .long, help: "Live phones for the memory figure.")
    var live = Defaults.Bench.sandboxLiveInstances

    func validate() throws {
        try ArgumentRange.atLeast(1, instances, "--instances")
        try ArgumentRange.atLeast(10, steps, "--steps")
        try ArgumentRange.atLeast(1, live, "--live")
    }

    func run() async throws {
        let report = try await PhoneBenchmark(instances: instances, steps: steps, live: live, poolSize: Defaults.PoolSize.bench).run()
        output.print(report)
    }
}
