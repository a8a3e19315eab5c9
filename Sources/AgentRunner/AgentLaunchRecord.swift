import AgentProtocol

/// A file the agent runs, with its digest.
public struct FileDigest: Sendable, Equatable, Codable {
    public var path: String
    public var sha256: String
}

/// What a run records about how its agent was started: provenance and isolation.
public struct AgentLaunchRecord: Sendable, Equatable, Codable {
    /// The command as run (absolute paths), without the sandbox wrapper.
    public var command: [String]
    /// The executable (or interpreter) and its SHA-256.
    public var executable: FileDigest
    /// Scripts and other files named on the command line, with their SHA-256.
    public var files: [FileDigest]
    /// `bubblewrap` or `none`.
    public var isolation: String
    public var network: String
    /// Directories the agent can read.
    public var visibleDirectories: [String]
    /// The limits in force, as `name=value`, sorted.
    public var limits: [String]
    /// Every way in which isolation is weaker than the documented model.
    public var warnings: [String]
}
