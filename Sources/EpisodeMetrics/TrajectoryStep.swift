/// What trajectory metrics need to know about one step: the action the agent sent and
/// whether the harness rejected it (unparsable, or not applicable to the page).
public struct TrajectoryStep: Sendable, Equatable {
    public var action: String
    /// The `last_action_error` the step produced, or nil when the action applied.
    public var error: String?

    public init(action: String, error: String? = nil) {
        self.action = action
        self.error = error
    }

    /// The action with surrounding whitespace removed and inner runs of whitespace
    /// collapsed, so `click [12]` and `click  [12] ` count as the same action when
    /// looking for loops. Case is kept: `type [3] [Red]` and `type [3] [red]` differ.
    var normalizedAction: String {
        action.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
