/// A folder of tasks plus its `suite.json`.
public struct Suite: Sendable, Equatable {
    public var name: String
    public var version: String
    public var description: String
    /// Allowed split names, e.g. `dev` and `test`; empty means tasks carry no split.
    public var splits: [String]
    /// Defaults for tasks that leave a limit unset.
    public var limits: Limits
    public var directory: String
    /// Tasks sorted by id.
    public var tasks: [TaskDefinition]
    /// SHA-256 over the suite file's canonical JSON and every task's id and checksum:
    /// two runs with the same suite checksum saw exactly the same tasks.
    public var checksum: String

    public func tasks(inSplit split: String) -> [TaskDefinition] {
        tasks.filter { $0.split == split }
    }
}
