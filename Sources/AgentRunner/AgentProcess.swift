import AgentProtocol
import CAgentSpawn
import Foundation
import Synchronization

/// What waiting for the agent's next line gave.
public enum AgentOutput: Sendable, Equatable {
    case line([UInt8])
    case timedOut(TimeoutKind)
    case ended(AgentTermination)
}

/// One running agent process, behind its sandbox.
///
/// A dedicated thread owns the pipes: it polls stdout, stderr, the process's pidfd and
/// (when a write is pending) stdin, so no blocking call ever runs on the Swift
/// concurrency pool. Lines are handed to the awaiting task through a continuation;
/// sends are written directly when the pipe has room, which keeps a round trip in the
/// tens of microseconds.
public final class AgentProcess: Sendable {
    public let pid: pid_t
    public let record: AgentLaunchRecord
    public let configuration: AgentConfiguration
    private let stdinFD: Int32
    private let wakeFD: Int32
    private let cgroup: AgentCgroup?
    private let hostScratch: String?
    private let state: Mutex<IOState>

    struct Waiter {
        var continuation: CheckedContinuation<AgentOutput, Never>
        var deadline: ContinuousClock.Instant
        var kind: TimeoutKind
    }

    enum KillStage { case none, terminating(ContinuousClock.Instant), killed }

    struct IOState {
        var inbox: [[UInt8]] = []
        var waiter: Waiter?
        var outbox: [UInt8] = []
        var owedReplies = 0
        var acceptingOutput = true
        var stdinClosed = false
        var cause: AgentTermination?
        var final: AgentTermination?
        var killStage = KillStage.none
        var stdoutEOFAt: ContinuousClock.Instant?
        var lastOutput: ContinuousClock.Instant
        var stderr: CapturedOutput
        var exitWaiters: [CheckedContinuation<AgentTermination, Never>] = []
        var pollDeadline: ContinuousClock.Instant
    }

    /// How often the I/O thread wakes when idle, to check deadlines.
    private static let tick: Duration = .milliseconds(250)
    /// How long a closed stdout may precede the exit before it counts as "closed stdout".
    private static let eofGrace: Duration = .milliseconds(200)

    private init(pid: pid_t, record: AgentLaunchRecord, configuration: AgentConfiguration, stdinFD: Int32,
                 wakeFD: Int32, cgroup: AgentCgroup?, hostScratch: String?) {
        self.pid = pid
        self.record = record
        self.configuration = configuration
        self.stdinFD = stdinFD
        self.wakeFD = wakeFD
        self.cgroup = cgroup
        self.hostScratch = hostScratch
        let now = ContinuousClock.now
        state = Mutex(IOState(lastOutput: now, stderr: CapturedOutput(cap: configuration.stderrCapBytes), pollDeadline: now))
    }

    /// Every reason `launch` would refuse this agent, found without starting anything:
    /// a run calls it before its first episode, so a misconfigured agent stops the run
    /// with the reason and its fix instead of failing every episode.
    public static func check(_ configuration: AgentConfiguration, support: SandboxSupport = .current) throws(AgentLaunchError) {
        _ = try LaunchPlan.sandboxed(configuration, support: support)
        _ = try ResolvedCommand(configuration)
    }

