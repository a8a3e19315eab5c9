/// The rules: each command's preconditions, in the order a player would hit
/// them, and its effects. A failed command changes nothing and says why.
extension World {
    @inline(__always)
    func ok(_ text: @autoclosure () -> String) -> Feedback {
        render ? .success(text()) : Feedback(ok: true, reason: nil, text: "")
    }

    @inline(__always)
    func no(_ reason: FailureReason, _ text: @autoclosure () -> String) -> Feedback {
        render ? .failure(reason, text()) : Feedback(ok: false, reason: reason, text: "")
    }

    func name(_ e: Int) -> String { layout.entities[e].name }

    mutating func perform(_ c: Command) -> Feedback {
        if !Self.allowed(c, in: layout.family) {
            return no(.notInThisGame, CommandParser.notInThisGameText(Self.verb(of: c) ?? "", family: layout.family))
        }
        switch c {
        case .look: return ok(lookText())
        case .inventory: return ok(inventoryText())
        case .help: return ok(helpText())
        case .examine(let e): return examine(e)
        case .goTo(let r): return goTo(r)
        case .goRoom(let r): return goRoom(r)
        case .go(let d): return go(d)
        case .open(let e): return open(e)
        case .close(let e): return close(e)
        case .take(let e, let from): return take(e, from: from)
        case .move(let e, let to): return move(e, to: to)
        case .drop(let e): return drop(e)
        case .heat(let e, let t): return treat(e, with: t, tool: .heater, gives: .hot, removes: .cold, verb: "heat", participle: "heated", adjective: "hot", able: .heatable)
        case .cool(let e, let t): return treat(e, with: t, tool: .cooler, gives: .cold, removes: .hot, verb: "cool", participle: "cooled", adjective: "cold", able: .coolable)
        case .clean(let e, let t): return treat(e, with: t, tool: .cleaner, gives: .clean, removes: [], verb: "clean", participle: "cleaned", adjective: "clean", able: .cleanable)
        case .slice(let e, let t): return slice(e, with: t)
        case .use(let e): return use(e)
        case .unlock(let e, let k): return unlock(e, with: k)
        case .get(let n, let item): return get(n, item)
        case .craft(let n, let item, let using): return craft(n, item, using: using)
        case .declareInfeasible(let named):
            state.declaredInfeasible = true
            state.namedMissing = layout.isMissing(named)
            if !layout.infeasible { return ok("You declare the task infeasible, but it could have been done. The game is lost.") }
            // A wrong name does not reveal the right one: the same task may come again (streams).
            if named.isEmpty { return ok("You declare the task infeasible without saying what is missing. The game is lost.") }
            return ok(state.namedMissing
                ? "You declare the task infeasible. That is right: there is no \(named) here."
                : "You declare the task infeasible for want of \(named), but that is not what is missing. The game is lost.")
        }
    }

    /// Which commands each family accepts; a switch, not a set of strings, because it runs every step.
    static func allowed(_ c: Command, in f: Family) -> Bool {
        switch c {
        case .look, .inventory, .help, .declareInfeasible: true
        case .examine, .open, .close, .take, .move, .use, .goTo, .go, .goRoom: f != .crafting
        case .heat, .cool, .clean, .slice: f == .household
        case .drop, .unlock: f == .exploration
        case .get, .craft: f == .crafting
        }
    }

    static func verb(of c: Command) -> String? {
        switch c {
        case .look, .inventory, .help, .declareInfeasible: nil
        case .examine: "examine"
        case .goTo, .goRoom, .go: "go"
        case .open: "open"
        case .close: "close"
        case .take: "take"
        case .move: "move"
        case .drop: "drop"
        case .heat: "heat"
        case .cool: "cool"
        case .clean: "clean"
        case .slice: "slice"
        case .use: "use"
        case .unlock: "unlock"
        case .get: "get"
        case .craft: "craft"
        }
    }

    // MARK: - Where things are

    var household: Bool { layout.family == .household }

    /// Whether the agent can reach a receptacle or door without walking.
    func reachable(_ e: Int) -> Bool {
        let spec = layout.entities[e]
        switch spec.kind {
        case .receptacle: return household ? state.at == Int32(e) : spec.room == Int(state.room)
        case .door: return layout.exit(of: Int(state.room), door: e) != nil
        case .object: return objectVisible(e)
        }
    }

    /// Whether a receptacle's contents can be seen and reached: open, or nothing to open.
    func accessible(_ r: Int) -> Bool {
        !layout.entities[r].caps.contains(.openable) || state.flags[r].contains(.open)
    }

