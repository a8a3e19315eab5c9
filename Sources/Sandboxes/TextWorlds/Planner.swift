/// Breadth-first search over world states: proves a task solvable, gives the
/// optimal plan length and the oracle commands.
///
/// The search tries only the commands a generator marks relevant (the goal's
/// objects, the tools, the locks and keys). Commands on other entities never
/// shorten a plan in these rules (they only move distractors around or close
/// things), so a shortest plan over the relevant commands is a shortest plan.
public enum Planner {
    public struct Result: Sendable {
        /// The shortest plan, or nil if no state reached satisfies the goal.
        public let plan: [Command]?
        /// Distinct states reached.
        public let states: Int
        /// False when the search stopped at `maxStates` before exhausting the space.
        public let exhausted: Bool
        /// Every state reached, in discovery order (kept only when asked).
        public let visited: [WorldState]
    }

    public static func search(
        from world: World,
        maxStates: Int = 200_000,
        keepVisited: Bool = false,
        actions: (World) -> [Command],
        isGoal: (World) -> Bool
    ) -> Result {
        var w = world
        w.render = false
        if isGoal(w) { return Result(plan: [], states: 1, exhausted: true, visited: keepVisited ? [w.state] : []) }
        var states: [WorldState] = [w.state]
        var parent: [Int32] = [-1]
        var via: [Command] = [.look]
        var index: [WorldState: Int32] = [w.state: 0]
        var head = 0
        while head < states.count {
            w.state = states[head]
            for a in actions(w) {
                var next = w
                guard next.perform(a).ok else { continue }
                if index[next.state] != nil { continue }
                let id = Int32(states.count)
                index[next.state] = id
                states.append(next.state)
                parent.append(Int32(head))
                via.append(a)
                if isGoal(next) {
                    var plan: [Command] = []
                    var i = Int(id)
                    while i > 0 {
                        plan.append(via[i])
                        i = Int(parent[i])
                    }
                    return Result(plan: plan.reversed(), states: states.count, exhausted: false, visited: keepVisited ? states : [])
                }
                if states.count >= maxStates {
                    return Result(plan: nil, states: states.count, exhausted: false, visited: keepVisited ? states : [])
                }
            }
            head += 1
        }
        return Result(plan: nil, states: states.count, exhausted: true, visited: keepVisited ? states : [])
    }

    /// The entities a command names.
    static func entities(of c: Command) -> [Int] {
        switch c {
        case .look, .inventory, .help, .go, .goRoom, .get, .craft, .declareInfeasible: []
        case .examine(let e), .goTo(let e), .open(let e), .close(let e), .drop(let e), .use(let e): [e]
        case .take(let e, let from): from >= 0 ? [e, from] : [e]
        case .move(let e, let r): [e, r]
        case .heat(let e, let t), .cool(let e, let t), .clean(let e, let t), .slice(let e, let t), .unlock(let e, let t): [e, t]
        }
    }

    /// Admissible commands that change state and name only relevant entities.
    static func relevantActions(_ w: World, relevant: [Bool]) -> [Command] {
        w.admissibleCommands().filter { c in
            switch c {
            case .look, .inventory, .help, .examine, .close, .drop: return false
            // Keys only ever need carrying; putting them down again never helps.
            case .move(let e, _) where w.layout.entities[e].caps.contains(.key): return false
            default: return entities(of: c).allSatisfy { relevant[$0] }
            }
        }
    }
}

/// The crafting planner. With one recipe per item and `get` taking any count,
/// every needed base item costs at least one `get` and every needed crafted item
/// at least one `craft`; this plan uses exactly one of each, so it is optimal.
enum CraftingPlanner {
    /// The plan for `count` of `item`, or nil when some needed item can be neither
    /// fetched nor crafted.
    static func plan(_ layout: WorldLayout, item target: Int, count: Int) -> [Command]? {
        var order: [Int] = []
        var seen = Array(repeating: false, count: layout.items.count)
        func visit(_ i: Int) {
            if seen[i] { return }
            seen[i] = true
            let r = layout.recipeOf[i]
            if r >= 0 { for ing in layout.recipes[r].ingredients { visit(ing.item) } }
            order.append(i)  // ingredients before the things made from them
        }
        visit(target)
        var need = Array(repeating: 0, count: layout.items.count)
        var crafts = Array(repeating: 0, count: layout.items.count)
        need[target] = count
        for i in order.reversed() where need[i] > 0 {
            let r = layout.recipeOf[i]
            if r < 0 {
                if !layout.gettable[i] { return nil }
                continue
            }
            let recipe = layout.recipes[r]
            let k = (need[i] + recipe.output - 1) / recipe.output
            crafts[i] = k
            for ing in recipe.ingredients { need[ing.item] += k * ing.count }
        }
        var plan: [Command] = []
        for i in order.sorted(by: { layout.items[$0] < layout.items[$1] }) where layout.recipeOf[i] < 0 && need[i] > 0 {
            var left = need[i]
            while left > 0 {
                let n = min(left, CommandParser.maxCount)
                plan.append(.get(count: n, item: i))
                left -= n
            }
        }
        for i in order where crafts[i] > 0 {
            let recipe = layout.recipes[layout.recipeOf[i]]
            let k = crafts[i]
            plan.append(.craft(count: k * recipe.output, item: i,
                               using: recipe.ingredients.map { Ingredient(item: $0.item, count: $0.count * k) }))
        }
        return plan
    }
}
