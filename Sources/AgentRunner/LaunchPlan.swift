import AgentProtocol
import Foundation

/// Why an agent could not be started, and what the user can do about it. These are
/// configuration errors, found before any process exists (`AgentProcess.check` finds
/// them before a run begins).
public struct AgentLaunchError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    /// How to fix it, when the fix is the user's to make.
    public let fix: String?
    public init(_ message: String, fix: String? = nil) {
        self.message = message
        self.fix = fix
    }
    public var description: String { fix.map { "\(message). Fix: \($0)" } ?? message }
}

/// The resolved command line of one agent launch: the sandbox wrapper, the rlimits
/// wrapper and the agent command, plus its environment and what is recorded.
struct LaunchPlan: Sendable {
    var executable: String
    var arguments: [String]
    var environment: [String]
    /// Host directory the process starts in (only without bubblewrap).
    var workingDirectory: String?
    var record: AgentLaunchRecord
    /// Host scratch directory to delete afterwards (only without bubblewrap).
    var hostScratch: String?
    var cgroup: AgentCgroup?
    var sandboxed: Bool

    static let systemPrefixes = ["/usr/", "/bin/", "/sbin/", "/lib/", "/lib64/"]
    /// What the sandbox shows of /etc: what the dynamic loader, name lookup, TLS and
    /// common runtimes read, and nothing else.
    static let etcEntries = ["ld.so.cache", "ld.so.conf", "ld.so.conf.d", "alternatives", "localtime", "nsswitch.conf",
                             "passwd", "group", "hosts", "ssl", "ca-certificates", "ca-certificates.conf",
                             "mime.types", "os-release", "protocols", "services", "gai.conf", "host.conf"]