    /// Starts the agent. Throws for configuration errors (missing command, a protected
    /// path exposed, a sandbox required but unavailable, spawn failure).
    public static func launch(_ configuration: AgentConfiguration, support: SandboxSupport = .current) throws(AgentLaunchError) -> AgentProcess {
        gauntlet_ignore_sigpipe()
        let name = "\(getpid())-\(LaunchCounter.next())"
        let plan = try LaunchPlan.make(configuration: configuration, support: support, name: name)
        var stdinPipe: [Int32] = [-1, -1], stdoutPipe: [Int32] = [-1, -1], stderrPipe: [Int32] = [-1, -1]
        guard gauntlet_pipe(&stdinPipe) == 0, gauntlet_pipe(&stdoutPipe) == 0, gauntlet_pipe(&stderrPipe) == 0 else {
            for fd in stdinPipe + stdoutPipe + stderrPipe where fd >= 0 { close(fd) }
            plan.cgroup?.remove()
            throw AgentLaunchError("cannot create pipes: \(String(cString: strerror(errno)))")
        }
        gauntlet_set_pipe_size(stdinPipe[1], 1 << 20)
        // The spawn happens on the agent's own I/O thread, which lives exactly as long as
        // the agent: bwrap's --die-with-parent is PR_SET_PDEATHSIG, which fires when the
        // *thread* that started it exits, and pool threads come and go.
        let handoff = SpawnHandoff()
        let arguments = plan.arguments, environment = plan.environment
        let executable = plan.executable, workingDirectory = plan.workingDirectory
        let childFDs = (stdinPipe[0], stdoutPipe[1], stderrPipe[1])
        let thread = Thread {
            var pid: pid_t = 0
            let rc = withCStrings(arguments) { argv in
                withCStrings(environment) { envp in
                    gauntlet_spawn(executable, argv, envp, childFDs.0, childFDs.1, childFDs.2, workingDirectory, &pid)
                }
            }
            handoff.spawned.withLock { $0 = (rc, pid) }
            handoff.spawnDone.signal()
            guard rc == 0 else { return }
            handoff.processReady.wait()
            guard let process = handoff.process.withLock({ $0 }) else { return }
            process.ioLoop(stdoutFD: handoff.stdoutFD, stderrFD: handoff.stderrFD)
        }
        handoff.stdoutFD = stdoutPipe[0]
        handoff.stderrFD = stderrPipe[0]
        thread.name = "gauntlet-agent"
        thread.stackSize = 1 << 20
        thread.start()
        handoff.spawnDone.wait()
        let (rc, pid) = handoff.spawned.withLock { $0 }
        close(stdinPipe[0]); close(stdoutPipe[1]); close(stderrPipe[1])
        guard rc == 0 else {
            close(stdinPipe[1]); close(stdoutPipe[0]); close(stderrPipe[0])
            plan.cgroup?.remove()
            throw AgentLaunchError("cannot start '\(plan.executable)': \(String(cString: strerror(rc)))")
        }
        _ = gauntlet_set_nonblocking(stdinPipe[1])
        let wake = gauntlet_eventfd()
        let process = AgentProcess(pid: pid, record: plan.record, configuration: configuration, stdinFD: stdinPipe[1],
                                   wakeFD: wake, cgroup: plan.cgroup, hostScratch: plan.hostScratch)
        handoff.process.withLock { $0 = process }
        handoff.processReady.signal()
        return process
    }

    deinit {
        // Closed only here: every wake-up is sent by a caller holding a reference, so the
        // fd can never be reused by another file while a wake-up is in flight.
        close(wakeFD)
    }

    // MARK: API

    /// Sends one message. Returns false when the agent is gone or being stopped.
    @discardableResult
    public func send(_ message: HarnessMessage) -> Bool {
        send(line: message.line, expectsReply: message.expectsReply)
    }

    /// Sends raw bytes that must form whole lines.
    @discardableResult
    public func send(line: [UInt8], expectsReply: Bool) -> Bool {
        let needsWake = state.withLock { s -> Bool? in
            guard s.cause == nil, s.final == nil, !s.stdinClosed else { return nil }
            if expectsReply { s.owedReplies += 1 }
            if s.outbox.isEmpty {
                let written = line.withUnsafeBytes { Glibc.write(stdinFD, $0.baseAddress, $0.count) }
                if written == line.count { return false }
                if written < 0 && errno != EAGAIN && errno != EWOULDBLOCK {
                    // EPIPE: the agent closed its stdin. Its exit (or silence) decides the status.
                    s.stdinClosed = true
                    return false
                }
                s.outbox = Array(line[max(0, written)...])
                return true
            }
            s.outbox.append(contentsOf: line)
            return true
        }
        guard let needsWake else { return false }
        if needsWake { gauntlet_eventfd_signal(wakeFD) }
        return true
    }

    /// Waits for the next stdout line until `deadline`. A timeout is final: the runner
    /// starts stopping the agent at once, and its termination is the timeout.
    public func receive(until deadline: ContinuousClock.Instant, kind: TimeoutKind) async -> AgentOutput {
        await withCheckedContinuation { (continuation: CheckedContinuation<AgentOutput, Never>) in
            let wake = state.withLock { s -> Bool in
                if !s.inbox.isEmpty {
                    continuation.resume(returning: .line(s.inbox.removeFirst()))
                    return false
                }
                if let ended = s.cause ?? s.final {
                    continuation.resume(returning: .ended(ended))
                    return false
                }
                s.waiter = Waiter(continuation: continuation, deadline: deadline, kind: kind)
                return deadline < s.pollDeadline || configuration.idleTimeout != nil
            }
            if wake { gauntlet_eventfd_signal(wakeFD) }
        }
    }

