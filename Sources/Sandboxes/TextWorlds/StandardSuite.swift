import AgentProtocol
import SandboxKit
import Vocabulary
import Worlds

/// Named difficulty presets of the knobs.
public enum Difficulty: String, Sendable, CaseIterable {
    case easy, medium, hard
}

extension Knobs {
    /// Distractors (objects, containers, recipes) are many even when easy: a goal-blind
    /// agent that takes, opens and crafts everything must run out of steps before it wins
    /// by accident (issue #12), while the goal-directed plan stays the same length.
    /// Exploration always delivers: taking everything would win every "take it" goal.
    public static func preset(_ d: Difficulty, for family: Family) -> Knobs {
        switch (family, d) {
        case (.household, .easy): Knobs(receptacles: 8, distractors: 6)
        case (.household, .medium): Knobs(receptacles: 12, distractors: 10)
        case (.household, .hard): Knobs(distractors: 16, minPlanLength: 6)
        case (.exploration, .easy):
            Knobs(distractors: 5, rooms: 3, doors: 1, lockedDoors: 0, containers: 2, lockedContainers: 0, deliver: true, minPlanLength: 3)
        case (.exploration, .medium):
            Knobs(distractors: 8, rooms: 5, doors: 2, lockedDoors: 1, containers: 3, lockedContainers: 1, deliver: true, minPlanLength: 5)
        case (.exploration, .hard):
            Knobs(distractors: 10, rooms: 8, doors: 4, lockedDoors: 2, containers: 4, lockedContainers: 1, deliver: true, minPlanLength: 8)
        case (.crafting, .easy): Knobs(depth: 1, fanIn: 2, distractorRecipes: 4, minPlanLength: 3)
        case (.crafting, .medium): Knobs(depth: 2, fanIn: 2, distractorRecipes: 6, minPlanLength: 4)
        case (.crafting, .hard): Knobs(depth: 3, fanIn: 3, distractorRecipes: 8, minPlanLength: 7)
        }
    }
}

/// One task of the fixed suite: what to generate, before admission.
public struct SuiteEntry: Sendable, Equatable {
    public let family: Family
    public let split: Split
    public let difficulty: Difficulty
    public let knobs: Knobs
    /// The first seed tried; admission may move to later ones.
    public let baseSeed: UInt64
}

/// The fixed text-game suite: 90 tasks per split (180 in all), every household
/// task type at every difficulty, exploration and crafting at every difficulty,
/// and infeasible tasks in each family.
///
/// Admission, as Harbor does before taking a task: the generator has already
/// proved the oracle wins; here a seeded random agent gets five tries within the
/// step budget, and verify's goal-blind explorer one walk within the task file's
/// budget, and a task either solves is replaced by the next seed's.
public enum StandardSuite {
    /// 2: more distractors, decoy ingredients, goals of two batches, and declarations that name what is missing.
    public static let version = 2
    public static let randomTries = 5
    public static let maxSeedsPerEntry = 50

    public static func entries(split: Split) -> [SuiteEntry] {
        var out: [SuiteEntry] = []
        let splitOffset: UInt64 = split == .train ? 0 : 500_000
        func add(_ family: Family, _ d: Difficulty, _ knobs: Knobs) {
            let familyOffset: UInt64 = family == .household ? 0 : family == .exploration ? 100_000 : 200_000
            out.append(SuiteEntry(family: family, split: split, difficulty: d, knobs: knobs,
                                  baseSeed: splitOffset + familyOffset + UInt64(out.count) * 1_000 + 1))
        }
        for type in HouseholdTaskType.allCases {
            for d in Difficulty.allCases {
                for _ in 0..<2 {
                    var k = Knobs.preset(d, for: .household)
                    k.taskType = type
                    if d == .hard { k.minPlanLength = hardHouseholdPlan(type) }
                    add(.household, d, k)
                }
            }
        }
        for d in Difficulty.allCases {
            for _ in 0..<8 { add(.exploration, d, .preset(d, for: .exploration)) }
            for _ in 0..<6 { add(.crafting, d, .preset(d, for: .crafting)) }
        }
        for family in Family.allCases.sorted() {
            for (i, d) in [Difficulty.easy, .medium, .medium, .hard].enumerated() {
                var k = Knobs.preset(d, for: family)
                k.infeasible = true
                k.minPlanLength = 1
                if i == 1 && family == .household { k.taskType = .examineInLight }
                add(family, d, k)
            }
        }
        return out
    }

    /// A long plan for each task type: the object and the target both shut away.
    static func hardHouseholdPlan(_ type: HouseholdTaskType) -> Int {
        switch type {
        case .examineInLight: 5
        case .pickAndPlace: 6
        case .heatThenPlace, .coolThenPlace, .cleanThenPlace: 7
        case .pickTwo: 9
        }
    }

    /// Generates and admits every entry of a split, in order.
    public static func generate(split: Split) throws(GenerationError) -> [GeneratedTask] {
        try entries(split: split).map { entry throws(GenerationError) in try admit(entry) }
    }

    static func admit(_ entry: SuiteEntry) throws(GenerationError) -> GeneratedTask {
        for offset in 0..<UInt64(maxSeedsPerEntry) {
            let task = try TaskGenerator.generate(entry.family, seed: entry.baseSeed + offset, split: entry.split, knobs: entry.knobs)
            if admits(task) { return task }
        }
        throw GenerationError("no seed from \(entry.baseSeed) on gives a \(entry.family.rawValue) task a random agent and the explorer fail")
    }

    /// Whether a generated task passes admission: neither the random agent nor the explorer wins it.
    public static func admits(_ task: GeneratedTask) -> Bool {
        !randomAgentWins(task, tries: randomTries) && !explorerWins(task)
    }

    /// Whether `gauntlet verify`'s goal-blind explorer (`WorldExplorer` over the moves
    /// `TextGameTrials` offers, the same walk) wins within the task file's step budget. It
    /// answers without naming anything, so it never wins an infeasible task.
    public static func explorerWins(_ task: GeneratedTask) -> Bool {
        let d = task.description
        guard !d.infeasible else { return false }
        var explorer = WorldExplorer(order: .leastTriedHere)
        var w = task.world
        for _ in 0..<(GameTaskFile.stepLimit(d, commands: d.oracle.count) - 1) {
            guard case .say(let command)? = explorer.next(TextGameTrials.explorationMoves(admissible: w.admissibleCommandTexts())) else { break }
            w.apply(command)
            if w.isWon { return true }
        }
        return false
    }

    /// Whether a random agent over the admissible commands wins within the step budget in any of `tries` runs.
    public static func randomAgentWins(_ task: GeneratedTask, tries: Int) -> Bool {
        for t in 0..<tries {
            var rng = SeededGenerator(seed: task.description.seed &+ UInt64(t), stream: "admission/random-agent")
            var w = task.world
            for _ in 0..<task.description.maxSteps {
                guard let c = rng.pick(w.admissibleCommands()) else { break }
                w.apply(c)
                if w.isWon { return true }
            }
        }
        return false
    }
}
