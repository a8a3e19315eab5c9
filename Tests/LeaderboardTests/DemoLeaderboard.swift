import Foundation
@testable import Leaderboard
import Vocabulary

/// Two plausible runs on two suites with three epochs: a stronger planner agent and a
/// weaker baseline, with step traces, checker reasons, costs and one hostile action.
/// Outcomes come from a fixed formula, so the data is the same on every run.
enum DemoLeaderboard {
    static let tasks: [(id: String, suite: String, template: String, difficulty: Int)] = [
        ("shop/cheapest-in-category-017", "shop", "cheapest-in-category", 1),
        ("shop/cheapest-in-category-023", "shop", "cheapest-in-category", 2),
        ("shop/add-to-cart-004", "shop", "add-to-cart", 0),
        ("shop/add-to-cart-009", "shop", "add-to-cart", 1),
        ("shop/cancel-order-031", "shop", "cancel-order", 3),
        ("shop/cancel-order-044", "shop", "cancel-order", 4),
        ("textgame/find-key-002", "textgame", "find-key", 1),
        ("textgame/cook-recipe-005", "textgame", "cook-recipe", 3),
        ("textgame/cook-recipe-006", "textgame", "cook-recipe", 4),
    ]

    static func fill(_ board: Leaderboard) throws {
        try fillRun(board, id: "run-20261120-090000-demo", agent: "baseline-agent", version: "0.3", skill: 1, started: 1_795_165_200, cost: nil)
        try fillRun(board, id: "run-20261121-100000-demo", agent: "planner-agent", version: "2.1", skill: 3, started: 1_795_255_200, cost: 0.0042)
    }

    private static func fillRun(_ board: Leaderboard, id: String, agent: String, version: String, skill: Int, started: Double, cost: Double?) throws {
        var run = SampleData.run(id: id, agent: agent, version: version, started: started, epochs: 3)
        run.name = "\(agent) nightly"
        run.networkMode = cost == nil ? "none" : "model-api"
        run.agentCommand = "agents/\(agent)/run --temperature 0.7"
        try board.startRun(run)
        for (t, task) in tasks.enumerated() {
            for epoch in 0..<3 {
                let margin = skill - task.difficulty
                let status: EpisodeStatus
                switch margin {
                case 1...: status = (t + epoch) % 7 == 3 ? .failure : .success
                case 0: status = epoch == 1 ? .success : (t % 2 == 0 ? .failure : .stepLimit)
                default: status = (t + epoch) % 4 == 0 ? .timeout : .failure
                }
                let actions = trajectory(task.id, status: status, hostile: t == 4 && epoch == 0 && skill == 1)
                let steps = actions.enumerated().map { i, action in
                    StepRecord(
                        index: i + 1, observation: observation(task.id, step: i), action: action,
                        thought: i == 0 ? "The goal mentions \(task.template); start from the menu." : nil,
                        error: action.hasPrefix("click [99]") ? "no element with id 99 on this page" : nil,
                        latencyMicroseconds: 800 + 37 * i + 11 * t,
                        url: task.suite == "shop" ? "http://shop.localhost:8123/" + (i == 0 ? "" : "category/sneakers") : nil)
                }
                if t == 2 && epoch == 0 && skill == 1 {
                    // One infrastructure failure that was retried.
                    try board.record(episode: episode(run: id, task: task, epoch: epoch, attempt: 1, status: .sandboxError, steps: 0, cost: nil), steps: [])
                    try board.record(episode: episode(run: id, task: task, epoch: epoch, attempt: 2, status: status, steps: steps.count, cost: cost), steps: steps)
                    continue
                }
                try board.record(episode: episode(run: id, task: task, epoch: epoch, attempt: 1, status: status, steps: steps.count, cost: cost), steps: steps)
            }
        }
        try board.finishRun(id: id, status: .finished, at: Date(timeIntervalSince1970: started + 1800))
    }

    private static func episode(
        run: String, task: (id: String, suite: String, template: String, difficulty: Int), epoch: Int, attempt: Int,
        status: EpisodeStatus, steps: Int, cost: Double?
    ) -> EpisodeRecord {
        let passed = status == .success
        var e = SampleData.episode(
            run: run, task: task.id, suite: task.suite, template: task.template, epoch: epoch, seed: 17, attempt: attempt,
            status: status, steps: steps, cost: cost.map { $0 * Double(steps) },
            progress: passed ? 1 : (status == .sandboxError ? 0 : 0.5))
        e.score = passed ? 1 : 0.5 * (e.progress ?? 0)
        e.wallMilliseconds = 900 + 130 * steps
        e.reason = passed ? "all 3 checks passed" : status == .sandboxError ? "sandbox instance failed to start (retried)" : "state: expected [[\"SN-0412\", 2]], found [[\"SN-0415\", 1]]"
        e.checkerResults = [
            CheckerResultRecord(check: "state: SELECT sku, qty FROM cart_items", passed: passed, score: passed ? 1 : 0, reason: passed ? "1 row as expected" : "expected [[\"SN-0412\", 2]], found [[\"SN-0415\", 1]]"),
            CheckerResultRecord(check: "request: POST /cart/add", passed: status != .timeout, score: status != .timeout ? 1 : 0, reason: status != .timeout ? "matched entry 3 (303 → /cart)" : "no matching request"),
            CheckerResultRecord(check: "collateral: allow cart_items, carts", passed: true, score: 1, reason: "no other table changed"),
        ]
        if task.suite == "textgame" { e.finalURL = nil }
        return e
    }

    private static func trajectory(_ task: String, status: EpisodeStatus, hostile: Bool) -> [String] {
        var actions = ["click [3]", "click [12]", "select [7] [Price: low to high]", "click [41]"]
        if status != .success { actions += ["click [99]", "click [41]", "click [41]"] }
        if hostile { actions.append("type [7] [</pre><script>alert(1)</script>] [1]") }
        actions.append(status == .success ? "stop [SN-0412]" : "stop [N/A]")
        return actions
    }

    private static func observation(_ task: String, step: Int) -> String {
        """
        [1] RootWebArea 'Shop — \(step == 0 ? "Home" : "Sneakers")' focused
          [3] link 'Sneakers'
          [7] combobox 'Sort by' value='Relevance'
            [8] option 'Relevance' selected
            [9] option 'Price: low to high'
          [12] link 'Red Runner' 
          [41] button 'Add to Cart'
          [42] StaticText '$49.99'
        """
    }
}
