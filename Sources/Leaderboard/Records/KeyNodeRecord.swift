/// One key node of an episode's task as stored with the episode: reached or missed,
/// and when.
public struct KeyNodeRecord: Sendable, Equatable, Codable {
    /// The node's name from the task file.
    public var name: String
    /// The node's check, in its one-line form.
    public var check: String
    /// The step after whose action the node was first reached (the number of actions
    /// performed then, which is that step's `StepRecord.index`); nil when it never was.
    public var reachedAtStep: Int?

    public init(name: String, check: String, reachedAtStep: Int?) {
        self.name = name
        self.check = check
        self.reachedAtStep = reachedAtStep
    }
}
