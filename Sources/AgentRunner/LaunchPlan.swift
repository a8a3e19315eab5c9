import AgentProtocol
import Foundation

/// Why an agent could not be started. These are configuration errors, reported before
/// any process exists.
public struct AgentLaunchError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
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
        guard let first = configuration.command.first, !first.isEmpty else {
            throw AgentLaunchError("the agent command is empty")
        }
        var warnings = support.warnings
        let sandboxed: Bool
        switch configuration.isolation {
        case .none:
            sandboxed = false
            warnings = ["isolation disabled on request: the agent runs without a sandbox"]
        case .requireSandbox:
            guard support.canSandbox else {
                throw AgentLaunchError("a sandbox is required but this machine cannot provide one: \(support.warnings.joined(separator: "; "))")
            }
            sandboxed = true
        case .preferSandbox:
            sandboxed = support.canSandbox
        }

        // Resolve the executable and every file named on the command line to absolute
        // paths, so they can be shown at the same place inside the sandbox.
        let executable = try resolveExecutable(first)
        var visible: [String] = []
        func expose(_ dir: String) { if !visible.contains(dir) { visible.append(dir) } }
        if !systemPrefixes.contains(where: { executable.hasPrefix($0) }) {
            let dir = (executable as NSString).deletingLastPathComponent
            // An interpreter in PREFIX/bin needs PREFIX (its standard library).
            expose((dir as NSString).lastPathComponent == "bin" ? (dir as NSString).deletingLastPathComponent : dir)
        }
        var command = [executable]
        var files: [FileDigest] = []
        for argument in configuration.command.dropFirst() {
            var isDirectory: ObjCBool = false
            if !argument.hasPrefix("-"), FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), !isDirectory.boolValue {
                let path = realPath(argument)
                expose((path as NSString).deletingLastPathComponent)
                files.append(FileDigest(path: path, sha256: (try? FileDigestCache.sha256(ofFile: path)) ?? "unreadable"))
                command.append(path)
            } else {
                command.append(argument)
            }
        }
        for dir in configuration.agentDirectories {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw AgentLaunchError("agent directory '\(dir)' does not exist or is not a directory")
            }
            expose(realPath(dir))
        }
        try checkProtected(visible, protected: configuration.protectedPaths)
        let digest: String
        do {
            digest = try FileDigestCache.sha256(ofFile: executable)
        } catch {
            throw AgentLaunchError("cannot read the agent executable '\(executable)': \(error)")
        }

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
            command: command, executable: FileDigest(path: executable, sha256: digest), files: files,
            isolation: sandboxed ? "bubblewrap" : "none", network: configuration.network.rawValue,
            visibleDirectories: visible, limits: limitNames, warnings: warnings)
        return LaunchPlan(executable: executablePath, arguments: arguments, environment: env.map { "\($0.0)=\($0.1)" },
                          workingDirectory: workingDirectory, record: record, hostScratch: hostScratch,
                          cgroup: cgroup, sandboxed: sandboxed)
    }

    static func realPath(_ path: String) -> String {
        guard let resolved = Foundation.realpath(path, nil) else { return (path as NSString).standardizingPath }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Finds the executable on PATH; a pyenv shim (a bash script that needs all of
    /// pyenv) is replaced by the real interpreter it would run.
    static func resolveExecutable(_ name: String) throws(AgentLaunchError) -> String {
        var path: String?
        if name.contains("/") {
            path = FileManager.default.isExecutableFile(atPath: name) ? realPath(name) : nil
        } else {
            let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
            for dir in searchPath.split(separator: ":") {
                let candidate = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { path = candidate; break }
            }
        }
        guard var resolved = path else {
            throw AgentLaunchError("agent executable '\(name)' not found (or not executable)")
        }
        let dir = (resolved as NSString).deletingLastPathComponent
        if (dir as NSString).lastPathComponent == "shims" {
            let root = (dir as NSString).deletingLastPathComponent
            if let real = pyenvWhich(root: root, name: (resolved as NSString).lastPathComponent) { resolved = real }
        }
        return realPath(resolved)
    }

    private static func pyenvWhich(root: String, name: String) -> String? {
        let pyenv = ["\(root)/bin/pyenv", "\(root)/libexec/pyenv"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let pyenv else { return nil }
        let process = Process()
        let pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: pyenv)
        process.arguments = ["which", name]
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        var env = ProcessInfo.processInfo.environment
        env["PYENV_ROOT"] = root
        process.environment = env
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// A directory shown to the agent must not be, contain or lie inside a protected
    /// path, nor contain the user's home directory.
    static func checkProtected(_ visible: [String], protected: [String]) throws(AgentLaunchError) {
        let home = ProcessInfo.processInfo.environment["HOME"].map { realPath($0) }
        for dir in visible {
            let d = dir.hasSuffix("/") ? dir : dir + "/"
            if d == "/" { throw AgentLaunchError("refusing to show the whole file system to the agent") }
            for p in protected {
                let resolved = realPath(p)
                let pp = resolved.hasSuffix("/") ? resolved : resolved + "/"
                if pp.hasPrefix(d) || d.hasPrefix(pp) {
                    throw AgentLaunchError("agent directory '\(dir)' would expose the protected path '\(resolved)'")
                }
            }
            if let home, (home + "/").hasPrefix(d) {
                throw AgentLaunchError("agent directory '\(dir)' would expose the home directory '\(home)'")
            }
        }
    }
}
