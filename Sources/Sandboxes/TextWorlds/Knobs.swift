import Vocabulary

/// The difficulty knobs of the generators. Each family reads the ones that
/// apply to it; task files record only those.
public struct Knobs: Sendable, Equatable {
    // Household
    /// One of `HouseholdTaskType`; nil draws one.
    public var taskType: HouseholdTaskType?
    /// At most this many receptacles from the layout (the ones the task needs are always kept); nil keeps all.
    public var receptacles: Int?
    /// Distractor objects (household and exploration).
    public var distractors: Int
    // Exploration
    public var rooms: Int
    /// Exits that get a door; `lockedDoors` of them are locked.
    public var doors: Int
    public var lockedDoors: Int
    /// Chests and boxes; `lockedContainers` of them are locked.
    public var containers: Int
    public var lockedContainers: Int
    /// Exploration: whether the treasure must be brought back to the start room; nil draws it.
    public var deliver: Bool?
    // Crafting
    /// Levels of the recipe tree below the goal item.
    public var depth: Int
    /// Most ingredients per recipe.
    public var fanIn: Int
    /// Recipes that do not lead to the goal.
    public var distractorRecipes: Int
    // All
    /// Draws whose optimal plan falls outside this range are rejected (feasible tasks only).
    public var minPlanLength: Int
    public var maxPlanLength: Int
    /// Make a deliberately infeasible task: the correct answer is `declare infeasible`.
    public var infeasible: Bool

    public init(
        taskType: HouseholdTaskType? = nil, receptacles: Int? = nil, distractors: Int = 4,
        rooms: Int = 4, doors: Int = 2, lockedDoors: Int = 1, containers: Int = 2, lockedContainers: Int = 0,
        deliver: Bool? = nil, depth: Int = 2, fanIn: Int = 2, distractorRecipes: Int = 3,
        minPlanLength: Int = 1, maxPlanLength: Int = 60, infeasible: Bool = false
    ) {
        self.taskType = taskType
        self.receptacles = receptacles
        self.distractors = distractors
        self.rooms = rooms
        self.doors = doors
        self.lockedDoors = lockedDoors
        self.containers = containers
        self.lockedContainers = lockedContainers
        self.deliver = deliver
        self.depth = depth
        self.fanIn = fanIn
        self.distractorRecipes = distractorRecipes
        self.minPlanLength = minPlanLength
        self.maxPlanLength = maxPlanLength
        self.infeasible = infeasible
    }

    /// Checks the knobs a family uses, naming the first one out of range.
    func validate(for family: Family) throws(GenerationError) {
        func check(_ ok: Bool, _ knob: String, _ range: String) throws(GenerationError) {
            if !ok { throw GenerationError("knob \(knob) must be \(range)") }
        }
        try check(minPlanLength >= 0 && minPlanLength <= maxPlanLength, "min_plan_length", "between 0 and max_plan_length")
        try check(maxPlanLength <= 500, "max_plan_length", "at most 500")
        switch family {
        case .household:
            try check(distractors >= 0 && distractors <= 40, "distractors", "0...40")
            if let r = receptacles { try check(r >= 3 && r <= 30, "receptacles", "3...30") }
        case .exploration:
            try check(rooms >= 1 && rooms <= 12, "rooms", "1...12")
            try check(doors >= 0 && doors <= 6, "doors", "0...6")
            try check(lockedDoors >= 0 && lockedDoors <= doors, "locked_doors", "0...doors")
            try check(containers >= 0 && containers <= 4, "containers", "0...4")
            try check(lockedContainers >= 0 && lockedContainers <= containers, "locked_containers", "0...containers")
            try check(lockedDoors + lockedContainers <= 6, "locked_doors + locked_containers", "at most 6 (one key name each)")
            try check(distractors >= 0 && distractors <= 10, "distractors", "0...10")
        case .crafting:
            try check(depth >= 1 && depth <= 4, "depth", "1...4")
            try check(fanIn >= 1 && fanIn <= 3, "fan_in", "1...3")
            try check(distractorRecipes >= 0 && distractorRecipes <= 10, "distractor_recipes", "0...10")
        }
    }

