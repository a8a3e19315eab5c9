import Foundation
import GauntletTesting
import Leaderboard
import Testing

/// An agent that cannot start, through the real binary: the reason and its fix on the
/// console at once, and a non-zero exit (docs/protocol.md, §9).
@Suite(.serialized) struct AgentStartTests {
    /// A folder holding only `file`, with `body` as its content (executable).
    static func agentFolder(_ file: String, _ body: String) throws -> String {
        let dir = try TemporaryFolder.make("agent")
        let path = dir + "/" + file
        try body.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    @Test func anAgentBesideTheCheckoutIsRefusedBeforeAnyEpisodeWithTheFix() async throws {
        // The checkout's parent folder: showing it to the agent would show tasks/ too.
        let parent = URL(fileURLWithPath: Checkout.root).deletingLastPathComponent().path
        let script = parent + "/gauntlet-test-agent-\(UUID().uuidString).py"
        try "print('never run')\n".write(toFile: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: script) }
        let db = GauntletProcess.temporaryDatabase()
        let output = try await GauntletProcess.run(["run", "--agent", "python3 \(script)", "--db", db, "--limit", "2"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("the agent cannot start, so no episode was run: agent directory '\(parent)' would expose the protected path"),
                "\(output.stderr)")
        #expect(output.stderr.contains("Fix: move the agent into a folder of its own"))
        #expect(try Leaderboard(existingAt: db).runs().isEmpty)
    }

    @Test func aMissingScriptIsRefusedBeforeAnyEpisode() async throws {
        let output = try await GauntletProcess.run(["run", "--agent", "python3 examples/agents/no_such_agent.py",
                                              "--db", GauntletProcess.temporaryDatabase(), "--limit", "2"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("the agent script 'examples/agents/no_such_agent.py' does not exist"), "\(output.stderr)")
        #expect(output.stderr.contains("Fix: "))
    }

    @Test func anAgentThatDiesBeforeItsHandshakeIsReportedOnceAndTheRunFails() async throws {
        let agent = try Self.agentFolder("crash.sh", "#!/bin/sh\necho 'ImportError: no module named openai' >&2\nexit 3\n")
        let db = GauntletProcess.temporaryDatabase()
        let output = try await GauntletProcess.run(["run", "--agent", agent, "--db", db, "--limit", "3", "--concurrency", "1"])
        #expect(output.status == 1, "\(output.stderr)")
        let reports = output.stderr.components(separatedBy: "gauntlet: the agent could not start").count - 1
        #expect(reports == 1, "\(output.stderr)")
        #expect(output.stderr.contains("exited with code 3"))
        #expect(output.stderr.contains("ImportError: no module named openai"))
        #expect(output.stderr.contains("the agent never started: all 3 episodes failed before its handshake"))
        // The episodes are still recorded, with the documented status.
        let board = try Leaderboard(existingAt: db)
        let run = try #require(try board.runs().first)
        #expect(try board.episodes(runID: run.id).map(\.record.status) == [.agentError, .agentError, .agentError])
    }

    @Test func theProgressLineHasALegendAndLabelsItsCounts() async throws {
        let output = try await GauntletProcess.run(["run", "--agent", "python3 examples/agents/noop_agent.py",
                                              "--db", GauntletProcess.temporaryDatabase(), "--limit", "2"])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("progress: [episodes done/planned] passed so far") })
        let progress = lines.filter { $0.hasPrefix("[") }
        #expect(progress.count == 2)
        #expect(progress.allSatisfy { $0.contains(" passed ") && $0.contains(" · last: ") && $0.contains(" → ") })
    }
}
