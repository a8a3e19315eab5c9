import Foundation
import GauntletTesting
import Leaderboard
import Testing

// Nested in HarnessSuites (left unindented to keep the diff small): see HarnessSuites.swift.
extension HarnessSuites {
/// Sharded runs through the real binary: shards played as separate processes (the
/// Kubernetes Indexed Job contract: JOB_COMPLETION_INDEX=0…N-1), merged into one run equal
/// to the unsharded run with the same seed.
@Suite(.serialized) struct ShardRunTests {
    static let agent = RunLoopTests.randomAgent
    static let selection = ["--seed", "7", "--epochs", "2", "--limit", "5"]

    static func run(_ arguments: [String], environment: [String: String] = [:]) async throws -> GauntletProcess.Output {
        let output = try await GauntletProcess.run(["run", "--agent", agent, "--quiet"] + selection + arguments, environment: environment)
        #expect(output.status == 0, "\(arguments): \(output.stderr)")
        return output
    }

    static func merge(_ arguments: [String]) async throws -> GauntletProcess.Output {
        try await GauntletProcess.run(["merge"] + arguments)
    }

    /// The leaderboard and report of a database, with what differs between any two runs
    /// (run ids, times, durations, paths, the loopback port) blanked.
    static func views(_ db: String) async throws -> (leaderboard: String, report: String) {
        let table = try await GauntletProcess.run(["leaderboard", "--db", db, "--format", "json"])
        #expect(table.status == 0, "\(table.stderr)")
        let out = TemporaryFolder.path("report")
        let report = try await GauntletProcess.run(["report", "--db", db, "--out", out])
        #expect(report.status == 0, "\(report.stderr)")
        let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
        return (blank(table.stdout, db), blank(markdown, db))
    }

