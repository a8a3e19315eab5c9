import Foundation

/// The per-agent cgroups (pids, memory) that hold the agent and all it starts.
struct AgentCgroup: Sendable {
    let directories: [String]
    let memoryDirectory: String?
    let v2: Bool

    /// Makes the groups and writes the limits. Returns nil when nothing could be made.
    static func make(support: SandboxSupport, limits: ResourceLimits, name: String) -> AgentCgroup? {
        var dirs: [String] = []
        var memoryDir: String?
        if let base = support.pidsCgroup, let processes = limits.processes {
            let dir = "\(base)/\(name)"
            if mkdir(dir, 0o755) == 0 || errno == EEXIST, write(String(processes), to: "\(dir)/pids.max") {
                dirs.append(dir)
            } else {
                rmdir(dir)
            }
        }
        if let base = support.memoryCgroup, let bytes = limits.memoryBytes {
            let dir = "\(base)/\(name)"
            if !dirs.contains(dir) { _ = mkdir(dir, 0o755) }
            let file = support.cgroupV2 ? "memory.max" : "memory.limit_in_bytes"
            if write(String(bytes), to: "\(dir)/\(file)") {
                if !dirs.contains(dir) { dirs.append(dir) }
                memoryDir = dir
            } else if !dirs.contains(dir) {
                rmdir(dir)
            }
        }
        guard !dirs.isEmpty else { return nil }
        return AgentCgroup(directories: dirs, memoryDirectory: memoryDir, v2: support.cgroupV2)
    }

    private static func write(_ value: String, to path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let bytes = Array(value.utf8)
        return bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) } == bytes.count
    }

    /// A shell prefix that moves the shell into the groups and then execs the command,
    /// so the agent is inside them before it can fork.
    var joinScript: String {
        directories.map { "echo $$ > '\($0)/cgroup.procs'" }.joined(separator: " && ") + " && exec \"$0\" \"$@\""
    }

    /// Every process in the groups.
    func pids() -> [pid_t] {
        var result: Set<pid_t> = []
        for dir in directories {
            guard let text = try? String(contentsOfFile: "\(dir)/cgroup.procs", encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") { if let pid = pid_t(line) { result.insert(pid) } }
        }
        return result.sorted()
    }

    func signalAll(_ signal: Int32, except excluded: pid_t? = nil) {
        for pid in pids() where pid != excluded { kill(pid, signal) }
    }

    /// Whether the memory limit was hit (the OOM killer's SIGKILL is then explained).
    var memoryLimitHit: Bool {
        guard let dir = memoryDirectory else { return false }
        if v2 {
            guard let events = try? String(contentsOfFile: "\(dir)/memory.events", encoding: .utf8) else { return false }
            return events.split(separator: "\n").contains { $0.hasPrefix("oom_kill ") && !$0.hasSuffix(" 0") }
        }
        guard let text = try? String(contentsOfFile: "\(dir)/memory.failcnt", encoding: .utf8) else { return false }
        return (Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 0
    }

    /// Removes the groups once empty; stragglers are killed first.
    func remove() {
        for _ in 0..<100 {
            signalAll(SIGKILL)
            var remaining = 0
            for dir in directories where rmdir(dir) != 0 && errno != ENOENT { remaining += 1 }
            if remaining == 0 { return }
            usleep(10_000)
        }
    }
}