    func objectVisible(_ e: Int) -> Bool {
        let p = state.place[e]
        if p == Place.carried { return true }
        if p >= 0 { return reachable(Int(p)) && accessible(Int(p)) }
        return Place.floorRoom(p) == Int(state.room)
    }

    func carriedCount() -> Int {
        var n = 0
        for e in layout.portables where state.place[e] == Place.carried { n += 1 }
        return n
    }

    func carried() -> [Int] { layout.portables.filter { state.place[$0] == Place.carried } }

    /// The "you must be there" failure for a receptacle the agent cannot reach.
    func notThere(_ r: Int) -> Feedback {
        household
            ? no(.notAtReceptacle, "You are not at the \(name(r)). Go to it first.")
            : no(.notVisible, "You don't see any \(name(r)) here.")
    }

    func notSeen(_ e: Int) -> Feedback { no(.notVisible, "You don't see any \(name(e)) here.") }

    // MARK: - Moving

    mutating func goTo(_ r: Int) -> Feedback {
        guard household else { return no(.notInThisGame, "Walk with \"go north\" (or south, east, west) or \"go to\" a neighbouring room.") }
        guard layout.entities[r].kind == .receptacle else {
            return no(.notAPlace, "The \(name(r)) is not a place to go to; go to the furniture it is on.")
        }
        guard state.at != Int32(r) else { return no(.alreadyThere, "You are already at the \(name(r)).") }
        state.at = Int32(r)
        return ok("You arrive at the \(name(r)). " + contentsText(r))
    }

    mutating func goRoom(_ r: Int) -> Feedback {
        let here = Int(state.room)
        guard r != here else { return no(.alreadyThere, "You are already in the \(layout.rooms[r]).") }
        guard let exit = layout.exits[here].first(where: { $0.room == r }) else {
            return no(.notAdjacent, "The \(layout.rooms[r]) is not next to the \(layout.rooms[here]); you can only go to a neighbouring room.")
        }
        return walk(exit)
    }

    mutating func go(_ d: Direction) -> Feedback {
        guard !household else {
            return no(.notInThisGame, "There are no exits to walk through here; use \"go to\" a receptacle.")
        }
        let here = Int(state.room)
        guard let exit = layout.exits[here].first(where: { $0.direction == d }) else {
            return no(.noExit, "You can't go \(d.word) from the \(layout.rooms[here]): there is no exit that way.")
        }
        return walk(exit)
    }

    mutating func walk(_ exit: Exit) -> Feedback {
        if exit.door >= 0 {
            let f = state.flags[exit.door]
            if f.contains(.locked) { return no(.locked, "The \(name(exit.door)) is locked. You need its key.") }
            if !f.contains(.open) { return no(.doorClosed, "The \(name(exit.door)) is closed. Open it first.") }
        }
        state.room = Int32(exit.room)
        return ok("You go \(exit.direction.word) to the \(layout.rooms[exit.room]).\n" + lookText())
    }

    // MARK: - Opening

    mutating func open(_ e: Int) -> Feedback {
        let spec = layout.entities[e]
        if spec.kind == .object { return objectVisible(e) ? no(.notOpenable, "The \(spec.name) cannot be opened.") : notSeen(e) }
        guard reachable(e) else { return notThere(e) }
        guard spec.caps.contains(.openable) else { return no(.notOpenable, "The \(spec.name) cannot be opened.") }
        guard !state.flags[e].contains(.open) else { return no(.alreadyOpen, "The \(spec.name) is already open.") }
        guard !state.flags[e].contains(.locked) else { return no(.locked, "The \(spec.name) is locked. You need its key.") }
        state.flags[e].insert(.open)
        if spec.kind == .door { return ok("You open the \(spec.name).") }
        return ok("You open the \(spec.name). " + listing(in: e, empty: "It is empty.", lead: "In it, you see "))
    }

    mutating func close(_ e: Int) -> Feedback {
        let spec = layout.entities[e]
        if spec.kind == .object { return objectVisible(e) ? no(.notOpenable, "The \(spec.name) cannot be closed.") : notSeen(e) }
        guard reachable(e) else { return notThere(e) }
        guard spec.caps.contains(.openable) else { return no(.notOpenable, "The \(spec.name) cannot be closed.") }
        guard state.flags[e].contains(.open) else { return no(.alreadyClosed, "The \(spec.name) is already closed.") }
        state.flags[e].remove(.open)
        return ok("You close the \(spec.name).")
    }

