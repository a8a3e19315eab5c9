/// Turns a command line into a `Command`, or into the feedback that says why not.
///
/// Plain string handling over the UTF-8 words, with no Foundation, because the
/// parser runs on every step.
public enum CommandParser {
    public enum Result: Sendable, Equatable {
        case command(Command)
        case failure(Feedback)
    }

    /// The largest N in `get N X` and `craft N X`.
    public static let maxCount = 64

    static let allVerbs: Set<String> = [
        "look", "inventory", "help", "examine", "go", "open", "close", "take", "move", "drop",
        "heat", "cool", "clean", "slice", "use", "unlock", "get", "craft", "declare",
    ]
    static let householdVerbs: Set<String> = [
        "examine", "go", "open", "close", "take", "move", "heat", "cool", "clean", "slice", "use",
    ]
    static let explorationVerbs: Set<String> = [
        "examine", "go", "open", "close", "take", "move", "drop", "unlock", "use",
    ]
    static let craftingVerbs: Set<String> = ["get", "craft"]

    /// The verbs a family accepts besides look, inventory, help and declare.
    public static func verbs(for family: Family) -> Set<String> {
        switch family {
        case .household: householdVerbs
        case .exploration: explorationVerbs
        case .crafting: craftingVerbs
        }
    }

    static func notInThisGameText(_ verb: String, family: Family) -> String {
        let hint: String
        switch family {
        case .household: hint = "go to, open, close, take, move, heat, cool, clean, slice, use, examine"
        case .exploration: hint = "go, open, close, unlock, take, move, drop, use, examine"
        case .crafting: hint = "get, craft, inventory"
        }
        return "\"\(verb)\" is not a command in this game. Here you can: \(hint). Type \"help\" for details."
    }

    /// Words before the name in a declaration that say nothing: `declare infeasible: no mug`.
    static let declarationFillers: Set<String> = [":", "-", "because", "there", "is", "are", "no", "missing", "a", "an", "the", "any"]

    static let directions: [String: Direction] = [
        "north": .north, "south": .south, "east": .east, "west": .west,
        "n": .north, "s": .south, "e": .east, "w": .west,
    ]

