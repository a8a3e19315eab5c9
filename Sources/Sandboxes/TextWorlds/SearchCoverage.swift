/// What an agent must have looked at before it can *know* that a task is infeasible.
///
/// Answering "infeasible" is a claim, and a claim without evidence is a guess: an agent
/// that says `N/A` at once would otherwise pass every infeasible task. So the served game
/// counts the places searched, and infeasible tasks check that all were:
/// - household: every receptacle, stood at while it is open (or has nothing to open);
/// - exploration: every room entered, and every container seen open;
/// - crafting: the missing ingredient, asked for with `get` (the one way the game tells
///   that nothing makes it); other items without a source are decoys no goal needs.
public struct SearchCoverage: Sendable, Equatable {
    enum Spot: Sendable, Equatable {
        case receptacle(Int)
        case room(Int)
        case deadItem(Int)
    }

    let spots: [Spot]
    public private(set) var seen: [Bool]

    public init(_ world: World) {
        let layout = world.layout
        var spots: [Spot] = []
        switch layout.family {
        case .household:
            spots = layout.receptaclesInRoom[0].map { .receptacle($0) }
        case .exploration:
            spots = layout.rooms.indices.map { .room($0) }
            for e in layout.entities.indices where layout.entities[e].kind == .receptacle && layout.entities[e].caps.contains(.openable) {
                spots.append(.receptacle(e))
            }
        case .crafting:
            for i in layout.items.indices where !layout.gettable[i] && layout.recipeOf[i] < 0 && layout.items[i] == layout.missing {
                spots.append(.deadItem(i))
            }
        }
        self.spots = spots
        seen = Array(repeating: false, count: spots.count)
        update(world, after: nil)
    }

    public var total: Int { spots.count }
    public var searched: Int { seen.reduce(0) { $0 + ($1 ? 1 : 0) } }

    /// Marks what `world` shows now; `command` is the text just applied (crafting probes).
    public mutating func update(_ world: World, after command: String?) {
        for (i, spot) in spots.enumerated() where !seen[i] {
            switch spot {
            case .receptacle(let r):
                let here = world.layout.family == .household
                    ? world.state.at == Int32(r)
                    : Int(world.state.room) == world.layout.entities[r].room
                seen[i] = here && world.accessible(r)
            case .room(let room):
                seen[i] = Int(world.state.room) == room
            case .deadItem(let item):
                guard let command, case .command(.get(_, let asked)) = CommandParser.parse(command, in: world) else { continue }
                seen[i] = asked == item
            }
        }
    }

    /// Commands that search everything, shortest-first per place (the oracle of an
    /// infeasible task before it answers); nil when some place cannot be reached.
    public static func searchPlan(_ start: World) -> [String]? {
        var world = start
        var coverage = SearchCoverage(world)
        var plan: [String] = []
        func play(_ text: String) -> Bool {
            let f = world.apply(text)
            guard f.ok || f.reason == .notGettable else { return false }
            plan.append(text)
            coverage.update(world, after: text)
            return true
        }
        let layout = start.layout
        switch layout.family {
        case .crafting:
            for case .deadItem(let item) in coverage.spots {
                guard play("get 1 \(layout.items[item])") else { return nil }
            }
        case .household, .exploration:
            let relevant = layout.entities.indices.map { layout.entities[$0].kind != .object || layout.entities[$0].caps.contains(.key) }
            for i in coverage.spots.indices where !coverage.seen[i] {
                let spot = coverage.spots[i]
                let result = Planner.search(
                    from: world, maxStates: 200_000,
                    actions: { Planner.relevantActions($0, relevant: relevant) },
                    isGoal: { w in
                        var probe = SearchCoverage(spots: [spot])
                        probe.update(w, after: nil)
                        return probe.seen[0]
                    })
                guard let steps = result.plan else { return nil }
                for c in steps { guard play(world.text(of: c)) else { return nil } }
            }
        }
        return coverage.searched == coverage.total ? plan : nil
    }

    init(spots: [Spot]) {
        self.spots = spots
        seen = Array(repeating: false, count: spots.count)
    }
}
