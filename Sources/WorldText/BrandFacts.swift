import Vocabulary

/// A brand's history: where and when it started, and what it is known for. Derived from its
/// name and the world's seed, so every site tells the same story.
public struct BrandFacts: Sendable, Equatable {
    public var name: String
    public var founded: Int
    /// The town it started in.
    public var home: String
    /// What it is known for, e.g. "hard-wearing basics".
    public var knownFor: String

    public init(name: String, founded: Int, home: String, knownFor: String) {
        self.name = name
        self.founded = founded
        self.home = home
        self.knownFor = knownFor
    }

    /// The history of brand `name` in the world of `seed`; `specialties` are what it could be
    /// known for (its department's strengths).
    public init(name: String, seed: UInt64, specialties: [String]) {
        var rng = SeededGenerator(seed: seed, stream: "worldtext.brand." + name)
        self.name = name
        founded = Int.random(in: 1921...2019, using: &rng)
        home = rng.pick(PlaceFacts.towns)?.name ?? "Ashford"
        knownFor = rng.pick(specialties) ?? "well-made things"
    }
}
