/// What an entity is, which decides which rules apply to it.
public enum EntityKind: UInt8, Sendable {
    /// Something that can sit on or in a receptacle: an apple, a key, a lamp.
    case object
    /// Furniture and appliances that hold objects: a fridge, a table, a chest.
    case receptacle
    /// A door between two rooms (exploration).
    case door
}

/// What an entity can do or have done to it. Fixed for the life of a world.
public struct Capabilities: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let portable = Capabilities(rawValue: 1 << 0)
    public static let openable = Capabilities(rawValue: 1 << 1)
    public static let lockable = Capabilities(rawValue: 1 << 2)
    /// Objects go *in* it (a drawer) rather than *on* it (a table).
    public static let container = Capabilities(rawValue: 1 << 3)
    public static let heater = Capabilities(rawValue: 1 << 4)
    public static let cooler = Capabilities(rawValue: 1 << 5)
    public static let cleaner = Capabilities(rawValue: 1 << 6)
    /// A knife: slices things.
    public static let slicer = Capabilities(rawValue: 1 << 7)
    /// A lamp: can be switched on and off with `use`.
    public static let light = Capabilities(rawValue: 1 << 8)
    public static let key = Capabilities(rawValue: 1 << 9)
    public static let heatable = Capabilities(rawValue: 1 << 10)
    public static let coolable = Capabilities(rawValue: 1 << 11)
    public static let cleanable = Capabilities(rawValue: 1 << 12)
    public static let sliceable = Capabilities(rawValue: 1 << 13)
}

/// The changing properties of an entity. Rendered in this order, as words.
public struct EntityFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let open = EntityFlags(rawValue: 1 << 0)
    public static let locked = EntityFlags(rawValue: 1 << 1)
    public static let on = EntityFlags(rawValue: 1 << 2)
    public static let clean = EntityFlags(rawValue: 1 << 3)
    public static let hot = EntityFlags(rawValue: 1 << 4)
    public static let cold = EntityFlags(rawValue: 1 << 5)
    public static let sliced = EntityFlags(rawValue: 1 << 6)

    public static let named: [(EntityFlags, String)] = [
        (.open, "open"), (.locked, "locked"), (.on, "on"), (.clean, "clean"),
        (.hot, "hot"), (.cold, "cold"), (.sliced, "sliced"),
    ]

    /// The flags as words, for screens and goals.
    public var words: [String] { Self.named.compactMap { contains($0.0) ? $0.1 : nil } }
}

/// The fixed facts about one entity.
public struct EntitySpec: Sendable, Equatable {
    /// What the agent types: "apple 1", "iron key", "fridge 1".
    public let name: String
    /// The type name shared by instances: "apple", "iron key", "fridge".
    public let typeName: String
    public let kind: EntityKind
    public let caps: Capabilities
    /// The room a receptacle or door is in; -1 for portable objects. A door
    /// belongs to two rooms and records the lower-numbered one here.
    public let room: Int
    /// For a key: the entity it unlocks; -1 otherwise.
    public let opens: Int

    public init(name: String, typeName: String, kind: EntityKind, caps: Capabilities, room: Int = 0, opens: Int = -1) {
        self.name = name
        self.typeName = typeName
        self.kind = kind
        self.caps = caps
        self.room = room
        self.opens = opens
    }

    /// "in" for containers, "on" for everything else.
    public var preposition: String { caps.contains(.container) ? "in" : "on" }
}

/// A compass direction of an exit.
public enum Direction: Int, Sendable, CaseIterable, Comparable {
    case north, south, east, west

    public var word: String {
        switch self {
        case .north: "north"
        case .south: "south"
        case .east: "east"
        case .west: "west"
        }
    }

    public var opposite: Direction {
        switch self {
        case .north: .south
        case .south: .north
        case .east: .west
        case .west: .east
        }
    }

    public static func < (a: Direction, b: Direction) -> Bool { a.rawValue < b.rawValue }
}

/// A way out of a room.
public struct Exit: Sendable, Equatable {
    public let direction: Direction
    public let room: Int
    /// The door on this exit, or -1 for an open passage.
    public let door: Int

    public init(direction: Direction, room: Int, door: Int) {
        self.direction = direction
        self.room = room
        self.door = door
    }
}

/// A crafting recipe: `output` count of `item` from the ingredients.
public struct Recipe: Sendable, Equatable {
    public let item: Int
    public let output: Int
    /// (item, count), sorted by item name for display.
    public let ingredients: [Ingredient]

    public init(item: Int, output: Int, ingredients: [Ingredient]) {
        self.item = item
        self.output = output
        self.ingredients = ingredients
    }
}

public struct Ingredient: Sendable, Hashable {
    public let item: Int
    public let count: Int
    public init(item: Int, count: Int) {
        self.item = item
        self.count = count
    }
}
