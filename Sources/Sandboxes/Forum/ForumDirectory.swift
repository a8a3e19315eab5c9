/// The forums that exist in every seed: one per shop department and subcategory (their names
/// come from the shop's catalogue), plus everyday ones. Word lists only; rows are generated.
enum ForumDirectory {
    struct Everyday {
        let name: String
        let title: String
        let about: String
        let subjects: [String]
    }

    static let everyday: [Everyday] = [
        Everyday(name: "deals", title: "Deals", about: "Price drops, coupons and bargains spotted at Larkspur Market and elsewhere.", subjects: ["coupon stacking", "price tracking", "seasonal sales", "clearance finds", "free shipping thresholds"]),
        Everyday(name: "ask_larkspur", title: "Ask Larkspur", about: "Questions about orders, returns and shopping at Larkspur Market, answered by other shoppers.", subjects: ["late deliveries", "returns", "gift wrapping", "order tracking", "account settings"]),
        Everyday(name: "cooking", title: "Cooking", about: "Home cooking, recipes and kitchen technique.", subjects: ["weeknight dinners", "sourdough", "knife skills", "meal prep", "cast iron care", "spice blends"]),
        Everyday(name: "running", title: "Running", about: "Training plans, races and everything about running.", subjects: ["couch to 5k", "marathon training", "trail running", "running in the rain", "recovery days"]),
        Everyday(name: "gardening", title: "Gardening", about: "Balconies, allotments and back gardens.", subjects: ["tomato seedlings", "composting", "container gardening", "pruning roses", "raised beds"]),
        Everyday(name: "diy", title: "DIY", about: "Fixing, building and improving things yourself.", subjects: ["shelving", "patching drywall", "painting a room", "squeaky doors", "tool storage"]),
        Everyday(name: "travel", title: "Travel", about: "Trips, packing lists and places worth the detour.", subjects: ["packing light", "long train journeys", "carry-on only travel", "road trips", "jet lag"]),
        Everyday(name: "parenting", title: "Parenting", about: "Raising small humans, one day at a time.", subjects: ["bedtime routines", "school lunches", "screen time", "rainy day activities", "toddler shoes"]),
        Everyday(name: "photography", title: "Photography", about: "Cameras, phones, light and composition.", subjects: ["street photography", "low light shots", "phone photography", "editing workflows", "golden hour"]),
        Everyday(name: "pets", title: "Pets", about: "Dogs, cats and the rest of the household.", subjects: ["puppy training", "cat scratching posts", "pet food", "vet visits", "walking routines"]),
        Everyday(name: "books", title: "Books", about: "What we're reading and what we recommend.", subjects: ["reading slumps", "book clubs", "e-readers", "crime novels", "reading before bed"]),
        Everyday(name: "meta", title: "Meta", about: "About this forum: feedback, announcements and site questions.", subjects: ["forum etiquette", "new features", "moderation", "the search page", "user flair"]),
    ]

    /// The description of the forum for a department (or a category) titled `title`, the
    /// `index`th of its kind: forums take the wordings in turn, so the sidebars every thread
    /// page repeats do not all read alike.
    static func about(_ title: String, index: Int, department: Bool) -> String {
        let name = title.lowercased()
        let wordings = department ? [
            "Everything \(name): what to buy, what to skip, and how it holds up.",
            "A place to talk \(name) with people who use it every day.",
            "Recommendations, rants and repairs: all things \(name).",
            "Before you spend money on \(name), ask here first.",
        ] : [
            "Owners and would-be owners of \(name) compare notes.",
            "Buying advice, long-term reports and fixes for \(name).",
            "What lasts, what breaks and what to pay for \(name).",
            "Questions and honest reviews of \(name) from every brand.",
            "Show off, ask about and argue over \(name).",
            "Sizing, care and first impressions of \(name).",
        ]
        return wordings[index % wordings.count]
    }

    static let rules = [
        "Be civil: attack ideas, not people.", "No spam or self-promotion.", "Stay on topic for this forum.",
        "Search before posting a question.", "Link posts must point to the original source.", "No referral links.",
        "Mark spoilers and sponsored content.", "Use a descriptive title.", "No personal information about others.",
        "Reviews must be of products you own.", "No reposts within 30 days.", "Moderators' decisions are final; appeal by message.",
    ]

    static let usernameWords = [
        "quiet", "rapid", "tidy", "amber", "cobalt", "lucky", "sunny", "rusty", "mellow", "brisk", "velvet", "gentle", "fuzzy", "salty",
        "otter", "heron", "maple", "pixel", "comet", "badger", "fern", "harbor", "willow", "falcon", "pepper", "cinder", "juniper", "tern",
    ]
}
