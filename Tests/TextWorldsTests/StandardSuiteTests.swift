import Testing
@testable import TextWorlds

@Suite struct StandardSuiteTests {
    @Test func suiteHasAtLeast150TasksAcrossSplitsAndKinds() {
        let all = Split.allCases.flatMap { StandardSuite.entries(split: $0) }
        #expect(all.count >= 150)
        for split in Split.allCases {
            let entries = StandardSuite.entries(split: split)
            for family in Family.allCases {
                #expect(entries.contains { $0.family == family && $0.knobs.infeasible })
                for d in Difficulty.allCases { #expect(entries.contains { $0.family == family && $0.difficulty == d && !$0.knobs.infeasible }) }
            }
            for type in HouseholdTaskType.allCases { #expect(entries.contains { $0.knobs.taskType == type }) }
            #expect(Set(entries.map(\.baseSeed)).count == entries.count)
        }
    }

    @Test(arguments: Split.allCases)
    func everyTaskIsAdmittedAndSound(split: Split) throws {
        let tasks = try StandardSuite.generate(split: split)
        #expect(tasks.count == StandardSuite.entries(split: split).count)
        #expect(Set(tasks.map(\.description.id)).count == tasks.count)
        for t in tasks {
            #expect(!StandardSuite.randomAgentWins(t, tries: StandardSuite.randomTries))
            #expect(!StandardSuite.explorerWins(t))
            var w = t.world
            for line in t.description.oracle { w.apply(line) }
            #expect(w.isWon, "\(t.description.id)")
            #expect(t.description.split == split)
        }
    }

    @Test func suiteIsDeterministic() throws {
        let entries = Array(StandardSuite.entries(split: .test).prefix(12))
        for e in entries {
            let a = try StandardSuite.admit(e).description.canonicalJSON()
            let b = try StandardSuite.admit(e).description.canonicalJSON()
            #expect(a == b)
        }
    }
}
