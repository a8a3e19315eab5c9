/// A parsed command, with names resolved to entity, room and item ids.
public enum Command: Hashable, Sendable {
    case look
    case inventory
    case help
    case examine(Int)
    /// Household: walk to a receptacle.
    case goTo(Int)
    /// Exploration: walk to a neighbouring room by name.
    case goRoom(Int)
    case go(Direction)
    case open(Int)
    case close(Int)
    /// `from` is -1 when the command did not say where from.
    case take(Int, from: Int)
    case move(Int, to: Int)
    case drop(Int)
    case heat(Int, with: Int)
    case cool(Int, with: Int)
    case clean(Int, with: Int)
    case slice(Int, with: Int)
    case use(Int)
    case unlock(Int, with: Int)
    case get(count: Int, item: Int)
    /// Ingredient counts are -1 where the command left them out.
    case craft(count: Int, item: Int, using: [Ingredient])
    /// The words naming what is missing, as typed after `declare infeasible` (empty: none).
    case declareInfeasible(String)
}

extension World {
    /// The canonical text of a command, as admissible lists and oracles show it.
    public func text(of c: Command) -> String {
        let n = { (e: Int) in self.layout.entities[e].name }
        switch c {
        case .look: return "look"
        case .inventory: return "inventory"
        case .help: return "help"
        case .examine(let e): return "examine \(n(e))"
        case .goTo(let r): return "go to \(n(r))"
        case .goRoom(let r): return "go to \(layout.rooms[r])"
        case .go(let d): return "go \(d.word)"
        case .open(let e): return "open \(n(e))"
        case .close(let e): return "close \(n(e))"
        case .take(let e, let from): return from < 0 ? "take \(n(e))" : "take \(n(e)) from \(n(from))"
        case .move(let e, let to): return "move \(n(e)) to \(n(to))"
        case .drop(let e): return "drop \(n(e))"
        case .heat(let e, let t): return "heat \(n(e)) with \(n(t))"
        case .cool(let e, let t): return "cool \(n(e)) with \(n(t))"
        case .clean(let e, let t): return "clean \(n(e)) with \(n(t))"
        case .slice(let e, let t): return "slice \(n(e)) with \(n(t))"
        case .use(let e): return "use \(n(e))"
        case .unlock(let e, let k): return "unlock \(n(e)) with \(n(k))"
        case .get(let count, let item): return "get \(count) \(layout.items[item])"
        case .craft(let count, let item, let using):
            let parts = using.map { $0.count < 0 ? layout.items[$0.item] : "\($0.count) \(layout.items[$0.item])" }
            return "craft \(count) \(layout.items[item]) using \(parts.joined(separator: ", "))"
        case .declareInfeasible(let named): return named.isEmpty ? "declare infeasible" : "declare infeasible \(named)"
        }
    }
}
