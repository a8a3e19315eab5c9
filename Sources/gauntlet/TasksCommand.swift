import ArgumentParser
import Defaults
import Foundation
import Checkers
import Harness
import Tasks
import Worlds

struct TasksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tasks",
        abstract: "List, show, validate and generate task suites.",
        subcommands: [List.self, Show.self, Validate.self, Generate.self]
    )

    /// Where tasks live and which sandboxes exist, shared by every subcommand.
    struct Location: ParsableArguments {
        @Option(help: "The tasks directory (default: $GAUNTLET_HOME/\(Defaults.Paths.tasks), else ./\(Defaults.Paths.tasks)).")
        var tasksDir: String?

        @Option(name: .customLong("sandbox"), help: "A known sandbox name; repeat for several (default: the folders of $GAUNTLET_HOME/\(Defaults.Paths.sandboxes) or ./\(Defaults.Paths.sandboxes)).")
        var sandboxes: [String] = []

        /// These options as the user gave them, for the commands gauntlet suggests.
        var arguments: [String] {
            (tasksDir.map { ["--tasks-dir", $0] } ?? []) + sandboxes.flatMap { ["--sandbox", $0] }
        }

        /// `$GAUNTLET_HOME/name`, else `name` relative to the current directory, so
        /// problems print as short relative paths.
        func inHome(_ name: String) -> String {
            ProcessInfo.processInfo.environment["GAUNTLET_HOME"].map { $0 + "/" + name } ?? name
        }

        var directory: String {
            tasksDir ?? inHome(Defaults.Paths.tasks)
        }

        /// Sandbox names to validate against, or nil (with a warning) when nothing says.
        func knownSandboxes() -> [String]? {
            if !sandboxes.isEmpty { return sandboxes.sorted() }
            let dir = inHome(Defaults.Paths.sandboxes)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else {
                FileHandle.standardError.write(Data("gauntlet: no \(dir) and no --sandbox; sandbox names are not checked\n".utf8))
                return nil
            }
            return names.filter { name in
                var isDir: ObjCBool = false
                return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: dir + "/" + name, isDirectory: &isDir)
                    && isDir.boolValue
            }.sorted()
        }

        /// Every suite, or only `suite`; problems of the suites not selected are dropped.
        func load(suite: String?) throws -> TaskLoader.DirectoryResult {
            let loader = TaskLoader(knownSandboxes: knownSandboxes(), xpathProblem: XPathSyntax.problem)
            var result = loader.loadAll(directory: directory)
            guard let suite else { return result }
            guard result.suites.contains(where: { $0.name == suite })
                || FileManager.default.fileExists(atPath: directory + "/" + suite + "/suite.json")
            else {
                let names = suiteFolders()
                throw ValidationError("no suite '\(suite)' in \(directory); "
                    + (names.isEmpty ? "it holds no suite (a folder with suite.json)" : "its suites: \(names.joined(separator: ", "))"))
            }
            result.suites = result.suites.filter { $0.name == suite }
            let prefix = directory + "/" + suite + "/"
            result.problems = result.problems.filter { $0.file.hasPrefix(prefix) }
            return result
        }

        /// The folders of the tasks directory that hold a suite.json, sorted.
        func suiteFolders() -> [String] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            return names.filter { FileManager.default.fileExists(atPath: directory + "/" + $0 + "/suite.json") }.sorted()
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List suites and their tasks.")

        @OptionGroup var location: Location

        @Argument(help: "Only this suite.")
        var suite: String?

        @Option(help: "Only tasks in this split.")
        var split: String?

        func run() async throws {
            let result = try location.load(suite: suite)
            for s in result.suites {
                print("\(s.name) \(s.version)  \(s.tasks.count) tasks  sha256:\(s.checksum.prefix(12))  \(s.description)")
                for t in s.tasks where split == nil || t.split == split {
                    let tags = [t.split, t.template].compactMap { $0 }.joined(separator: " ")
                    print("  \(t.id)  r\(t.revision)  \(tags)  \(t.goal)")
                }
            }
            if !result.problems.isEmpty {
                let validate = Invocation.suggest(["tasks", "validate"] + (suite.map { [$0] } ?? []) + location.arguments)
                FileHandle.standardError.write(Data("gauntlet: \(result.problems.count) problem(s); run `\(validate)`\n".utf8))
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one task as loaded: parameters filled in, limits resolved.")

        @OptionGroup var location: Location

        @Argument(help: "The task id, e.g. shop/cheapest-in-category-017.")
        var id: String

        func run() async throws {
            let result = try location.load(suite: nil)
            guard let task = result.suites.lazy.flatMap(\.tasks).first(where: { $0.id == id }) else {
                let broken = result.problems.filter { $0.file.contains(id.split(separator: "/").last.map(String.init) ?? id) }
                for p in broken { FileHandle.standardError.write(Data("\(p)\n".utf8)) }
                throw ValidationError("no valid task '\(id)' in \(location.directory)")
            }
            print("id:        \(task.id) (revision \(task.revision))")
            print("file:      \(task.file)")
            print("sha256:    \(task.checksum)")
            print("sandboxes: \(task.sandboxes.joined(separator: ", "))")
            print("start:     \(task.start)")
            print("goal:      \(task.goal)")
            if task.goal != task.goalTemplate { print("template:  \(task.goalTemplate)" + (task.template.map { " [\($0)]" } ?? "")) }
            if !task.params.isEmpty { print("params:    " + task.params.map { "\($0.name)=\($0.value)" }.joined(separator: ", ")) }
            print("seed:      \(task.seed)")
            if let split = task.split { print("split:     \(split)") }
            let l = task.limits
            print("limits:    \(l.steps.map(String.init) ?? "-") steps, \(l.episodeSeconds.map { "\($0)" } ?? "-") s per episode, \(l.stepSeconds.map { "\($0)" } ?? "-") s per step")
            print("answer:    status \(task.expectedStatus.rawValue)")
            print("checks:")
            for c in task.checks { print("  - \(c)") }
            if !task.keyNodes.isEmpty {
                print("key nodes:")
                for k in task.keyNodes { print("  - \(k.name): \(k.check)") }
            }
            print("oracle:")
            for a in task.oracle { print("  \(a)") }
        }
    }

    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check every task file; print every problem; exit 1 if there is any.")

        @OptionGroup var location: Location

        @Argument(help: "Only this suite.")
        var suite: String?

        func run() async throws {
            let result = try location.load(suite: suite)
            let loaded = result.suites.flatMap(\.tasks)
            // What only the sandboxes can judge: oracle grammar and SQL against the schema.
            let audit = try await TaskAudit.hosting(loaded, registry: .standard)
            let faults = await audit.problems(loaded)
            let problems = (result.problems + faults).enumerated()
                .sorted { $0.element.file != $1.element.file ? $0.element.file < $1.element.file : $0.offset < $1.offset }
                .map(\.element)
            for p in problems { print(p) }
            let tasks = Set(loaded.map(\.file)).subtracting(faults.map(\.file)).count
            if problems.isEmpty {
                print("ok: \(result.suites.count) suite(s), \(tasks) task(s)")
            } else {
                print("\(problems.count) problem(s); \(tasks) valid task(s) in \(result.suites.count) usable suite(s)")
                throw ExitCode(1)
            }
        }
    }
}