    /// The knobs a family uses, as canonical JSON members.
    func json(for family: Family) -> [(String, JSONValue)] {
        var m: [(String, JSONValue)] = [
            ("min_plan_length", .int(Int64(minPlanLength))),
            ("max_plan_length", .int(Int64(maxPlanLength))),
            ("infeasible", .bool(infeasible)),
        ]
        switch family {
        case .household:
            m.append(("task_type", taskType.map { .string($0.rawValue) } ?? .null))
            m.append(("receptacles", receptacles.map { .int(Int64($0)) } ?? .null))
            m.append(("distractors", .int(Int64(distractors))))
        case .exploration:
            m += [("rooms", .int(Int64(rooms))), ("doors", .int(Int64(doors))), ("locked_doors", .int(Int64(lockedDoors))),
                  ("containers", .int(Int64(containers))), ("locked_containers", .int(Int64(lockedContainers))),
                  ("distractors", .int(Int64(distractors))), ("deliver", deliver.map { .bool($0) } ?? .null)]
        case .crafting:
            m += [("depth", .int(Int64(depth))), ("fan_in", .int(Int64(fanIn))), ("distractor_recipes", .int(Int64(distractorRecipes)))]
        }
        return m
    }
}

/// ALFWorld's six task types, with its names.
public enum HouseholdTaskType: String, Sendable, CaseIterable {
    case pickAndPlace = "pick_and_place_simple"
    case examineInLight = "look_at_obj_in_light"
    case cleanThenPlace = "pick_clean_then_place_in_recep"
    case heatThenPlace = "pick_heat_then_place_in_recep"
    case coolThenPlace = "pick_cool_then_place_in_recep"
    case pickTwo = "pick_two_obj_and_place"
}

public struct GenerationError: Error, Sendable, CustomStringConvertible, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Knobs read from and written to task files with the canonical key names;
/// every key is optional on input and takes its default when absent.
extension Knobs: Codable {
    enum CodingKeys: String, CodingKey {
        case taskType = "task_type", receptacles, distractors, rooms, doors, lockedDoors = "locked_doors"
        case containers, lockedContainers = "locked_containers", deliver, depth, fanIn = "fan_in"
        case distractorRecipes = "distractor_recipes", minPlanLength = "min_plan_length"
        case maxPlanLength = "max_plan_length", infeasible
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Knobs()
        self.init(
            taskType: try c.decodeIfPresent(HouseholdTaskType.self, forKey: .taskType),
            receptacles: try c.decodeIfPresent(Int.self, forKey: .receptacles),
            distractors: try c.decodeIfPresent(Int.self, forKey: .distractors) ?? d.distractors,
            rooms: try c.decodeIfPresent(Int.self, forKey: .rooms) ?? d.rooms,
            doors: try c.decodeIfPresent(Int.self, forKey: .doors) ?? d.doors,
            lockedDoors: try c.decodeIfPresent(Int.self, forKey: .lockedDoors) ?? d.lockedDoors,
            containers: try c.decodeIfPresent(Int.self, forKey: .containers) ?? d.containers,
            lockedContainers: try c.decodeIfPresent(Int.self, forKey: .lockedContainers) ?? d.lockedContainers,
            deliver: try c.decodeIfPresent(Bool.self, forKey: .deliver),
            depth: try c.decodeIfPresent(Int.self, forKey: .depth) ?? d.depth,
            fanIn: try c.decodeIfPresent(Int.self, forKey: .fanIn) ?? d.fanIn,
            distractorRecipes: try c.decodeIfPresent(Int.self, forKey: .distractorRecipes) ?? d.distractorRecipes,
            minPlanLength: try c.decodeIfPresent(Int.self, forKey: .minPlanLength) ?? d.minPlanLength,
            maxPlanLength: try c.decodeIfPresent(Int.self, forKey: .maxPlanLength) ?? d.maxPlanLength,
            infeasible: try c.decodeIfPresent(Bool.self, forKey: .infeasible) ?? d.infeasible)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(taskType, forKey: .taskType)
        try c.encodeIfPresent(receptacles, forKey: .receptacles)
        try c.encode(distractors, forKey: .distractors)
        try c.encode(rooms, forKey: .rooms)
        try c.encode(doors, forKey: .doors)
        try c.encode(lockedDoors, forKey: .lockedDoors)
        try c.encode(containers, forKey: .containers)
        try c.encode(lockedContainers, forKey: .lockedContainers)
        try c.encodeIfPresent(deliver, forKey: .deliver)
        try c.encode(depth, forKey: .depth)
        try c.encode(fanIn, forKey: .fanIn)
        try c.encode(distractorRecipes, forKey: .distractorRecipes)
        try c.encode(minPlanLength, forKey: .minPlanLength)
        try c.encode(maxPlanLength, forKey: .maxPlanLength)
        try c.encode(infeasible, forKey: .infeasible)
    }
}

extension HouseholdTaskType: Codable {}
