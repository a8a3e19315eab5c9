import AgentProtocol
import AgentRunner
import Checkers
import Worlds

/// An episode's world as players act on it. Every action goes to the world's session;
/// then key nodes are checked from the world's location (the one place progress is
/// updated, whatever the world), and the next observation is taken.
actor EpisodeStage: AgentEnvironment {
    private let session: any WorldSession
    private var monitor: ProgressMonitor
    /// Actions performed so far: the step number key nodes are reached at.
    private var performed = 0

    /// Opens `world` at the task's start on the instance, and checks key nodes there.
    init(_ world: any EpisodeWorld, start: String, on instance: WorldInstance, monitor: ProgressMonitor) async throws(WorldFailure) {
        session = try await world.open(start, on: instance)
        self.monitor = monitor
        try await updateProgress()
    }

    private init(session: any WorldSession, monitor: ProgressMonitor, performed: Int) {
        self.session = session
        self.monitor = monitor
        self.performed = performed
    }

    /// This stage on `instance`, a copy of its own: the world session restored from its
    /// snapshot, key nodes as reached so far, checked from now on against the copy.
    func forked(_ world: any EpisodeWorld, on instance: WorldInstance, checks: InstanceChecks) async throws(WorldFailure) -> EpisodeStage {
        let copy = try await world.restore(await session.snapshot(), on: instance)
        return EpisodeStage(session: copy, monitor: monitor.moved(to: checks), performed: performed)
    }

    func perform(_ action: Action) async throws(WorldFailure) -> StepResult {
        performed += 1
        let actionError = try await session.perform(action)
        try await updateProgress()
        return StepResult(observation: await session.observation(), actionError: actionError)
    }

    func observation() async -> Observation {
        await session.observation()
    }

    var location: String {
        get async { await session.location }
    }

    var progress: KeyNodeTracker { monitor.tracker }

    /// The world's other value for a parameterised action here (verify's mutant trials).
    func mutation(of action: Action) async -> Action? {
        await session.mutation(of: action)
    }

    /// What the world offers a goal-blind explorer here (verify's explorer trial).
    func explorationMoves() async -> [Action] {
        await session.explorationMoves()
    }

    func declareInfeasible(naming missing: String) async throws(WorldFailure) {
        try await session.declareInfeasible(naming: missing)
    }

    private func updateProgress() async throws(WorldFailure) {
        var working = monitor
        try await working.update(step: performed, location: await session.location)
        monitor = working
    }
}
