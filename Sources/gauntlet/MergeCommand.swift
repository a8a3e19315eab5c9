import ArgumentParser
import Foundation
import Harness
import Leaderboard
import Tasks
import Vocabulary

struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the shard databases of a run (gauntlet run --shard I/N) into one run.",
        discussion: """
            Reads every shard run in the SHARD databases (or only those given with --run), \
            refuses shards of different configurations (agent hash, suites and their \
            checksums, seed, harness version, options), and writes one run into OUT whose \
            episodes are the shards' together: the unsharded run's. Planned episodes that no \
            shard recorded, and episodes that two shards recorded, are listed. Merging again \
            replaces the earlier merge, so it is idempotent; a missing shard can be run and \
            merged in later. Exits 1 when episodes are missing. (docs/scale-out.md)
            """
    )

    @Argument(help: "The database to write the merged run into (created when missing).")
    var out: String

    @Argument(help: "The shard databases (one or more; a shared database may hold every shard).")
    var shardDatabases: [String]

    @Option(name: .customLong("run"), help: "Only these shard runs (repeatable; default: every shard run in the databases).")
    var runIDs: [String] = []

    @OptionGroup var location: TasksCommand.Location

    func validate() throws {
        if shardDatabases.isEmpty { throw ValidationError("give at least one shard database after OUT") }
    }

    func run() async throws {
        var shards: [ShardRun] = []
        var settings: [String: RunCommand.Settings] = [:]
        for database in shardDatabases {
            let board = try LeaderboardLocation.open(database)
            var found = 0
            for run in try board.runs() where runIDs.isEmpty || runIDs.contains(run.id) {
                let stored = try RunCommand.Settings.restore(runID: run.id, from: board)
                guard let text = stored.shard else { continue }
                let shard: Shard
                do { shard = try Shard(parsing: text) } catch {
                    throw CommandError("\(database) run \(run.id): config_json field shard: \(error)")
                }
                shards.append(ShardRun(board: board, run: run, shard: shard))
                settings[run.id] = stored
                found += 1
            }
            if found == 0 {
                throw CommandError("\(database) holds no shard run\(runIDs.isEmpty ? "" : " among --run \(runIDs.joined(separator: ", "))") (shards are made with gauntlet run --shard I/N)")
            }
        }
        try ShardMerge.check(shards)
        // The configuration without the shard is the unsharded run's; every shard must have it.
        var whole: [String: RunCommand.Settings] = [:]
        for shard in shards {
            var unsharded = settings[shard.run.id]
            unsharded?.shard = nil
            whole[shard.run.id] = unsharded
        }
        let first = shards[0]
        guard let reference = whole[first.run.id] else { throw CommandError("\(first.label): no configuration") }
        let referenceJSON = try reference.json()
        for shard in shards.dropFirst() {
            let json = try whole[shard.run.id]?.json() ?? "none"
            if json != referenceJSON {
                throw CommandError("not shards of one run: the configuration differs between \(first.label) (\(referenceJSON)) and \(shard.label) (\(json))")
            }
        }

        let planned = try plannedEpisodes(reference, recorded: first.run.suites)
        let board: Leaderboard
        do { board = try Leaderboard(path: try LeaderboardLocation.path(out)) } catch let error as LeaderboardError {
            throw CommandError(error.description)
        }
        let result = try ShardMerge.merge(shards, configurationJSON: referenceJSON, planned: planned, into: board)
        let counts = Set(shards.map(\.shard.index)).count
        say("Merged \(shards.count) shard run(s) (\(counts) of \(first.shard.count) shards) into \(board.path) as run \(result.runID): "
            + "\(result.episodes) of \(planned.count) planned episodes" + (result.replaced ? " (replacing the earlier merge)" : ""))
        for (key, runs) in result.duplicates.sorted(by: { $0.key < $1.key }) {
            say("  duplicate \(key): recorded by \(runs.joined(separator: ", ")); kept \(runs[0])'s")
        }
        for key in result.missing { say("  missing \(key)") }
        if !result.missing.isEmpty {
            let absent = (0..<first.shard.count).filter { index in !shards.contains { $0.shard.index == index } }
            say("\(result.missing.count) planned episode(s) missing" + (absent.isEmpty ? "; resume the shard runs that were cut short"
                : "; shards not given: " + absent.map { "\($0)/\(first.shard.count)" }.joined(separator: ", "))
                + ", then merge again")
            throw ExitCode.failure
        }
    }

    /// The unsharded plan, from the suites as they are now, which must be those the shards ran.
    private func plannedEpisodes(_ settings: RunCommand.Settings, recorded: [SuiteReference]) throws -> [EpisodeKey] {
        var suites: [Suite] = []
        for name in settings.suites {
            let result = try location.load(suite: name)
            guard result.problems.isEmpty else { throw CommandError("suite \(name) has \(result.problems.count) problem(s)") }
            suites += result.suites
        }
        for suite in suites {
            guard let ran = recorded.first(where: { $0.name == suite.name }), ran.checksum == suite.checksum else {
                throw CommandError("suite \(suite.name) in \(location.directory) is not the one the shards ran (checksum \(suite.checksum), "
                                   + "recorded \(recorded.first { $0.name == suite.name }?.checksum ?? "none")); merge with the tasks they ran (--tasks-dir)")
            }
        }
        return Evaluation.plannedEpisodes(suites: suites, epochs: settings.epochs, seed: settings.seed,
                                          include: settings.include, limit: settings.limit)
    }
}
