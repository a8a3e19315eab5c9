import AgentProtocol
import AgentRunner
import Foundation
import GauntletTesting
import Synchronization
import Testing
import Vocabulary

/// What the runner does on machines that allow less, and the rarer deadlines and spaces.
@Suite struct SandboxModeTests {
    /// This machine as if bubblewrap were not installed.
    static var withoutBubblewrap: SandboxSupport {
        var support = SandboxSupport.current
        support.bubblewrap = nil
        support.namespaces = false
        support.warnings = ["bubblewrap (bwrap) is not installed (apt-get install bubblewrap): agents run WITHOUT a sandbox (they can read the harness's files and use the network)"]
        return support
    }

    @Test func thisMachineIsDetectedAsSandboxCapable() {
        let support = SandboxSupport.current
        #expect(support.canSandbox, "this machine has bubblewrap and user namespaces: \(support.warnings)")
        #expect(support.prlimit != nil)
    }

    @Test func withoutBubblewrapItDegradesLoudlyAndRecordsIt() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let script = try checkout.agent("where", pythonPrelude + """
        handshake()
        stop({"uid": os.getuid(), "cwd": os.getcwd()})
        for m in messages():
            if m["type"] == "bye": break
        """)
        var configuration = checkout.configuration([python3, script])
        configuration.isolation = .preferSandbox
        let process = try AgentProcess.launch(configuration, support: Self.withoutBubblewrap)
        #expect(process.record.isolation == "none")
        #expect(process.record.warnings.contains { $0.contains("WITHOUT a sandbox") })
        process.send(.hello(harness: "test", mode: .episode))
        guard case .line = await process.receive(timeout: .seconds(10), kind: .handshake) else {
            Issue.record("no ready: \(process.stderr.text)")
            return
        }
        process.send(.episode(shopEpisode()))
        guard case .line(let line) = await process.receive(timeout: .seconds(10), kind: .step),
              case .action(let message) = try AgentMessage.decode(line: line, space: .web),
              case .stop(let answer) = message.action else {
            Issue.record("no answer")
            return
        }
        // A private scratch directory on the host, not the harness's working directory.
        #expect(answer.value["cwd"]?.stringValue?.contains("gauntlet-scratch-") == true)
        process.send(.bye)
        #expect(await process.shutdown() == .exited(code: 0))
    }

    @Test func requiringASandboxWithoutBubblewrapRefusesToStart() throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let script = try checkout.agent("x", "print(1)")
        #expect(throws: AgentLaunchError.self) {
            _ = try AgentProcess.launch(checkout.configuration([python3, script]), support: Self.withoutBubblewrap)
        }
    }

    @Test func idleTimeoutEndsASilentAgentBeforeTheStepDeadline() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let script = try checkout.agent("idle", pythonPrelude + "import time\nhandshake()\ntime.sleep(60)\n")
        var configuration = checkout.configuration([python3, script])
        configuration.idleTimeout = .seconds(1)
        let (_, t, _) = try await playOne(configuration, episode: shopEpisode(stepSeconds: 30))
        #expect(t?.reason == .agentTerminated(.timedOut(.idle)))
        #expect(t?.statusIfUnanswered == .timeout)
    }

    @Test func stepLimitEndsAnEpisodeWithoutAStop() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let script = try checkout.agent("scroller", pythonPrelude + """
        m = handshake()
        while m["type"] != "bye":
            if m["type"] in ("episode", "observation"):
                send({"type": "action", "action": "scroll [down]"})
            m = json.loads(sys.stdin.readline())
        """)
        let (_, t, _) = try await playOne(checkout.configuration([python3, script]), episode: shopEpisode(steps: 4))
        #expect(t?.reason == .stepLimit)
        #expect(t?.steps.count == 4)
        #expect(t?.statusIfUnanswered == .stepLimit)
    }

    /// A text game: plain commands reach the environment as `say`.
    struct EchoGame: AgentEnvironment {
        func perform(_ action: Action) async throws -> StepResult {
            guard case .say(let command) = action else { return StepResult(observation: Self.room, actionError: "not a command") }
            return StepResult(observation: Observation(url: "game:cellar", title: "Cellar", text: "You said: \(command)"))
        }
        static let room = Observation(url: "game:cellar", title: "Cellar", text: "You are in a cellar. Exits: north.")
    }

    @Test func textGameEpisodesTakePlainCommands() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let script = try checkout.agent("player", pythonPrelude + """
        m = handshake()
        assert m["action_space"] == "text", m["action_space"]
        send({"type": "action", "action": "go north"})
        m = json.loads(sys.stdin.readline())
        stop(m["observation"]["text"])
        for m in messages():
            if m["type"] == "bye": break
        """)
        let start = EpisodeStart(episode: EpisodeInfo(id: "g", index: 0, seed: 1), task: TaskBrief(id: "game/t", goal: "Leave."),
                                 actionSpace: .text, limits: EpisodeLimits(steps: 5, stepSeconds: 5, episodeSeconds: 20), observation: EchoGame.room)
        let (_, t, _) = try await playOne(checkout.configuration([python3, script]), episode: start, environment: EchoGame())
        #expect(t?.steps.first?.action == Action.say("go north").description)
        #expect(t?.answerText == "You said: go north")
    }

    @Test func theRecordListsLimitsAndVisibleDirectories() throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let script = try checkout.agent("rec", "print(1)")
        let process = try AgentProcess.launch(checkout.configuration([python3, script]))
        defer { Task { await process.terminate(.stoppedByHarness) } }
        let record = process.record
        #expect(record.visibleDirectories.contains("\(checkout.root)/agents/rec"))
        #expect(!record.visibleDirectories.contains { $0.hasPrefix("\(checkout.root)/tasks") })
        #expect(record.limits == record.limits.sorted())
        #expect(record.limits.contains("processes=32"))
        #expect(record.command.last == "\(checkout.root)/agents/rec/rec.py")
    }
}