    public func receive(timeout: Duration, kind: TimeoutKind) async -> AgentOutput {
        await receive(until: .now + timeout, kind: kind)
    }

    /// Stops the agent for `cause` (SIGTERM, the grace period, then SIGKILL of the whole
    /// group) and waits until it is gone. Returns how it ended; a cause set earlier wins.
    @discardableResult
    public func terminate(_ cause: AgentTermination) async -> AgentTermination {
        await withCheckedContinuation { (continuation: CheckedContinuation<AgentTermination, Never>) in
            let done = state.withLock { s -> AgentTermination? in
                if let final = s.final { return final }
                if s.cause == nil { s.cause = cause }
                s.exitWaiters.append(continuation)
                return nil
            }
            if let done { continuation.resume(returning: done) } else { gauntlet_eventfd_signal(wakeFD) }
        }
    }

    /// Closes the agent's stdin after `bye` and gives it the grace period to exit by
    /// itself before stopping it. Returns how it ended.
    public func shutdown() async -> AgentTermination {
        state.withLock { s in
            s.acceptingOutput = false
            if s.outbox.isEmpty && !s.stdinClosed { s.stdinClosed = true; close(stdinFD) }
        }
        let deadline = ContinuousClock.now + configuration.gracePeriod
        while ContinuousClock.now < deadline {
            if let final = state.withLock({ $0.final }) { return final }
            try? await Task.sleep(for: .milliseconds(5))
        }
        return await terminate(.stoppedByHarness)
    }

    /// The captured stderr (capped).
    public var stderr: CapturedOutput { state.withLock { $0.stderr } }

    /// How the process ended, or nil while it runs.
    public var termination: AgentTermination? { state.withLock { $0.final } }

    // MARK: I/O thread

