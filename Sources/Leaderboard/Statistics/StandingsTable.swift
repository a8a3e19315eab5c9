/// One leaderboard table: the runs that ran the same tasks of one suite and split, so
/// their figures compare like with like.
public struct StandingsTable: Sendable, Equatable {
    public var suite: String
    /// nil for tasks without a split.
    public var split: String?
    /// Distinct tasks every run in the table ran.
    public var tasks: Int
    /// Distinct tasks of this suite and split that any run in the database ran.
    public var suiteTasks: Int
    /// Ranked rows (`rank` set), each followed by that agent's earlier runs with `--all-runs`.
    public var rows: [LeaderboardRow]

    /// Fewer tasks than the suite's split has elsewhere: never ranked against the full set.
    public var isSubset: Bool { tasks < suiteTasks }

    /// The ranked rows: each agent's latest run in this table.
    public var ranked: [LeaderboardRow] { rows.filter { $0.rank != nil } }

    /// "shop · split test · 60 tasks", with "(subset: 3 of 98 tasks …)" for a subset.
    public var title: String {
        let split = self.split.map { "split \($0)" } ?? "no split"
        let tasks = isSubset ? "subset: \(self.tasks) of \(suiteTasks) tasks, ranked only against runs of the same tasks"
            : "\(self.tasks) task\(self.tasks == 1 ? "" : "s")"
        return "\(suite) · \(split) · \(tasks)"
    }
}
