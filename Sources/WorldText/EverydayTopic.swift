/// Something people talk about that is not a product: a commute, a move, the weather.
public struct EverydayTopic: Sendable, Equatable {
    /// Short name, e.g. "commuting by bike".
    public var name: String
    /// Words for it, e.g. "the commute"; grammars pick among them.
    public var phrases: [String]

    public init(name: String, phrases: [String]) {
        self.name = name
        self.phrases = phrases
    }

    public static let all: [EverydayTopic] = [
        EverydayTopic(name: "commuting by bike", phrases: ["the bike commute", "riding to work", "cycling in the rain"]),
        EverydayTopic(name: "working from home", phrases: ["working from home", "a home office setup", "video calls all day"]),
        EverydayTopic(name: "moving house", phrases: ["moving house", "packing up a flat", "the first week in a new place"]),
        EverydayTopic(name: "weeknight cooking", phrases: ["weeknight dinners", "cooking for one", "batch cooking on Sundays"]),
        EverydayTopic(name: "coffee at home", phrases: ["making coffee at home", "the morning brew", "grinding beans"]),
        EverydayTopic(name: "running", phrases: ["getting back into running", "a first half marathon", "easy runs"]),
        EverydayTopic(name: "camping", phrases: ["a first camping trip", "camping with kids", "wild camping"]),
        EverydayTopic(name: "sleep", phrases: ["sleeping better", "a hot bedroom in summer", "getting up earlier"]),
        EverydayTopic(name: "board game nights", phrases: ["game night", "teaching a new game", "games for two players"]),
        EverydayTopic(name: "budgeting", phrases: ["sticking to a budget", "buying less but better", "saving for a big purchase"]),
        EverydayTopic(name: "gardening", phrases: ["a small balcony garden", "growing tomatoes", "keeping houseplants alive"]),
        EverydayTopic(name: "the weather", phrases: ["the wet spring", "this heatwave", "a cold snap"]),
        EverydayTopic(name: "travel", phrases: ["packing light", "a weekend away", "long train journeys"]),
        EverydayTopic(name: "decluttering", phrases: ["decluttering the hallway", "a smaller wardrobe", "clearing out the garage"]),
        EverydayTopic(name: "desk setups", phrases: ["a tidy desk", "cable management", "a better chair for long days"]),
        EverydayTopic(name: "hiking", phrases: ["day hikes", "a hill walk in the fog", "breaking in new boots"]),
        EverydayTopic(name: "music at home", phrases: ["listening to records", "a speaker for the kitchen", "quiet evenings with headphones"]),
        EverydayTopic(name: "puzzles", phrases: ["a thousand-piece puzzle", "puzzles on rainy days", "sorting edge pieces"]),
    ]
}
