import Foundation
import GauntletTesting
import Leaderboard
import Testing

// Nested in HarnessSuites (left unindented to keep the diff small): see HarnessSuites.swift.
extension HarnessSuites {
/// `gauntlet run --stream` end to end, through the real binary: one persistent agent
/// process over a stream of game episodes in real sandbox instances.
@Suite(.serialized) struct StreamRunTests {
    static let streamAgent = "python3 examples/agents/stream_agent.py"

    /// A small agent that logs every message it receives to stderr (its type and the
    /// stream fields, one compact JSON line each, prefixed `got `), plays `stop [N/A]` at once, and, when `CRASH_AT` is set, exits
    /// with status 3 on receiving the episode with that index.
    static func recordingAgent(crashAt: Int? = nil, chatterAfterEnd: Bool = false) throws -> String {
        let dir = URL(fileURLWithPath: try TemporaryFolder.make("stream-agent"))
        let script = """
            import json, os, sys
            crash_at = \(crashAt.map(String.init) ?? "None")
            chatter = \(chatterAfterEnd ? "True" : "False")
            for line in sys.stdin:
                message = json.loads(line)
                # Short lines: the stored stderr tail is capped, and observations are long.
                kept = {k: message[k] for k in ("type", "mode", "revealed", "status", "score", "feedback") if k in message}
                if "episode" in message:
                    kept["index"] = message["episode"].get("index")
                sys.stderr.write("got " + json.dumps(kept, separators=(",", ":")) + "\\n")
                sys.stderr.flush()
                kind = message["type"]
                if kind == "hello":
                    print(json.dumps({"type": "ready", "agent": "recorder", "version": str(os.getpid())}), flush=True)
                elif kind == "episode":
                    if crash_at is not None and message["episode"]["index"] == crash_at:
                        os._exit(3)
                    print(json.dumps({"type": "action", "action": "stop [N/A]"}), flush=True)
                elif kind == "observation":
                    print(json.dumps({"type": "action", "action": "stop [N/A]"}), flush=True)
                elif kind == "episode_end" and chatter:
                    chatter = False
                    print(json.dumps({"type": "action", "action": "look"}), flush=True)
                elif kind == "bye":
                    break
            """
        let path = dir.appendingPathComponent("recorder.py").path
        try Data(script.utf8).write(to: URL(fileURLWithPath: path))
        return "python3 \(path)"
    }

    func streamEpisodes(_ board: Leaderboard, _ run: String) throws -> [EpisodeRecord] {
        try board.episodes(runID: run).map(\.record).sorted { ($0.streamIndex ?? -1, $0.attempt) < ($1.streamIndex ?? -1, $1.attempt) }
    }

