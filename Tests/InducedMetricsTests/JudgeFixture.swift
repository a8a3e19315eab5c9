import Foundation
import GauntletTesting
import InducedMetrics
import Leaderboard
import Vocabulary

/// A leaderboard with one run of two episodes, and a scripted process judge over it.
struct JudgeFixture {
    let folder: String
    let board: Leaderboard
    let episodes: [Int64]
    let plan: String
    static let runID = "run-judges"
    static let metrics = [
        InducedMetric(name: "uses_search", definition: "searches", goodExamples: [], badExamples: [], aspects: []),
        InducedMetric(name: "grounded_answer", definition: "answers what it saw", goodExamples: [], badExamples: [], aspects: []),
    ]

    init(plan steps: [String]) throws {
        folder = try TemporaryFolder.make("judges")
        board = try Leaderboard(path: folder + "/gauntlet.sqlite")
        try board.startRun(RunRecord(
            id: Self.runID, name: "judges", agentCommand: "agent", agentName: "agent", agentVersion: "1", agentSHA256: "00",
            harnessVersion: "0.1.0", suites: [SuiteReference(name: "shop", version: "1", checksum: "00")], configurationJSON: "{}",
            seed: 1, epochs: 1, networkMode: "none", machine: MachineInfo(hostname: "h", cores: 2, os: "Linux"),
            startedAt: Date(timeIntervalSince1970: 1_800_000_000)))
        var ids: [Int64] = []
        for task in ["shop/a", "shop/b"] {
            let episode = EpisodeRecord(
                runID: Self.runID, taskID: task, suite: "shop", revision: 1, taskChecksum: "00", seed: 1, epoch: 0, status: .failure,
                score: 0, steps: 1, wallMilliseconds: 5, answer: Answer(status: .ok, value: .string("12.50")), goal: "Find the price")
            ids.append(try board.record(episode: episode, steps: [
                StepRecord(index: 1, observation: "[1] RootWebArea 'Shop'", action: "stop [12.50]", latencyMicroseconds: 10),
            ]))
        }
        episodes = ids
        plan = folder + "/plan"
        try Data(steps.map { $0 + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: plan))
    }

    /// The plan lines the judge has not used yet.
    func remainingPlan() throws -> [String] {
        try String(contentsOfFile: plan, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    func judging(attempts: Int, timeout: Double = 20) -> TraitJudging {
        let judge = ProcessJudge(
            command: "python3 \(Checkout.path("Tests/InducedMetricsTests/scripted_judge.py")) \(plan)", timeoutSeconds: timeout,
            concurrency: 1)
        return TraitJudging(session: JudgeSession(judge: judge, leaderboard: board, attempts: attempts), leaderboard: board, observationCharacters: 1000)
    }
}
