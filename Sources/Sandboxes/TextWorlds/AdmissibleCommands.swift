/// The commands that would work now, as ALFWorld and TextWorld list them.
///
/// Every listed command succeeds if applied (a test checks this). The typed list
/// comes in a fixed order built from sorted entity lists; the text list is sorted
/// alphabetically. `declare infeasible` is never listed: it is always available
/// and documented, and listing it would hand random agents free wins.
extension World {
    public func admissibleCommands() -> [Command] {
        if isWon || isLost { return [] }
        var out: [Command] = [.look, .inventory]
        switch layout.family {
        case .household: householdCommands(&out)
        case .exploration: explorationCommands(&out)
        case .crafting: craftingCommands(&out)
        }
        return out
    }

    /// The admissible commands as text, sorted by bytes (names are ASCII, so this
    /// is alphabetical, and much cheaper than Unicode-aware string comparison).
    public func admissibleCommandTexts() -> [String] {
        admissibleCommands().map { text(of: $0) }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    func canCarryMore() -> Bool { layout.capacity == 0 || carriedCount() < layout.capacity }

    private func householdCommands(_ out: inout [Command]) {
        let held = carried()
        let free = canCarryMore()
        for r in layout.receptaclesInRoom[0] where Int32(r) != state.at { out.append(.goTo(r)) }
        if state.at >= 0 {
            let r = Int(state.at)
            let spec = layout.entities[r]
            out.append(.examine(r))
            if spec.caps.contains(.openable) {
                out.append(state.flags[r].contains(.open) ? .close(r) : .open(r))
            }
            if accessible(r) {
                for o in contents(of: r) {
                    out.append(.examine(o))
                    let caps = layout.entities[o].caps
                    if free && caps.contains(.portable) { out.append(.take(o, from: r)) }
                    if caps.contains(.light) { out.append(.use(o)) }
                    if caps.contains(.sliceable) && !state.flags[o].contains(.sliced) {
                        for k in held where layout.entities[k].caps.contains(.slicer) { out.append(.slice(o, with: k)) }
                    }
                }
                for h in held { out.append(.move(h, to: r)) }
            }
            for h in held {
                let caps = layout.entities[h].caps
                let f = state.flags[h]
                if spec.caps.contains(.heater) && caps.contains(.heatable) && !f.contains(.hot) { out.append(.heat(h, with: r)) }
                if spec.caps.contains(.cooler) && caps.contains(.coolable) && !f.contains(.cold) { out.append(.cool(h, with: r)) }
                if spec.caps.contains(.cleaner) && caps.contains(.cleanable) && !f.contains(.clean) { out.append(.clean(h, with: r)) }
            }
        }
        for h in held { out.append(.examine(h)) }
    }

    private func explorationCommands(_ out: inout [Command]) {
        let here = Int(state.room)
        let held = carried()
        let free = canCarryMore()
        for exit in layout.exits[here] {
            let door = exit.door
            if door < 0 || state.flags[door].contains(.open) { out.append(.go(exit.direction)) }
        }
        var locks: [Int] = layout.exits[here].compactMap { $0.door >= 0 ? $0.door : nil }
        locks.append(contentsOf: layout.receptaclesInRoom[here])
        for e in locks {
            let spec = layout.entities[e]
            let f = state.flags[e]
            out.append(.examine(e))
            if f.contains(.locked) {
                for k in held where layout.entities[k].opens == e { out.append(.unlock(e, with: k)) }
            } else if spec.caps.contains(.openable) {
                out.append(f.contains(.open) ? .close(e) : .open(e))
            }
            if spec.kind == .receptacle && accessible(e) {
                for o in contents(of: e) {
                    out.append(.examine(o))
                    if free && layout.entities[o].caps.contains(.portable) { out.append(.take(o, from: e)) }
                    if layout.entities[o].caps.contains(.light) { out.append(.use(o)) }
                }
                for h in held { out.append(.move(h, to: e)) }
            }
        }
        for o in floorObjects() {
            out.append(.examine(o))
            if free { out.append(.take(o, from: -1)) }
        }
        for h in held {
            out.append(.examine(h))
            out.append(.drop(h))
        }
    }

    private func craftingCommands(_ out: inout [Command]) {
        for i in layout.items.indices where layout.gettable[i] {
            out.append(.get(count: 1, item: i))
            var sizes: [Int] = []
            for r in layout.recipes {
                for ing in r.ingredients where ing.item == i && ing.count > 1 && !sizes.contains(ing.count) {
                    sizes.append(ing.count)
                }
            }
            for n in sizes.sorted() { out.append(.get(count: n, item: i)) }
        }
        for r in layout.recipes where r.ingredients.allSatisfy({ state.counts[$0.item] >= Int32($0.count) }) {
            out.append(.craft(count: r.output, item: r.item, using: r.ingredients))
        }
    }
}
