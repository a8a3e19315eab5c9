/// The life cycle of a run row: `running` from `startRun` until `finishRun`; a run
/// whose process died stays `running` until a resume marks it again.
public enum RunStatus: String, Sendable, Equatable, CaseIterable, Codable {
    case running
    case finished
    case interrupted
}