    @Test func aStreamStoresEveryEpisodeInOrderAndRevealsEachOutcome() async throws {
        let db = GauntletProcess.temporaryDatabase()
        let output = try await GauntletProcess.run(["run", "--stream", "--agent", try Self.recordingAgent(), "--db", db,
                                              "--suite", "crafting", "--limit", "3", "--epochs", "2"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("(stream; agent restarts: 0)"))
        let id = try #require(output.runID)
        let board = try Leaderboard(existingAt: db)
        #expect(try board.run(id: id).mode == .stream)
        let episodes = try streamEpisodes(board, id)
        #expect(episodes.map(\.streamIndex) == [0, 1, 2, 3, 4, 5])
        #expect(episodes.map(\.epoch) == [0, 0, 0, 1, 1, 1])
        #expect(Array(episodes.prefix(3).map(\.taskID)) == Array(episodes.suffix(3).map(\.taskID)))
        #expect(episodes.allSatisfy { $0.agentProcess == 1 })
        // Every episode's steps are stored as in a normal run.
        for stored in try board.episodes(runID: id) {
            #expect(try board.steps(episodeID: stored.id).count == stored.record.steps)
        }
        // One process saw one hello and every episode end, revealed, in order.
        let log = try #require(episodes.last?.stderrTail)
        let got = log.split(separator: "\n").filter { $0.hasPrefix("got ") }.map { $0.dropFirst(4) }
        #expect(got.filter { $0.contains("\"type\":\"hello\"") }.count == 1)
        #expect(got.first?.contains("\"mode\":\"stream\"") == true)
        let ends = got.filter { $0.contains("\"type\":\"episode_end\"") }
        // The last end is revealed after this episode's stderr was stored; stderr is read on
        // its own thread, so the line just before the last action may not be in yet.
        #expect(ends.count == 4 || ends.count == 5, "\(ends)")
        #expect(ends.allSatisfy { $0.contains("\"revealed\":true") && $0.contains("\"status\":\"") && $0.contains("\"feedback\":\"") })
        for (i, end) in ends.enumerated() {
            #expect(end.contains("\"status\":\"\(episodes[i].status.rawValue)\""), "\(end)")
        }
        let indices = got.filter { $0.contains("\"type\":\"episode\"") }.map { line in
            line.range(of: "\"index\":").map { line[$0.upperBound...].prefix { $0.isNumber } }.map(String.init) ?? ""
        }
        #expect(indices.count >= 5 && indices == Array(["0", "1", "2", "3", "4", "5"].prefix(indices.count)))

        let report = try await GauntletProcess.run(["leaderboard", "--db", db])
        #expect(report.stdout.contains("Learning (stream runs"), "\(report.stdout)")
    }

    @Test func theSameSeedGivesTheSameShuffledStream() async throws {
        let db = GauntletProcess.temporaryDatabase()
        var orders: [[String]] = []
        for seed in ["11", "11", "12"] {
            let output = try await GauntletProcess.run(["run", "--stream", "--shuffle", "--seed", seed, "--agent", Self.streamAgent,
                                                  "--db", db, "--suite", "crafting", "--limit", "4", "--epochs", "2"])
            #expect(output.status == 0, "\(output.stderr)")
            let id = try #require(output.runID)
            let board = try Leaderboard(existingAt: db)
            orders.append(try streamEpisodes(board, id).map { "\($0.taskID)#\($0.epoch) \($0.status.rawValue)" })
        }
        #expect(orders[0].count == 8)
        #expect(orders[0] == orders[1])
        #expect(orders[0] != orders[2], "another seed, another order (the chance of the same one is 1 in 8!)")
    }

    @Test func anAgentThatCrashesMidStreamFailsThatEpisodeAndTheStreamGoesOnWithAFreshProcess() async throws {
        let db = GauntletProcess.temporaryDatabase()
        let output = try await GauntletProcess.run(["run", "--stream", "--agent", try Self.recordingAgent(crashAt: 1), "--db", db,
                                              "--suite", "crafting", "--limit", "4"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("agent restarts: 1"), "\(output.stdout)")
        let id = try #require(output.runID)
        let episodes = try streamEpisodes(try Leaderboard(existingAt: db), id)
        #expect(episodes.map(\.streamIndex) == [0, 1, 2, 3])
        #expect(episodes[1].status == .agentError, "\(episodes[1].reason)")
        #expect(episodes.map(\.agentProcess) == [1, 1, 2, 2])
        #expect(episodes[0].status != .agentError && episodes[2].status != .agentError && episodes[3].status != .agentError)
        // The fresh process starts with its own hello.
        let log = episodes[3].stderrTail.split(separator: "\n").filter { $0.hasPrefix("got ") }
        #expect(log.first?.contains("\"type\":\"hello\"") == true)
        #expect(log.filter { $0.contains("\"type\":\"episode\"") }.first?.contains("\"index\":2") == true)
    }

    /// A line after `episode_end` races the next `episode`: seen before it, it is a
    /// protocol violation (the process is replaced, or the next episode fails with
    /// `protocol_error`); arriving after it, it reads as the reply. Whichever happens, the
    /// stream must go on in order and charge nothing to the sandbox.
    @Test func aLineAfterEpisodeEndNeverDerailsTheStream() async throws {
        let db = GauntletProcess.temporaryDatabase()
        let output = try await GauntletProcess.run(["run", "--stream", "--agent", try Self.recordingAgent(chatterAfterEnd: true), "--db", db,
                                              "--suite", "crafting", "--limit", "3"])
        #expect(output.status == 0, "\(output.stderr)")
        let id = try #require(output.runID)
        let episodes = try streamEpisodes(try Leaderboard(existingAt: db), id)
        #expect(episodes.map(\.streamIndex) == [0, 1, 2])
        #expect(episodes.allSatisfy { $0.status == .failure || $0.status == .protocolError }, "\(episodes.map(\.status))")
        let processes = episodes.compactMap(\.agentProcess)
        #expect(processes.count == 3 && processes == processes.sorted())
        for (i, episode) in episodes.enumerated().dropLast() where episode.status == .protocolError {
            #expect(processes[i + 1] > processes[i], "a process that broke the protocol is replaced")
        }
    }

    @Test func resumingAKilledStreamPlaysTheMissingIndicesInOrderWithAFreshProcess() async throws {
        let db = GauntletProcess.temporaryDatabase()
        let running = try GauntletProcess.start(["run", "--stream", "--agent", Self.streamAgent, "--db", db,
                                                 "--suite", "crafting", "--limit", "4", "--epochs", "3"])
        await waitUntilRecorded(3, in: db, while: running)
        #expect(running.process.isRunning, "the stream finished before it could be killed: \(running.stderr())")
        kill(running.process.processIdentifier, SIGKILL)
        running.process.waitUntilExit()

        let board = try Leaderboard(existingAt: db)
        let run = try #require(try board.runs().first, "\(running.stderr())")
        let before = try streamEpisodes(board, run.id)
        #expect(before.count >= 3 && before.count < 12)
        let resumed = try await GauntletProcess.run(["run", "--resume", run.id, "--db", db])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let after = try streamEpisodes(board, run.id).filter { $0.status != .sandboxError }
        #expect(after.map(\.streamIndex) == Array(0..<12).map(Optional.some))
        #expect(try board.run(id: run.id).mode == .stream)
        // The resumed part was played by the new harness's first process.
        #expect(after.dropFirst(before.count).allSatisfy { $0.agentProcess == 1 })
    }
}
}
