import Foundation

/// The built `gauntlet` binary, run as a child process the way users run it.
enum GauntletProcess {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardized

    static var binary: String {
        root.appendingPathComponent(".build/debug/gauntlet").path
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs to completion (bounded by `timeout`).
    static func run(_ arguments: [String], environment: [String: String] = [:], timeout: TimeInterval = 300) throws -> Output {
        let process = try start(arguments, environment: environment)
        let deadline = Date().addingTimeInterval(timeout)
        while process.process.isRunning && Date() < deadline { usleep(50_000) }
        if process.process.isRunning { process.process.terminate() }
        process.process.waitUntilExit()
        return Output(status: process.process.terminationStatus, stdout: process.stdout(), stderr: process.stderr())
    }

    struct Running {
        let process: Process
        let out: URL
        let err: URL
        func stdout() -> String { (try? String(contentsOf: out, encoding: .utf8)) ?? "" }
        func stderr() -> String { (try? String(contentsOf: err, encoding: .utf8)) ?? "" }
    }

    static func start(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Running {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = root
        var environment = ProcessInfo.processInfo.environment
        environment["CI"] = "1"  // plain progress lines
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("gauntlet-out-\(UUID().uuidString)")
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("gauntlet-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        return Running(process: process, out: out, err: err)
    }

    static func temporaryDatabase() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("gauntlet-test-\(UUID().uuidString).sqlite").path
    }
}
