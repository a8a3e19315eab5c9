/// One key node of an episode's task as stored with the episode: reached or missed,
/// and when.
public struct KeyNodeRecord: Sendable, Equatable, Codable {
    /// The node's name from the task file.
    public var name: String
    /// The node's check, in its one-line form.
    public var check: String
    /// The number of actions performed when the node was first reached (1 after the
    /// first action, which is the step at index 0); nil when it never was.
    public var reachedAtStep: Int?

    public init(name: String, check: String, reachedAtStep: Int?) {
        self.name = name
        self.check = check
        self.reachedAtStep = reachedAtStep
    }
}
