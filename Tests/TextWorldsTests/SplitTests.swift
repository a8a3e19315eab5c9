import Testing
@testable import TextWorlds

@Suite struct SplitTests {
    @Test func catalogListsAreDisjoint() {
        let train = Catalog.typeNames(of: .train)
        let test = Catalog.typeNames(of: .test)
        #expect(train.intersection(test).isEmpty, "shared: \(train.intersection(test).sorted())")
        #expect(Catalog.layoutNames(of: .train).intersection(Catalog.layoutNames(of: .test)).isEmpty)
        #expect(train.count > 50 && test.count > 50)
    }

    /// No object type or layout (household room, exploration room) of a test task
    /// appears in any train task.
    @Test(arguments: Family.allCases)
    func generatedTestTasksShareNothingWithTrain(family: Family) throws {
        var trainTypes: Set<String> = []
        var trainLayouts: Set<String> = []
        var testTypes: Set<String> = []
        var testLayouts: Set<String> = []
        for seed in UInt64(1)...25 {
            for infeasible in [false, true] {
                let knobs = Knobs(infeasible: infeasible)
                let a = try TaskGenerator.generate(family, seed: seed, split: .train, knobs: knobs)
                let b = try TaskGenerator.generate(family, seed: seed, split: .test, knobs: knobs)
                trainTypes.formUnion(a.description.objectTypes)
                testTypes.formUnion(b.description.objectTypes)
                trainLayouts.formUnion(Self.layoutParts(a))
                testLayouts.formUnion(Self.layoutParts(b))
            }
        }
        #expect(!trainTypes.isEmpty && !testTypes.isEmpty)
        #expect(trainTypes.intersection(testTypes).isEmpty, "shared types: \(trainTypes.intersection(testTypes).sorted())")
        #expect(trainLayouts.intersection(testLayouts).isEmpty, "shared layouts: \(trainLayouts.intersection(testLayouts).sorted())")
        #expect(testTypes.isSubset(of: Catalog.typeNames(of: .test)))
    }

    /// The pieces a layout is made of: the household layout id, every exploration
    /// room, and the crafting goal's recipe tree.
    static func layoutParts(_ t: GeneratedTask) -> [String] {
        switch t.description.family {
        case .exploration: t.world.layout.rooms
        case .household, .crafting: [t.description.layout]
        }
    }
}

@Suite struct CatalogTests {
    /// Names the parser can always split back out of a command line.
    @Test func namesAreParseable() {
        let separators: Set<Substring> = ["to", "in", "on", "into", "onto", "from", "with", "using", "the", "up", "at"]
        var names = Catalog.typeNames(of: .train).union(Catalog.typeNames(of: .test))
        names.formUnion(Catalog.layoutNames(of: .train).union(Catalog.layoutNames(of: .test)))
        names.formUnion(Catalog.receptacleTypes.map(\.name))
        for name in names.sorted() {
            #expect(name.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || $0 == 32 || $0 == 45 }, "\(name)")
            #expect(name.split(separator: " ").allSatisfy { !separators.contains($0) }, "\(name)")
            #expect(Int(name.split(separator: " ").first ?? "") == nil, "\(name) starts with a number")
        }
        #expect(names.count > 150)
    }
}
