import Vocabulary

/// How one of `gauntlet verify`'s in-process trials plays (docs/tasks.md "Trials"). Each
/// is a way to do the task wrong, or a second way to do it right.
enum TrialScript: Sendable {
    /// Steps replayed as written: an alternative oracle.
    case steps([String])
    /// The oracle with step `index` (0-based) replaced by the world's other value for it.
    case mutant([String], index: Int)
    /// The oracle's steps up to its answer, then the whole page as the answer.
    case dump([String])
    /// The world's goal-blind explorer for up to `moves` actions, then `answer`.
    case explore(Answer, moves: Int)
}
