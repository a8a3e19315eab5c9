/// The game's prose: room descriptions, contents, inventory and help.
extension World {
    /// "a" or "an", by the first letter.
    static func article(_ word: String) -> String {
        guard let c = word.utf8.first else { return "a" }
        switch c {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): return "an"
        default: return "a"
        }
    }

    /// "x", "x and y", "x, y and z".
    static func joined(_ parts: [String]) -> String {
        switch parts.count {
        case 0: return ""
        case 1: return parts[0]
        default: return parts.dropLast().joined(separator: ", ") + " and " + parts[parts.count - 1]
        }
    }

    static func withArticle(_ name: String) -> String { article(name) + " " + name }

    /// Objects directly in or on a receptacle, sorted by name.
    func contents(of r: Int) -> [Int] {
        layout.portables.filter { state.place[$0] == Int32(r) }
    }

    func floorObjects() -> [Int] {
        let floor = Place.floor(Int(state.room))
        return layout.portables.filter { state.place[$0] == floor }
    }

    func listing(in r: Int, empty: String, lead: String) -> String {
        let items = contents(of: r)
        if items.isEmpty { return empty }
        return lead + Self.joined(items.map { Self.withArticle(name($0)) }) + "."
    }

    /// What the agent sees of a receptacle standing next to it.
    func contentsText(_ r: Int) -> String {
        let spec = layout.entities[r]
        if spec.caps.contains(.openable) && !state.flags[r].contains(.open) {
            return state.flags[r].contains(.locked) ? "The \(spec.name) is closed and locked." : "The \(spec.name) is closed."
        }
        let lead = spec.caps.contains(.openable) ? "The \(spec.name) is open. " : ""
        let prep = spec.preposition == "in" ? "In" : "On"
        return lead + listing(in: r, empty: "\(prep) the \(spec.name), you see nothing.", lead: "\(prep) the \(spec.name), you see ")
    }

    func lookText() -> String {
        switch layout.family {
        case .household:
            let receptacles = layout.receptaclesInRoom.first ?? []
            let seen = "Looking quickly around you, you see " + Self.joined(receptacles.map { Self.withArticle(name($0)) }) + "."
            if state.at < 0 { return "You are in the middle of a room. " + seen }
            return "You are at the \(name(Int(state.at))). " + contentsText(Int(state.at))
        case .exploration:
            let here = Int(state.room)
            var text = "-= \(layout.rooms[here].capitalizedWords) =-\nYou are in the \(layout.rooms[here])."
            for r in layout.receptaclesInRoom[here] {
                text += " There is " + Self.withArticle(name(r)) + ". " + contentsText(r)
            }
            let floor = floorObjects()
            if !floor.isEmpty {
                text += " On the floor, you see " + Self.joined(floor.map { Self.withArticle(name($0)) }) + "."
            }
            let exits = layout.exits[here].map { exit -> String in
                var s = "\(exit.direction.word) to the \(layout.rooms[exit.room])"
                if exit.door >= 0 {
                    let f = state.flags[exit.door]
                    s += " through the \(name(exit.door)) (\(f.contains(.locked) ? "locked" : f.contains(.open) ? "open" : "closed"))"
                }
                return s
            }
            text += exits.isEmpty ? " There is no way out." : " Exits: " + Self.joined(exits) + "."
            return text
        case .crafting:
            var text = "Crafting commands:"
            for r in layout.recipes.sorted(by: { layout.items[$0.item] < layout.items[$1.item] }) {
                text += "\n" + recipeText(r)
            }
            return text
        }
    }

    /// A recipe as the command that uses it once.
    func recipeText(_ r: Recipe) -> String {
        "craft \(r.output) \(layout.items[r.item]) using " + r.ingredients.map { "\($0.count) \(layout.items[$0.item])" }.joined(separator: ", ")
    }

    func inventoryText() -> String {
        if layout.family == .crafting {
            let held = layout.items.indices.filter { state.counts[$0] > 0 }
            if held.isEmpty { return "Inventory: You are not carrying anything." }
            return "Inventory: " + held.map { "[\(layout.items[$0])] (\(state.counts[$0]))" }.joined(separator: " ")
        }
        let held = carried()
        if held.isEmpty { return "You are not carrying anything." }
        return "You are carrying " + Self.joined(held.map { Self.withArticle(name($0)) }) + "."
    }

    func helpText() -> String {
        let verbs = CommandParser.verbs(for: layout.family)
        let forms = CommandVocabulary.commands.filter { verbs.contains($0.verb) || ["look", "inventory", "help", "declare"].contains($0.verb) }
        return "Commands (\(CommandVocabulary.version)): " + forms.map(\.forms).joined(separator: "; ") + "."
    }
}

extension String {
    /// "dining room" → "Dining Room", ASCII only.
    var capitalizedWords: String {
        var out = ""
        var start = true
        for ch in self {
            if start, let a = ch.asciiValue, a >= 97, a <= 122 {
                out.append(Character(UnicodeScalar(a - 32)))
            } else {
                out.append(ch)
            }
            start = ch == " "
        }
        return out
    }
}
