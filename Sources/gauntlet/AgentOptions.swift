import AgentRunner
import ArgumentParser
import Foundation
import Harness

/// The options that say which agent to run and how to confine it. Shared by every
/// command that starts agents (`bench protocol` now, `run` later).
struct AgentOptions: ParsableArguments {
    @Option(help: "The agent command, e.g. \"python3 examples/agents/heuristic_agent.py\" (split on spaces; quote with ' or \").")
    var agent: String?

    @Option(name: .customLong("agent-dir"), help: "Another directory the agent may read (repeatable).")
    var agentDirectories: [String] = []

    @Option(name: .customLong("agent-network"), help: "none or host. host lets the agent reach the network, e.g. a model API; recorded with the run.")
    var agentNetwork: AgentNetwork = .none

    @Option(name: .customLong("agent-env"), help: "Pass this variable of gauntlet's environment to the agent (repeatable). Nothing else is passed.")
    var agentEnvironment: [String] = []

    @Option(help: "prefer: sandbox when the machine allows it, else warn; require: refuse to run unsandboxed; none: no sandbox.")
    var isolation: IsolationRequirement = .preferSandbox

    @Option(name: .customLong("agent-memory-mb"), help: "Memory limit (cgroup) in MiB.")
    var memoryMiB = Defaults.Agent.memoryMiB

    @Option(name: .customLong("agent-address-space-mb"), help: "RLIMIT_AS in MiB; 0 turns it off (for JIT runtimes such as node).")
    var addressSpaceMiB = Defaults.Agent.addressSpaceMiB

    @Option(name: .customLong("agent-cpu-seconds"), help: "RLIMIT_CPU in seconds.")
    var cpuSeconds = Defaults.Agent.cpuSeconds

    @Option(name: .customLong("agent-processes"), help: "Process limit (pids cgroup and RLIMIT_NPROC).")
    var processes = Defaults.Agent.processes

    func validate() throws {
        try ArgumentRange.atLeast(1, memoryMiB, "--agent-memory-mb")
        try ArgumentRange.atLeast(1, cpuSeconds, "--agent-cpu-seconds")
        try ArgumentRange.atLeast(1, processes, "--agent-processes")
    }

    func configuration(command: [String], protectedPaths: [String]) throws -> AgentConfiguration {
        var environment: [String: String] = [:]
        let own = ProcessInfo.processInfo.environment
        for name in agentEnvironment {
            guard let value = own[name] else { throw ValidationError("--agent-env \(name): gauntlet's environment has no variable \(name)") }
            environment[name] = value
        }
        var limits = Defaults.Agent.limits
        limits.cpuSeconds = cpuSeconds
        limits.addressSpaceBytes = addressSpaceMiB == 0 ? nil : addressSpaceMiB << 20
        limits.processes = processes
        limits.memoryBytes = memoryMiB << 20
        return AgentConfiguration(command: command, agentDirectories: agentDirectories, limits: limits, network: agentNetwork,
                                  environment: environment, protectedPaths: protectedPaths, isolation: isolation)
    }

    /// Splits a command line on spaces, honouring single and double quotes.
    static func split(_ command: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for c in command {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "'" || c == "\"" {
                quote = c
                inWord = true
            } else if c == " " || c == "\t" {
                if inWord { words.append(current); current = ""; inWord = false }
            } else {
                current.append(c)
                inWord = true
            }
        }
        if quote != nil { throw ValidationError("--agent: unclosed quote in '\(command)'") }
        if inWord { words.append(current) }
        guard !words.isEmpty else { throw ValidationError("--agent: the command is empty") }
        return words
    }

    /// Prints every way in which this machine cannot isolate agents as documented.
    static func warnAboutSandbox(_ support: SandboxSupport = .current) {
        for warning in support.warnings {
            FileHandle.standardError.write(Data("gauntlet: WARNING: \(warning)\n".utf8))
        }
    }
}

extension AgentNetwork: ExpressibleByArgument {}
extension IsolationRequirement: ExpressibleByArgument {}
