/// One rule judge's trait on one episode.
public struct CriterionVerdict: Sendable, Equatable {
    public var name: String
    /// −1 shows the behaviour, +1 avoided it, 0 not applicable.
    public var rating: Int
    public var reasoning: String
    /// The steps (`StepRecord.index`) the verdict cites.
    public var steps: [Int]

    public init(name: String, rating: Int, reasoning: String, steps: [Int]) {
        self.name = name
        self.rating = rating
        self.reasoning = reasoning
        self.steps = steps
    }

    static func notApplicable(_ name: String, _ why: String) -> CriterionVerdict {
        CriterionVerdict(name: name, rating: 0, reasoning: "not applicable: \(why)", steps: [])
    }
}
