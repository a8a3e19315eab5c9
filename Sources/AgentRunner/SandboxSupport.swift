import Foundation

/// What this machine allows, detected once at start-up. Anything missing is a warning
/// that the runner prints and records with the run, never a silent downgrade.
public struct SandboxSupport: Sendable, Equatable {
    /// Path of `bwrap`, if installed.
    public var bubblewrap: String?
    /// Whether bwrap could create user, mount, PID, IPC and network namespaces here.
    public var namespaces: Bool
    /// Path of util-linux `prlimit`, which applies the rlimits inside the sandbox.
    public var prlimit: String?
    /// A cgroup directory (v1 or v2) under which a per-agent pids group can be made.
    public var pidsCgroup: String?
    /// Likewise for memory.
    public var memoryCgroup: String?
    /// Whether the cgroup directories are v2 (`pids.max`, `memory.max`) rather than v1.
    public var cgroupV2: Bool
    /// True when the harness runs as root. Then RLIMIT_NPROC does not bind (the
    /// sandbox's uid maps to root outside), so only a pids cgroup limits processes.
    public var runningAsRoot: Bool
    public var warnings: [String]

    public var canSandbox: Bool { bubblewrap != nil && namespaces }

    public init(bubblewrap: String?, namespaces: Bool, prlimit: String?, pidsCgroup: String?, memoryCgroup: String?,
                cgroupV2: Bool, runningAsRoot: Bool, warnings: [String]) {
        self.bubblewrap = bubblewrap
        self.namespaces = namespaces
        self.prlimit = prlimit
        self.pidsCgroup = pidsCgroup
        self.memoryCgroup = memoryCgroup
        self.cgroupV2 = cgroupV2
        self.runningAsRoot = runningAsRoot
        self.warnings = warnings
    }

    /// Detection result for this process (the probe spawns bwrap once, about 10 ms).
    public static let current: SandboxSupport = detect()

    public static func detect() -> SandboxSupport {
        var support = SandboxSupport(bubblewrap: findExecutable("bwrap"), namespaces: false,
                                     prlimit: findExecutable("prlimit"), pidsCgroup: nil, memoryCgroup: nil,
                                     cgroupV2: false, runningAsRoot: geteuid() == 0, warnings: [])
        if let bwrap = support.bubblewrap {
            support.namespaces = probeNamespaces(bwrap: bwrap)
            if !support.namespaces {
                support.warnings.append("bubblewrap cannot create user/mount/pid/net namespaces on this machine: agents run WITHOUT a sandbox (they can read the harness's files and use the network)")
            }
        } else {
            support.warnings.append("bubblewrap (bwrap) is not installed (apt-get install bubblewrap): agents run WITHOUT a sandbox (they can read the harness's files and use the network)")
        }
        if support.prlimit == nil {
            support.warnings.append("prlimit (util-linux) is not installed: agents run WITHOUT rlimits on CPU, memory, file size, open files and processes")
        }
        detectCgroups(&support)
        for base in Set([support.pidsCgroup, support.memoryCgroup].compactMap { $0 }).sorted() {
            removeStaleGroups(in: base)
        }
        if support.pidsCgroup == nil && support.runningAsRoot {
            support.warnings.append("no writable pids cgroup and the harness runs as root: the process limit is NOT enforced (RLIMIT_NPROC does not apply to root), so a fork bomb is stopped only by the deadlines")
        }
        if support.memoryCgroup == nil {
            support.warnings.append("no writable memory cgroup: agent memory is limited by RLIMIT_AS only")
        }
        return support
    }

    static func findExecutable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") + ["/usr/bin", "/bin", "/usr/sbin"] {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    private static func probeNamespaces(bwrap: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: bwrap)
        process.arguments = ["--unshare-all", "--unshare-user", "--uid", "1000", "--gid", "1000",
                             "--die-with-parent", "--new-session", "--cap-drop", "ALL",
                             "--ro-bind", "/usr", "/usr", "--symlink", "usr/bin", "/bin",
                             "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64",
                             "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp", "/usr/bin/true"]
        process.environment = [:]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return false
        }
        process.waitUntilExit()
        return process.terminationReason == .exit && process.terminationStatus == 0
    }

    /// Finds, for each controller, this process's own cgroup directory and checks that a
    /// child group can be made there (the child keeps the parent's limits).
    private static func detectCgroups(_ support: inout SandboxSupport) {
        guard let membership = try? String(contentsOfFile: "/proc/self/cgroup", encoding: .utf8) else { return }
        var v1: [String: String] = [:]
        var v2Path: String?
        for line in membership.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3 else { continue }
            if parts[0] == "0" && parts[1].isEmpty { v2Path = String(parts[2]) }
            for controller in parts[1].split(separator: ",") { v1[String(controller)] = String(parts[2]) }
        }
        func usable(_ dir: String, file: String) -> Bool {
            FileManager.default.isWritableFile(atPath: dir) && FileManager.default.fileExists(atPath: "\(dir)/cgroup.procs")
                && probeChild(of: dir, file: file)
        }
        if let path = v1["pids"] {
            let dir = "/sys/fs/cgroup/pids" + (path == "/" ? "" : path)
            if usable(dir, file: "pids.max") { support.pidsCgroup = dir }
        }
        if let path = v1["memory"] {
            let dir = "/sys/fs/cgroup/memory" + (path == "/" ? "" : path)
            if usable(dir, file: "memory.limit_in_bytes") { support.memoryCgroup = dir }
        }
        if support.pidsCgroup == nil, support.memoryCgroup == nil, let path = v2Path,
           FileManager.default.fileExists(atPath: "/sys/fs/cgroup/cgroup.controllers") {
            let dir = "/sys/fs/cgroup" + (path == "/" ? "" : path)
            if usable(dir, file: "pids.max") { support.pidsCgroup = dir; support.cgroupV2 = true }
            if usable(dir, file: "memory.max") { support.memoryCgroup = dir; support.cgroupV2 = true }
        }
    }

    /// A harness killed with SIGKILL cannot remove its agents' (by then empty) cgroups;
    /// the next one does, for every group whose owner process is gone.
    private static func removeStaleGroups(in base: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: base) else { return }
        for name in names.sorted() where name.hasPrefix("gauntlet-") {
            let parts = name.split(separator: "-")
            guard parts.count == 3, let owner = pid_t(parts[1]), owner != getpid() else { continue }
            if kill(owner, 0) != 0 && errno == ESRCH {
                rmdir("\(base)/\(name)")  // fails, harmlessly, if anything still runs in it
            }
        }
    }

    private static func probeChild(of dir: String, file: String) -> Bool {
        let probe = "\(dir)/gauntlet-probe-\(getpid())"
        guard mkdir(probe, 0o755) == 0 || errno == EEXIST else { return false }
        defer { rmdir(probe) }
        return FileManager.default.fileExists(atPath: "\(probe)/\(file)")
    }

    /// One line per fact, for logs and the run record.
    public var summary: String {
        var parts: [String] = []
        parts.append(canSandbox ? "bubblewrap \(bubblewrap ?? "")" : "NO SANDBOX")
        parts.append(prlimit != nil ? "rlimits" : "NO RLIMITS")
        parts.append(pidsCgroup != nil ? "pids cgroup" : "no pids cgroup")
        parts.append(memoryCgroup != nil ? "memory cgroup" : "no memory cgroup")
        return parts.joined(separator: ", ")
    }
}
