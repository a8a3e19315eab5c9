import AgentProtocol
import AgentRunner
import Vocabulary

/// The persistent agent of a stream run: one process in `stream` mode that plays the
/// episodes one after another. When the process dies (a crash, a timeout that stopped
/// it, a protocol error that killed it), the episode it was playing fails as usual and
/// the next episode gets a fresh process with a new handshake; `processes` counts them,
/// and every episode records which process played it.
actor StreamAgent {
    /// The agent, ready to play, or why it is not.
    enum Seat: Sendable {
        case ready(AgentSession, ReadyMessage, process: Int)
        case failed(EpisodeStatus, reason: String, stderr: String, process: Int)
    }

    let configuration: AgentConfiguration
    let handshakeTimeout: Duration
    private var session: AgentSession?
    private var ready: ReadyMessage?
    private(set) var processes = 0

    init(configuration: AgentConfiguration, handshakeTimeout: Duration) {
        self.configuration = configuration
        self.handshakeTimeout = handshakeTimeout
    }

    /// The live session, starting (or restarting) the process when there is none.
    func seat() async -> Seat {
        if let session, let ready, await session.isAlive {
            return .ready(session, ready, process: processes)
        }
        if let old = session {
            _ = await old.close()
            session = nil
            ready = nil
        }
        processes += 1
        let fresh: AgentSession
        do {
            fresh = try AgentSession(configuration: configuration, mode: .stream)
        } catch {
            // Checked before the run began, so this is Gauntlet's side: sandbox_error.
            return .failed(.sandboxError, reason: "the agent could not be started: \(error)", stderr: "", process: processes)
        }
        switch await fresh.handshake(timeout: handshakeTimeout) {
        case .failed(let termination):
            _ = await fresh.close()
            return .failed(termination.episodeStatus, reason: "the agent failed the handshake: \(termination)",
                           stderr: fresh.process.stderr.text, process: processes)
        case .ready(let message):
            session = fresh
            ready = message
            return .ready(fresh, message, process: processes)
        }
    }

    /// Reveals the episode's outcome to a live agent; a dead one is restarted later.
    func reveal(_ end: EpisodeEnd) async {
        guard let session, await session.isAlive else { return }
        await session.endEpisode(end)
    }

    /// `bye` and the grace period, at the end of the stream.
    func close() async {
        if let session { _ = await session.close() }
        session = nil
        ready = nil
    }
}
