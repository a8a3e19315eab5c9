import Vocabulary

extension ItemFacts {
    /// The grammar facts for this item (see `DescriptionGrammar`); `rng` picks the two uses.
    func facts(rng: inout SeededGenerator) -> Facts {
        var facts = brand.facts
        facts["name"] = name
        facts["kind"] = Casing.inProse(kind)
        facts["kinds"] = Self.plural(Casing.inProse(kind))
        facts["category"] = Casing.inProse(category)
        facts["material"] = material.map(Casing.inProse)
        facts["price"] = price
        if material == nil { facts["materialChoices"] = Self.list(materialChoices.map(Casing.inProse), conjunction: "or") }
        let first = rng.pick(uses)
        facts["use"] = first
        facts["use2"] = rng.pick(uses.filter { $0 != first }) ?? first
        if colors.count == 1 { facts["color"] = colors[0].lowercased() }
        if colors.count > 1 { facts["colors"] = Self.list(colors.map { $0.lowercased() }, conjunction: "and") }
        if sizes.count > 1, let low = sizes.first, let high = sizes.last { facts["sizeRange"] = "\(low) to \(high)" }
        for spec in specs where facts["spec." + Self.key(spec.name)] == nil {
            let key = "spec." + Self.key(spec.name)
            facts[key] = spec.value
            if key == "spec.warranty", spec.value.lowercased() != "lifetime" { facts["spec.warranty.years"] = spec.value }
        }
        return facts
    }

    /// A specification row's grammar key: "Battery life" is `battery_life`.
    static func key(_ name: String) -> String {
        String(name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }

    /// "dress" → "dresses", "knife" → "knives", "jeans" stays.
    static func plural(_ noun: String) -> String {
        if noun.hasSuffix("fe") { return noun.dropLast(2) + "ves" }
        if noun.hasSuffix("ss") || noun.hasSuffix("ch") || noun.hasSuffix("sh") || noun.hasSuffix("x") { return noun + "es" }
        return noun.hasSuffix("s") ? noun : noun + "s"
    }

    /// "a, b and c".
    static func list(_ items: [String], conjunction: String) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }
}
