import Vocabulary

/// An episode's state as it was before the agent acted: both sides read the initial
/// snapshot. A check that passes here asserts only that nothing went wrong, so it is
/// a guard (`TaskScorer`).
struct InitialStateView: StateQuerying {
    let state: any StateQuerying

    func rows(_ sql: String, instance: InstanceSide) throws -> [[SQLValue]] {
        try state.rows(sql, instance: .initial)
    }
}