    mutating func unlock(_ e: Int, with k: Int) -> Feedback {
        let spec = layout.entities[e]
        guard reachable(e) else { return spec.kind == .object ? notSeen(e) : notThere(e) }
        guard spec.caps.contains(.lockable) else { return no(.notLockable, "The \(spec.name) has no lock.") }
        guard state.flags[e].contains(.locked) else { return no(.notLocked, "The \(spec.name) is not locked.") }
        guard state.place[k] == Place.carried, layout.entities[k].kind == .object else {
            return no(.notCarrying, "You are not carrying the \(name(k)).")
        }
        guard layout.entities[k].caps.contains(.key) else { return no(.wrongTool, "The \(name(k)) is not a key.") }
        guard layout.entities[k].opens == e else { return no(.wrongKey, "The \(name(k)) does not fit the \(spec.name).") }
        state.flags[e].remove(.locked)
        return ok("You unlock the \(spec.name) with the \(name(k)).")
    }

    // MARK: - Carrying

    mutating func take(_ e: Int, from: Int) -> Feedback {
        let spec = layout.entities[e]
        guard spec.kind == .object else {
            return reachable(e) || household ? no(.notPortable, "The \(spec.name) is too big to carry.") : notSeen(e)
        }
        let p = state.place[e]
        if p == Place.carried { return no(.alreadyCarrying, "You are already carrying the \(spec.name).") }
        if from >= 0 {
            guard layout.entities[from].kind == .receptacle else {
                return no(.notAReceptacle, "The \(name(from)) does not hold other things.")
            }
            guard reachable(from) else { return notThere(from) }
            guard accessible(from) else { return no(.closed, "The \(name(from)) is closed. Open it first.") }
            guard p == Int32(from) else {
                return no(.notVisible, "You don't see any \(spec.name) \(layout.entities[from].preposition) the \(name(from)).")
            }
        } else {
            guard objectVisible(e) else { return notSeen(e) }
        }
        guard spec.caps.contains(.portable) else { return no(.notPortable, "The \(spec.name) is fixed in place.") }
        if layout.capacity > 0 && carriedCount() >= layout.capacity {
            let held = carried().map { "the \(name($0))" }.joined(separator: " and ")
            return no(.handsFull, "Your hands are full: you are carrying \(held). Put it somewhere first.")
        }
        state.place[e] = Place.carried
        if p >= 0 {
            return ok("You pick up the \(spec.name) from the \(name(Int(p))).")
        }
        return ok("You pick up the \(spec.name) from the floor.")
    }

    mutating func move(_ e: Int, to r: Int) -> Feedback {
        guard state.place[e] == Place.carried, layout.entities[e].kind == .object else {
            return no(.notCarrying, "You are not carrying the \(name(e)). Take it first.")
        }
        let target = layout.entities[r]
        guard target.kind == .receptacle else {
            return no(.notAReceptacle, "You can't put things \(target.kind == .door ? "on" : "in or on") the \(target.name).")
        }
        guard reachable(r) else { return notThere(r) }
        guard accessible(r) else { return no(.closed, "The \(target.name) is closed. Open it first.") }
        state.place[e] = Int32(r)
        return ok("You put the \(name(e)) \(target.preposition) the \(target.name).")
    }

    mutating func drop(_ e: Int) -> Feedback {
        guard state.place[e] == Place.carried, layout.entities[e].kind == .object else {
            return no(.notCarrying, "You are not carrying the \(name(e)).")
        }
        state.place[e] = Place.floor(Int(state.room))
        return ok("You drop the \(name(e)) on the floor.")
    }

    // MARK: - Changing things

    mutating func treat(
        _ e: Int, with t: Int, tool: Capabilities, gives: EntityFlags, removes: EntityFlags,
        verb: String, participle: String, adjective: String, able: Capabilities
    ) -> Feedback {
        guard state.place[e] == Place.carried, layout.entities[e].kind == .object else {
            return no(.notCarrying, "You need to be carrying the \(name(e)) to \(verb) it.")
        }
        let toolSpec = layout.entities[t]
        guard toolSpec.kind == .receptacle, toolSpec.caps.contains(tool) else {
            return no(.wrongTool, "The \(toolSpec.name) cannot \(verb) things.")
        }
        guard reachable(t) else { return notThere(t) }
        guard layout.entities[e].caps.contains(able) else {
            return no(.cannotApply, "The \(name(e)) cannot be \(participle).")
        }
        guard !state.flags[e].contains(gives) else { return no(.alreadyDone, "The \(name(e)) is already \(adjective).") }
        state.flags[e].insert(gives)
        state.flags[e].subtract(removes)
        return ok("You \(verb) the \(name(e)) using the \(toolSpec.name). It is now \(adjective).")
    }

