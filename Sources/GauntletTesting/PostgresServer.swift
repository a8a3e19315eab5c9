import Foundation

/// A real PostgreSQL server for one test: `initdb` in a temporary folder, started with
/// `pg_ctl` on a free port of 127.0.0.1 (and its socket in that folder), stopped with `stop()`.
/// The binaries are Debian's (`scripts/install-deps` installs `postgresql`): from
/// `GAUNTLET_POSTGRES_BIN`, else the newest `/usr/lib/postgresql/N/bin`, else `PATH`.
/// PostgreSQL refuses to run as root, so as root it runs as the `postgres` user.
public final class PostgresServer: Sendable {
    public let port: Int
    let folder: String
    let bin: String

    public static func start() throws -> PostgresServer {
        let bin = try binaries()
        let folder = try TemporaryFolder.make("postgres")
        let port = try freePort()
        let server = PostgresServer(port: port, folder: folder, bin: bin)
        if getuid() == 0 {
            try FileManager.default.setAttributes([.ownerAccountName: "postgres", .posixPermissions: 0o700], ofItemAtPath: folder)
        }
        try server.run("initdb", ["-D", folder + "/data", "-A", "trust", "-U", "gauntlet", "-E", "UTF8", "--no-sync"])
        try server.run("pg_ctl", ["-D", folder + "/data", "-l", folder + "/server.log", "-w", "-t", "60",
                                  "-o", "-p \(port) -h 127.0.0.1 -k \(folder) -F -c max_connections=200", "start"])
        return server
    }

    init(port: Int, folder: String, bin: String) {
        self.port = port
        self.folder = folder
        self.bin = bin
    }

    /// A new, empty database on this server, as the `postgres://` URL `--db` takes.
    public func createDatabase(_ name: String) throws -> String {
        try run("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "gauntlet", name])
        return "postgres://gauntlet@127.0.0.1:\(port)/\(name)"
    }

    /// Stops the server at once and removes its folder.
    public func stop() {
        try? run("pg_ctl", ["-D", folder + "/data", "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Runs a PostgreSQL tool to completion, its output in a log file beside the data.
    /// posix_spawn and waitpid, not Foundation's Process: `pg_ctl start` leaves the server
    /// running in the background, and Process then never saw its child exit.
    private func run(_ tool: String, _ arguments: [String]) throws {
        var command = [bin + "/" + tool] + arguments
        if getuid() == 0 { command = ["/usr/sbin/runuser", "-u", "postgres", "--"] + command }
        let log = folder + "/\(tool).out"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var argv = command.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command[0], &actions, nil, &argv, environ)
        guard spawned == 0 else { throw PostgresServerError("\(command[0]): posix_spawn failed with \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard status == 0 else {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw PostgresServerError("\(command.joined(separator: " ")) exited with status \(status): \(text)")
        }
    }

    static func binaries() throws -> String {
        let environment = ProcessInfo.processInfo.environment
        if let bin = environment["GAUNTLET_POSTGRES_BIN"] { return bin }
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap(Int.init).sorted()
        for version in versions.reversed() where FileManager.default.isExecutableFile(atPath: "\(root)/\(version)/bin/initdb") {
            return "\(root)/\(version)/bin"
        }
        for directory in (environment["PATH"] ?? "").split(separator: ":")
        where FileManager.default.isExecutableFile(atPath: "\(directory)/initdb") {
            return String(directory)
        }
        throw PostgresServerError("no initdb: install Debian's postgresql (scripts/install-deps) or set GAUNTLET_POSTGRES_BIN")
    }

    /// A port the kernel picked for a socket bound to 127.0.0.1, free once that socket closes.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw PostgresServerError("socket: errno \(errno)") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw PostgresServerError("bind 127.0.0.1:0: errno \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

public struct PostgresServerError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
