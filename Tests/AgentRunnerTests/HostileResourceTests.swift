import AgentProtocol
import AgentRunner
import Foundation
import Testing

/// Hostile agents that try to exhaust the machine. Each must be stopped by a limit,
/// with the documented status, while the harness carries on.
@Suite struct HostileResourceTests {
    @Test func forkBombIsCappedByTheProcessLimit() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let script = try checkout.agent("forkbomb", pythonPrelude + """
        import time
        handshake()
        children = 0
        for i in range(2000):
            try:
                pid = os.fork()
            except OSError:
                break
            if pid == 0:
                time.sleep(30)
                os._exit(0)
            children += 1
        stop(str(children))
        for m in messages():
            if m["type"] == "bye": break
        """)
        let (_, transcript, session) = try await playOne(checkout.configuration([python3, script]))
        let count = Int(try #require(transcript).answerText) ?? -1
        #expect(count >= 1)
        #expect(count < TestCheckout.limits.processes!)
        // The session is over and every child went with it.
        #expect(session.process.termination != nil)
        #expect(kill(-session.process.pid, 0) != 0)
    }

    @Test func allocatingTenGiBIsStopped() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let script = try checkout.agent("alloc", pythonPrelude + """
        handshake()
        block = bytearray(10 * 1024 * 1024 * 1024)
        stop("allocated")
        """)
        let (_, transcript, _) = try await playOne(checkout.configuration([python3, script]))
        let t = try #require(transcript)
        #expect(t.statusIfUnanswered == .agentError)
        #expect(t.reason == .agentTerminated(.exited(code: 1)))  // MemoryError under RLIMIT_AS
    }

    @Test func memoryCgroupStopsAnAgentWithoutAddressSpaceLimit() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        // Touches every page, so only a real memory limit (or the deadline) stops it.
        let script = try checkout.agent("touch", pythonPrelude + """
        handshake()
        blocks = []
        for i in range(10 * 1024):
            blocks.append(b"x" * (1024 * 1024))
        stop("allocated %d MiB" % len(blocks))
        """)
        var limits = TestCheckout.limits
        limits.addressSpaceBytes = nil  // as for a JIT runtime
        let (_, transcript, _) = try await playOne(checkout.configuration([python3, script], limits: limits),
                                                   episode: shopEpisode(stepSeconds: 8))
        let t = try #require(transcript)
        #expect(t.answer == nil)
        if SandboxSupport.current.memoryCgroup != nil {
            #expect(t.reason == .agentTerminated(.signaled(signal: SIGKILL, limit: "memory limit")))
        } else {
            #expect(t.statusIfUnanswered == .timeout)
        }
    }

    @Test func writingTenGiBStopsAtTheFileSizeLimit() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let script = try checkout.agent("bigfile.sh", """
        #!/bin/sh
        read hello
        echo '{"type":"ready","agent":"bigfile"}'
        read episode
        head -c 10737418240 /dev/zero > /scratch/big 2>/dev/null
        echo "{\\"type\\":\\"action\\",\\"action\\":\\"stop [$(stat -c %s /scratch/big)]\\"}"
        read bye
        """)
        let (_, transcript, _) = try await playOne(checkout.configuration(["/bin/sh", script]))
        let size = Int(try #require(transcript).answerText) ?? -1
        #expect(size > 0)
        #expect(size <= Int(TestCheckout.limits.fileSizeBytes!))
    }

    @Test func busyLoopHitsTheStepDeadline() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let script = try checkout.agent("busy", pythonPrelude + "handshake()\nwhile True:\n    pass\n")
        let started = ContinuousClock.now
        let (_, transcript, _) = try await playOne(checkout.configuration([python3, script]), episode: shopEpisode(stepSeconds: 1))
        #expect(transcript?.reason == .agentTerminated(.timedOut(.step)))
        #expect(transcript?.statusIfUnanswered == .timeout)
        #expect(ContinuousClock.now - started < .seconds(120))  // a hang guard, not a timing test
    }

    @Test func busyLoopHitsTheCPULimit() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let script = try checkout.agent("cpu", pythonPrelude + "handshake()\nwhile True:\n    pass\n")
        var limits = TestCheckout.limits
        limits.cpuSeconds = 1
        let (_, transcript, _) = try await playOne(checkout.configuration([python3, script], limits: limits),
                                                   episode: shopEpisode(stepSeconds: 15))
        #expect(transcript?.reason == .agentTerminated(.signaled(signal: SIGXCPU, limit: "CPU time limit")))
        #expect(transcript?.statusIfUnanswered == .agentError)
    }

    @Test func gigabytesOfStdoutWithoutNewlineBreakTheLineCap() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let script = try checkout.agent("stdoutflood", pythonPrelude + """
        handshake()
        chunk = "x" * 65536
        while True:
            sys.stdout.write(chunk)
        """)
        let (_, transcript, _) = try await playOne(checkout.configuration([python3, script]))
        #expect(transcript?.reason == .agentTerminated(.lineTooLong(limit: 64 << 10)))
        #expect(transcript?.statusIfUnanswered == .protocolError)
    }

    @Test func gigabytesOfStderrAreCappedAndStopped() async throws {
        let checkout = try TestCheckout()
        defer { checkout.remove() }
        let script = try checkout.agent("stderrflood", pythonPrelude + """
        sys.stderr.write("START-OF-LOG\\n")
        handshake()
        chunk = "e" * 65536
        while True:
            sys.stderr.write(chunk)
        """)
        let (_, transcript, session) = try await playOne(checkout.configuration([python3, script]))
        #expect(transcript?.reason == .agentTerminated(.outputFlood(stream: "stderr", bytes: 1 << 20)))
        #expect(transcript?.statusIfUnanswered == .agentError)
        let log = session.process.stderr
        #expect(log.text.hasPrefix("START-OF-LOG"))
        #expect(log.text.utf8.count < (8 << 10) + 100)
        #expect(log.droppedBytes > 0)
    }
}
