import Defaults
import Foundation
import GauntletTesting
import Harness
import Testing

/// Arguments are checked before anything runs, errors list the valid choices, and the
/// commands gauntlet suggests keep the user's options and name the binary as invoked.
/// Through the real binary, as a user types them.
@Suite struct CommandLineTests {
    /// A copy of examples/tasks/demo under a new tasks directory, optionally with one task file broken.
    func tasksDirectory(breaking: Bool) throws -> String {
        let root = try TemporaryFolder.make("cli")
        try FileManager.default.copyItem(atPath: Checkout.path("examples/tasks/demo"),
                                         toPath: root + "/demo")
        if breaking {
            let task = try #require(try FileManager.default.contentsOfDirectory(atPath: root + "/demo")
                .sorted().first { $0 != "suite.json" && $0.hasSuffix(".json") })
            try Data("{".utf8).write(to: URL(fileURLWithPath: root + "/demo/" + task))
        }
        return root
    }

    @Test func concurrencyZeroIsRejectedBeforeAnythingRuns() async throws {
        let db = GauntletProcess.temporaryDatabase()
        let output = try await GauntletProcess.run(["run", "--agent", "true", "--db", db, "--concurrency", "0"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("--concurrency must be at least 1, got 0"), "\(output.stderr)")
        #expect(!FileManager.default.fileExists(atPath: db), "the leaderboard was created before the arguments were checked")
    }

    @Test(arguments: [["--concurrency", "-1"], ["--concurrency=-1"]])
    func aNegativeNumberGetsItsRangeNotMissingValue(_ option: [String]) async throws {
        let output = try await GauntletProcess.run(["verify"] + option)
        #expect(output.status != 0)
        #expect(output.stderr.contains("--concurrency must be at least 1, got -1"), "\(output.stderr)")
        #expect(!output.stderr.contains("Missing value"))
    }

    @Test func aWrongSuiteNameListsTheSuitesThatExist() async throws {
        let output = try await GauntletProcess.run(["tasks", "validate", "nosuch"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("no suite 'nosuch' in tasks; its suites: admin, crafting, cross-site, exploration, forum, household, phone, shop"), "\(output.stderr)")
    }

    @Test func aWrongSandboxNameListsTheSandboxes() async throws {
        let output = try await GauntletProcess.run(["serve", "nosuch", "--port", "0"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("unknown sandbox 'nosuch'; the sandboxes: shop, admin, forum, games, phone"), "\(output.stderr)")
    }

    @Test func theSuggestedValidateKeepsTheTasksDirAndTheBinaryAsInvoked() async throws {
        let tasks = try tasksDirectory(breaking: true)
        defer { try? FileManager.default.removeItem(atPath: tasks) }
        let output = try await GauntletProcess.run(["tasks", "list", "demo", "--tasks-dir", tasks])
        #expect(output.stderr.contains("run `\(try BuiltProduct.gauntlet.path()) tasks validate demo --tasks-dir \(tasks)`"), "\(output.stderr)")
    }

    @Test func fixedChoicesAreListedWhenTheValueIsWrong() async throws {
        let family = try await GauntletProcess.run(["tasks", "generate", "cooking"])
        #expect(family.status != 0)
        #expect(family.stderr.contains("'household', 'crafting' or 'exploration'"), "\(family.stderr)")
        let network = try await GauntletProcess.run(["run", "--agent", "true", "--agent-network", "wifi"])
        #expect(network.status != 0)
        #expect(network.stderr.contains("'none'") && network.stderr.contains("'host'"), "\(network.stderr)")
    }

    /// The help prints the defaults from `Defaults`, so help and code cannot disagree.
    @Test func runHelpPrintsTheDefaultsFromOnePlace() async throws {
        let output = try await GauntletProcess.run(["run", "--help"])
        #expect(output.status == 0)
        let help = output.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("(default: \(Defaults.Run.episodeSeconds))"), "\(help)")
        #expect(help.contains("(default: \(Defaults.Run.stepSeconds))"))
        #expect(help.contains("(default: \(Defaults.Run.concurrency))"))
        #expect(help.contains("default: \(Defaults.Run.suite)"))
        #expect(help.contains(Defaults.Paths.leaderboard))
    }

    /// Generated tasks make a suite of their own; a folder holding another suite is refused,
    /// and the same suite is replaced only with --overwrite.
    @Test func generatedTasksGoToASuiteOfTheirOwn() async throws {
        let tasks = try tasksDirectory(breaking: false)
        defer { try? FileManager.default.removeItem(atPath: tasks) }
        let generate = ["tasks", "generate", "crafting", "--count", "1", "--seed", "5", "--tasks-dir", tasks]

        let first = try await GauntletProcess.run(generate)
        #expect(first.status == 0, "\(first.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: tasks + "/crafting-gen-s5").sorted()
        #expect(files.count == 2 && files.contains("suite.json"), "\(files)")

        let again = try await GauntletProcess.run(generate)
        #expect(again.status != 0)
        #expect(again.stderr.contains("already holds this suite (1 task file(s)); pass --overwrite"), "\(again.stderr)")
        let replaced = try await GauntletProcess.run(generate + ["--overwrite"])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tasks + "/crafting-gen-s5").sorted() == files)

        let intoDemo = try await GauntletProcess.run(generate + ["--out", tasks + "/demo", "--overwrite"])
        #expect(intoDemo.status != 0)
        #expect(intoDemo.stderr.contains("\(tasks)/demo holds another suite"), "\(intoDemo.stderr)")
        let validate = try await GauntletProcess.run(["tasks", "validate", "--tasks-dir", tasks, "--sandbox", "games", "--sandbox", "shop"])
        #expect(validate.stdout.contains("ok: 2 suite(s)"), "\(validate.stdout)\(validate.stderr)")
    }
}
