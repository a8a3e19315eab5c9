/// What people use things for, by category: the topics reviews and posts draw on.
public enum Uses {
    /// Uses for a category (by its name, case-insensitive); general ones for a category
    /// the world does not know.
    public static func of(category: String) -> [String] {
        byCategory[category.lowercased()] ?? general
    }

    static let general = ["everyday use", "gifts", "weekends away", "the home"]

    static let byCategory: [String: [String]] = [
        "t-shirts": ["layering", "hot summer days", "the gym", "lazy weekends", "travel"],
        "jeans": ["everyday wear", "cycling to work", "office casual", "long walks"],
        "jackets": ["wet commutes", "autumn walks", "cold mornings", "travel", "dog walks"],
        "dresses": ["weddings", "summer evenings", "work", "holidays"],
        "sweaters": ["chilly evenings", "the office", "layering", "winter walks"],
        "sneakers": ["city walking", "everyday wear", "travel", "standing all day"],
        "boots": ["muddy trails", "winter commutes", "hill walking", "farm work"],
        "sandals": ["beach holidays", "hot days", "river walks", "travel"],
        "running shoes": ["easy runs", "marathon training", "trail running", "the treadmill", "park runs"],
        "cookware": ["weeknight dinners", "searing steak", "batch cooking", "slow stews", "induction hobs"],
        "knives": ["prepping vegetables", "breaking down a chicken", "slicing bread", "daily cooking"],
        "coffee makers": ["the morning coffee", "weekend brunch", "a small office", "camping trips"],
        "bedding": ["hot sleepers", "the guest room", "winter nights", "a new mattress"],
        "lamps": ["reading in bed", "a home office", "a dark hallway", "evening light"],
        "headphones": ["long flights", "the commute", "working from home", "the gym", "late-night gaming"],
        "speakers": ["the kitchen", "garden parties", "movie nights", "a small flat"],
        "keyboards": ["long writing sessions", "programming", "gaming", "a shared office"],
        "monitors": ["photo editing", "spreadsheets", "gaming", "a second screen"],
        "chargers": ["travel", "a crowded desk", "charging a laptop", "the bedside table"],
        "backpacks": ["the daily commute", "day hikes", "weekend trips", "carrying a laptop"],
        "tents": ["festival weekends", "wild camping", "family camping", "windy coastal pitches"],
        "yoga mats": ["hot yoga", "home workouts", "pilates", "stretching after runs"],
        "water bottles": ["the gym", "long hikes", "the school run", "the office"],
        "chairs": ["long work days", "the dining room", "a reading corner", "a home office"],
        "desks": ["working from home", "a small bedroom", "standing meetings", "a gaming setup"],
        "bookcases": ["a growing book collection", "a narrow hallway", "a kid's room", "displaying records"],
        "board games": ["family game nights", "playing with two", "big groups", "rainy afternoons"],
        "puzzles": ["rainy weekends", "quiet evenings", "puzzling with kids", "a winter project"],
    ]
}
