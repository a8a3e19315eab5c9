import Testing
@testable import TextWorlds

@Suite struct PlannerTests {
    /// Hand-checked: go to countertop, take apple, go to microwave, heat, go back, put = 6.
    @Test func householdPlanIsOptimal() {
        let w = Fixtures.household()
        let result = Planner.search(from: w, actions: { $0.admissibleCommands() }, isGoal: { $0.holds($0.layout.goal) })
        let plan = result.plan.map { $0.map { w.text(of: $0) } }
        #expect(plan == [
            "go to countertop 1", "take apple 1 from countertop 1", "go to microwave 1",
            "heat apple 1 with microwave 1", "go to countertop 1", "move apple 1 to countertop 1",
        ])
    }

    /// Hand-checked: take brass key, east, unlock, open, north, take ruby = 6; the
    /// rusty key and the chest are a detour.
    @Test func explorationPlanIsOptimal() {
        let w = Fixtures.exploration()
        let all = Array(repeating: true, count: w.layout.entities.count)
        let result = Planner.search(from: w, actions: { Planner.relevantActions($0, relevant: all) }, isGoal: { $0.holds($0.layout.goal) })
        let plan = result.plan.map { $0.map { w.text(of: $0) } }
        #expect(plan == ["take brass key", "go east", "unlock iron door with brass key", "open iron door", "go north", "take ruby"])
        // The unpruned search agrees on the length.
        let full = Planner.search(from: w, actions: { $0.admissibleCommands() }, isGoal: { $0.holds($0.layout.goal) })
        #expect(full.plan?.count == 6)
    }

    /// Hand-checked: 1 pickaxe needs 3 planks + 2 stick; 2 stick is one craft of 4
    /// from 2 planks; 5 planks are two crafts' worth (8) from 2 logs. One get, three crafts.
    @Test func craftingPlanIsOptimal() {
        var w = Fixtures.crafting()
        let plan = CraftingPlanner.plan(w.layout, item: 2, count: 1)
        let text = plan.map { $0.map { w.text(of: $0) } }
        #expect(text == ["get 2 log", "craft 8 planks using 2 log", "craft 4 stick using 2 planks", "craft 1 pickaxe using 3 planks, 2 stick"])
        for line in text ?? [] { w.apply(line) }
        #expect(w.isWon)
        // The item with no source makes any tree through it unsolvable.
        let ore = w.layout.item(named: "ore") ?? -1
        #expect(CraftingPlanner.plan(w.layout, item: ore, count: 1) == nil)
    }

    @Test func unreachableGoalExhaustsTheSpace() {
        var w = Fixtures.exploration()
        // Without the brass key the vault is sealed.
        w.state.place[3] = Place.nowhere
        let result = Planner.search(from: w, actions: { $0.admissibleCommands() }, isGoal: { $0.holds($0.layout.goal) })
        #expect(result.plan == nil)
        #expect(result.exhausted)
        #expect(result.states > 1)
    }

    @Test func searchStopsAtTheStateBudget() {
        let w = Fixtures.household()
        let result = Planner.search(from: w, maxStates: 5, actions: { $0.admissibleCommands() }, isGoal: { _ in false })
        #expect(result.plan == nil && !result.exhausted && result.states == 5)
    }
}

@Suite struct PlannerPruningTests {
    /// On small generated worlds, a search over every admissible command (no
    /// relevance pruning) finds plans no shorter than the generator's.
    @Test func pruningKeepsPlansOptimal() throws {
        var compared = 0
        for (i, type) in HouseholdTaskType.allCases.enumerated() {
            for seed in UInt64(1)...2 {
                let t = try TaskGenerator.generate(.household, seed: seed + UInt64(10 * i), split: .train,
                                                   knobs: Knobs(taskType: type, receptacles: 4, distractors: 1))
                let full = Planner.search(from: t.world, maxStates: 400_000, actions: { $0.admissibleCommands() },
                                          isGoal: { $0.holds($0.layout.goal) })
                #expect(full.plan?.count == t.description.optimalLength, "\(t.description.id) \(type)")
                compared += 1
            }
        }
        for seed in UInt64(1)...6 {
            let t = try TaskGenerator.generate(.exploration, seed: seed, split: .test,
                                               knobs: Knobs(distractors: 1, rooms: 3, doors: 1, lockedDoors: 1, containers: 1, lockedContainers: 1))
            let full = Planner.search(from: t.world, maxStates: 400_000, actions: { $0.admissibleCommands() },
                                      isGoal: { $0.holds($0.layout.goal) })
            #expect(full.plan?.count == t.description.optimalLength, "\(t.description.id)")
            compared += 1
        }
        #expect(compared == 18)
    }
}
