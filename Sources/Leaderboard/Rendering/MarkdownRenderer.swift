/// The leaderboard and the report as GitHub-flavoured Markdown.
public enum MarkdownRenderer {
    /// The leaderboard's tables, each under its title.
    public static func render(_ tables: [StandingsTable]) -> String {
        tables.map { "**\(cell($0.title))**\n\n" + table([TableRenderer.headers] + $0.rows.map(TableRenderer.cells)) }
            .joined(separator: "\n") + learning(tables.flatMap(\.rows))
    }

    /// The stream runs' learning curves as a second table (empty when there is none).
    static func learning(_ rows: [LeaderboardRow]) -> String {
        let body = rows.compactMap { row in row.learning.map { TableRenderer.learningCells(row, $0) } }
        guard !body.isEmpty else { return "" }
        return "\n**Learning** (stream runs; early/late = success on the first/last third of the stream; "
            + "AUC = mean success-so-far over the stream)\n\n" + table([TableRenderer.learningHeaders] + body)
    }

    /// The whole report: leaderboard, breakdowns, runs with provenance.
    public static func report(_ report: Report) -> String {
        var out = "# Gauntlet report\n\n"
        out += "Generated from \(cell(report.databasePath)) (schema \(report.schemaVersion)). "
        out += "Success is the share of final attempts that ended in `success`; the 95% interval is a "
        out += "percentile bootstrap (\(report.bootstrap.resamples) resamples, seed 0x\(String(report.bootstrap.seed, radix: 16))) over tasks.\n\n"
        out += "## Leaderboard\n\n" + rules + "\n\n" + render(report.tables) + "\n"
        for breakdown in [report.suites, report.templates] {
            out += "## Success by \(breakdown.dimension.rawValue)\n\n"
            out += table([[breakdown.dimension.rawValue] + breakdown.agents] + breakdown.groups.enumerated().map { i, g in
                [g] + breakdown.cells[i].map { s in
                    s.map { "\(NumberFormat.percent($0.successRate)) (\(NumberFormat.interval($0.ciLow, $0.ciHigh)), n=\($0.episodes))" } ?? "–"
                }
            }) + "\n"
        }
        out += TraitTable.markdown(report.traits)
        if !report.metricSets.isEmpty {
            out += "## Metric sets\n\n" + table([MetricSetTable.headers] + report.metricSets.map(MetricSetTable.cells)) + "\n"
        }
        out += "## Runs\n\n"
        for entry in report.runs {
            let r = entry.run
            out += "### \(cell(r.id))\n\n"
            out += table([["field", "value"]] + ReportProvenance.fields(r).map { [$0.0, $0.1] }) + "\n"
            if let curve = LearningCurve(entry.records, bootstrap: report.bootstrap), r.mode == .stream {
                out += "Learning curve (window \(curve.window)):\n\n"
                out += table([["index", "task", "status", "score", "success so far", "window mean", "process"]] + curve.points.map(curveCells)) + "\n"
            }
        }
        return out
    }

    /// What every leaderboard shows about how its tables are formed.
    static let rules = "One table per suite, split and task set, so every figure compares runs of the same tasks. "
        + "A table of fewer tasks than that suite's split has elsewhere is a subset, ranked only within itself. "
        + "Each agent is ranked by its latest run in the table; rows ranked `·` are its earlier runs, latest first."

    static func curveCells(_ p: LearningCurve.Point) -> [String] {
        let process: String = p.agentProcess.map { String($0) } ?? "–"
        return [String(p.index), p.taskID, p.status.rawValue, NumberFormat.fixed(p.score, 2), NumberFormat.percent(p.runningMean),
                NumberFormat.percent(p.windowMean), process]
    }

    static func table(_ rows: [[String]]) -> String {
        guard let header = rows.first else { return "" }
        var lines = ["| " + header.map(cell).joined(separator: " | ") + " |"]
        lines.append("|" + header.map { _ in "---|" }.joined())
        lines += rows.dropFirst().map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Makes agent-written text safe inside a table cell: pipes escaped, line breaks
    /// and HTML-significant characters neutralised (Markdown renderers pass HTML through).
    static func cell(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "|": out += "\\|"
            case "\n", "\r": out += " "
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "`": out += "\\`"
            default: out.append(ch)
            }
        }
        return out
    }
}
