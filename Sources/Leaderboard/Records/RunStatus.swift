/// The life cycle of a run row: `running` from `startRun` until `finishRun`. A run that
/// stopped early on a signal or an error is `interrupted`; a run whose process was killed
/// outright stays `running`. A resume sets either back to `running`.
public enum RunStatus: String, Sendable, Equatable, CaseIterable, Codable {
    case running
    case finished
    case interrupted
}
