@testable import TextWorlds

/// Small hand-built worlds whose every fact the tests know.
enum Fixtures {
    static let food: Capabilities = [.portable, .heatable, .coolable, .cleanable, .sliceable]

    /// One room: countertop 1 (apple 1, knife 1), fridge 1 (mug 1), microwave 1,
    /// sinkbasin 1, drawer 1, desk 1 (desklamp 1, book 1). Goal: a hot apple on a countertop.
    static func household(infeasible: Bool = false) -> World {
        let entities: [EntitySpec] = [
            EntitySpec(name: "countertop 1", typeName: "countertop", kind: .receptacle, caps: []),
            EntitySpec(name: "fridge 1", typeName: "fridge", kind: .receptacle, caps: [.container, .openable, .cooler]),
            EntitySpec(name: "microwave 1", typeName: "microwave", kind: .receptacle, caps: [.container, .openable, .heater]),
            EntitySpec(name: "sinkbasin 1", typeName: "sinkbasin", kind: .receptacle, caps: [.container, .cleaner]),
            EntitySpec(name: "drawer 1", typeName: "drawer", kind: .receptacle, caps: [.container, .openable]),
            EntitySpec(name: "desk 1", typeName: "desk", kind: .receptacle, caps: []),
            EntitySpec(name: "apple 1", typeName: "apple", kind: .object, caps: food, room: -1),
            EntitySpec(name: "knife 1", typeName: "knife", kind: .object, caps: [.portable, .slicer, .cleanable], room: -1),
            EntitySpec(name: "mug 1", typeName: "mug", kind: .object, caps: [.portable, .heatable, .coolable, .cleanable], room: -1),
            EntitySpec(name: "desklamp 1", typeName: "desklamp", kind: .object, caps: [.light], room: -1),
            EntitySpec(name: "book 1", typeName: "book", kind: .object, caps: [.portable], room: -1),
        ]
        let apple = Draw.typeIndex("apple", in: entities)
        let countertop = Draw.typeIndex("countertop", in: entities)
        let goal = Predicate.placedType(type: apple, flags: .hot, receptacleType: countertop, count: 1)
        let layout = WorldLayout(
            family: .household, rooms: ["room"], exits: [[]], entities: entities,
            goal: infeasible ? .declaredInfeasible : goal, goalText: "Your task is to: heat an apple and put it on a countertop.",
            infeasible: infeasible, missing: infeasible ? "pear" : nil, capacity: 1)
        let place: [Int32] = [.min, .min, .min, .min, .min, .min, 0, 0, 1, 5, 5]
        let state = WorldState(room: 0, at: -1, place: place, flags: Array(repeating: [], count: entities.count), counts: [])
        return World(layout: layout, state: state, subgoals: [.holdingType(apple), .typeHasFlags(apple, .hot), goal])
    }

    /// kitchen (wooden table; brass key and rusty key on the floor) —east— hall
    /// (locked wooden chest, opened by the rusty key, holding a candle) —north,
    /// through the locked iron door (brass key)— vault (ruby on the floor).
    /// Goal: carry the ruby.
    static func exploration() -> World {
        let entities: [EntitySpec] = [
            EntitySpec(name: "iron door", typeName: "iron door", kind: .door, caps: [.openable, .lockable], room: 1),
            EntitySpec(name: "wooden table", typeName: "wooden table", kind: .receptacle, caps: [], room: 0),
            EntitySpec(name: "wooden chest", typeName: "wooden chest", kind: .receptacle, caps: [.container, .openable, .lockable], room: 1),
            EntitySpec(name: "brass key", typeName: "brass key", kind: .object, caps: [.portable, .key], room: -1, opens: 0),
            EntitySpec(name: "rusty key", typeName: "rusty key", kind: .object, caps: [.portable, .key], room: -1, opens: 2),
            EntitySpec(name: "candle", typeName: "candle", kind: .object, caps: [.portable], room: -1),
            EntitySpec(name: "ruby", typeName: "ruby", kind: .object, caps: [.portable], room: -1),
        ]
        let exits: [[Exit]] = [
            [Exit(direction: .east, room: 1, door: -1)],
            [Exit(direction: .west, room: 0, door: -1), Exit(direction: .north, room: 2, door: 0)],
            [Exit(direction: .south, room: 1, door: 0)],
        ]
        let layout = WorldLayout(
            family: .exploration, rooms: ["kitchen", "hall", "vault"], exits: exits, entities: entities,
            goal: .holding(6), goalText: "Your task is to: find the ruby and take it.", infeasible: false, capacity: 0)
        let place: [Int32] = [.min, .min, .min, Place.floor(0), Place.floor(0), 2, Place.floor(2)]
        let flags: [EntityFlags] = [[.locked], [], [.locked], [], [], [], []]
        let state = WorldState(room: 0, at: -1, place: place, flags: flags, counts: [])
        return World(layout: layout, state: state, subgoals: [.holding(3), .unlocked(0), .inRoom(2), .holding(6)])
    }

    /// log (base) → 4 planks from 1 log; 4 stick from 2 planks; 1 pickaxe from
    /// 3 planks and 2 stick; ore has no source. Goal: 1 pickaxe.
    static func crafting() -> World {
        let items = ["log", "ore", "pickaxe", "planks", "stick"]
        let recipes = [
            Recipe(item: 2, output: 1, ingredients: [Ingredient(item: 3, count: 3), Ingredient(item: 4, count: 2)]),
            Recipe(item: 3, output: 4, ingredients: [Ingredient(item: 0, count: 1)]),
            Recipe(item: 4, output: 4, ingredients: [Ingredient(item: 3, count: 2)]),
        ]
        let layout = WorldLayout(
            family: .crafting, rooms: ["crafting table"], exits: [[]], entities: [],
            items: items, recipes: recipes, gettable: [true, false, false, false, false],
            goal: .itemCount(item: 2, count: 1), goalText: "Your task is to: craft 1 pickaxe.", infeasible: false, capacity: 0)
        let state = WorldState(room: 0, at: -1, place: [], flags: [], counts: Array(repeating: 0, count: items.count))
        return World(layout: layout, state: state, subgoals: [.itemCount(item: 3, count: 8), .itemCount(item: 2, count: 1)])
    }
}

extension World {
    /// Applies each line and returns the last feedback.
    @discardableResult
    mutating func run(_ lines: [String]) -> Feedback {
        var last = Feedback.success("")
        for line in lines { last = apply(line) }
        return last
    }
}
