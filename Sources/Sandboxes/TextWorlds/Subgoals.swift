/// Ordered subgoals from an oracle plan: the milestones every solution passes
/// through in some form (carrying the object, heating it, unlocking the door…),
/// as ScienceWorld scores its tasks. They are the task's key nodes.
enum Subgoals {
    static func derive(_ start: World, plan: [Command], goalRoom: Int) -> [Predicate] {
        var w = start
        var out: [Predicate] = []
        let goal = start.layout.goal
        let layout = start.layout
        var goalType = -1
        var required: EntityFlags = []
        var targetType = -1
        switch goal {
        case .placedType(let t, let f, let rt, _): goalType = t; required = f; targetType = rt
        case .examinedInLight(let t): goalType = t
        default: break
        }
        for c in plan {
            w.apply(c)
            var candidates: [Predicate] = []
            switch c {
            case .take(let e, _):
                if layout.family == .household {
                    if layout.typeOf[e] == goalType { candidates.append(.holdingType(goalType)) }
                } else {
                    candidates.append(.holding(e))
                }
            case .heat(let e, _), .cool(let e, _), .clean(let e, _):
                if layout.typeOf[e] == goalType, !required.isEmpty { candidates.append(.typeHasFlags(goalType, required)) }
            case .move(let e, let r):
                if layout.family == .household, layout.typeOf[e] == goalType, layout.typeOf[r] == targetType {
                    let n = layout.instances(ofType: goalType).filter { w.state.place[$0] == Int32(r) }.count
                    candidates.append(.placedType(type: goalType, flags: required, receptacleType: targetType, count: n))
                }
            case .unlock(let e, _):
                candidates.append(.unlocked(e))
            case .open(let e):
                // Exploration rooms form a tree and the plan is shortest, so every
                // door or chest it opens is on the only way to a key or the treasure.
                if layout.family == .exploration { candidates.append(.opened(e)) }
            case .go, .goRoom:
                if Int(w.state.room) == goalRoom { candidates.append(.inRoom(goalRoom)) }
            case .get(_, let item), .craft(_, let item, _):
                candidates.append(.itemCount(item: item, count: Int(w.state.counts[item])))
            default:
                break
            }
            for p in candidates where w.holds(p) && !out.contains(p) { out.append(p) }
        }
        if !out.contains(goal) { out.append(goal) }
        return out
    }
}
