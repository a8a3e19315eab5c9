import Digest
import AgentProtocol
import AgentRunner
import Foundation
import Testing

/// Hostile agents that go after gold answers, checkers and databases. Each reports what
/// it managed to read through its answer; none may see the secret.
@Suite struct HostileFileAccessTests {
    /// Tries every path in `paths` and answers with what it read.
    static func reader(_ paths: [String]) -> String {
        pythonPrelude + """
        paths = \(String(decoding: try! JSONEncoder().encode(paths), as: UTF8.self))
        handshake()
        found = []
        for p in paths:
            try:
                with open(p, "rb") as f:
                    found.append(p + "=" + f.read(4096).decode("latin-1"))
            except Exception as e:
                found.append(p + "!" + type(e).__name__)
        stop(" | ".join(found))
        for m in messages():
            if m["type"] == "bye": break
        """
    }

    @Test func cannotReadTasksByAbsolutePath() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let script = try checkout.agent("abs", Self.reader([
            "\(checkout.root)/tasks/secret.json", "\(checkout.root)/tasks/shop/task-001.json",
            "\(checkout.root)/leaderboard/gauntlet.sqlite", "\(checkout.root)/sandboxes/shop/shop.sqlite",
        ]))
        let (_, transcript, _) = try await playOne(checkout.configuration([python3, script]))
        let answer = try #require(transcript).answerText
        #expect(!answer.contains(TestCheckout.secret))
        #expect(answer.contains("secret.json!FileNotFoundError"))
        #expect(answer.contains("gauntlet.sqlite!FileNotFoundError"))
    }

    @Test func cannotReadTasksByRelativePath() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        // From the script's directory (agents/rel) and from the working directory.
        let script = try checkout.agent("rel", Self.reader([
            "../../tasks/secret.json", "../tasks/secret.json", "tasks/secret.json",
            "\(checkout.root)/agents/rel/../../tasks/secret.json", "../../leaderboard/gauntlet.sqlite",
        ]).replacingOccurrences(of: "handshake()\n", with: "handshake()\nos.chdir(os.path.dirname(os.path.abspath(__file__)))\n"))
        let (_, transcript, _) = try await playOne(checkout.configuration([python3, script]))
        let answer = try #require(transcript).answerText
        #expect(!answer.contains(TestCheckout.secret))
        #expect(answer.contains("!FileNotFoundError"))
    }

    @Test func cannotReadThroughProcOfTheHarness() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let harness = getpid()
        let paths = ["/proc/\(harness)/root\(checkout.root)/tasks/secret.json", "/proc/\(harness)/cwd/tasks/secret.json",
                     "/proc/\(harness)/environ", "/proc/1/root\(checkout.root)/tasks/secret.json",
                     "/proc/\(getppid())/root\(checkout.root)/tasks/secret.json"]
        let script = try checkout.agent("proc", Self.reader(paths) + "\n# also list every pid visible\n")
        var configuration = checkout.configuration([python3, script])
        configuration.environment = ["HARNESS_PID": String(harness)]
        let (_, transcript, _) = try await playOne(configuration)
        let answer = try #require(transcript).answerText
        #expect(!answer.contains(TestCheckout.secret))
        #expect(!answer.contains("PATH=/"))  // the harness's environ is not readable
    }

    @Test func seesOnlyItsOwnFilesAndAClearedEnvironment() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        setenv("GAUNTLET_TEST_HARNESS_CANARY", "harness-only-value", 1)
        let script = try checkout.agent("env", pythonPrelude + """
        handshake()
        info = {"uid": os.getuid(), "env": sorted(os.environ.keys()), "passed": os.environ.get("PASSED_TO_AGENT"),
                "root": sorted(os.listdir("/")), "home": sorted(os.listdir("/root")) if os.path.isdir("/root") else [],
                "agents": sorted(os.listdir(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))),
                "caps": [l.split()[1] for l in open("/proc/self/status") if l.startswith("CapEff")][0],
                "cwd": os.getcwd()}
        stop(info)
        for m in messages():
            if m["type"] == "bye": break
        """)
        _ = try checkout.agent("other", "print('another agent')")
        var configuration = checkout.configuration([python3, script])
        configuration.environment = ["PASSED_TO_AGENT": "yes"]
        let (_, transcript, session) = try await playOne(configuration)
        let value = try #require(transcript?.answer?.value)
        #expect(value["uid"]?.intValue == 1000)
        #expect(value["passed"]?.stringValue == "yes")
        #expect(value["caps"]?.stringValue == "0000000000000000")
        #expect(value["cwd"]?.stringValue == "/scratch")
        // Of /root, only the interpreter's prefix under .pyenv (if Python lives there) shows.
        let home = value["home"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(home.allSatisfy { $0 == ".pyenv" })
        let root = value["root"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(!root.contains("work") && !root.contains("sys") && !root.contains("home"))
        let env = value["env"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(!env.contains("GAUNTLET_TEST_HARNESS_CANARY"))
        #expect(env.contains("PATH") && env.contains("HOME"))
        // Its own directory is visible; a sibling agent's is not.
        #expect(value["agents"]?.arrayValue?.compactMap(\.stringValue) == ["env"])
        // The record carries the digest of the script as it was run.
        let record = session.process.record
        #expect(record.files.first?.sha256 == (try SHA256.hexOfFile(atPath: script)))
        #expect(record.executable.sha256.count == 64)
        #expect(record.network == "none")
    }

    @Test func cannotWriteOutsideScratch() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let script = try checkout.agent("writer", pythonPrelude + """
        handshake()
        here = os.path.dirname(os.path.abspath(__file__))
        results = []
        for p in [here + "/planted.txt", "\(checkout.root)/tasks/secret.json", "/usr/planted.txt", "/etc/planted.txt",
                  "/proc/planted.txt", "/scratch/ok.txt", "/tmp/ok.txt"]:
            try:
                with open(p, "w") as f:
                    f.write("x")
                results.append(p + "=written")
            except Exception as e:
                results.append(p + "!" + type(e).__name__)
        stop(" | ".join(results))
        for m in messages():
            if m["type"] == "bye": break
        """)
        let (_, transcript, _) = try await playOne(checkout.configuration([python3, script]))
        let answer = try #require(transcript).answerText
        #expect(answer.contains("/scratch/ok.txt=written"))
        #expect(answer.contains("/tmp/ok.txt=written"))
        #expect(answer.contains("planted.txt!"))
        #expect(!answer.contains("planted.txt=written"))
        #expect(!FileManager.default.fileExists(atPath: "\(checkout.root)/agents/writer/planted.txt"))
        let secret = try String(contentsOfFile: "\(checkout.root)/tasks/secret.json", encoding: .utf8)
        #expect(secret.contains(TestCheckout.secret))
    }

    @Test func cannotConnectToALoopbackListenerOfTheHost() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let listener = try LoopbackListener()
        defer { listener.close() }
        #expect(listener.hostCanConnect())  // the port is really open on the host
        let script = try checkout.agent("net", pythonPrelude + """
        import socket
        handshake()
        out = []
        for port in [\(listener.port), 22, 80]:
            try:
                s = socket.create_connection(("127.0.0.1", port), timeout=1)
                out.append("%d=connected" % port)
            except Exception as e:
                out.append("%d!%s" % (port, type(e).__name__))
        stop(" | ".join(out))
        for m in messages():
            if m["type"] == "bye": break
        """)
        let (_, transcript, _) = try await playOne(checkout.configuration([python3, script]))
        let answer = try #require(transcript).answerText
        #expect(answer.contains("\(listener.port)!ConnectionRefusedError"))
        #expect(!answer.contains("connected"))
    }

    @Test func cannotSignalTheHarness() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        // A bystander process of the harness's user, which must survive too.
        let bystander = Process()
        bystander.executableURL = URL(fileURLWithPath: "/bin/sleep")
        bystander.arguments = ["300"]  // outlives any slow run; killed below
        // Not the test's own stdout: a leftover child holding it would keep `swift test` waiting.
        bystander.standardOutput = FileHandle.nullDevice
        bystander.standardError = FileHandle.nullDevice
        try bystander.run()
        defer {
            kill(bystander.processIdentifier, SIGKILL)
            bystander.waitUntilExit()
        }
        let script = try checkout.agent("killer", pythonPrelude + """
        import signal
        handshake()
        out = []
        for pid in [int(os.environ["HARNESS_PID"]), int(os.environ["BYSTANDER_PID"]), -1]:
            try:
                os.kill(pid, signal.SIGKILL)
                out.append("%d=sent" % pid)
            except Exception as e:
                out.append("%d!%s" % (pid, type(e).__name__))
        stop(" | ".join(out))
        for m in messages():
            if m["type"] == "bye": break
        """)
        var configuration = checkout.configuration([python3, script])
        configuration.environment = ["HARNESS_PID": String(getpid()), "BYSTANDER_PID": String(bystander.processIdentifier)]
        let (_, transcript, _) = try await playOne(configuration)
        let answer = try #require(transcript).answerText
        #expect(answer.contains("\(getpid())!ProcessLookupError"))
        #expect(answer.contains("\(bystander.processIdentifier)!ProcessLookupError"))
        #expect(bystander.isRunning)
        #expect(kill(getpid(), 0) == 0)
    }

    @Test func refusesToExposeProtectedPaths() throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let script = try checkout.agent("ok", "print(1)")
        for dirs in [[checkout.root], ["\(checkout.root)/tasks"], ["\(checkout.root)/tasks/shop"], ["/"]] {
            var configuration = checkout.configuration([python3, script])
            configuration.agentDirectories = dirs
            #expect(throws: AgentLaunchError.self) { _ = try AgentProcess.launch(configuration) }
        }
        // A script inside a protected directory is refused too.
        #expect(throws: AgentLaunchError.self) {
            _ = try AgentProcess.launch(checkout.configuration([python3, "\(checkout.root)/tasks/secret.json"]))
        }
    }
}

/// A TCP listener on 127.0.0.1 of the host, on a free port.
final class LoopbackListener: Sendable {
    let fd: Int32
    let port: UInt16

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        guard bound == 0, listen(fd, 8) == 0 else { throw POSIXError(.EADDRINUSE) }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        self.fd = fd
        port = UInt16(bigEndian: address.sin_port)
    }

    func hostCanConnect() -> Bool {
        let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { Glibc.close(client) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = port.bigEndian
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }

    func close() { Glibc.close(fd) }
}
