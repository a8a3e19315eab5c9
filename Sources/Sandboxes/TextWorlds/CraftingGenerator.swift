import SandboxKit
import Vocabulary

/// TextCraft-style crafting: a recipe tree of some depth under a goal item, base
/// items fetched with `get`, and distractor recipes that lead nowhere useful.
enum CraftingGenerator {
    struct Node {
        let name: String
        var output: Int = 1
        var ingredients: [(name: String, count: Int)] = []
        var base: Bool = false
        /// A base item nothing makes: a decoy when no goal needs it.
        var dead: Bool = false
    }

    /// Decoys (base items without a source that no goal needs) when the distractor recipes
    /// have enough new bases for them.
    static let minDecoys = 3

    static func draw(_ rng: inout SeededGenerator, split: Split, knobs: Knobs) -> (draw: Draw, target: Int, count: Int)? {
        var pool = (Catalog.craftingItems[split] ?? []).shuffled(using: &rng)
        guard !pool.isEmpty else { return nil }
        var nodes: [Node] = []
        var bases: [String] = []
        func fresh() -> String? { pool.isEmpty ? nil : pool.removeLast() }

        // The goal's tree, grown level by level. The first ingredient of every
        // recipe continues down, so the tree has exactly the asked depth.
        guard let targetName = fresh() else { return nil }
        var frontier = [(targetName, 0)]
        while !frontier.isEmpty {
            let (name, level) = frontier.removeFirst()
            var node = Node(name: name)
            if level == knobs.depth {
                node.base = true
                bases.append(name)
                nodes.append(node)
                continue
            }
            node.output = [1, 1, 2, 4].randomElement(using: &rng) ?? 1
            let count = rng.int(1...knobs.fanIn)
            for j in 0..<count {
                let reuse = j > 0 && !bases.isEmpty && rng.chance(0.25)
                let ingredient: String
                if reuse, let b = rng.pick(bases), !node.ingredients.contains(where: { $0.name == b }) {
                    ingredient = b
                } else {
                    guard let f = fresh() else { return nil }
                    ingredient = f
                    let leaf = j > 0 && rng.chance(0.35)
                    frontier.append((f, leaf ? knobs.depth : level + 1))
                }
                node.ingredients.append((ingredient, rng.int(1...3)))
            }
            nodes.append(node)
        }
        let treeNames = nodes.map(\.name)

        // Distractor recipes: new outputs from things already in the world plus new bases,
        // half of which (at least `minDecoys`) have no source. Those decoys make "an item
        // with no source" no sign of an infeasible task: only one the goal needs is, and an
        // agent that names one without reading the goal guesses among several.
        for _ in 0..<knobs.distractorRecipes {
            guard let out = fresh() else { break }
            var node = Node(name: out, output: [1, 2, 4].randomElement(using: &rng) ?? 1)
            let count = rng.int(1...max(2, knobs.fanIn))
            for _ in 0..<count {
                let ingredient: String
                if rng.chance(0.5), let existing = rng.pick(treeNames), !node.ingredients.contains(where: { $0.name == existing }) {
                    ingredient = existing
                } else if let f = fresh() {
                    ingredient = f
                    nodes.append(Node(name: f, base: true, dead: rng.chance(0.5)))
                } else { break }
                node.ingredients.append((ingredient, rng.int(1...3)))
            }
            if !node.ingredients.isEmpty { nodes.append(node) }
        }

        var decoys = nodes.filter(\.dead).count
        for i in nodes.indices where decoys < minDecoys && nodes[i].base && !nodes[i].dead && !treeNames.contains(nodes[i].name) {
            nodes[i].dead = true
            decoys += 1
        }

        // Infeasible: one base item of the goal's tree has no source at all.
        var missing = ""
        if knobs.infeasible {
            let treeBases = bases.filter { treeNames.contains($0) }
            guard let m = rng.pick(treeBases) else { return nil }
            missing = m
        }

        let items = nodes.map(\.name).sorted()
        var index: [String: Int] = [:]
        for (i, name) in items.enumerated() { index[name] = i }
        var recipes: [Recipe] = []
        var gettable = Array(repeating: false, count: items.count)
        for node in nodes {
            guard let i = index[node.name] else { continue }
            if node.base {
                gettable[i] = node.name != missing && !node.dead
            } else {
                let ings = node.ingredients.compactMap { ing in index[ing.name].map { Ingredient(item: $0, count: ing.count) } }
                    .sorted { items[$0.item] < items[$1.item] }
                recipes.append(Recipe(item: i, output: node.output, ingredients: ings))
            }
        }
        recipes.sort { items[$0.item] < items[$1.item] }
        guard let target = index[targetName] else { return nil }
        // Twice a batch half the time: one pass over the recipes on screen is not enough.
        let goalCount = nodes[0].output * (rng.chance(0.5) ? 2 : 1)
        let layout = WorldLayout(
            family: .crafting, rooms: ["crafting table"], exits: [[]], entities: [],
            items: items, recipes: recipes, gettable: gettable,
            goal: knobs.infeasible ? .declaredInfeasible : .itemCount(item: target, count: goalCount),
            goalText: "Your task is to: craft \(goalCount) \(targetName).", infeasible: knobs.infeasible,
            missing: knobs.infeasible ? missing : nil, capacity: 0)
        let state = WorldState(room: 0, at: -1, place: [], flags: [], counts: Array(repeating: 0, count: items.count))
        let draw = Draw(layout: layout, state: state, relevant: [], taskType: "craft",
                        layoutID: "recipes-for-\(targetName)", infeasibleSteps: 20 + 2 * recipes.count)
        return (draw, target, goalCount)
    }
}
