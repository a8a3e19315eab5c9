/// Traits per run and metric (induced metrics and the rule judges' step criteria) as
/// table cells, shared by the terminal, Markdown and HTML renderers.
public enum TraitTable {
    static let title = "Induced metrics and step criteria"
    static let rules = "Mean rating over the episodes a metric applied to (+1 good, −1 bad), "
        + "with a 95% percentile bootstrap interval over tasks; n/a counts episodes rated 0, errors the judge failures."
    static let headers = ["agent", "run", "metric set", "metric", "mean", "95% CI", "rated", "n/a", "errors"]
    static let numeric: Set = [4, 5, 6, 7, 8]

    static func cells(_ row: TraitSummary) -> [String] {
        [
            row.agent, row.runID, row.setLabel, row.metric, row.mean.map(signed) ?? "–",
            row.ciLow.flatMap { low in row.ciHigh.map { "[\(signed(low)), \(signed($0))]" } } ?? "–",
            String(row.rated), String(row.notApplicable), String(row.errors),
        ]
    }

    static func signed(_ x: Double) -> String {
        (x >= 0 ? "+" : "−") + NumberFormat.fixed(abs(x), 2)
    }

    /// For the terminal: the title, the rules and the aligned table; empty without traits.
    public static func render(_ rows: [TraitSummary]) -> String {
        guard !rows.isEmpty else { return "" }
        return "\n\(title)\n\(rules)\n" + TableRenderer.align([headers] + rows.map(cells), rightAligned: numeric)
    }

    /// For Markdown; empty without traits.
    static func markdown(_ rows: [TraitSummary]) -> String {
        guard !rows.isEmpty else { return "" }
        return "## \(title)\n\n\(rules)\n\n" + MarkdownRenderer.table([headers] + rows.map(cells)) + "\n"
    }
}
