import Foundation

/// The built `gauntlet` binary, run as a child process the way users run it, from the
/// repository root, once it is known to be built from the current sources (`BuiltProduct`).
public enum GauntletProcess {
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String

        /// The run id from the `gauntlet: run ID → DB` line of `gauntlet run`.
        public var runID: String? {
            stderr.split(separator: "\n").first { $0.hasPrefix("gauntlet: run ") }
                .map { String($0.dropFirst("gauntlet: run ".count).prefix { $0 != " " }) }
        }
    }

    /// Runs to completion (bounded by `timeout`), with `input` on its stdin and `environment`
    /// added to the test's own.
    public static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:],
                           timeout: TimeInterval = 300) async throws -> Output {
        await finish(try start(arguments, input: input, environment: environment), timeout: timeout)
    }

    /// Runs another program from the repository root the same way, e.g. a script:
    /// `run(program: "/usr/bin/env", ["python3", "scripts/compare-leaderboards", a, b])`.
    public static func run(program: String, _ arguments: [String], timeout: TimeInterval = 300) async throws -> Output {
        await finish(try start(program: program, arguments, input: "", environment: [:]), timeout: timeout)
    }

    /// Waits with `Task.sleep`, never blocking a thread: the cooperative pool has one thread
    /// per core, and tests that blocked it for a whole run starved the servers of other
    /// tests running at the same time (their requests timed out).
    private static func finish(_ running: Running, timeout: TimeInterval) async -> Output {
        let deadline = Date().addingTimeInterval(timeout)
        while running.process.isRunning && Date() < deadline { try? await Task.sleep(for: .milliseconds(50)) }
        if running.process.isRunning { running.process.terminate() }
        running.process.waitUntilExit()
        return Output(status: running.process.terminationStatus, stdout: running.stdout(), stderr: running.stderr())
    }

    public struct Running {
        public let process: Process
        let out: String
        let err: String
        public func stdout() -> String { (try? String(contentsOfFile: out, encoding: .utf8)) ?? "" }
        public func stderr() -> String { (try? String(contentsOfFile: err, encoding: .utf8)) ?? "" }
    }

    /// Starts the binary with `input` on its stdin (then end of file), its output going to files.
    public static func start(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> Running {
        try start(program: try BuiltProduct.gauntlet.path(), arguments, input: input, environment: environment)
    }

    private static func start(program: String, _ arguments: [String], input: String, environment extra: [String: String]) throws -> Running {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Checkout.root)
        var environment = ProcessInfo.processInfo.environment
        environment["CI"] = "1"  // plain progress lines
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let (stdin, out, err) = (TemporaryFolder.path("in"), TemporaryFolder.path("out"), TemporaryFolder.path("err"))
        // A file that cannot be created fails loudly below, when it is opened.
        _ = FileManager.default.createFile(atPath: stdin, contents: Data(input.utf8))
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        _ = FileManager.default.createFile(atPath: err, contents: nil)
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: stdin))
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        try process.run()
        return Running(process: process, out: out, err: err)
    }

    /// A leaderboard path in a fresh temporary location.
    public static func temporaryDatabase() -> String {
        TemporaryFolder.path("test", fileExtension: "sqlite")
    }
}
