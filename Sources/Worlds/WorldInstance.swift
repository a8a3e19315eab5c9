import Browser
import SandboxKit
import Vocabulary

/// The sandbox instance a world session plays on, and how it is reached.
public struct WorldInstance: Sendable {
    /// The instance id, sent in `SandboxHost.instanceHeader` on every request.
    public var id: String
    /// Every hosted sandbox's origin: a session may reach any of them, nothing else.
    public var origins: [String: Origin]
    /// Send each observation's tree as JSON too (`gauntlet run --observation-tree`).
    public var includeTree: Bool
    /// The host serving the instance, when it runs in this process: a world whose requests
    /// need no browser (a text game) sends them to it directly, without a socket. People,
    /// agents' browsers and `gauntlet serve` keep HTTP.
    public var host: SandboxHost?
    /// The task's scripted user, who answers `ask_user` in worlds that take it.
    public var user: ScriptedUser?

    public init(id: String, origins: [String: Origin], includeTree: Bool = false, host: SandboxHost? = nil, user: ScriptedUser? = nil) {
        self.id = id
        self.origins = origins
        self.includeTree = includeTree
        self.host = host
        self.user = user
    }
}
