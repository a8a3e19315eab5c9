/// The fixed vocabulary of things the generators draw from, split into train and
/// test by hand-written lists, so a test task's object types and layouts never
/// occur in any train task. Receptacle types (fridge, table…) are shared: they are
/// the furniture the rules are about; which ones a room has is the layout, and
/// layouts are split.
public enum Catalog {
    public struct ObjectType: Sendable {
        public let name: String
        public let caps: Capabilities
        public let split: Split
    }

    public struct ReceptacleType: Sendable {
        public let name: String
        public let caps: Capabilities
    }

    /// A household room: its name and its furniture, with counts.
    public struct HouseholdLayout: Sendable {
        public let id: String
        public let split: Split
        public let receptacles: [(type: String, count: Int)]
    }

    static let food: Capabilities = [.portable, .heatable, .coolable, .cleanable]
    static let dish: Capabilities = [.portable, .coolable, .cleanable]

    public static let householdObjects: [ObjectType] = [
        // train
        .init(name: "apple", caps: food.union(.sliceable), split: .train),
        .init(name: "potato", caps: food.union(.sliceable), split: .train),
        .init(name: "egg", caps: food, split: .train),
        .init(name: "bread", caps: [.portable, .heatable, .coolable, .sliceable], split: .train),
        .init(name: "mug", caps: dish.union(.heatable), split: .train),
        .init(name: "plate", caps: dish.union(.heatable), split: .train),
        .init(name: "pan", caps: dish, split: .train),
        .init(name: "spoon", caps: [.portable, .cleanable], split: .train),
        .init(name: "dishsponge", caps: [.portable, .cleanable], split: .train),
        .init(name: "book", caps: [.portable], split: .train),
        .init(name: "pencil", caps: [.portable], split: .train),
        .init(name: "cd", caps: [.portable], split: .train),
        .init(name: "watch", caps: [.portable], split: .train),
        .init(name: "keychain", caps: [.portable], split: .train),
        .init(name: "remotecontrol", caps: [.portable], split: .train),
        .init(name: "knife", caps: [.portable, .slicer, .cleanable], split: .train),
        .init(name: "desklamp", caps: [.light], split: .train),
        // test
        .init(name: "tomato", caps: food.union(.sliceable), split: .test),
        .init(name: "lettuce", caps: [.portable, .coolable, .cleanable, .sliceable], split: .test),
        .init(name: "cup", caps: dish.union(.heatable), split: .test),
        .init(name: "bowl", caps: dish.union(.heatable), split: .test),
        .init(name: "pot", caps: dish, split: .test),
        .init(name: "ladle", caps: [.portable, .cleanable], split: .test),
        .init(name: "spatula", caps: [.portable, .cleanable], split: .test),
        .init(name: "cellphone", caps: [.portable], split: .test),
        .init(name: "creditcard", caps: [.portable], split: .test),
        .init(name: "statue", caps: [.portable], split: .test),
        .init(name: "alarmclock", caps: [.portable], split: .test),
        .init(name: "vase", caps: [.portable], split: .test),
        .init(name: "newspaper", caps: [.portable], split: .test),
        .init(name: "butterknife", caps: [.portable, .slicer, .cleanable], split: .test),
        .init(name: "floorlamp", caps: [.light], split: .test),
    ]

    public static let receptacleTypes: [ReceptacleType] = [
        .init(name: "countertop", caps: []),
        .init(name: "diningtable", caps: []),
        .init(name: "sidetable", caps: []),
        .init(name: "desk", caps: []),
        .init(name: "shelf", caps: []),
        .init(name: "dresser", caps: []),
        .init(name: "coffeetable", caps: []),
        .init(name: "bed", caps: []),
        .init(name: "sofa", caps: []),
        .init(name: "drawer", caps: [.container, .openable]),
        .init(name: "cabinet", caps: [.container, .openable]),
        .init(name: "safe", caps: [.container, .openable]),
        .init(name: "garbagecan", caps: [.container]),
        .init(name: "fridge", caps: [.container, .openable, .cooler]),
        .init(name: "microwave", caps: [.container, .openable, .heater]),
        .init(name: "stoveburner", caps: [.heater]),
        .init(name: "sinkbasin", caps: [.container, .cleaner]),
        .init(name: "bathtubbasin", caps: [.container, .cleaner]),
    ]

    /// Surfaces a lamp can stand on.
    static let lampSurfaces: Set<String> = ["sidetable", "desk", "dresser", "shelf", "coffeetable"]

