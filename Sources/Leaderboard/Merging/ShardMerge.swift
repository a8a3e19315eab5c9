import Foundation
import Vocabulary

/// One shard's run, where it is stored and which part of the plan it played.
public struct ShardRun: Sendable {
    public let board: Leaderboard
    public let run: RunRecord
    public let shard: Shard

    public init(board: Leaderboard, run: RunRecord, shard: Shard) {
        self.board = board
        self.run = run
        self.shard = shard
    }

    /// `path run-id (shard I/N)`: how messages name it.
    public var label: String { "\(board.path) \(run.id) (shard \(shard))" }
}

/// What a merge did: the merged run, and the planned episodes that no shard played or
/// that more than one did.
public struct MergeResult: Sendable, Equatable {
    public var runID: String
    public var episodes: Int
    /// Planned episodes that no shard recorded, in plan order.
    public var missing: [EpisodeKey]
    /// Episodes recorded by more than one shard run, with the runs that did; the first is kept.
    public var duplicates: [EpisodeKey: [String]]
    /// Whether an earlier merge of the same shards was replaced.
    public var replaced: Bool
}

/// Joins the shards of one run into one run: the shards must agree on everything that
/// makes episodes comparable, and together they must add up to the plan. The merged
/// run's id depends only on the shards, and a merge replaces an earlier one with that
/// id in one transaction, so merging again, or again after a missing shard finished,
/// gives the same single run.
public enum ShardMerge {
    /// Refuses shards that are not parts of one configuration, naming both runs and the field.
    public static func check(_ shards: [ShardRun]) throws {
        guard let first = shards.first else { throw LeaderboardError.invalidRecord(field: "shards", reason: "no shard run to merge") }
        for other in shards.dropFirst() {
            func same<T: Equatable>(_ field: String, _ value: (ShardRun) -> T) throws {
                let (a, b) = (value(first), value(other))
                if a != b {
                    throw LeaderboardError.mismatchedShards(
                        field: field, first: first.label, firstValue: "\(a)", other: other.label, otherValue: "\(b)")
                }
            }
            try same("shard count") { $0.shard.count }
            try same("agent command") { $0.run.agentCommand }
            try same("agent hash") { $0.run.agentSHA256 }
            try same("harness version") { $0.run.harnessVersion }
            try same("suites") { $0.run.suites.map { "\($0.name) \($0.version) \($0.checksum)" }.joined(separator: ", ") }
            try same("seed") { $0.run.seed }
            try same("epochs") { $0.run.epochs }
            try same("network mode") { $0.run.networkMode }
            try same("mode") { $0.run.mode.rawValue }
        }
    }

    /// Merges `shards` (checked with `check`) into `out` as one run whose configuration is
    /// `configurationJSON` (the unsharded run's) and whose plan is `planned`.
    public static func merge(_ shards: [ShardRun], configurationJSON: String, planned: [EpisodeKey],
                             into out: Leaderboard) throws -> MergeResult {
        try check(shards)
        let ordered = shards.sorted { ($0.shard.index, $0.run.startedAt, $0.run.id) < ($1.shard.index, $1.run.startedAt, $1.run.id) }
        let first = ordered[0].run
        var owner: [EpisodeKey: String] = [:]
        var duplicates: [EpisodeKey: [String]] = [:]
        var kept: [EpisodeKey: [(board: Leaderboard, episode: StoredEpisode)]] = [:]
        for shard in ordered {
            let episodes = try shard.board.episodes(runID: shard.run.id)
            for key in Set(episodes.map(\.record.key)).sorted() {
                if let earlier = owner[key] {
                    duplicates[key, default: [earlier]].append(shard.run.id)
                    continue
                }
                owner[key] = shard.run.id
                kept[key] = episodes.filter { $0.record.key == key }.map { (shard.board, $0) }
            }
        }
        let missing = planned.filter { kept[$0] == nil }
        let runID = mergedID(ordered.map(\.run))
        let allFinished = ordered.allSatisfy { $0.run.status == .finished && $0.run.finishedAt != nil }
        var merged = first
        merged.id = runID
        merged.configurationJSON = configurationJSON
        merged.agentName = ordered.compactMap(\.run.agentName).first
        merged.agentVersion = ordered.compactMap(\.run.agentVersion).first
        merged.machine.hostname = Set(ordered.map(\.run.machine.hostname)).sorted().joined(separator: ",")
        merged.startedAt = ordered.map(\.run.startedAt).min() ?? first.startedAt
        merged.finishedAt = allFinished ? ordered.compactMap(\.run.finishedAt).max() : nil
        merged.status = missing.isEmpty && allFinished ? .finished : .interrupted

        var records: [(EpisodeRecord, [StepRecord])] = []
        for key in kept.keys.sorted() {
            for (board, stored) in kept[key] ?? [] {
                guard var full = try board.episode(id: stored.id) else { continue }
                full.record.runID = runID
                records.append((full.record, try board.steps(episodeID: stored.id)))
            }
        }
        let prepared = try records.map { try PreparedEpisode(episode: $0.0, steps: $0.1) }
        let replaced = try out.replaceRun(merged, episodes: prepared)
        return MergeResult(runID: runID, episodes: kept.count, missing: missing, duplicates: duplicates, replaced: replaced)
    }

    /// `run-…-merged`, named as the earliest shard's run would be without its shard: the
    /// same shards merge into the same id, and so do they once a missing one is added.
    static func mergedID(_ runs: [RunRecord]) -> String {
        let earliest = runs.min { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) } ?? runs[0]
        return RunRecord.makeID(name: earliest.name, agentCommand: earliest.agentCommand, seed: earliest.seed,
                                startedAt: earliest.startedAt) + "-merged"
    }
}
