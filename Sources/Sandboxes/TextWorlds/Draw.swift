import SandboxKit
import Vocabulary

/// One random draw of a world by a family generator, before the planner judges it.
struct Draw {
    let layout: WorldLayout
    let state: WorldState
    /// Per entity: whether the planner may act on it.
    let relevant: [Bool]
    let taskType: String
    let layoutID: String
    /// Step budget when the task is infeasible and has no plan to scale from.
    let infeasibleSteps: Int
    /// Exploration: the room holding the goal, for subgoals.
    var goalRoom: Int = -1

    /// The type index `WorldLayout` will give a type name, computed before it exists.
    static func typeIndex(_ name: String, in entities: [EntitySpec]) -> Int {
        Array(Set(entities.map(\.typeName))).sorted().firstIndex(of: name) ?? -1
    }
}

extension SeededGenerator {
    /// A uniform integer in the range.
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
}
