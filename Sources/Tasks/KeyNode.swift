/// An intermediate checkpoint (WebCanvas's key node), checked after every step.
public struct KeyNode: Sendable, Equatable {
    /// Label for reports; defaults to `key_nodes[i]`.
    public var name: String
    /// A `url`, `request`, `page` or `state` check.
    public var check: Check

    public init(name: String, check: Check) {
        self.name = name
        self.check = check
    }
}
