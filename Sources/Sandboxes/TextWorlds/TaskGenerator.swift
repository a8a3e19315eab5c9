import SandboxKit
import Vocabulary

/// A generated task: its description and its world, ready to play.
public struct GeneratedTask: Sendable {
    public let description: TaskDescription
    public let world: World
    /// States the planner expanded to verify the task (for benchmarks).
    public let plannerStates: Int
    /// Draws rejected before this one (unsolvable, or plan length off the knobs).
    public let rejectedDraws: Int
}

/// Seeded generation with verification: draw a world, let the planner prove it
/// solvable (or provably infeasible, when asked), derive the oracle and the
/// subgoals, replay the oracle through the parser and rules, and only then accept.
public enum TaskGenerator {
    public static let maxDraws = 200

    public static func generate(_ family: Family, seed: UInt64, split: Split, knobs: Knobs = Knobs()) throws(GenerationError) -> GeneratedTask {
        try knobs.validate(for: family)
        var rng = SeededGenerator(seed: seed, stream: "textworlds/\(family.rawValue)/\(split.rawValue)")
        var rejected = 0
        for _ in 0..<maxDraws {
            if let task = try attempt(family, &rng, seed: seed, split: split, knobs: knobs, rejected: rejected) {
                return task
            }
            rejected += 1
        }
        throw GenerationError("no \(family.rawValue) task with these knobs after \(maxDraws) draws (seed \(seed)); loosen min_plan_length/max_plan_length or the lock counts")
    }

    static func attempt(
        _ family: Family, _ rng: inout SeededGenerator, seed: UInt64, split: Split, knobs: Knobs, rejected: Int
    ) throws(GenerationError) -> GeneratedTask? {
        let draw: Draw
        var plan: [Command]
        var states = 0
        switch family {
        case .crafting:
            guard let d = CraftingGenerator.draw(&rng, split: split, knobs: knobs) else { return nil }
            draw = d.draw
            let solved = CraftingPlanner.plan(draw.layout, item: d.target, count: d.count)
            if knobs.infeasible {
                guard solved == nil else { return nil }
                plan = [.declareInfeasible(draw.layout.missing ?? "")]
            } else {
                guard let solved else { return nil }
                plan = solved
            }
        case .household, .exploration:
            guard let d = family == .household
                ? HouseholdGenerator.draw(&rng, split: split, knobs: knobs)
                : ExplorationGenerator.draw(&rng, split: split, knobs: knobs) else { return nil }
            draw = d
            let start = World(layout: draw.layout, state: draw.state)
            let relevant = draw.relevant
            if knobs.infeasible {
                guard provablyInfeasible(start, draw: draw) else { return nil }
                plan = [.declareInfeasible(draw.layout.missing ?? "")]
            } else {
                // A goal that already holds is no task.
                if start.holds(draw.layout.goal) { return nil }
                let result = Planner.search(from: start, maxStates: 300_000,
                                            actions: { Planner.relevantActions($0, relevant: relevant) },
                                            isGoal: { $0.holds($0.layout.goal) })
                states = result.states
                guard let p = result.plan else { return nil }
                plan = p
            }
        }
        if !knobs.infeasible && (plan.count < knobs.minPlanLength || plan.count > knobs.maxPlanLength) { return nil }

        var world = World(layout: draw.layout, state: draw.state)
        let subgoals = Subgoals.derive(world, plan: plan, goalRoom: draw.goalRoom)
        world = World(layout: draw.layout, state: draw.state, subgoals: subgoals)
        let oracle = plan.map { world.text(of: $0) }

        // The oracle must win through the same parser and rules an agent uses.
        var replay = world
        for line in oracle {
            let f = replay.apply(line)
            guard f.ok else { throw GenerationError("internal: oracle step \"\(line)\" failed: \(f.text) (\(family.rawValue) seed \(seed))") }
        }
        guard replay.isWon, replay.subgoalsReached == subgoals.count else {
            throw GenerationError("internal: oracle did not win (\(family.rawValue) seed \(seed))")
        }

        let typeNames: [String]
        if family == .crafting {
            typeNames = draw.layout.items
        } else {
            typeNames = draw.layout.typeNames.filter { name in
                let e = draw.layout.entities.first { $0.typeName == name }
                return e?.kind != .receptacle || family == .exploration
            }
        }
        let description = TaskDescription(
            family: family, seed: seed, split: split, knobs: knobs, taskType: draw.taskType,
            layout: draw.layoutID, objectTypes: typeNames.sorted(), goal: draw.layout.goalText,
            infeasible: knobs.infeasible, optimalLength: plan.count, oracle: oracle,
            subgoals: subgoals.map { world.describe($0) },
            maxSteps: knobs.infeasible ? draw.infeasibleSteps : stepBudget(family, plan: plan.count))
        return GeneratedTask(description: description, world: world, plannerStates: states, rejectedDraws: rejected)
    }

    /// Household and exploration agents must search for what the oracle knows, so
    /// their budget is generous; crafting shows every recipe, so its budget is tight
    /// enough that guessing does not pay.
    static func stepBudget(_ family: Family, plan: Int) -> Int {
        family == .crafting ? 2 * plan + 4 : max(30, 4 * plan)
    }

    /// An infeasible draw must be *provably* so: the goal's object is absent, and
    /// (exploration) every room and every container can be reached, so an agent
    /// that searches everything can be sure.
    static func provablyInfeasible(_ start: World, draw: Draw) -> Bool {
        let layout = draw.layout
        switch layout.family {
        case .household:
            return true  // the goal type has no instance at all, and nothing is locked
        case .crafting:
            return false
        case .exploration:
            let relevant = draw.relevant
            let result = Planner.search(from: start, maxStates: 100_000, keepVisited: true,
                                        actions: { Planner.relevantActions($0, relevant: relevant) },
                                        isGoal: { _ in false })
            guard result.exhausted else { return false }
            var roomSeen = Array(repeating: false, count: layout.rooms.count)
            var opened = Array(repeating: false, count: layout.entities.count)
            for s in result.visited {
                roomSeen[Int(s.room)] = true
                for e in layout.entities.indices where s.flags[e].contains(.open) { opened[e] = true }
            }
            let containersOpen = layout.entities.indices.allSatisfy { e in
                layout.entities[e].kind != .receptacle || !layout.entities[e].caps.contains(.openable) || opened[e]
            }
            return roomSeen.allSatisfy { $0 } && containersOpen
        }
    }
}
