import Foundation

/// The leaderboard as an aligned plain-text table for the terminal.
public enum TableRenderer {
    static let headers = ["#", "agent", "run", "started", "episodes", "success", "95% CI", "progress", "pass@k", "pass^k", "k",
                          "steps", "cost", "statuses"]
    /// The columns of `headers` that hold numbers (right-aligned).
    static let numeric: Set = [0, 4, 5, 6, 7, 8, 9, 10, 11, 12]

    /// Each table under its title (suite, split, task set); then the stream runs' learning curves.
    public static func render(_ tables: [StandingsTable]) -> String {
        let parts = tables.map { table in
            table.title + "\n" + align([headers] + table.rows.map(cells), rightAligned: numeric)
        }
        return parts.joined(separator: "\n") + learning(tables.flatMap(\.rows))
    }

    static let learningHeaders = ["agent", "run", "stream", "early", "late", "late − early", "95% CI", "AUC", "restarts"]

    /// The learning curves of the rows from stream runs, as a second table (empty when none).
    static func learning(_ rows: [LeaderboardRow]) -> String {
        let body = rows.compactMap { row in row.learning.map { learningCells(row, $0) } }
        guard !body.isEmpty else { return "" }
        return "\nLearning (stream runs; early/late = first/last third of the stream)\n"
            + align([learningHeaders] + body, rightAligned: [2, 3, 4, 5, 7, 8])
    }

    static func learningCells(_ row: LeaderboardRow, _ c: LearningCurve) -> [String] {
        [
            row.agent, row.runID, String(c.episodes), NumberFormat.optionalPercent(c.earlyRate),
            NumberFormat.optionalPercent(c.lateRate), NumberFormat.signedPoints(c.improvement),
            c.improvementLow.flatMap { low in c.improvementHigh.map { NumberFormat.signedInterval(low, $0) } } ?? "–",
            NumberFormat.fixed(c.auc, 3), String(c.restarts),
        ]
    }

    /// An agent's earlier run (listed with `--all-runs`) has `·` for its rank.
    static func cells(_ row: LeaderboardRow) -> [String] {
        let s = row.summary
        return [
            row.rank.map(String.init) ?? "·", row.agent, row.runID, NumberFormat.minute(row.startedAt), String(s.episodes),
            NumberFormat.percent(s.successRate),
            NumberFormat.interval(s.ciLow, s.ciHigh), NumberFormat.optionalPercent(s.progress), NumberFormat.passAt(s),
            NumberFormat.passHat(s), String(s.maxK), NumberFormat.fixed(s.meanSteps), NumberFormat.usd(s.costUSD),
            NumberFormat.statuses(s),
        ]
    }

    /// Pads every column to its widest cell, counting characters (not bytes), with a
    /// rule under the header.
    static func align(_ table: [[String]], rightAligned: Set<Int>) -> String {
        guard let width = table.map(\.count).max() else { return "" }
        var widths = Array(repeating: 0, count: width)
        for row in table {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ row: [String]) -> String {
            row.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return rightAligned.contains(i) ? pad + cell : cell + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var lines = [line(table[0]), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        lines += table.dropFirst().map(line)
        return lines.joined(separator: "\n") + "\n"
    }
}
