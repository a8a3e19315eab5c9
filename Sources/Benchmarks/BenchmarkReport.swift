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
}
