import ArgumentParser
import Benchmarks
import Defaults

/// `gauntlet bench textgame`: how fast the text-game engine steps, renders and
/// generates. Random admissible commands over generated worlds of every family.
struct BenchTextgameCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "textgame",
        abstract: "Text-game engine speed: raw steps/s, steps/s with screens, and task generation + verification time."
    )

    @OptionGroup var output: BenchOutput

    @Option(name: .long, help: "Steps per measured loop.")
    var steps = Defaults.Bench.textgameSteps

    @Option(name: .long, help: "Tasks generated per family.")
    var tasks = Defaults.Bench.textgameTasks

    @Option(name: .long, help: "Steps through the sandbox host over loopback HTTP (0 skips it).")
    var harnessSteps = Defaults.Bench.textgameHarnessSteps

    func validate() throws {
        try ArgumentRange.atLeast(10, steps, "--steps")
        try ArgumentRange.atLeast(1, tasks, "--tasks")
        try ArgumentRange.atLeast(0, harnessSteps, "--harness-steps")
    }

    func run() async throws {
        let report = try await TextgameBenchmark(steps: steps, tasks: tasks, harnessSteps: harnessSteps).run()
        output.print(report)
    }
}
