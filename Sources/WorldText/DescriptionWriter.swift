import Vocabulary

/// Writes a product's description from its facts, in the shop's voice: what it is and is
/// for, its material, a few of its specification rows, its brand's story and its value.
/// Every value stated is the item's own (`ItemFacts`), so the text never contradicts the
/// specification table; prices are never stated, only the item's price band.
public struct DescriptionWriter: Sendable {
    private let grammar: Grammar

    public init() {
        grammar = Grammar(Lexicon.rules).merging(Grammar(DescriptionGrammar.rules))
    }

    public func description(of item: ItemFacts, rng: inout SeededGenerator) -> String {
        let facts = item.facts(rng: &rng)
        let voice = Voice.plain
        var middle: [String] = []
        middle.append(grammar.expand(item.material == nil ? "desc.materialChoice" : "desc.material", facts: facts, voice: voice, rng: &rng))
        // Two or three rows of the table, chosen from those the grammar can say.
        var rows = item.specs.filter { sayRule(for: $0) != nil && !["Brand", "Model", "Material"].contains($0.name) }
        let wanted = 2 + rng.index(below: 2)
        while middle.count <= wanted, !rows.isEmpty {
            let row = rows.remove(at: rng.index(below: rows.count))
            if let rule = sayRule(for: row) { middle.append(grammar.expand(rule, facts: facts, voice: voice, rng: &rng)) }
        }
        if rng.chance(0.5) { middle.append(grammar.expand(rng.chance(0.5) ? "desc.colors" : "desc.sizes", facts: facts, voice: voice, rng: &rng)) }
        if rng.chance(0.6) { middle.append(grammar.expand("desc.brand", facts: facts, voice: voice, rng: &rng)) }
        if rng.chance(0.4) { middle.append(grammar.expand("desc.use", facts: facts, voice: voice, rng: &rng)) }
        shuffle(&middle, rng: &rng)
        var sentences = [grammar.expand("desc.open", facts: facts, voice: voice, rng: &rng)] + middle
        sentences.append(grammar.expand("desc.value." + item.priceBand.rawValue, facts: facts, voice: voice, rng: &rng))
        if rng.chance(0.35) { sentences.append(grammar.expand("desc.close", facts: facts, voice: voice, rng: &rng)) }
        return sentences.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The rule that states `row`: one for its value (`say.waterproof.no`) if the grammar has
    /// it, else one for its name.
    func sayRule(for row: ItemFacts.Spec) -> String? {
        let base = "say." + ItemFacts.key(row.name)
        let specific = base + "." + ItemFacts.key(row.value)
        if grammar.has(specific) { return specific }
        return grammar.has(base) ? base : nil
    }

    private func shuffle(_ items: inout [String], rng: inout SeededGenerator) {
        guard items.count > 1 else { return }
        for index in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(index, rng.index(below: index + 1))
        }
    }
}
