import Foundation
import Vocabulary

/// A judge that is any executable speaking the JSON-lines judge protocol
/// (docs/judges.md). Each call starts the command with `/bin/sh -c exec` in the current
/// folder, writes the request as one line, closes its stdin, and reads one reply line;
/// a process per call keeps a judge that hangs or dies from affecting the next call.
public struct ProcessJudge: Judge {
    public let command: String
    public let timeoutSeconds: Double
    public let concurrency: Int

    public init(command: String, timeoutSeconds: Double, concurrency: Int) {
        self.command = command
        self.timeoutSeconds = timeoutSeconds
        self.concurrency = concurrency
    }

    public var identity: String { "process:\(command)" }

    public func call(_ request: JudgeRequest) async throws(JudgeFailure) -> JudgeReply {
        let output: String
        do {
            output = try await run(input: JSONWriter.encode(request.line(id: 1)) + "\n")
        } catch let failure as JudgeFailure {
            throw failure
        } catch {
            throw JudgeFailure("judge process: \(error)")
        }
        guard let line = output.split(separator: "\n", omittingEmptySubsequences: true).first else {
            throw JudgeFailure("judge process wrote no reply line")
        }
        let reply: JSONValue
        do {
            reply = try JSONParser.parse(String(line))
        } catch {
            throw JudgeFailure("judge reply is not JSON (\(error)): \(line.prefix(120))")
        }
        let usage = reply["usage"]
        let tokensIn = usage?["input_tokens"]?.intValue.map { Int($0) }
        let tokensOut = usage?["output_tokens"]?.intValue.map { Int($0) }
        let cost = usage?["cost_usd"]?.doubleValue
        if let error = reply["error"]?.stringValue {
            throw JudgeFailure("judge reported: \(error)", inputTokens: tokensIn, outputTokens: tokensOut, costUSD: cost)
        }
        guard let result = reply["output"] else {
            throw JudgeFailure("judge reply has no \"output\": \(line.prefix(120))", inputTokens: tokensIn, outputTokens: tokensOut, costUSD: cost)
        }
        return JudgeReply(output: result, inputTokens: tokensIn, outputTokens: tokensOut, costUSD: cost)
    }

    /// Runs the command on `input`, killing it past the timeout. Input and output go
    /// through files, so a large request never blocks on a full pipe.
    private func run(input: String) async throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gauntlet-judge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inPath = folder.appendingPathComponent("in.jsonl")
        let outPath = folder.appendingPathComponent("out.jsonl")
        try Data(input.utf8).write(to: inPath)
        FileManager.default.createFile(atPath: outPath.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // `exec`: the judge replaces the shell, so killing the process kills the judge.
        process.arguments = ["-c", "exec " + command]
        process.standardInput = try FileHandle(forReadingFrom: inPath)
        process.standardOutput = try FileHandle(forWritingTo: outPath)
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = ContinuousClock.now + .milliseconds(Int(timeoutSeconds * 1000))
        while process.isRunning {
            if ContinuousClock.now >= deadline {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                throw JudgeFailure("judge process timed out after \(timeoutSeconds) s")
            }
            try await Task.sleep(for: .milliseconds(5))
        }
        return String(decoding: try Data(contentsOf: outPath), as: UTF8.self)
    }
}
