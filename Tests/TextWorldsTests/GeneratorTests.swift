import SandboxKit
import Testing
@testable import TextWorlds
import Vocabulary

@Suite struct GeneratorTests {
    static let families = Family.allCases.sorted()

    @Test(arguments: Family.allCases)
    func sameSeedGivesIdenticalBytes(family: Family) throws {
        for seed in UInt64(1)...6 {
            for infeasible in [false, true] {
                let knobs = Knobs(infeasible: infeasible)
                let a = try TaskGenerator.generate(family, seed: seed, split: .train, knobs: knobs)
                let b = try TaskGenerator.generate(family, seed: seed, split: .train, knobs: knobs)
                #expect(Array(a.description.canonicalJSON().utf8) == Array(b.description.canonicalJSON().utf8))
                #expect(a.world.state == b.world.state)
                #expect(a.world.screenXML() == b.world.screenXML())
            }
        }
    }

    @Test(arguments: Family.allCases)
    func differentSeedsGiveDifferentTasks(family: Family) throws {
        var seen: Set<String> = []
        for seed in UInt64(1)...10 {
            seen.insert(try TaskGenerator.generate(family, seed: seed, split: .test).description.canonicalJSON())
        }
        #expect(seen.count == 10)
    }

    @Test func canonicalJSONIsSortedAndStable() throws {
        let t = try TaskGenerator.generate(.crafting, seed: 3, split: .train)
        let json = t.description.canonicalJSON()
        let keys = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { String($0.dropFirst(3).prefix { $0 != "\"" }) }
        #expect(keys == keys.sorted())
        #expect(keys.contains("optimal_length") && keys.contains("oracle") && keys.contains("subgoals"))
        #expect(json.hasSuffix("}\n"))
    }

    @Test(arguments: HouseholdTaskType.allCases)
    func everyHouseholdTaskTypeIsGeneratedAndSolved(type: HouseholdTaskType) throws {
        for seed in UInt64(1)...5 {
            let t = try TaskGenerator.generate(.household, seed: seed, split: seed % 2 == 0 ? .train : .test, knobs: Knobs(taskType: type))
            #expect(t.description.taskType == type.rawValue)
            let verbs = Set(t.description.oracle.map { String($0.prefix { $0 != " " }) })
            switch type {
            case .heatThenPlace: #expect(verbs.contains("heat"))
            case .coolThenPlace: #expect(verbs.contains("cool"))
            case .cleanThenPlace: #expect(verbs.contains("clean"))
            case .examineInLight: #expect(verbs.contains("use"))
            case .pickTwo: #expect(t.description.oracle.filter { $0.hasPrefix("move ") }.count == 2)
            case .pickAndPlace: #expect(verbs.isSubset(of: ["go", "open", "take", "move"]))
            }
            try expectOracleWins(t)
        }
    }

    func expectOracleWins(_ t: GeneratedTask, sourceLocation: SourceLocation = #_sourceLocation) throws {
        // Rebuild from the description alone, as a task file would.
        let d = t.description
        var w = try TaskGenerator.generate(d.family, seed: d.seed, split: d.split, knobs: d.knobs).world
        var progress = w.progress
        for (i, line) in d.oracle.enumerated() {
            #expect(!w.isWon, "won before the oracle ended", sourceLocation: sourceLocation)
            let f = w.apply(line)
            #expect(f.ok, "\(d.id) step \(i) \(line): \(f.text)", sourceLocation: sourceLocation)
            #expect(w.progress >= progress, sourceLocation: sourceLocation)
            progress = w.progress
        }
        #expect(w.isWon, "\(d.id) oracle did not win", sourceLocation: sourceLocation)
        #expect(w.subgoalsReached == w.subgoals.count, sourceLocation: sourceLocation)
        #expect(d.optimalLength == d.oracle.count, sourceLocation: sourceLocation)
        #expect(d.subgoals.count == w.subgoals.count, sourceLocation: sourceLocation)
    }

    @Test(arguments: Family.allCases)
    func oraclesWinWhenReplayed(family: Family) throws {
        for seed in UInt64(1)...12 {
            for split in Split.allCases {
                try expectOracleWins(try TaskGenerator.generate(family, seed: seed, split: split))
            }
        }
    }

    @Test(arguments: Family.allCases)
    func harderKnobsStillSolve(family: Family) throws {
        let knobs = Knobs(receptacles: 8, distractors: 8, rooms: 7, doors: 4, lockedDoors: 2, containers: 3,
                          lockedContainers: 1, depth: 3, fanIn: 3, distractorRecipes: 6)
        for seed in UInt64(1)...4 {
            let t = try TaskGenerator.generate(family, seed: seed, split: .train, knobs: knobs)
            try expectOracleWins(t)
        }
    }

