import AgentProtocol

/// Whether the agent may reach the network. Recorded with every run.
public enum AgentNetwork: String, Sendable, CaseIterable {
    /// A new, empty network namespace: loopback only, with nothing listening.
    case none
    /// The host's network, for agents that call a model API (`--agent-network host`).
    case host
}

/// How strictly the runner must isolate the agent.
public enum IsolationRequirement: String, Sendable, CaseIterable {
    /// Bubblewrap when the machine allows it; otherwise run with rlimits only, and
    /// warn loudly and record the degraded mode.
    case preferSandbox = "prefer"
    /// Refuse to start the agent without bubblewrap and user namespaces.
    case requireSandbox = "require"
    /// No namespaces on purpose (the spawn-cost baseline of `gauntlet bench protocol`).
    case none
}

/// Resource limits applied to the agent and everything it starts. nil turns one off.
public struct ResourceLimits: Sendable, Equatable {
    /// RLIMIT_CPU: SIGXCPU after this much CPU time, SIGKILL two seconds later (the
    /// hard limit) if the agent ignores it.
    public var cpuSeconds: Int?
    /// RLIMIT_AS. Turn off for JIT runtimes (node's V8 aborts below about 2 GiB).
    public var addressSpaceBytes: UInt64?
    /// RLIMIT_FSIZE: a write past this size fails with SIGXFSZ.
    public var fileSizeBytes: UInt64?
    /// RLIMIT_NOFILE.
    public var openFiles: Int?
    /// RLIMIT_NPROC, and pids.max of the agent's cgroup where cgroups are available.
    public var processes: Int?
    /// Memory cgroup limit, where the machine has a memory controller.
    public var memoryBytes: UInt64?
    /// Size of the private scratch tmpfs (its contents count as the agent's memory).
    public var scratchBytes: UInt64

    /// The values are the caller's (Harness's `Defaults.Agent` for gauntlet's agents).
    public init(cpuSeconds: Int?, addressSpaceBytes: UInt64?, fileSizeBytes: UInt64?, openFiles: Int?, processes: Int?,
                memoryBytes: UInt64?, scratchBytes: UInt64) {
        self.cpuSeconds = cpuSeconds
        self.addressSpaceBytes = addressSpaceBytes
        self.fileSizeBytes = fileSizeBytes
        self.openFiles = openFiles
        self.processes = processes
        self.memoryBytes = memoryBytes
        self.scratchBytes = scratchBytes
    }
}

/// Everything needed to start one agent process.
public struct AgentConfiguration: Sendable {
    /// The agent command: an executable, or an interpreter and its script.
    public var command: [String]
    /// More directories the agent may read (its own directory and its script's are
    /// always visible).
    public var agentDirectories: [String]
    public var limits: ResourceLimits
    public var network: AgentNetwork
    /// The agent's whole environment besides PATH, HOME, TMPDIR and LANG: nothing of
    /// the harness's own environment leaks through.
    public var environment: [String: String]
    /// Paths the agent must never see (tasks/, sandboxes/, leaderboard/, the harness's
    /// data). A directory to expose that contains one of them, or lies inside one, is refused.
    public var protectedPaths: [String]
    public var isolation: IsolationRequirement
    /// Longest accepted stdout line; a longer one ends the episode (protocol_error).
    public var maxLineBytes: Int
    /// How much stderr is kept (the first and last halves).
    public var stderrCapBytes: Int
    /// Total stderr after which the agent is stopped as flooding (agent_error).
    public var stderrFloodBytes: Int
    /// Between SIGTERM and SIGKILL.
    public var gracePeriod: Duration
    /// No byte on stdout or stderr for this long while a reply is awaited: timeout.
    public var idleTimeout: Duration?

    public init(command: [String], agentDirectories: [String] = [], limits: ResourceLimits,
                network: AgentNetwork = .none, environment: [String: String] = [:], protectedPaths: [String] = [],
                isolation: IsolationRequirement = .preferSandbox, maxLineBytes: Int = 1 << 20,
                stderrCapBytes: Int = 1 << 20, stderrFloodBytes: Int = 256 << 20,
                gracePeriod: Duration = .milliseconds(500), idleTimeout: Duration? = nil) {
        self.command = command
        self.agentDirectories = agentDirectories
        self.limits = limits
        self.network = network
        self.environment = environment
        self.protectedPaths = protectedPaths
        self.isolation = isolation
        self.maxLineBytes = maxLineBytes
        self.stderrCapBytes = stderrCapBytes
        self.stderrFloodBytes = stderrFloodBytes
        self.gracePeriod = gracePeriod
        self.idleTimeout = idleTimeout
    }
}
