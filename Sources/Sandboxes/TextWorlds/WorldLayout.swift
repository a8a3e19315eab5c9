/// The fixed facts of one world: its rooms, entities, recipes and goal.
///
/// A final class with only constants, so every copy of a `World` (the planner
/// makes many) shares one layout and copies only the small `WorldState`.
public final class WorldLayout: Sendable {
    public let family: Family
    /// Room names; household worlds have one room.
    public let rooms: [String]
    /// Per room, its exits sorted by direction.
    public let exits: [[Exit]]
    public let entities: [EntitySpec]
    /// Per entity, the index of its type name in `typeNames`.
    public let typeOf: [Int]
    /// Sorted, unique type names.
    public let typeNames: [String]
    /// Crafting item names, sorted.
    public let items: [String]
    public let recipes: [Recipe]
    /// Per item, the index of its recipe or -1.
    public let recipeOf: [Int]
    /// Per item, whether `get` can fetch it.
    public let gettable: [Bool]
    public let goal: Predicate
    public let goalText: String
    public let infeasible: Bool
    /// What an infeasible world lacks (the goal's object type, treasure or ingredient):
    /// a declaration must name it to win. Nil in a feasible world.
    public let missing: String?
    /// How many objects the agent can carry at once; 0 means no limit.
    public let capacity: Int

    let entityByName: [String: Int]
    let roomByName: [String: Int]
    let itemByName: [String: Int]
    let instancesByType: [[Int]]
    let lamps: [Int]
    /// Sorted ids of receptacles per room.
    let receptaclesInRoom: [[Int]]
    /// Ids of all objects (portable or fixed, like lamps), sorted by name.
    let portables: [Int]

    public init(
        family: Family, rooms: [String], exits: [[Exit]], entities: [EntitySpec],
        items: [String] = [], recipes: [Recipe] = [], gettable: [Bool] = [],
        goal: Predicate, goalText: String, infeasible: Bool, missing: String? = nil, capacity: Int
    ) {
        self.family = family
        self.rooms = rooms
        self.exits = exits.map { $0.sorted { $0.direction < $1.direction } }
        self.entities = entities
        let types = Array(Set(entities.map(\.typeName))).sorted()
        self.typeNames = types
        var typeIndex: [String: Int] = [:]
        for (i, t) in types.enumerated() { typeIndex[t] = i }
        let typeOf = entities.map { typeIndex[$0.typeName] ?? 0 }
        self.typeOf = typeOf
        var byType = Array(repeating: [Int](), count: types.count)
        for (e, t) in typeOf.enumerated() { byType[t].append(e) }
        self.instancesByType = byType
        self.items = items
        self.recipes = recipes
        var recipeOf = Array(repeating: -1, count: items.count)
        for (i, r) in recipes.enumerated() { recipeOf[r.item] = i }
        self.recipeOf = recipeOf
        self.gettable = gettable.count == items.count ? gettable : Array(repeating: false, count: items.count)
        self.goal = goal
        self.goalText = goalText
        self.infeasible = infeasible
        self.missing = missing
        self.capacity = capacity
        var names: [String: Int] = [:]
        for (i, e) in entities.enumerated() { names[e.name] = i }
        self.entityByName = names
        var roomNames: [String: Int] = [:]
        for (i, r) in rooms.enumerated() { roomNames[r] = i }
        self.roomByName = roomNames
        var itemNames: [String: Int] = [:]
        for (i, n) in items.enumerated() { itemNames[n] = i }
        self.itemByName = itemNames
        self.lamps = entities.indices.filter { entities[$0].caps.contains(.light) }
        var inRoom = Array(repeating: [Int](), count: rooms.count)
        for (i, e) in entities.enumerated() where e.kind == .receptacle && e.room >= 0 && e.room < rooms.count {
            inRoom[e.room].append(i)
        }
        self.receptaclesInRoom = inRoom.map { $0.sorted { entities[$0].name < entities[$1].name } }
        self.portables = entities.indices.filter { entities[$0].kind == .object }
            .sorted { entities[$0].name < entities[$1].name }
    }

    func instances(ofType t: Int) -> [Int] { instancesByType[t] }

    /// Whether a declaration's words name what this world lacks, in the singular or plural.
    public func isMissing(_ named: String) -> Bool {
        guard let missing else { return false }
        return named == missing || named == HouseholdGenerator.plural(missing)
    }

    /// The type id of a type name, or nil if the world has none of it.
    public func typeID(_ name: String) -> Int? { typeNames.firstIndex(of: name) }

    public func entity(named name: String) -> Int? { entityByName[name] }
    public func room(named name: String) -> Int? { roomByName[name] }
    public func item(named name: String) -> Int? { itemByName[name] }

    /// The exit of `room` through `door`, if that door is on one of its exits.
    func exit(of room: Int, door: Int) -> Exit? {
        exits[room].first { $0.door == door }
    }
}