    @Test func planLengthKnobsAreHonoured() throws {
        for family in Self.families {
            for seed in UInt64(1)...4 {
                let t = try TaskGenerator.generate(family, seed: seed, split: .train, knobs: Knobs(minPlanLength: 5, maxPlanLength: 9))
                #expect((5...9).contains(t.description.optimalLength), "\(family) \(seed): \(t.description.optimalLength)")
            }
        }
    }

    @Test func impossibleKnobsGiveAClearError() {
        #expect(throws: GenerationError("knob rooms must be 1...12")) {
            try TaskGenerator.generate(.exploration, seed: 1, split: .train, knobs: Knobs(rooms: 40))
        }
        #expect(throws: GenerationError("knob locked_doors must be 0...doors")) {
            try TaskGenerator.generate(.exploration, seed: 1, split: .train, knobs: Knobs(doors: 1, lockedDoors: 2))
        }
        #expect(throws: GenerationError("knob depth must be 1...4")) {
            try TaskGenerator.generate(.crafting, seed: 1, split: .train, knobs: Knobs(depth: 9))
        }
        do {
            _ = try TaskGenerator.generate(.household, seed: 1, split: .train, knobs: Knobs(minPlanLength: 200, maxPlanLength: 300))
            Issue.record("a plan of 200 steps should be out of reach")
        } catch {
            #expect(error.message.contains("after 200 draws"))
        }
    }

    @Test(arguments: Family.allCases)
    func infeasibleTasksWantADeclaration(family: Family) throws {
        for seed in UInt64(1)...6 {
            let t = try TaskGenerator.generate(family, seed: seed, split: .train, knobs: Knobs(infeasible: true))
            let d = t.description
            let missing = try #require(t.world.layout.missing)
            #expect(d.infeasible && d.oracle == ["declare infeasible \(missing)"] && d.optimalLength == 1)
            #expect(d.goal.contains(missing) || family == .crafting)
            var w = t.world
            #expect(w.layout.infeasible)
            switch family {
            case .household:
                // The goal names a type of which the world has no instance.
                let named = Catalog.householdObjects.map(\.name).filter { d.goal.contains(" \($0)") }
                #expect(!named.isEmpty)
                for n in named where !d.goal.contains("under the \(n)") { #expect(!d.objectTypes.contains(n)) }
            case .exploration:
                let treasure = Catalog.exploration.values.flatMap(\.treasures).filter { d.goal.contains($0) }
                #expect(treasure.count == 1)
                #expect(w.layout.entity(named: treasure[0]) == nil)
            case .crafting:
                // The missing ingredient has neither a source nor a recipe.
                let item = try #require(w.layout.item(named: missing))
                #expect(!w.layout.gettable[item] && w.layout.recipeOf[item] < 0)
            }
            // Nothing but the declaration wins.
            var idle = w
            for _ in 0..<d.maxSteps { idle.apply("look") }
            #expect(!idle.isWon)
            var wrong = w
            wrong.apply("declare infeasible")
            #expect(wrong.isLost)
            w.apply("declare infeasible \(missing)")
            #expect(w.isWon && w.progress == 1)
        }
    }

    @Test func doNothingNeverWins() throws {
        for family in Self.families {
            for seed in UInt64(1)...10 {
                let t = try TaskGenerator.generate(family, seed: seed, split: .test)
                var w = t.world
                #expect(!w.isWon && w.progress == 0)
                for _ in 0..<t.description.maxSteps { w.apply("look") }
                #expect(!w.isWon && !w.isLost)
                #expect(w.subgoalsReached == 0)
            }
        }
    }

    /// A random agent over the admissible commands, within the step budget.
    @Test func randomAgentsRarelyWin() throws {
        var wins = 0
        var episodes = 0
        for family in Self.families {
            for seed in UInt64(1)...20 {
                let t = try TaskGenerator.generate(family, seed: seed, split: .train)
                var rng = SeededGenerator(seed: seed, stream: "random-agent")
                var w = t.world
                for _ in 0..<t.description.maxSteps {
                    guard let c = rng.pick(w.admissibleCommands()) else { break }
                    w.apply(c)
                    if w.isWon { break }
                }
                episodes += 1
                if w.isWon { wins += 1 }
            }
        }
        #expect(episodes == 60)
        #expect(wins * 20 <= episodes, "random agents won \(wins) of \(episodes)")
    }

    @Test func subgoalsEndWithTheGoal() throws {
        for family in Self.families {
            let t = try TaskGenerator.generate(family, seed: 9, split: .train)
            #expect(t.world.subgoals.last == t.world.layout.goal)
            #expect(t.world.subgoals.count >= 2)
            #expect(t.description.subgoals.count == t.world.subgoals.count)
        }
    }
}