    private func ioLoop(stdoutFD: Int32, stderrFD: Int32) {
        let pidFD = gauntlet_pidfd_open(pid)
        var framer = LineFramer(maxLineBytes: configuration.maxLineBytes)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var stdoutOpen = true, stderrOpen = true
        var reapedStatus: AgentTermination?
        var drainDeadline: ContinuousClock.Instant?

        while true {
            let now = ContinuousClock.now
            // Deadlines and the kill sequence.
            var resumeWaiter: (CheckedContinuation<AgentOutput, Never>, AgentOutput)?
            var signalToSend: Int32?
            let (wantWrite, timeout) = state.withLock { s -> (Bool, Duration) in
                // A missed deadline is final and recorded here, on the I/O thread: the awaiting
                // task may run much later on a loaded machine, after the agent has exited.
                if let w = s.waiter {
                    if now >= w.deadline {
                        resumeWaiter = (w.continuation, .timedOut(w.kind)); s.waiter = nil
                        if s.cause == nil { s.cause = .timedOut(w.kind) }
                    } else if let idle = configuration.idleTimeout, now - s.lastOutput >= idle {
                        resumeWaiter = (w.continuation, .timedOut(.idle)); s.waiter = nil
                        if s.cause == nil { s.cause = .timedOut(.idle) }
                    }
                }
                if reapedStatus == nil, s.cause == nil, let eofAt = s.stdoutEOFAt, now - eofAt >= Self.eofGrace {
                    s.cause = .closedStdout
                }
                if s.cause != nil, reapedStatus == nil {
                    switch s.killStage {
                    case .none:
                        s.killStage = .terminating(now + configuration.gracePeriod)
                        signalToSend = SIGTERM
                        if !s.stdinClosed { s.stdinClosed = true; close(stdinFD) }
                    case .terminating(let until) where now >= until:
                        s.killStage = .killed
                        signalToSend = SIGKILL
                    default: break
                    }
                    if let w = s.waiter, let cause = s.cause {
                        resumeWaiter = (w.continuation, .ended(cause)); s.waiter = nil
                    }
                }
                var next = now + Self.tick
                if let w = s.waiter {
                    next = min(next, w.deadline)
                    if let idle = configuration.idleTimeout { next = min(next, s.lastOutput + idle) }
                }
                if case .terminating(let until) = s.killStage { next = min(next, until) }
                if let eofAt = s.stdoutEOFAt, reapedStatus == nil { next = min(next, eofAt + Self.eofGrace) }
                if let drainDeadline { next = min(next, drainDeadline) }
                if pidFD < 0 { next = min(next, now + .milliseconds(20)) }
                s.pollDeadline = next
                return (!s.outbox.isEmpty && !s.stdinClosed, max(.zero, next - now))
            }
            if let (continuation, output) = resumeWaiter { continuation.resume(returning: output) }
            if let signal = signalToSend { sendSignal(signal) }

            if let drainDeadline, now >= drainDeadline { break }
            if reapedStatus != nil && !stdoutOpen && !stderrOpen { break }

            var fds: [pollfd] = [pollfd(fd: wakeFD, events: Int16(POLLIN), revents: 0)]
            let stdoutIndex = stdoutOpen ? append(&fds, stdoutFD, POLLIN) : -1
            let stderrIndex = stderrOpen ? append(&fds, stderrFD, POLLIN) : -1
            let pidIndex = (pidFD >= 0 && reapedStatus == nil) ? append(&fds, pidFD, POLLIN) : -1
            let stdinIndex = wantWrite ? append(&fds, stdinFD, POLLOUT) : -1
            let milliseconds = Int32(clamping: (timeout.components.seconds * 1000) + Int64((timeout.components.attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000))
            let ready = poll(&fds, nfds_t(fds.count), milliseconds)
            if ready < 0 && errno != EINTR { break }

            if fds[0].revents != 0 { gauntlet_eventfd_drain(wakeFD) }
            if stdoutIndex >= 0, fds[stdoutIndex].revents != 0 {
                let n = buffer.withUnsafeMutableBytes { read(stdoutFD, $0.baseAddress, $0.count) }
                if n > 0 {
                    let events = buffer.withUnsafeBytes { framer.feed(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
                    handleStdout(events)
                } else if n == 0 || (errno != EINTR && errno != EAGAIN) {
                    stdoutOpen = false
                    state.withLock { $0.stdoutEOFAt = .now }
                }
            }
            if stderrIndex >= 0, fds[stderrIndex].revents != 0 {
                let n = buffer.withUnsafeMutableBytes { read(stderrFD, $0.baseAddress, $0.count) }
                if n > 0 {
                    state.withLock { s in
                        buffer.withUnsafeBytes { s.stderr.append(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
                        s.lastOutput = .now
                        if s.stderr.totalBytes > configuration.stderrFloodBytes, s.cause == nil, s.acceptingOutput {
                            s.cause = .outputFlood(stream: "stderr", bytes: configuration.stderrFloodBytes)
                        }
                    }
                } else if n == 0 || (errno != EINTR && errno != EAGAIN) {
                    stderrOpen = false
                }
            }
            if stdinIndex >= 0, fds[stdinIndex].revents != 0 { flushOutbox() }
            if reapedStatus == nil && (pidFD < 0 || (pidIndex >= 0 && fds[pidIndex].revents != 0)) {
                var status: Int32 = 0
                if waitpid(pid, &status, WNOHANG) == pid {
                    reapedStatus = decode(status: status)
                    // Stragglers outside the pid namespace (unsandboxed runs) go with it.
                    kill(-pid, SIGKILL)
                    drainDeadline = .now + .milliseconds(100)
                }
            }
        }
        finish(reaped: reapedStatus, stdoutFD: stdoutFD, stderrFD: stderrFD, pidFD: pidFD)
    }

    private func append(_ fds: inout [pollfd], _ fd: Int32, _ events: Int32) -> Int {
        fds.append(pollfd(fd: fd, events: Int16(events), revents: 0))
        return fds.count - 1
    }

    private func handleStdout(_ events: [LineFramer.Event]) {
        var resume: (CheckedContinuation<AgentOutput, Never>, AgentOutput)?
        state.withLock { s in
            s.lastOutput = .now
            for event in events {
                guard s.acceptingOutput, s.cause == nil else { return }
                switch event {
                case .tooLong:
                    s.cause = .lineTooLong(limit: configuration.maxLineBytes)
                case .line(let line):
                    guard s.owedReplies > 0 else {
                        s.cause = .protocolViolation("sent a message when none was expected (more than one reply to one message)")
                        return
                    }
                    s.owedReplies -= 1
                    if let w = s.waiter, resume == nil {
                        s.waiter = nil
                        resume = (w.continuation, .line(line))
                    } else {
                        s.inbox.append(line)
                    }
                }
            }
        }
        if let (continuation, output) = resume { continuation.resume(returning: output) }
    }

    private func flushOutbox() {
        state.withLock { s in
            guard !s.outbox.isEmpty, !s.stdinClosed else { return }
            let written = s.outbox.withUnsafeBytes { Glibc.write(stdinFD, $0.baseAddress, $0.count) }
            if written > 0 {
                s.outbox.removeFirst(written)
            } else if written < 0 && errno != EAGAIN && errno != EWOULDBLOCK {
                s.outbox = []
                s.stdinClosed = true
            }
        }
    }

    /// SIGTERM goes to the agent's processes but not to the sandbox's outer bwrap (it
    /// would die at once and take the agent with it, with no grace); SIGKILL goes to all.
    private func sendSignal(_ signal: Int32) {
        if let cgroup {
            cgroup.signalAll(signal, except: signal == SIGTERM && record.isolation == "bubblewrap" ? pid : nil)
            if signal == SIGKILL { kill(-pid, SIGKILL) }
        } else {
            kill(-pid, signal)
        }
    }

    private func decode(status: Int32) -> AgentTermination {
        var code: Int32 = 0
        if gauntlet_wait_status(status, &code) == 1 {
            // bwrap reports its child's death by signal n as exit code 128 + n.
            if record.isolation == "bubblewrap" && code > 128 && code < 160 {
                return .signaled(signal: code - 128, limit: limitName(signal: code - 128))
            }
            return .exited(code: code)
        }
        return .signaled(signal: code, limit: limitName(signal: code))
    }

    private func limitName(signal: Int32) -> String? {
        switch signal {
        case SIGXCPU: return "CPU time limit"
        case SIGXFSZ: return "file size limit"
        case SIGKILL where cgroup?.memoryLimitHit == true: return "memory limit"
        default: return nil
        }
    }

    private func finish(reaped: AgentTermination?, stdoutFD: Int32, stderrFD: Int32, pidFD: Int32) {
        if reaped == nil {
            sendSignal(SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        cgroup?.remove()
        if let hostScratch { try? FileManager.default.removeItem(atPath: hostScratch) }
        close(stdoutFD); close(stderrFD)
        if pidFD >= 0 { close(pidFD) }
        let (waiter, exitWaiters, final) = state.withLock { s -> (Waiter?, [CheckedContinuation<AgentTermination, Never>], AgentTermination) in
            let final = s.cause ?? reaped ?? .stoppedByHarness
            s.final = final
            if !s.stdinClosed { s.stdinClosed = true; close(stdinFD) }
            let w = s.waiter
            s.waiter = nil
            let e = s.exitWaiters
            s.exitWaiters = []
            return (w, e, final)
        }
        waiter?.continuation.resume(returning: .ended(final))
        for continuation in exitWaiters { continuation.resume(returning: final) }
    }
}

/// What the launching caller and the agent's I/O thread pass each other at start-up.
final class SpawnHandoff: Sendable {
    let spawned = Mutex<(Int32, pid_t)>((0, 0))
    let process = Mutex<AgentProcess?>(nil)
    let spawnDone = DispatchSemaphore(value: 0)
    let processReady = DispatchSemaphore(value: 0)
    private let fds = Mutex<(Int32, Int32)>((-1, -1))
    var stdoutFD: Int32 {
        get { fds.withLock { $0.0 } }
        set { fds.withLock { $0.0 = newValue } }
    }
    var stderrFD: Int32 {
        get { fds.withLock { $0.1 } }
        set { fds.withLock { $0.1 = newValue } }
    }
}

/// Unique names for per-agent cgroups and scratch directories.
enum LaunchCounter {
    private static let counter = Mutex<Int>(0)
    static func next() -> Int { counter.withLock { $0 += 1; return $0 } }
}

func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R) -> R {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer { for p in pointers { free(p) } }
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}
