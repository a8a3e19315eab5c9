/// A condition on a world's state: a task's goal, or one of its subgoals.
///
/// Household goals speak of types ("a hot apple"), as ALFWorld does, so any
/// instance counts; exploration and crafting goals name entities and items.
public enum Predicate: Hashable, Sendable {
    /// Carrying an object of this type.
    case holdingType(Int)
    /// Some object of the type has all these flags.
    case typeHasFlags(Int, EntityFlags)
    /// At least `count` objects of `type` having `flags` are in one receptacle of `receptacleType`.
    case placedType(type: Int, flags: EntityFlags, receptacleType: Int, count: Int)
    /// Carrying an object of the type at a place where a lamp is switched on.
    case examinedInLight(Int)
    /// Carrying this entity.
    case holding(Int)
    /// This entity is in or on that receptacle.
    case placed(Int, in: Int)
    case unlocked(Int)
    case opened(Int)
    case inRoom(Int)
    /// At least this many of the item in the crafting inventory.
    case itemCount(item: Int, count: Int)
    /// The agent said the task cannot be done, naming what is missing.
    case declaredInfeasible
}

extension World {
    /// Whether the predicate holds now.
    public func holds(_ p: Predicate) -> Bool {
        let s = state
        switch p {
        case .holdingType(let t):
            return firstCarried(ofType: t) >= 0
        case .typeHasFlags(let t, let f):
            for e in layout.instances(ofType: t) where s.flags[e].isSuperset(of: f) { return true }
            return false
        case .placedType(let t, let f, let rt, let n):
            for r in layout.instances(ofType: rt) {
                var count = 0
                for e in layout.instances(ofType: t) where s.place[e] == Int32(r) && s.flags[e].isSuperset(of: f) {
                    count += 1
                }
                if count >= n { return true }
            }
            return false
        case .examinedInLight(let t):
            return firstCarried(ofType: t) >= 0 && litLampHere()
        case .holding(let e):
            return s.place[e] == Place.carried
        case .placed(let e, let r):
            return s.place[e] == Int32(r)
        case .unlocked(let e):
            return !s.flags[e].contains(.locked)
        case .opened(let e):
            return s.flags[e].contains(.open)
        case .inRoom(let r):
            return s.room == Int32(r)
        case .itemCount(let item, let n):
            return s.counts[item] >= Int32(n)
        case .declaredInfeasible:
            return s.declaredInfeasible && s.namedMissing
        }
    }

    func firstCarried(ofType t: Int) -> Int {
        for e in layout.instances(ofType: t) where state.place[e] == Place.carried { return e }
        return -1
    }

    /// A switched-on lamp on the receptacle the agent stands at (household) or in
    /// the agent's room (exploration).
    func litLampHere() -> Bool {
        for e in layout.lamps where state.flags[e].contains(.on) {
            let p = state.place[e]
            if layout.family == .household {
                if p == state.at { return true }
            } else if roomOfPlace(p) == Int(state.room) {
                return true
            }
        }
        return false
    }

    /// Words for a predicate, for task files and reports.
    public func describe(_ p: Predicate) -> String {
        let l = layout
        switch p {
        case .holdingType(let t): return "carry " + World.withArticle(l.typeNames[t])
        case .typeHasFlags(let t, let f): return "make " + World.withArticle(l.typeNames[t]) + " " + f.words.joined(separator: " ")
        case .placedType(let t, let f, let rt, let n):
            let adj = f.words.isEmpty ? "" : f.words.joined(separator: " ") + " "
            let what = n == 1 ? World.withArticle(adj + l.typeNames[t]) : "\(n) \(adj)\(l.typeNames[t])"
            return "\(what) in or on " + World.withArticle(l.typeNames[rt])
        case .examinedInLight(let t): return "hold " + World.withArticle(l.typeNames[t]) + " under a lit lamp"
        case .holding(let e): return "carry the \(l.entities[e].name)"
        case .placed(let e, let r): return "the \(l.entities[e].name) \(l.entities[r].preposition) the \(l.entities[r].name)"
        case .unlocked(let e): return "unlock the \(l.entities[e].name)"
        case .opened(let e): return "open the \(l.entities[e].name)"
        case .inRoom(let r): return "reach the \(l.rooms[r])"
        case .itemCount(let i, let n): return "have \(n) \(l.items[i])"
        case .declaredInfeasible: return "declare the task infeasible, naming what is missing"
        }
    }
}
