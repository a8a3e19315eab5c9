import AgentProtocol
import ObservationTree

/// What verify's trials do in a text game (docs/tasks.md "Trials"), read from the
/// admissible commands the screen lists.
///
/// A parameterised step is a command that acts on an object the goal names (take, move,
/// heat, use, get, craft…); moving about and looking (go, open, close, unlock, examine,
/// look, inventory) only navigates. Its mutant is another admissible command with the
/// same verb on a different kind of object: another instance of the same kind (lettuce 1
/// for lettuce 2) would satisfy the same goal, so it is not a mutation.
enum TextGameTrials {
    static let navigationVerbs: Set<Substring> = ["go", "look", "inventory", "examine", "open", "close", "unlock", "help"]
    /// The explorer's order: open and collect everything here before moving on.
    static let explorationVerbs: [Substring] = ["open", "unlock", "take", "get", "craft", "use", "heat", "cool", "clean", "slice", "move", "drop", "go"]

    static func isParameterised(_ action: Action) -> Bool {
        guard case .say(let command) = action, let verb = words(command).first else { return false }
        return !navigationVerbs.contains(verb)
    }

    /// The admissible command with the same verb, a different kind of object, and the
    /// most words in common with `action` (the first listed breaking ties).
    static func mutation(of action: Action, admissible: [String]) -> Action? {
        guard isParameterised(action), case .say(let command) = action else { return nil }
        let original = words(command)
        let kinds = original.filter { !$0.allSatisfy(\.isNumber) }
        var best: (command: String, shared: Int)?
        for candidate in admissible {
            let other = words(candidate)
            guard other.first == original.first, other.filter({ !$0.allSatisfy(\.isNumber) }) != kinds else { continue }
            let shared = other.filter(original.contains).count
            if best == nil || shared > best!.shared { best = (candidate, shared) }
        }
        return best.map { .say($0.command) }
    }

    /// Every admissible command that changes something, grouped by verb in the explorer's order.
    static func explorationMoves(admissible: [String]) -> [Action] {
        explorationVerbs.flatMap { verb in admissible.filter { words($0).first == verb } }.map { .say($0) }
    }

    /// The commands the screen lists as admissible, in its order.
    static func admissible(in tree: ObservationTree) -> [String] {
        guard let list = tree.nodes.firstIndex(where: { $0.role == .listbox && $0.name == "Admissible commands" }) else { return [] }
        return tree.nodes[(list + 1)..<tree.nodes[list].subtreeEnd].filter { $0.role == .option }.map(\.name)
    }

    private static func words(_ command: String) -> [Substring] {
        command.split(separator: " ")
    }
}
