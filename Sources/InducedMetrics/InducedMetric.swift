/// One induced metric: what a judge looks for, with examples of either side, and the
/// aspects of feedback it was induced from (which meta-evaluation matches traits against).
public struct InducedMetric: Sendable, Equatable, Codable {
    public var name: String
    public var definition: String
    public var goodExamples: [String]
    public var badExamples: [String]
    /// Ids of the aspects this metric covers.
    public var aspects: [String]

    public init(name: String, definition: String, goodExamples: [String], badExamples: [String], aspects: [String]) {
        self.name = name
        self.definition = definition
        self.goodExamples = goodExamples
        self.badExamples = badExamples
        self.aspects = aspects
    }

    enum CodingKeys: String, CodingKey {
        case name, definition, aspects
        case goodExamples = "good_examples"
        case badExamples = "bad_examples"
    }
}