    static func blank(_ text: String, _ db: String) -> String {
        var text = text.replacingOccurrences(of: db, with: "DB")
        for (pattern, replacement) in [
            (#"run-[0-9]{8}-[0-9]{6}-[0-9a-f]{4}(-merged)?"#, "RUN"),
            (#"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9:.]+Z?"#, "TIME"),
            (#"localhost:[0-9]+"#, "localhost:PORT"),
            (#"\"(wall|mean_wall|median_wall)[a-z_]*\" *: *[0-9.e+-]+"#, "WALL"),
            (#"[0-9.]+ ?(ms|s) (wall|per episode)"#, "WALL"),
        ] {
            text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        return text
    }

    @Test func shardsFromJobCompletionIndexMergeIntoTheUnshardedRun() async throws {
        let whole = GauntletProcess.temporaryDatabase()
        _ = try await Self.run(["--db", whole, "--concurrency", "3"])
        let shards = (0..<3).map { _ in GauntletProcess.temporaryDatabase() }
        for (index, db) in shards.enumerated() {
            _ = try await Self.run(["--db", db, "--shard", "auto", "--shards", "3"], environment: ["JOB_COMPLETION_INDEX": "\(index)"])
        }
        let sizes = try shards.map { db in try Leaderboard(existingAt: db).runs().map { try Leaderboard(existingAt: db).episodes(runID: $0.id).count } }
        #expect(sizes.allSatisfy { $0.count == 1 }, "one run per shard database")
        #expect(sizes.map { $0[0] }.reduce(0, +) == 10, "5 tasks × 2 epochs, split: \(sizes)")

        let out = GauntletProcess.temporaryDatabase()
        let merged = try await Self.merge([out] + shards)
        #expect(merged.status == 0, "\(merged.stdout)\(merged.stderr)")
        #expect(merged.stdout.contains("10 of 10 planned episodes"), "\(merged.stdout)")
        let same = try await RunLoopTests.compare(whole, out)
        #expect(same.status == 0, "\(same.stdout)\(same.stderr)")
        #expect(same.stdout.contains("identical: 1 run(s), 10 episode(s)"), "\(same.stdout)")
        let (a, b) = (try await Self.views(whole), try await Self.views(out))
        #expect(a.leaderboard == b.leaderboard)
        #expect(a.report == b.report)
        let run = try #require(try Leaderboard(existingAt: out).runs().first)
        #expect(run.status == .finished)
        #expect(run.configurationJSON == (try Leaderboard(existingAt: whole).runs().first?.configurationJSON))

        // Idempotent: merging again replaces the merge with the same run and episodes.
        let again = try await Self.merge([out] + shards)
        #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        #expect(again.stdout.contains("(replacing the earlier merge)"), "\(again.stdout)")
        let board = try Leaderboard(existingAt: out)
        #expect(try board.runs().map(\.id) == [run.id])
        let twice = try await RunLoopTests.compare(whole, out)
        #expect(twice.status == 0, "\(twice.stdout)")
    }

    @Test func missingShardsDuplicatesAndOtherConfigurationsAreReported() async throws {
        let shards = (0..<3).map { _ in GauntletProcess.temporaryDatabase() }
        for (index, db) in shards.enumerated() { _ = try await Self.run(["--db", db, "--shard", "\(index)/3"]) }
        let out = GauntletProcess.temporaryDatabase()

        let partial = try await Self.merge([out, shards[0], shards[1]])
        #expect(partial.status == 1, "\(partial.stdout)\(partial.stderr)")
        let missing = try Leaderboard(existingAt: shards[2]).runs().flatMap { try Leaderboard(existingAt: shards[2]).episodes(runID: $0.id) }
        #expect(!missing.isEmpty)
        for episode in missing { #expect(partial.stdout.contains("  missing \(episode.record.key)"), "\(partial.stdout)") }
        #expect(partial.stdout.contains("shards not given: 2/3, then merge again"), "\(partial.stdout)")
        #expect(try Leaderboard(existingAt: out).runs().first?.status == .interrupted)

        // The missing shard added later completes the same merged run.
        let complete = try await Self.merge([out] + shards)
        #expect(complete.status == 0, "\(complete.stdout)")
        #expect(try Leaderboard(existingAt: out).runs().map(\.status) == [.finished])

        let rerun = GauntletProcess.temporaryDatabase()
        _ = try await Self.run(["--db", rerun, "--shard", "0/3"])
        let duplicated = try await Self.merge([GauntletProcess.temporaryDatabase()] + shards + [rerun])
        #expect(duplicated.status == 0, "\(duplicated.stdout)\(duplicated.stderr)")
        let first = try Leaderboard(existingAt: shards[0]).runs()[0].id
        let second = try Leaderboard(existingAt: rerun).runs()[0].id
        let keys = try Leaderboard(existingAt: rerun).episodes(runID: second).map(\.record.key)
        for key in keys {
            #expect(duplicated.stdout.contains("  duplicate \(key): recorded by \(first), \(second); kept \(first)'s"), "\(duplicated.stdout)")
        }

        let otherSeed = GauntletProcess.temporaryDatabase()
        let output = try await GauntletProcess.run(["run", "--agent", Self.agent, "--quiet", "--seed", "8", "--epochs", "2", "--limit", "5",
                                                    "--db", otherSeed, "--shard", "1/3"])
        #expect(output.status == 0, "\(output.stderr)")
        let refused = try await Self.merge([GauntletProcess.temporaryDatabase(), shards[0], otherSeed])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("not shards of one run: the seed differs between \(shards[0]) \(first) (shard 0/3) ('7') and \(otherSeed)"),
                "\(refused.stderr)")
    }

    /// `kill -9` of a shard, then `--resume` of that shard: the merge has every episode once.
    @Test func aKilledShardResumesAndMergesWhole() async throws {
        let db = GauntletProcess.temporaryDatabase()
        let running = try GauntletProcess.start(["run", "--agent", Self.agent, "--db", db, "--epochs", "48", "--limit", "1",
                                                 "--concurrency", "1", "--shard", "0/2"])
        await waitUntilRecorded(2, in: db, while: running)
        #expect(running.process.isRunning, "the shard ended before it could be killed: \(running.stderr())")
        kill(running.process.processIdentifier, SIGKILL)
        running.process.waitUntilExit()
        let board = try Leaderboard(existingAt: db)
        let run = try #require(try board.runs().first)
        let before = try board.episodes(runID: run.id).map(\.record.key)

        let resumed = try await GauntletProcess.run(["run", "--resume", run.id, "--db", db, "--concurrency", "2"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let other = GauntletProcess.temporaryDatabase()
        let second = try await GauntletProcess.run(["run", "--agent", Self.agent, "--db", other, "--epochs", "48", "--limit", "1", "--shard", "1/2"])
        #expect(second.status == 0, "\(second.stderr)")
        let after = try board.episodes(runID: run.id).map(\.record).filter { $0.status != .sandboxError }.map(\.key)
        #expect(Set(before).isSubset(of: Set(after)), "nothing recorded before the kill was lost or replayed")
        #expect(Set(after).count == after.count)

        let out = GauntletProcess.temporaryDatabase()
        let merged = try await Self.merge([out, db, other])
        #expect(merged.status == 0, "\(merged.stdout)\(merged.stderr)")
        #expect(merged.stdout.contains("48 of 48 planned episodes"), "\(merged.stdout)")
        #expect(!merged.stdout.contains("duplicate"))
    }

    /// Eight shard processes at once into ONE SQLite file: every planned episode exactly once.
    @Test func eightConcurrentShardsIntoOneSQLiteFileLoseAndDuplicateNothing() async throws {
        let db = GauntletProcess.temporaryDatabase()
        try await Self.eightConcurrentShards(into: db)
    }

    /// The same into ONE PostgreSQL database (a real server on 127.0.0.1), which then serves
    /// merge, leaderboard, report and rescore as a file does.
    @Test func eightConcurrentShardsIntoOnePostgresDatabaseLoseAndDuplicateNothing() async throws {
        let server = try PostgresServer.start()
        defer { server.stop() }
        let url = try server.createDatabase("shards")
        try await Self.eightConcurrentShards(into: url)

        let merged = try await Self.merge([url, url])
        #expect(merged.status == 0, "\(merged.stdout)\(merged.stderr)")
        let board = try Leaderboard(existingAt: url)
        let run = try #require(try board.runs().first { $0.id.hasSuffix("-merged") })
        #expect(try board.episodes(runID: run.id).count == 24)
        let table = try await GauntletProcess.run(["leaderboard", "--db", url, "--all-runs"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains(run.id), "\(table.stdout)")
        let out = TemporaryFolder.path("report")
        let report = try await GauntletProcess.run(["report", "--db", url, "--run", run.id, "--out", out])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(FileManager.default.fileExists(atPath: out + "/index.html"))
        let rescored = try await GauntletProcess.run(["rescore", run.id, "--db", url])
        #expect(rescored.status == 0, "\(rescored.stdout)\(rescored.stderr)")
        #expect(rescored.stdout.contains("reproduced"), "\(rescored.stdout)")
    }

    static func eightConcurrentShards(into db: String) async throws {
        let processes = try (0..<8).map { index in
            try GauntletProcess.start(["run", "--agent", agent, "--quiet", "--db", db, "--seed", "7", "--epochs", "3", "--limit", "8",
                                       "--concurrency", "2", "--shard", "auto", "--shards", "8"],
                                      environment: ["JOB_COMPLETION_INDEX": "\(index)"])
        }
        for process in processes {
            while process.process.isRunning { try await Task.sleep(for: .milliseconds(50)) }
            #expect(process.process.terminationStatus == 0, "\(process.stderr())")
        }
        let out = GauntletProcess.temporaryDatabase()
        let merged = try await merge([out, db])
        #expect(merged.status == 0, "\(merged.stdout)\(merged.stderr)")
        #expect(merged.stdout.contains("Merged 8 shard run(s) (8 of 8 shards)"), "\(merged.stdout)")
        #expect(merged.stdout.contains("24 of 24 planned episodes"), "\(merged.stdout)")
        #expect(!merged.stdout.contains("duplicate") && !merged.stdout.contains("missing"), "\(merged.stdout)")
        let board = try Leaderboard(existingAt: out)
        let keys = try board.episodes(runID: try #require(try board.runs().first).id).map(\.record.key)
        #expect(Set(keys).count == 24)
    }
}
}
