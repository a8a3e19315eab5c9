import Foundation

/// The agent command resolved against the file system: the absolute executable, the
/// files it names, and the directories the sandbox must show. Resolving it has no side
/// effects, so a run checks it before its first episode (`AgentProcess.check`).
struct ResolvedCommand: Sendable {
    var executable: String
    /// The command with the executable and every file it names made absolute.
    var command: [String]
    var files: [FileDigest]
    /// Directories shown read-only to the agent, in the order they were found.
    var visible: [String]
    /// SHA-256 of the executable.
    var digest: String

    /// Interpreters whose first operand is a script file that must exist.
    static let interpreters = ["python", "python3", "node", "ruby", "perl", "bash", "sh", "php", "Rscript", "julia", "deno", "bun"]
    /// Options after which an interpreter runs no script file (a module, inline code).
    static let scriptlessOptions: Set = ["-m", "-c", "-e", "-r", "--eval", "--print", "-p", "run"]

    init(_ configuration: AgentConfiguration) throws(AgentLaunchError) {
        guard let first = configuration.command.first, !first.isEmpty else {
            throw AgentLaunchError("the agent command is empty", fix: "pass --agent \"python3 my_agent.py\" or similar")
        }
        let executable = try Self.resolveExecutable(first)
        var visible: [String] = []
        func expose(_ dir: String) { if !visible.contains(dir) { visible.append(dir) } }
        if !LaunchPlan.systemPrefixes.contains(where: { executable.hasPrefix($0) }) {
            let dir = (executable as NSString).deletingLastPathComponent
            // An interpreter in PREFIX/bin needs PREFIX (its standard library).
            expose((dir as NSString).lastPathComponent == "bin" ? (dir as NSString).deletingLastPathComponent : dir)
        }
        try Self.checkScript(configuration.command, executable: executable)
        var command = [executable]
        var files: [FileDigest] = []
        for argument in configuration.command.dropFirst() {
            var isDirectory: ObjCBool = false
            if !argument.hasPrefix("-"), FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), !isDirectory.boolValue {
                let path = LaunchPlan.realPath(argument)
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
                throw AgentLaunchError("agent directory '\(dir)' does not exist or is not a directory",
                                       fix: "check the path given to --agent-dir")
            }
            expose(LaunchPlan.realPath(dir))
        }
        try Self.checkProtected(visible, protected: configuration.protectedPaths)
        do {
            digest = try FileDigestCache.sha256(ofFile: executable)
        } catch {
            throw AgentLaunchError("cannot read the agent executable '\(executable)': \(error)")
        }
        self.executable = executable
        self.command = command
        self.files = files
        self.visible = visible
    }

    /// An interpreter's script must exist: without this check a misspelt script gives an
    /// interpreter that exits at once, in every episode.
    static func checkScript(_ command: [String], executable: String) throws(AgentLaunchError) {
        let name = (executable as NSString).lastPathComponent
        let base = name.prefix { !$0.isNumber && $0 != "." } // python3.12 → python
        guard interpreters.contains(name) || interpreters.contains(String(base)) else { return }
        for argument in command.dropFirst() {
            if scriptlessOptions.contains(argument) { return }
            if argument.hasPrefix("-") { continue }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                let cwd = FileManager.default.currentDirectoryPath
                throw AgentLaunchError("the agent script '\(argument)' does not exist (looked in \(cwd))",
                                       fix: "check the script's path; a relative path is relative to the folder gauntlet runs in")
            }
            return
        }
    }

    /// Finds the executable on PATH; a pyenv shim (a bash script that needs all of
    /// pyenv) is replaced by the real interpreter it would run.
    static func resolveExecutable(_ name: String) throws(AgentLaunchError) -> String {
        var path: String?
        if name.contains("/") {
            path = FileManager.default.isExecutableFile(atPath: name) ? LaunchPlan.realPath(name) : nil
        } else {
            let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
            for dir in searchPath.split(separator: ":") {
                let candidate = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { path = candidate; break }
            }
        }
        guard var resolved = path else {
            throw AgentLaunchError(
                "agent executable '\(name)' not found (or not executable)",
                fix: name.contains("/") ? "check the path, and `chmod +x` a script that is run directly"
                    : "give the interpreter or program by a name on PATH, or by its full path")
        }
        let dir = (resolved as NSString).deletingLastPathComponent
        if (dir as NSString).lastPathComponent == "shims" {
            let root = (dir as NSString).deletingLastPathComponent
            if let real = PyenvShims.interpreter(root: root, name: (resolved as NSString).lastPathComponent) { resolved = real }
        }
        return LaunchPlan.realPath(resolved)
    }

    /// A directory shown to the agent must not be, contain or lie inside a protected
    /// path, nor contain the user's home directory.
    static func checkProtected(_ visible: [String], protected: [String]) throws(AgentLaunchError) {
        let home = ProcessInfo.processInfo.environment["HOME"].map { LaunchPlan.realPath($0) }
        for dir in visible {
            let d = dir.hasSuffix("/") ? dir : dir + "/"
            if d == "/" {
                throw AgentLaunchError("refusing to show the whole file system to the agent",
                                       fix: "put the agent in a folder of its own")
            }
            for p in protected {
                let resolved = LaunchPlan.realPath(p)
                let pp = resolved.hasSuffix("/") ? resolved : resolved + "/"
                if pp.hasPrefix(d) || d.hasPrefix(pp) {
                    throw AgentLaunchError(
                        "agent directory '\(dir)' would expose the protected path '\(resolved)'",
                        fix: pp.hasPrefix(d)
                            ? "move the agent into a folder of its own that does not contain '\(resolved)', e.g. not the checkout's parent folder (the folder of every file the agent command names is shown to the agent, and so is each --agent-dir)"
                            : "move the agent out of '\(resolved)': tasks, sandboxes and the leaderboard are hidden from agents")
                }
            }
            if let home, (home + "/").hasPrefix(d) {
                throw AgentLaunchError("agent directory '\(dir)' would expose the home directory '\(home)'",
                                       fix: "move the agent into a folder of its own below the home directory")
            }
        }
    }
}
