/// Stored metric sets with their meta-evaluation, as table cells.
public enum MetricSetTable {
    static let headers = ["metric set", "judge", "coverage", "redundancy", "created"]

    static func cells(_ set: MetricSetRecord) -> [String] {
        [
            set.label, set.judge, set.coverage.map { NumberFormat.fixed($0, 3) } ?? "not evaluated",
            set.redundancy.map { NumberFormat.fixed($0, 3) } ?? "–", Timestamp.format(set.createdAt),
        ]
    }

    /// For the terminal.
    public static func render(_ sets: [MetricSetRecord]) -> String {
        TableRenderer.align([headers] + sets.map(cells), rightAligned: [2, 3])
    }
}