    static func make(configuration: AgentConfiguration, support: SandboxSupport, name: String) throws(AgentLaunchError) -> LaunchPlan {
        let sandboxed = try sandboxed(configuration, support: support)
        var warnings = configuration.isolation == .none
            ? ["isolation disabled on request: the agent runs without a sandbox"] : support.warnings
        let resolved = try ResolvedCommand(configuration)
        let executable = resolved.executable, command = resolved.command, visible = resolved.visible

        let limits = configuration.limits
        var rlimitArgs: [String] = []
        var limitNames: [String] = []
        if let v = limits.cpuSeconds { rlimitArgs.append("--cpu=\(v):\(v + 2)"); limitNames.append("cpu_seconds=\(v)") }
        if let v = limits.addressSpaceBytes { rlimitArgs.append("--as=\(v)"); limitNames.append("address_space_bytes=\(v)") }
        if let v = limits.fileSizeBytes { rlimitArgs.append("--fsize=\(v)"); limitNames.append("file_size_bytes=\(v)") }
        if let v = limits.openFiles { rlimitArgs.append("--nofile=\(v)"); limitNames.append("open_files=\(v)") }
        if let v = limits.processes { rlimitArgs.append("--nproc=\(v)"); limitNames.append("processes=\(v)") }
        rlimitArgs.append("--core=0")
        if let v = limits.memoryBytes { limitNames.append("memory_bytes=\(v)") }
        limitNames.append("scratch_bytes=\(limits.scratchBytes)")
        limitNames.append("max_line_bytes=\(configuration.maxLineBytes)")
        limitNames.sort()

        var inner = command
        if let prlimit = support.prlimit, configuration.isolation != .none {
            inner = [prlimit] + rlimitArgs + ["--"] + command
        }

        // The agent's whole environment.
        let interpreterBin = (executable as NSString).deletingLastPathComponent
        var env: [(String, String)] = [
            ("PATH", (systemPrefixes.contains { executable.hasPrefix($0) } ? "" : interpreterBin + ":") + "/usr/local/bin:/usr/bin:/bin"),
            ("LANG", "C.UTF-8"),
            ("PYTHONDONTWRITEBYTECODE", "1"),
            ("PYTHONUNBUFFERED", "1"),
        ]
        var hostScratch: String?
        var workingDirectory: String?
        if sandboxed {
            env.append(("HOME", "/scratch"))
            env.append(("TMPDIR", "/tmp"))
        } else {
            let scratch = NSTemporaryDirectory() + "gauntlet-scratch-\(name)"
            try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
            hostScratch = scratch
            workingDirectory = scratch
            env.append(("HOME", scratch))
            env.append(("TMPDIR", scratch))
        }
        for (key, value) in configuration.environment.sorted(by: { $0.key < $1.key }) {
            env.removeAll { $0.0 == key }
            env.append((key, value))
        }

        var executablePath: String
        var arguments: [String]
        if sandboxed, let bwrap = support.bubblewrap {
            var b: [String] = [bwrap, "--unshare-all"]
            if configuration.network == .host { b.append("--share-net") }
            b += ["--unshare-user", "--uid", "1000", "--gid", "1000", "--die-with-parent", "--new-session",
                  "--cap-drop", "ALL", "--hostname", "gauntlet-agent",
                  "--ro-bind", "/usr", "/usr", "--symlink", "usr/bin", "/bin", "--symlink", "usr/sbin", "/sbin",
                  "--symlink", "usr/lib", "/lib"]
            if FileManager.default.fileExists(atPath: "/usr/lib64") { b += ["--symlink", "usr/lib64", "/lib64"] }
            for entry in etcEntries { b += ["--ro-bind-try", "/etc/\(entry)", "/etc/\(entry)"] }
            if configuration.network == .host { b += ["--ro-bind-try", "/etc/resolv.conf", "/etc/resolv.conf"] }
            b += ["--proc", "/proc", "--dev", "/dev",
                  "--size", String(limits.scratchBytes), "--tmpfs", "/tmp",
                  "--size", String(limits.scratchBytes), "--tmpfs", "/scratch"]
            for dir in visible { b += ["--ro-bind", dir, dir] }
            // The sandbox's own root (where /etc's few entries are mounted) is writable
            // tmpfs; make it read-only so only /scratch and /tmp take writes.
            b += ["--remount-ro", "/", "--chdir", "/scratch", "--"]
            executablePath = bwrap
            arguments = b + inner
        } else {
            executablePath = inner[0]
            arguments = inner
        }

        var cgroup: AgentCgroup?
        if configuration.isolation != .none, let group = AgentCgroup.make(support: support, limits: limits, name: "gauntlet-\(name)") {
            cgroup = group
            arguments = ["/bin/sh", "-c", group.joinScript] + arguments
            executablePath = "/bin/sh"
        }
        if configuration.network == .host {
            warnings.append("the agent has the host's network (--agent-network host)")
        }

        let record = AgentLaunchRecord(
            command: command, executable: FileDigest(path: executable, sha256: resolved.digest), files: resolved.files,
            isolation: sandboxed ? "bubblewrap" : "none", network: configuration.network.rawValue,
            visibleDirectories: visible, limits: limitNames, warnings: warnings)
        return LaunchPlan(executable: executablePath, arguments: arguments, environment: env.map { "\($0.0)=\($0.1)" },
                          workingDirectory: workingDirectory, record: record, hostScratch: hostScratch,
                          cgroup: cgroup, sandboxed: sandboxed)
    }

    /// Whether the agent runs under bubblewrap, or why it cannot run at all.
    static func sandboxed(_ configuration: AgentConfiguration, support: SandboxSupport) throws(AgentLaunchError) -> Bool {
        switch configuration.isolation {
        case .none:
            return false
        case .requireSandbox:
            guard support.canSandbox else {
                throw AgentLaunchError(
                    "a sandbox is required but this machine cannot provide one: \(support.warnings.joined(separator: "; "))",
                    fix: "install bubblewrap and allow user namespaces, or run with --isolation prefer")
            }
            return true
        case .preferSandbox:
            return support.canSandbox
        }
    }

    static func realPath(_ path: String) -> String {
        guard let resolved = Foundation.realpath(path, nil) else { return (path as NSString).standardizingPath }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
