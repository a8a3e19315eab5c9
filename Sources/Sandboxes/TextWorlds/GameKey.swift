/// The name of a served game: everything the generator needs, written as a URL
/// path, so the path alone determines the world.
///
/// `<family>/<split>-<seed>-<preset>[~<knob>.<value>]…`, e.g.
/// `household/train-1001-hard~min_plan_length.7~task_type.pick_heat_then_place_in_recep`.
/// The preset (`default`, `easy`, `medium`, `hard`) gives the knobs; each `~knob.value`
/// overrides one (snake_case names as in task files; `any` for a drawn value). Only
/// characters that need no percent-encoding are used: `a-z 0-9 - _ . ~`.
public struct GameKey: Sendable, Equatable, Hashable {
    public let family: Family
    public let split: Split
    public let seed: UInt64
    public let knobs: Knobs

    public init(family: Family, split: Split, seed: UInt64, knobs: Knobs) {
        self.family = family
        self.split = split
        self.seed = seed
        self.knobs = knobs
    }

    /// `<family>/<id>`: the `games.key` column and the path after `/play/`.
    public var text: String { "\(family.rawValue)/\(id)" }

    /// The `<id>` part: split, seed, and the knobs as the closest preset plus overrides.
    public var id: String {
        var best: (name: String, overrides: [(String, String)])?
        for (name, preset) in Self.presets(for: family) {
            let overrides = Self.differences(from: preset, to: knobs, family: family)
            if best == nil || overrides.count < best!.overrides.count { best = (name, overrides) }
        }
        let chosen = best ?? ("default", [])
        return "\(split.rawValue)-\(seed)-\(chosen.name)" + chosen.overrides.map { "~\($0.0).\($0.1)" }.joined()
    }

    public static func == (a: GameKey, b: GameKey) -> Bool { a.text == b.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }

    /// Presets in a fixed order; ties in override count go to the earlier one.
    static func presets(for family: Family) -> [(String, Knobs)] {
        [("default", Knobs())] + Difficulty.allCases.map { ($0.rawValue, Knobs.preset($0, for: family)) }
    }

    /// The knobs a family reads, as (name, text) in name order.
    static func fields(_ k: Knobs, family: Family) -> [(String, String)] {
        func opt(_ v: Int?) -> String { v.map(String.init) ?? "any" }
        var m: [(String, String)] = [
            ("infeasible", String(k.infeasible)),
            ("max_plan_length", String(k.maxPlanLength)),
            ("min_plan_length", String(k.minPlanLength)),
        ]
        switch family {
        case .household:
            m += [("distractors", String(k.distractors)), ("receptacles", opt(k.receptacles)),
                  ("task_type", k.taskType?.rawValue ?? "any")]
        case .exploration:
            m += [("containers", String(k.containers)), ("deliver", k.deliver.map { String($0) } ?? "any"),
                  ("distractors", String(k.distractors)), ("doors", String(k.doors)),
                  ("locked_containers", String(k.lockedContainers)), ("locked_doors", String(k.lockedDoors)),
                  ("rooms", String(k.rooms))]
        case .crafting:
            m += [("depth", String(k.depth)), ("distractor_recipes", String(k.distractorRecipes)), ("fan_in", String(k.fanIn))]
        }
        return m.sorted { $0.0 < $1.0 }
    }

    static func differences(from base: Knobs, to k: Knobs, family: Family) -> [(String, String)] {
        let a = fields(base, family: family), b = fields(k, family: family)
        return zip(a, b).filter { $0.0.1 != $0.1.1 }.map { $0.1 }
    }

    /// Parses `<family>/<id>`.
    public static func parse(_ text: String) throws(GameKeyError) -> GameKey {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw GameKeyError("a game key is <family>/<id>, found '\(text)'") }
        guard let family = Family(rawValue: String(parts[0])) else {
            throw GameKeyError("unknown family '\(parts[0])' (known: \(Family.allCases.map(\.rawValue).sorted().joined(separator: ", ")))")
        }
        return try parse(family: family, id: String(parts[1]))
    }

    /// Parses the `<id>` of a game of `family`.
    public static func parse(family: Family, id: String) throws(GameKeyError) -> GameKey {
        let segments = id.split(separator: "~", omittingEmptySubsequences: false).map(String.init)
        let head = segments[0].split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard head.count == 3 else {
            throw GameKeyError("a game id is <split>-<seed>-<preset>[~knob.value…], found '\(id)'")
        }
        guard let split = Split(rawValue: head[0]) else { throw GameKeyError("unknown split '\(head[0])' (train or test)") }
        guard let seed = UInt64(head[1]), String(seed) == head[1] else { throw GameKeyError("seed '\(head[1])' is not a decimal UInt64") }
        guard var knobs = presets(for: family).first(where: { $0.0 == head[2] })?.1 else {
            throw GameKeyError("unknown preset '\(head[2])' (default, easy, medium, hard)")
        }
        var previous = ""
        for override in segments.dropFirst() {
            guard let dot = override.firstIndex(of: ".") else { throw GameKeyError("override '\(override)' is not <knob>.<value>") }
            let name = String(override[..<dot]), value = String(override[override.index(after: dot)...])
            guard name > previous else { throw GameKeyError("knob overrides must be in name order, each once ('\(name)')") }
            previous = name
            try set(&knobs, name, value, family: family)
        }
        let key = GameKey(family: family, split: split, seed: seed, knobs: knobs)
        // One world, one name: a key that is not in its canonical form would make two games
        // (and two rows) of the same world.
        guard key.id == id else { throw GameKeyError("'\(id)' is not the canonical id of its knobs; use '\(key.id)'") }
        return key
    }

    static func set(_ k: inout Knobs, _ name: String, _ value: String, family: Family) throws(GameKeyError) {
        guard fields(k, family: family).contains(where: { $0.0 == name }) else {
            throw GameKeyError("knob '\(name)' does not apply to \(family.rawValue) (knobs: \(fields(k, family: family).map(\.0).joined(separator: ", ")))")
        }
        func int() throws(GameKeyError) -> Int {
            guard let v = Int(value), String(v) == value else { throw GameKeyError("knob \(name): '\(value)' is not an integer") }
            return v
        }
        func bool() throws(GameKeyError) -> Bool {
            guard let v = Bool(value) else { throw GameKeyError("knob \(name): '\(value)' is not true or false") }
            return v
        }
        switch name {
        case "infeasible": k.infeasible = try bool()
        case "max_plan_length": k.maxPlanLength = try int()
        case "min_plan_length": k.minPlanLength = try int()
        case "distractors": k.distractors = try int()
        case "receptacles": k.receptacles = value == "any" ? nil : try int()
        case "task_type":
            if value == "any" { k.taskType = nil } else {
                guard let t = HouseholdTaskType(rawValue: value) else {
                    throw GameKeyError("knob task_type: unknown '\(value)' (\(HouseholdTaskType.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                k.taskType = t
            }
        case "containers": k.containers = try int()
        case "deliver": k.deliver = value == "any" ? nil : try bool()
        case "doors": k.doors = try int()
        case "locked_containers": k.lockedContainers = try int()
        case "locked_doors": k.lockedDoors = try int()
        case "rooms": k.rooms = try int()
        case "depth": k.depth = try int()
        case "distractor_recipes": k.distractorRecipes = try int()
        case "fan_in": k.fanIn = try int()
        default: throw GameKeyError("unknown knob '\(name)'")
        }
    }
}

public struct GameKeyError: Error, Sendable, CustomStringConvertible, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
