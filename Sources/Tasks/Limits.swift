/// Episode limits. A task's own values override its suite's defaults field by field.
public struct Limits: Sendable, Equatable, Codable {
    /// Most agent actions in one episode.
    public var steps: Int?
    /// Wall-clock budget for the whole episode.
    public var episodeSeconds: Double?
    /// Wall-clock budget for one agent action.
    public var stepSeconds: Double?

    public init(steps: Int? = nil, episodeSeconds: Double? = nil, stepSeconds: Double? = nil) {
        self.steps = steps
        self.episodeSeconds = episodeSeconds
        self.stepSeconds = stepSeconds
    }

    /// Gauntlet's defaults when neither the task nor the suite says: WebArena's 30 steps.
    public static let harnessDefault = Limits(steps: 30, episodeSeconds: 600, stepSeconds: 60)

    /// These limits with every unset field taken from `fallback`.
    public func over(_ fallback: Limits) -> Limits {
        Limits(
            steps: steps ?? fallback.steps,
            episodeSeconds: episodeSeconds ?? fallback.episodeSeconds,
            stepSeconds: stepSeconds ?? fallback.stepSeconds
        )
    }

    enum CodingKeys: String, CodingKey {
        case steps
        case episodeSeconds = "episode_seconds"
        case stepSeconds = "step_seconds"
    }
}
