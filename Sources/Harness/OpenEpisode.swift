import AgentProtocol
import Checkers
import struct Leaderboard.KeyNodeRecord
import SandboxKit
import Tasks
import Vocabulary
import Worlds

/// An episode between its start and its scoring: the task's world opened at its start on
/// a fresh instance, with key nodes checked after every action. Whoever plays it (an agent
/// process, the oracle, a trainer through the env server), it is opened and closed here,
/// so every episode is scored by the same path.
struct OpenEpisode: Sendable {
    let world: any EpisodeWorld
    let stage: EpisodeStage
    let instance: WorldInstance
    let checks: InstanceChecks
    let host: SandboxHost

    var instanceID: String { instance.id }

    /// Why an episode could not open: always Gauntlet's side (`sandbox_error`).
    struct Failure: Error {
        var reason: String
    }

    /// Opens `task` on a fresh instance of its sandboxes.
    static func open(_ task: TaskDefinition, sandboxes: HostedSandboxes, includeTree: Bool) async -> Result<OpenEpisode, Failure> {
        let world: any EpisodeWorld
        do {
            world = try sandboxes.world(for: task)
        } catch {
            return .failure(Failure(reason: "sandbox error: \(error)"))
        }
        let instanceID: String
        do {
            instanceID = try await sandboxes.host.makeInstance(sandboxes: task.sandboxes, seed: task.seed)
        } catch {
            return .failure(Failure(reason: "sandbox error: cannot make an instance: \(error)"))
        }
        let checks = InstanceChecks(host: sandboxes.host, instanceID: instanceID, baseURLs: sandboxes.baseURLs)
        let instance = WorldInstance(
            id: instanceID, origins: sandboxes.origins, includeTree: includeTree, host: sandboxes.host, user: task.user)
        do {
            let stage = try await EpisodeStage(
                world, start: task.start, on: instance, monitor: ProgressMonitor(keyNodes: task.keyNodes, checks: checks))
            return .success(OpenEpisode(world: world, stage: stage, instance: instance, checks: checks, host: sandboxes.host))
        } catch {
            await sandboxes.host.dropInstance(instanceID)
            return .failure(Failure(reason: "\(error)"))
        }
    }

    /// A copy of this episode as it stands, on a copy of its instance, through the world's
    /// snapshot and restore: the same for every kind of world.
    func fork() async throws(WorldFailure) -> OpenEpisode {
        let copyID: String
        do {
            copyID = try await host.forkInstance(instanceID)
        } catch {
            throw .sandbox("cannot copy the instance: \(error)")
        }
        var copy = instance
        copy.id = copyID
        let checks = InstanceChecks(host: host, instanceID: copyID, baseURLs: checks.baseURLs)
        do {
            let stage = try await stage.forked(world, on: copy, checks: checks)
            return OpenEpisode(world: world, stage: stage, instance: copy, checks: checks, host: host)
        } catch {
            await host.dropInstance(copyID)
            throw error
        }
    }

    /// Forgets the instance; its memory goes when in-flight requests finish.
    func drop() {
        Task { [host, instanceID] in await host.dropInstance(instanceID) }
    }

    /// Ends the episode as the player left it: takes an infeasible declaration where the
    /// world records one, reads the frozen state and request log, and scores an answered
    /// episode with the task's checks (`Verdict`); fills `outcome` with all of it.
    func close(_ task: TaskDefinition, _ ended: EpisodeRunner.Ending, into outcome: inout EpisodeOutcome) async {
        if let answer = ended.answer, answer.status == .infeasible {
            // A world that keeps a record of the declaration (a game's state) takes it
            // now, where checks can read it, with the value as what is missing.
            do { try await stage.declareInfeasible(naming: answer.text) } catch {
                outcome.reason = "\(error)"
                return
            }
        }
        outcome.steps = ended.steps
        outcome.usage = ended.usage
        outcome.agentName = ended.agentName
        outcome.agentVersion = ended.agentVersion
        outcome.stderr = ended.stderr
        outcome.answer = ended.answer
        outcome.finalURL = await stage.location
        let tracker = await stage.progress
        outcome.progress = tracker.nodes.isEmpty ? nil : tracker.progress
        outcome.keyNodesReached = tracker.reachedCount
        outcome.keyNodesTotal = tracker.nodes.count
        outcome.keyNodes = zip(tracker.nodes, tracker.reachedAtStep).map {
            KeyNodeRecord(name: $0.name, check: $0.check.description, reachedAtStep: $1)
        }

        // The player is frozen now: read the state, then score.
        do {
            outcome.requestLog = try await host.requestLog(instanceID)
            outcome.finalState = try await host.exportState(instanceID).bytes
        } catch {
            outcome.status = .sandboxError
            outcome.reason = "sandbox error: cannot read the final state: \(error)"
            return
        }
        // Here, while the initial snapshot is at hand: the report runs offline from the
        // leaderboard alone, which keeps only the final state. The collateral checks reuse it
        // instead of scanning the state again; a diff that cannot be computed is left off the
        // page, and those checks then compute (and report) it themselves.
        if let reader = try? await host.stateReader(instanceID) { outcome.stateDiff = try? StateDiff.compute(reader) }
        switch ended.status {
        case .answered:
            let verdict = await checks.score(
                task, answer: ended.answer, finalURL: outcome.finalURL, requests: outcome.requestLog,
                diff: outcome.stateDiff)
            outcome.checks = verdict.checks
            outcome.status = verdict.status
            outcome.score = verdict.score
            outcome.reason = verdict.reason
        case .ended(let status, let reason):
            outcome.status = status
            outcome.score = 0
            outcome.reason = reason
        }
    }
}
