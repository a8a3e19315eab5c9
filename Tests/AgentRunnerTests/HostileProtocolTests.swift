import AgentProtocol
import AgentRunner
import Foundation
import Testing
import Vocabulary

/// Hostile or broken agents on the protocol side: silence, late answers, garbage,
/// early exits, double answers.
@Suite struct HostileProtocolTests {
    func play(_ body: String, episode: EpisodeStart = shopEpisode(stepSeconds: 3)) async throws -> (HandshakeResult, EpisodeTranscript?, AgentSession) {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let script = try checkout.agent("agent", pythonPrelude + body)
        return try await playOne(checkout.configuration([python3, script]), episode: episode)
    }

    @Test func neverAnsweringTimesOut() async throws {
        let (_, t, _) = try await play("import time\nhandshake()\ntime.sleep(60)\n")
        #expect(t?.reason == .agentTerminated(.timedOut(.step)))
        #expect(t?.statusIfUnanswered == .timeout)
    }

    @Test func neverSayingReadyTimesOutTheHandshake() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let script = try checkout.agent("mute", "import time\ntime.sleep(60)\n")
        let session = try AgentSession(configuration: checkout.configuration([python3, script]), mode: .episode)
        let started = ContinuousClock.now
        let result = await session.handshake(timeout: .seconds(1))
        #expect(result == .failed(.timedOut(.handshake)))
        #expect(result.failureStatus == .timeout)
        #expect(ContinuousClock.now - started < .seconds(120))  // a hang guard, not a timing test
    }

    @Test func answeringAfterTheDeadlineIsATimeout() async throws {
        let (_, t, _) = try await play("import time\nhandshake()\ntime.sleep(4.5)\nstop('late')\ntime.sleep(5)\n")
        #expect(t?.answer == nil)
        #expect(t?.reason == .agentTerminated(.timedOut(.step)))
    }

    @Test func episodeDeadlineBoundsManySlowSteps() async throws {
        let body = "import time\nm = handshake()\nwhile True:\n    time.sleep(0.4)\n    send({'type':'action','action':'scroll [down]'})\n    m = json.loads(sys.stdin.readline())\n"
        let (_, t, _) = try await play(body, episode: shopEpisode(steps: 100, stepSeconds: 1, episodeSeconds: 2))
        #expect(t?.reason == .agentTerminated(.timedOut(.episode)))
        #expect((t?.steps.count ?? 0) >= 1)  // each step is within its own deadline; the sum is not
    }

    /// Under bubblewrap the sandbox's supervisor processes hold the other copies of the
    /// stdout pipe, so a closed stdout looks like silence: the step deadline ends it.
    @Test func closingStdoutWhileRunningInTheSandboxIsATimeout() async throws {
        let (_, t, _) = try await play("import time\nhandshake()\nos.close(1)\ntime.sleep(30)\n")
        #expect(t?.reason == .agentTerminated(.timedOut(.step)))
        #expect(t?.statusIfUnanswered == .timeout)
    }

    /// Without a sandbox the runner sees the end of stdout while the process lives on.
    @Test func closingStdoutWhileRunningUnsandboxedIsAnAgentError() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let script = try checkout.agent("closer", pythonPrelude + "import time\nhandshake()\nos.close(1)\ntime.sleep(30)\n")
        var configuration = checkout.configuration([python3, script])
        configuration.isolation = .none
        let (_, t, _) = try await playOne(configuration, episode: shopEpisode(stepSeconds: 5))
        #expect(t?.reason == .agentTerminated(.closedStdout))
        #expect(t?.statusIfUnanswered == .agentError)
    }

    @Test func invalidJSONIsReportedAndCountsAsAStep() async throws {
        // One bad line, then it echoes the error it was sent as its answer.
        let body = """
        handshake()
        sys.stdout.write("this is not json\\n"); sys.stdout.flush()
        m = json.loads(sys.stdin.readline())
        stop(m["last_action_error"])
        for m in messages():
            if m["type"] == "bye": break
        """
        let (_, t, _) = try await play(body)
        let transcript = try #require(t)
        #expect(transcript.steps.count == 2)
        #expect(transcript.steps[0].error?.hasPrefix("invalid JSON at byte 0") == true)
        #expect(transcript.answerText == transcript.steps[0].error)
    }

    @Test func threeInvalidLinesInARowAreAProtocolError() async throws {
        let body = """
        handshake()
        for line in ["{not json", "[1,2,3]", "{\\"type\\":\\"action\\",\\"action\\":\\"teleport [5]\\"}"]:
            sys.stdout.write(line + "\\n"); sys.stdout.flush()
            m = json.loads(sys.stdin.readline()) if line != "" else None
        import time; time.sleep(5)
        """
        let (_, t, _) = try await play(body, episode: shopEpisode(stepSeconds: 3))
        let transcript = try #require(t)
        #expect(transcript.reason == .invalidActions(count: 3))
        #expect(transcript.statusIfUnanswered == .protocolError)
        #expect(transcript.steps.map { $0.error ?? "" }[1] == "a message must be a JSON object, not array")
        #expect(transcript.steps[2].error?.hasPrefix("unknown action 'teleport'") == true)
    }

    @Test func wrongShapeAndUnknownActionsGetPreciseErrors() async throws {
        let body = """
        handshake()
        errors = []
        for line in ['{"type":"action"}', '{"type":"acton","action":"click [1]"}', '{"type":"action","action":"click"}',
                     '{"type":"action","action":{"name":"type","target":"2"}}', '{"type":"action","action":"swipe [up]"}']:
            sys.stdout.write(line + "\\n"); sys.stdout.flush()
            errors.append(json.loads(sys.stdin.readline())["last_action_error"])
            if len(errors) % 2 == 0:
                send({"type":"action","action":"scroll [down]"})
                assert json.loads(sys.stdin.readline())["last_action_error"] is None
        stop(errors)
        for m in messages():
            if m["type"] == "bye": break
        """
        let (_, t, session) = try await play(body, episode: shopEpisode(steps: 20, stepSeconds: 3))
        if t?.answer == nil { print("reason: \(String(describing: t?.reason)) stderr: \(session.process.stderr.text)") }
        let values = try #require(t?.answer?.value.arrayValue)
        let errors = values.map { $0.stringValue ?? "" }
        #expect(errors == [
            "action: missing field 'action'",
            "unknown message type 'acton' (agent messages: ready, action)",
            "click: missing target element",
            "type: missing field 'text'",
            "action 'swipe' belongs to gui episodes; this is a web episode (actions: click, type, clear, select, check, uncheck, hover, press, scroll, goto, go_back, go_forward, new_tab, tab_focus, close_tab, stop, answer)",
        ])
    }

    @Test(arguments: [
        ("sys.exit(0)", AgentTermination.exited(code: 0)),
        ("sys.exit(1)", AgentTermination.exited(code: 1)),
        ("import signal; os.kill(os.getpid(), signal.SIGSEGV)", AgentTermination.signaled(signal: SIGSEGV, limit: nil)),
        ("import signal; os.kill(os.getpid(), signal.SIGKILL)", AgentTermination.signaled(signal: SIGKILL, limit: nil)),
    ])
    func exitingMidEpisodeIsAnAgentError(exit: String, expected: AgentTermination) async throws {
        let (_, t, _) = try await play("handshake()\nsend({'type':'action','action':'click [5]'})\nsys.stdin.readline()\n\(exit)\n")
        #expect(t?.reason == .agentTerminated(expected))
        #expect(t?.statusIfUnanswered == .agentError)
        #expect(t?.steps.count == 1)
    }

    @Test func twoActionsForOneObservationIsAProtocolError() async throws {
        let body = """
        handshake()
        sys.stdout.write('{"type":"action","action":"click [5]"}\\n{"type":"action","action":"click [6]"}\\n'); sys.stdout.flush()
        import time; time.sleep(10)
        """
        let (_, t, _) = try await play(body, episode: shopEpisode(stepSeconds: 3))
        guard case .agentTerminated(.protocolViolation(let why))? = t?.reason else {
            Issue.record("expected a protocol violation, got \(String(describing: t?.reason))")
            return
        }
        #expect(why.contains("more than one reply"))
        #expect(t?.statusIfUnanswered == .protocolError)
    }

    @Test func aBadHandshakeIsAProtocolError() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let script = try checkout.agent("bad", "import sys\nsys.stdin.readline()\nprint('{\"type\":\"ready\"}', flush=True)\nsys.stdin.readline()\n")
        let session = try AgentSession(configuration: checkout.configuration([python3, script]), mode: .episode)
        let result = await session.handshake(timeout: .seconds(10))
        #expect(result == .failed(.protocolViolation("bad handshake: ready: needs a non-empty string field 'agent'")))
        #expect(result.failureStatus == .protocolError)
    }

    @Test func aMissingCommandIsRefusedBeforeStarting() throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        #expect(throws: AgentLaunchError.self) {
            _ = try AgentProcess.launch(checkout.configuration(["/nonexistent/agent-binary"]))
        }
    }

    @Test func theHarnessSurvivesManyHostileAgentsAtOnce() async throws {
        // Several failures in parallel; every session ends with its own status.
        let bodies = ["handshake()\nsys.exit(3)\n", "import time\nhandshake()\ntime.sleep(30)\n",
                      "handshake()\nstop('fine')\nsys.stdin.readline()\n", "handshake()\nsys.stdout.write('{}\\n{}\\n'); sys.stdout.flush()\nimport time\ntime.sleep(9)\n"]
        let results = try await withThrowingTaskGroup(of: EpisodeStatus?.self) { group in
            for body in bodies {
                group.addTask {
                    let (_, t, _) = try await self.play(body)
                    return t?.statusIfUnanswered ?? (t?.answer != nil ? .success : nil)
                }
            }
            var all: [EpisodeStatus?] = []
            for try await r in group { all.append(r) }
            return all.compactMap { $0 }.map(\.rawValue).sorted()
        }
        #expect(results == ["agent_error", "protocol_error", "success", "timeout"])
    }
}

extension HandshakeResult {
    var failureStatus: EpisodeStatus? {
        if case .failed(let t) = self { return t.episodeStatus }
        return nil
    }
}