/// The sandbox dies with the harness: killing gauntlet with SIGKILL (no clean-up code
/// runs) must not leave the agent running.
@Suite struct DieWithParentTests {
    static func processes(containing marker: String) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            return String(decoding: data, as: UTF8.self).contains(marker)
        }
    }

    @Test func agentDiesWhenTheHarnessIsKilled() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let gauntlet = try BuiltProduct.gauntlet.path()
        let script = try checkout.agent("orphan", pythonPrelude + "import time\nhandshake()\ntime.sleep(120)\n")
        let harness = Process()
        harness.executableURL = URL(fileURLWithPath: gauntlet)
        harness.arguments = ["bench", "protocol", "--agent", "\(try LaunchPlanAccess.python()) \(script)", "--iterations", "1", "--spawns", "1"]
        harness.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        harness.standardError = errors
        try harness.run()
        let launched = ContinuousClock.now
        // Wait until the agent is up inside its sandbox.
        var running: [Int32] = []
        // Its processes are found through gauntlet's per-agent pids cgroup when there is
        // one (cheap and exact), else by the script path in their command lines.
        let group = SandboxSupport.current.pidsCgroup.map { "\($0)/gauntlet-\(harness.processIdentifier)-1/cgroup.procs" }
        func sandboxProcesses() -> [Int32] {
            // The cgroup's number depends on how many agents the bench started before this
            // one; the script path in the command line finds the agent either way.
            var found = Set(Self.processes(containing: script))
            if let group, let text = try? String(contentsOfFile: group, encoding: .utf8) {
                found.formUnion(text.split(separator: "\n").compactMap { Int32($0) })
            }
            return found.sorted()
        }
        // Poll with a blocking sleep: with hundreds of tests in parallel on two cores, a
        // suspended task can wake too late to see the agent before the bench gives up.
        while running.isEmpty && harness.isRunning && ContinuousClock.now - launched < .seconds(60) {
            usleep(20_000)
            running = sandboxProcesses().filter { pid in
                (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.hasPrefix("python") == true
            }
        }
        if running.isEmpty {
            harness.waitUntilExit()
            let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            Issue.record("the agent never started; gauntlet said: \(log)")
            return
        }
        kill(harness.processIdentifier, SIGKILL)
        harness.waitUntilExit()
        var left = running
        let killed = ContinuousClock.now
        while !left.isEmpty && ContinuousClock.now - killed < .seconds(10) {
            try await Task.sleep(for: .milliseconds(100))
            left = running.filter { kill($0, 0) == 0 && Self.processes(containing: script).contains($0) }
        }
        #expect(left.isEmpty, "agent processes outlived the harness: \(left)")
    }
}

/// The interpreter the runner would use, resolved outside any test helper.
enum LaunchPlanAccess {
    static func python() throws -> String {
        let process = Process()
        let pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sh", "-c", "command -v python3"]
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// bwrap's --die-with-parent is PR_SET_PDEATHSIG, which fires when the *thread* that
/// spawned it exits (containers/bubblewrap#692). An agent launched from a thread that
/// then ends must live on.
@Suite struct SpawningThreadTests {
    @Test func agentOutlivesTheThreadThatLaunchedIt() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let script = try checkout.agent("survivor", pythonPrelude + "handshake()\nstop('alive')\nsys.stdin.readline()\n")
        let configuration = checkout.configuration([python3, script])
        let launched = Mutex<Result<AgentProcess, AgentLaunchError>?>(nil)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            launched.withLock { $0 = Result { () throws(AgentLaunchError) in try AgentProcess.launch(configuration) } }
            done.signal()
            // Exit only once bwrap has had time to arm its parent-death signal (it does so
            // asynchronously after start; an earlier exit would not test anything).
            usleep(400_000)
        }
        thread.start()
        done.wait()
        let process = try #require(launched.withLock { $0 }).get()
        try await Task.sleep(for: .milliseconds(1200))  // the launching thread is gone by now
        process.send(.hello(harness: "test", mode: .episode))
        #expect(await process.receive(timeout: .seconds(10), kind: .handshake) != .ended(.signaled(signal: SIGKILL, limit: nil)))
        process.send(.episode(shopEpisode()))
        guard case .line(let line) = await process.receive(timeout: .seconds(10), kind: .step) else {
            Issue.record("the agent died: \(String(describing: process.termination))")
            return
        }
        #expect(try AgentMessage.decode(line: line, space: .web) == .action(ActionMessage(action: .stop(Answer(status: .ok, value: .string("alive"))))))
        _ = await process.terminate(.stoppedByHarness)
    }
}
