import Foundation

/// What a benchmark prints: one JSON object for scripts, or lines for people. The CLI
/// chooses which; both are complete, so a wrapper does nothing but print one.
public struct BenchmarkReport: Sendable {
    /// Printed as is (it ends with a newline where the bench always printed one).
    public let json: String
    public let text: String

    public init(json: String, text: String) {
        self.json = json
        self.text = text
    }

    /// Named figures of one sandbox: a JSON object (the sandbox first) and aligned lines.
    static func figures(_ figures: [(String, Double)], sandbox: String) -> BenchmarkReport {
        let body = figures.map { "  \"\($0.0)\": \(Stats.format($0.1))" }.joined(separator: ",\n")
        // Padded to the longest name, never cut: several sandboxes make names of 30 characters.
        let width = figures.map(\.0.count).max() ?? 0
        return BenchmarkReport(
            json: "{\n\"sandbox\": \"\(sandbox)\",\n\(body)\n}\n",
            text: figures.map { "\($0.0.padding(toLength: width, withPad: " ", startingAt: 0)) \(Stats.format($0.1))\n" }.joined())
    }
}