    mutating func slice(_ e: Int, with k: Int) -> Feedback {
        guard state.place[k] == Place.carried, layout.entities[k].kind == .object else {
            return no(.notCarrying, "You need to be carrying the \(name(k)) to slice with it.")
        }
        guard layout.entities[k].caps.contains(.slicer) else {
            return no(.wrongTool, "You can't slice anything with the \(name(k)).")
        }
        guard layout.entities[e].kind == .object, objectVisible(e) else { return notSeen(e) }
        guard layout.entities[e].caps.contains(.sliceable) else { return no(.cannotApply, "The \(name(e)) cannot be sliced.") }
        guard !state.flags[e].contains(.sliced) else { return no(.alreadyDone, "The \(name(e)) is already sliced.") }
        state.flags[e].insert(.sliced)
        return ok("You slice the \(name(e)) with the \(name(k)).")
    }

    mutating func use(_ e: Int) -> Feedback {
        guard reachable(e) else { return layout.entities[e].kind == .object ? notSeen(e) : notThere(e) }
        guard layout.entities[e].caps.contains(.light) else {
            return no(.cannotUse, "You can't use the \(name(e)) that way; \"use\" switches lamps on and off.")
        }
        if state.flags[e].contains(.on) {
            state.flags[e].remove(.on)
            return ok("You turn off the \(name(e)).")
        }
        state.flags[e].insert(.on)
        return ok("You turn on the \(name(e)).")
    }

    func examine(_ e: Int) -> Feedback {
        let spec = layout.entities[e]
        guard reachable(e) else { return spec.kind == .object ? notSeen(e) : notThere(e) }
        switch spec.kind {
        case .receptacle:
            return ok(contentsText(e))
        case .door:
            let f = state.flags[e]
            return ok("The \(spec.name) is \(f.contains(.locked) ? "closed and locked" : f.contains(.open) ? "open" : "closed").")
        case .object:
            let words = state.flags[e].words
            var text = words.isEmpty
                ? "There's nothing special about the \(spec.name)."
                : "The \(spec.name) is \(Self.joined(words))."
            if state.place[e] == Place.carried && litLampHere() {
                text += " You look at it closely under the lamp light."
            }
            return ok(text)
        }
    }

    // MARK: - Crafting

    mutating func get(_ n: Int, _ item: Int) -> Feedback {
        guard n >= 1 && n <= CommandParser.maxCount else {
            return no(.badCount, "You can get between 1 and \(CommandParser.maxCount) at a time.")
        }
        guard layout.gettable[item] else {
            return layout.recipeOf[item] >= 0
                ? no(.notGettable, "You can't get \(layout.items[item]) directly: it must be crafted.")
                : no(.notGettable, "There is no source of \(layout.items[item]) anywhere, and no recipe makes it.")
        }
        state.counts[item] += Int32(n)
        return ok("Got \(n) \(layout.items[item]).")
    }

    mutating func craft(_ n: Int, _ item: Int, using: [Ingredient]) -> Feedback {
        let r = layout.recipeOf[item]
        guard r >= 0 else { return no(.noRecipe, "There is no recipe for \(layout.items[item]).") }
        let recipe = layout.recipes[r]
        guard n >= 1, n % recipe.output == 0 else {
            return no(.badCount, "The recipe makes \(recipe.output) \(layout.items[item]) at a time: craft a multiple of \(recipe.output).")
        }
        let k = n / recipe.output
        let needs = recipe.ingredients.map { Ingredient(item: $0.item, count: $0.count * k) }
        let given = using.sorted { $0.item < $1.item }
        let wanted = needs.sorted { $0.item < $1.item }
        let fits = given.count == wanted.count && zip(given, wanted).allSatisfy {
            $0.item == $1.item && ($0.count < 0 || $0.count == $1.count)
        }
        guard fits else {
            return no(.wrongIngredients, "That is not how to make \(n) \(layout.items[item]): it takes \(ingredientList(needs)).")
        }
        for need in needs where state.counts[need.item] < Int32(need.count) {
            return no(.missingIngredients, "You need \(need.count) \(layout.items[need.item]) but have \(state.counts[need.item]).")
        }
        for need in needs { state.counts[need.item] -= Int32(need.count) }
        state.counts[item] += Int32(n)
        return ok("Crafted \(n) \(layout.items[item]).")
    }

    func ingredientList(_ list: [Ingredient]) -> String {
        Self.joined(list.map { "\($0.count) \(layout.items[$0.item])" })
    }
}