    /// Lower-case, single-spaced words, without brackets and final punctuation.
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var current: [UInt8] = []
        for b in text.utf8 {
            var c = b
            if c >= 65 && c <= 90 { c += 32 }
            switch c {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
            case UInt8(ascii: "["), UInt8(ascii: "]"):
                continue
            case UInt8(ascii: ","):
                if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
                out.append(",")
            default:
                current.append(c)
            }
        }
        if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)) }
        while let last = out.last, last.hasSuffix(".") || last.hasSuffix("!") {
            let trimmed = String(last.dropLast())
            out.removeLast()
            if !trimmed.isEmpty { out.append(trimmed); break }
        }
        return out
    }

    public static func parse(_ text: String, in world: World) -> Result {
        var w = words(text)
        guard !w.isEmpty else {
            return .failure(.failure(.emptyCommand, "Say something: type a command, or \"help\" for the list."))
        }
        // Aliases to canonical verbs.
        switch w[0] {
        case "l": w[0] = "look"
        case "i", "inv": w[0] = "inventory"
        case "x": w[0] = "examine"
        case "put": w[0] = "move"
        case "infeasible": w = ["declare"] + w
        default: break
        }
        if w[0] == "look" && w.count > 2 && w[1] == "at" { w = ["examine"] + w[2...] }
        if w[0] == "pick" && w.count > 1 && w[1] == "up" { w = ["take"] + w[2...] }
        if directions[w[0]] != nil && w.count == 1 { w = ["go", w[0]] }

        let verb = w[0]
        let rest = Array(w.dropFirst())
        guard allVerbs.contains(verb) else {
            return .failure(.failure(.unknownVerb, "I don't understand \"\(text)\". Type \"help\" for the commands."))
        }
        let family = world.layout.family
        let universal: Set<String> = ["look", "inventory", "help", "declare"]
        if !universal.contains(verb) && !verbs(for: family).contains(verb) {
            return .failure(.failure(.notInThisGame, notInThisGameText(verb, family: family)))
        }
        let p = Parse(world: world, verb: verb)
        switch verb {
        case "look", "inventory", "help":
            guard rest.isEmpty else { return p.malformed(verb) }
            return .command(verb == "look" ? .look : verb == "inventory" ? .inventory : .help)
        case "declare":
            guard rest.first == "infeasible" || rest.first == "infeasible:" else { return p.malformed("declare infeasible X") }
            // Naming nothing is still a declaration (it ends the game, lost): an agent that
            // could retry a refused declaration could try every name.
            let named = rest.dropFirst().drop { Self.declarationFillers.contains($0) }
            return .command(.declareInfeasible(named.joined(separator: " ")))
        case "examine": return p.one(rest, "examine X") { .examine($0) }
        case "open": return p.one(rest, "open X") { .open($0) }
        case "close": return p.one(rest, "close X") { .close($0) }
        case "use": return p.one(rest, "use X") { .use($0) }
        case "drop": return p.one(rest, "drop X") { .drop($0) }
        case "go": return p.go(rest)
        case "take":
            if let i = rest.firstIndex(of: "from") {
                return p.two(rest, at: i, "take X from Y") { .take($0, from: $1) }
            }
            return p.one(rest, "take X [from Y]") { .take($0, from: -1) }
        case "move":
            guard let i = rest.firstIndex(where: { $0 == "to" || $0 == "in" || $0 == "on" || $0 == "into" || $0 == "onto" }) else {
                return p.malformed("move X to Y")
            }
            return p.two(rest, at: i, "move X to Y") { .move($0, to: $1) }
        case "heat", "cool", "clean", "slice", "unlock":
            guard let i = rest.firstIndex(of: "with") else { return p.malformed("\(verb) X with Y") }
            return p.two(rest, at: i, "\(verb) X with Y") { x, y in
                switch verb {
                case "heat": .heat(x, with: y)
                case "cool": .cool(x, with: y)
                case "clean": .clean(x, with: y)
                case "slice": .slice(x, with: y)
                default: .unlock(x, with: y)
                }
            }
        case "get": return p.get(rest)
        case "craft": return p.craft(rest)
        default:
            return .failure(.failure(.unknownVerb, "I don't understand \"\(text)\"."))
        }
    }

    enum Lookup {
        case found(Int)
        case missing(Feedback)
    }

    /// The parts of one parse that need the world.
    struct Parse {
        let world: World
        let verb: String

        func malformed(_ form: String) -> Result {
            .failure(.failure(.malformed, "That command needs the form \"\(form)\"."))
        }

        static func name(_ words: ArraySlice<String>) -> String {
            var ws = words
            if ws.first == "the" { ws = ws.dropFirst() }
            return ws.joined(separator: " ")
        }

        func entity(_ words: ArraySlice<String>) -> Lookup {
            let n = Self.name(words)
            if let e = world.layout.entity(named: n) { return .found(e) }
            return .missing(.failure(.notVisible, "You don't see any \"\(n)\" here."))
        }

        func one(_ rest: [String], _ form: String, _ make: (Int) -> Command) -> Result {
            guard !rest.isEmpty else { return malformed(form) }
            switch entity(rest[...]) {
            case .found(let e): return .command(make(e))
            case .missing(let f): return .failure(f)
            }
        }

        func two(_ rest: [String], at i: Int, _ form: String, _ make: (Int, Int) -> Command) -> Result {
            guard i > 0, i < rest.count - 1 else { return malformed(form) }
            switch (entity(rest[..<i]), entity(rest[(i + 1)...])) {
            case (.found(let a), .found(let b)): return .command(make(a, b))
            case (.missing(let f), _), (_, .missing(let f)): return .failure(f)
            }
        }

        func go(_ rest: [String]) -> Result {
            if rest.count == 1, let d = directions[rest[0]] { return .command(.go(d)) }
            guard rest.count >= 2, rest[0] == "to" else { return malformed("go to X\" or \"go north|south|east|west") }
            let target = Self.name(rest[1...])
            if world.layout.family == .exploration {
                if let r = world.layout.room(named: target) { return .command(.goRoom(r)) }
                if let e = world.layout.entity(named: target), world.reachable(e) {
                    return .failure(.failure(.notAPlace, "The \(target) is right here in the \(world.layout.rooms[Int(world.state.room)]); you don't need to go to it."))
                }
                return .failure(.failure(.notVisible, "You don't know any place called \"\(target)\"."))
            }
            switch entity(rest[1...]) {
            case .found(let e): return .command(.goTo(e))
            case .missing(let f): return .failure(f)
            }
        }

        static func count(_ word: String) -> Int? {
            guard !word.isEmpty, word.utf8.count <= 4, word.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
            return Int(word)
        }

        func item(_ words: ArraySlice<String>) -> Lookup {
            let n = Self.name(words)
            if let i = world.layout.item(named: n) { return .found(i) }
            return .missing(.failure(.unknownItem, "There is no item called \"\(n)\" here."))
        }

        func get(_ rest: [String]) -> Result {
            var words = rest[...]
            var n = 1
            if let first = words.first, let c = Self.count(first) { n = c; words = words.dropFirst() }
            guard !words.isEmpty else { return malformed("get N X") }
            switch item(words) {
            case .found(let i): return .command(.get(count: n, item: i))
            case .missing(let f): return .failure(f)
            }
        }

        func craft(_ rest: [String]) -> Result {
            guard let u = rest.firstIndex(of: "using"), u > 0, u < rest.count - 1 else {
                return malformed("craft N X using N A, N B")
            }
            var head = rest[..<u]
            var n = -1
            if let first = head.first, let c = Self.count(first) { n = c; head = head.dropFirst() }
            guard !head.isEmpty else { return malformed("craft N X using N A, N B") }
            let target: Int
            switch item(head) {
            case .found(let i): target = i
            case .missing(let f): return .failure(f)
            }
            if n < 0 {
                let r = world.layout.recipeOf[target]
                n = r >= 0 ? world.layout.recipes[r].output : 1
            }
            var using: [Ingredient] = []
            for part in rest[(u + 1)...].split(separator: ",") {
                var words = part
                var c = -1
                if let first = words.first, let k = Self.count(first) { c = k; words = words.dropFirst() }
                guard !words.isEmpty else { return malformed("craft N X using N A, N B") }
                switch item(words) {
                case .found(let i): using.append(Ingredient(item: i, count: c))
                case .missing(let f): return .failure(f)
                }
            }
            guard !using.isEmpty else { return malformed("craft N X using N A, N B") }
            return .command(.craft(count: n, item: target, using: using))
        }
    }
}
