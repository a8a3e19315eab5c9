import Foundation
import GauntletTesting
import Leaderboard

/// Waits (up to two minutes) while `running` runs until the first run in `db` has at least
/// `count` episodes recorded, so a test can stop the harness part-way; returns how many it saw.
@discardableResult
func waitUntilRecorded(_ count: Int, in db: String, while running: GauntletProcess.Running) async -> Int {
    let deadline = Date().addingTimeInterval(120)
    var recorded = 0
    while Date() < deadline && running.process.isRunning {
        recorded = (try? Leaderboard(existingAt: db))
            .flatMap { board in try? board.runs().first.map { try board.episodes(runID: $0.id).count } } ?? 0
        if recorded >= count { break }
        try? await Task.sleep(for: .milliseconds(10))
    }
    return recorded
}
