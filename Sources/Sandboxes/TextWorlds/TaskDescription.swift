import Vocabulary

/// What a generated task is, as a value that serialises to canonical JSON.
///
/// The world itself is not stored: `family`, `seed`, `split` and `knobs` rebuild
/// it exactly (`TaskGenerator.generate`). Everything else is what the task file,
/// the checker and reports need: the goal, the oracle, its length, the subgoals.
public struct TaskDescription: Sendable, Equatable {
    public let family: Family
    public let seed: UInt64
    public let split: Split
    public let knobs: Knobs
    /// ALFWorld's task type for household, `treasure_take`/`treasure_deliver`, or `craft`.
    public let taskType: String
    /// The household layout id, the exploration room graph, or the crafting recipe tree's goal.
    public let layout: String
    /// Every object, item, key, door and container type name in the world, sorted.
    public let objectTypes: [String]
    public let goal: String
    public let infeasible: Bool
    /// The oracle's length: provably the fewest commands that win.
    public let optimalLength: Int
    public let oracle: [String]
    /// Ordered milestones for partial credit, in words; the last is the goal.
    public let subgoals: [String]
    /// A step budget that leaves room for exploring, not for brute force.
    public let maxSteps: Int

    public var id: String { "\(family.rawValue)-\(split.rawValue)-\(seed)" }

    public var json: JSONValue {
        .object([
            ("id", .string(id)),
            ("vocabulary", .string(CommandVocabulary.version)),
            ("family", .string(family.rawValue)),
            ("seed", .string(String(seed))),
            ("split", .string(split.rawValue)),
            ("knobs", .object(knobs.json(for: family))),
            ("task_type", .string(taskType)),
            ("layout", .string(layout)),
            ("object_types", .array(objectTypes.map { .string($0) })),
            ("goal", .string(goal)),
            ("infeasible", .bool(infeasible)),
            ("optimal_length", .int(Int64(optimalLength))),
            ("oracle", .array(oracle.map { .string($0) })),
            ("subgoals", .array(subgoals.map { .string($0) })),
            ("max_steps", .int(Int64(maxSteps))),
        ])
    }

    /// Canonical JSON: sorted keys, stable formatting, byte-identical for the same inputs.
    public func canonicalJSON() -> String { json.canonical() }
}
