/// A failure of the benchmark run itself: the agent would not start or answer, a page
/// came back wrong, or a measured loop produced nothing.
public struct BenchmarkError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
