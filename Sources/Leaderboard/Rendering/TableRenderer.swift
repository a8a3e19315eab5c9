import Foundation

/// The leaderboard as an aligned plain-text table for the terminal.
public enum TableRenderer {
    static let headers = ["#", "agent", "run", "episodes", "success", "95% CI", "progress", "pass@k", "pass^k", "k", "steps", "cost", "statuses"]

    public static func render(_ rows: [LeaderboardRow]) -> String {
        let body = rows.enumerated().map { i, row in cells(row, rank: i + 1) }
        return align([headers] + body, rightAligned: [0, 3, 4, 6, 7, 8, 9, 10, 11])
    }

    static func cells(_ row: LeaderboardRow, rank: Int) -> [String] {
        let s = row.summary
        return [
            String(rank), row.agent, row.runID, String(s.episodes), NumberFormat.percent(s.successRate),
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
