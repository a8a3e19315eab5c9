/// One behaviour a piece of feedback praises (+1) or criticises (−1), grounded in the
/// episode's steps: AutoLibra's unit of feedback.
public struct Aspect: Sendable, Equatable, Codable {
    /// `a1`, `a2`…, in feedback order.
    public var id: String
    /// The id of the feedback it comes from.
    public var feedback: String
    /// The words of the feedback it comes from.
    public var quote: String
    public var episode: Int64
    public var behavior: String
    /// +1 or −1.
    public var sign: Int
    public var steps: [Int]

    public init(id: String, feedback: String, quote: String, episode: Int64, behavior: String, sign: Int, steps: [Int]) {
        self.id = id
        self.feedback = feedback
        self.quote = quote
        self.episode = episode
        self.behavior = behavior
        self.sign = sign
        self.steps = steps
    }
}