    public static let householdLayouts: [HouseholdLayout] = [
        .init(id: "kitchen-a", split: .train, receptacles: [
            ("countertop", 2), ("cabinet", 3), ("drawer", 2), ("fridge", 1), ("microwave", 1), ("sinkbasin", 1),
            ("stoveburner", 2), ("diningtable", 1), ("garbagecan", 1), ("sidetable", 1),
        ]),
        .init(id: "kitchen-b", split: .train, receptacles: [
            ("countertop", 3), ("cabinet", 4), ("drawer", 1), ("fridge", 1), ("microwave", 1), ("sinkbasin", 1),
            ("stoveburner", 1), ("garbagecan", 1), ("shelf", 1),
        ]),
        .init(id: "studio-a", split: .train, receptacles: [
            ("desk", 1), ("drawer", 3), ("shelf", 2), ("bed", 1), ("sidetable", 1), ("dresser", 1),
            ("garbagecan", 1), ("fridge", 1), ("microwave", 1), ("sinkbasin", 1), ("countertop", 1),
        ]),
        .init(id: "livingroom-a", split: .train, receptacles: [
            ("sofa", 1), ("coffeetable", 1), ("sidetable", 2), ("shelf", 2), ("drawer", 2), ("cabinet", 2),
            ("garbagecan", 1), ("fridge", 1), ("stoveburner", 1), ("sinkbasin", 1),
        ]),
        .init(id: "kitchen-c", split: .test, receptacles: [
            ("countertop", 1), ("diningtable", 2), ("cabinet", 5), ("drawer", 3), ("fridge", 1), ("microwave", 1),
            ("stoveburner", 4), ("sinkbasin", 1), ("garbagecan", 1), ("shelf", 1),
        ]),
        .init(id: "bedroom-c", split: .test, receptacles: [
            ("bed", 1), ("desk", 2), ("drawer", 4), ("dresser", 1), ("shelf", 3), ("sidetable", 1), ("safe", 1),
            ("garbagecan", 1), ("fridge", 1), ("microwave", 1), ("bathtubbasin", 1), ("countertop", 1),
        ]),
        .init(id: "loft-c", split: .test, receptacles: [
            ("sofa", 2), ("coffeetable", 1), ("diningtable", 1), ("cabinet", 3), ("safe", 1), ("fridge", 1),
            ("stoveburner", 2), ("microwave", 1), ("bathtubbasin", 1), ("dresser", 1),
        ]),
    ]

    // MARK: - Exploration

    public struct ExplorationNames: Sendable {
        public let rooms: [String]
        public let doors: [String]
        public let keys: [String]
        public let containers: [String]
        public let supporters: [String]
        public let treasures: [String]
        public let trinkets: [String]
    }

    public static let exploration: [Split: ExplorationNames] = [
        .train: ExplorationNames(
            rooms: ["kitchen", "pantry", "cellar", "library", "study", "garden", "hallway", "attic",
                    "bedroom", "bathroom", "parlour", "scullery"],
            doors: ["oak door", "pine door", "iron door", "red door", "green door", "wooden gate"],
            keys: ["brass key", "iron key", "silver key", "rusty key", "copper key", "tiny key"],
            containers: ["wooden chest", "toolbox", "crate", "cupboard"],
            supporters: ["wooden table", "bookshelf", "workbench"],
            treasures: ["golden coin", "silver ring", "old map", "pocket watch", "ruby", "compass"],
            trinkets: ["spool", "rope", "feather", "bottle", "horseshoe", "blanket"]),
        .test: ExplorationNames(
            rooms: ["observatory", "workshop", "chapel", "vault", "gallery", "greenhouse", "armoury",
                    "conservatory", "laboratory", "map room", "boiler room", "wine cellar"],
            doors: ["steel door", "marble door", "blue door", "bronze door", "black door", "stone gate"],
            keys: ["gold key", "bone key", "crystal key", "jade key", "obsidian key", "glass key"],
            containers: ["strongbox", "trunk", "coffer", "locker"],
            supporters: ["stone altar", "marble pedestal", "glass counter"],
            treasures: ["emerald", "jade figurine", "ancient scroll", "crystal orb", "pearl necklace", "sapphire"],
            trinkets: ["hourglass", "chalk", "goblet", "bell", "mirror", "quill"]),
    ]

    // MARK: - Crafting

    public static let craftingItems: [Split: [String]] = [
        .train: [
            "oak log", "oak planks", "stick", "crafting table", "wooden pickaxe", "cobblestone", "stone pickaxe",
            "iron ore", "iron ingot", "iron nugget", "coal", "charcoal", "torch", "furnace", "chest", "string",
            "wool", "white bed", "bow", "arrow", "flint", "feather", "paper", "sugar cane", "book", "bookshelf",
            "leather", "glass", "sand", "glass pane", "bucket", "shears", "iron bars", "rail", "minecart",
            "redstone", "compass", "clock", "gold ingot", "gold nugget", "ladder", "fence", "boat", "wooden bowl",
            "mushroom stew", "bread", "wheat", "hay bale", "lever", "stone button",
        ],
        .test: [
            "birch log", "birch planks", "spruce log", "spruce planks", "copper ore", "copper ingot",
            "amethyst shard", "spyglass", "lightning rod", "candle", "honeycomb", "beehive", "tinted glass",
            "blast furnace", "smoker", "lantern", "soul lantern", "chain", "campfire", "loom", "barrel",
            "composter", "scaffolding", "bamboo", "kelp", "dried kelp", "prismarine shard", "prismarine",
            "sea lantern", "nautilus shell", "conduit", "quartz", "quartz block", "netherite scrap",
            "netherite ingot", "blackstone", "basalt", "crimson planks", "warped planks", "target block",
            "respawn anchor", "lodestone", "smithing table", "cartography table", "fletching table",
            "grindstone", "stonecutter", "bell", "crossbow", "shield",
        ],
    ]

    /// Every object or item type name used by a split, across families.
    public static func typeNames(of split: Split) -> Set<String> {
        var names = Set(householdObjects.filter { $0.split == split }.map(\.name))
        if let e = exploration[split] {
            names.formUnion(e.doors + e.keys + e.containers + e.supporters + e.treasures + e.trinkets)
        }
        names.formUnion(craftingItems[split] ?? [])
        return names
    }

    /// Every layout id or room name used by a split.
    public static func layoutNames(of split: Split) -> Set<String> {
        Set(householdLayouts.filter { $0.split == split }.map(\.id)).union(exploration[split]?.rooms ?? [])
    }
}
