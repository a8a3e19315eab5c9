import Harness
import Leaderboard

/// `--record`: every ended episode of every session goes to the leaderboard under the
/// server's one run, like `gauntlet run`'s, numbered by epoch per task and seed.
public actor EpisodeRecorder {
    public let leaderboard: Leaderboard
    public let runID: String
    private var epochs: [String: Int] = [:]

    public init(leaderboard: Leaderboard, runID: String) {
        self.leaderboard = leaderboard
        self.runID = runID
    }

    func record(_ episode: DrivenEpisode, shaped: Bool) async throws {
        let key = "\(episode.task.id)#\(episode.seed)"
        let epoch = epochs[key, default: 0]
        epochs[key] = epoch + 1
        try await episode.record(in: leaderboard, runID: runID, epoch: epoch, metrics: ["shaped_reward": shaped ? 1 : 0])
    }
}
