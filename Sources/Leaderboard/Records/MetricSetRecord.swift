import Foundation

/// A stored metric set: one version of a named set of induced metrics. The leaderboard
/// keeps its JSON as given (the InducedMetrics module owns its shape), with the
/// coverage and redundancy of its last meta-evaluation.
public struct MetricSetRecord: Sendable, Equatable {
    public var name: String
    public var version: Int
    public var judge: String
    public var json: String
    public var coverage: Double?
    public var redundancy: Double?
    public var createdAt: Date

    public init(name: String, version: Int, judge: String, json: String, coverage: Double? = nil, redundancy: Double? = nil,
                createdAt: Date) {
        self.name = name
        self.version = version
        self.judge = judge
        self.json = json
        self.coverage = coverage
        self.redundancy = redundancy
        self.createdAt = createdAt
    }

    /// `name@version`, as commands accept and print it.
    public var label: String { "\(name)@\(version)" }
}
