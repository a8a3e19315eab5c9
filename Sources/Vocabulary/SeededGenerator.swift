/// The one seeded generator: SplitMix64 (Steele, Lea and Flood, 2014), owned by
/// whoever needs one.
///
/// Gauntlet never touches a global RNG: the same seed must give the same data,
/// tasks, trajectories and confidence intervals on every machine and every run.
/// SplitMix64 is small, fast, has a 2^64 period and passes BigCrush, which is plenty
/// for generating catalogues, worlds, random agents and bootstrap resamples.
/// Foundation's generators are not seedable.
public struct SeededGenerator: RandomNumberGenerator, Sendable, Equatable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for one named stream under a seed, so that adding draws to one
    /// stream (say, reviews) does not shift another (say, prices).
    public init(seed: UInt64, stream: String) {
        state = seed ^ StableHash.fnv1a(stream)
    }

    /// SplitMix64's increment (the golden ratio in 64 bits).
    public static let gamma: UInt64 = 0x9e37_79b9_7f4a_7c15

    public mutating func next() -> UInt64 {
        state &+= SeededGenerator.gamma
        return SeededGenerator.finalise(state)
    }

    /// SplitMix64's output function: a bijective mix of 64 bits, also used on its own to
    /// combine keys (episode seeds, observation ids) into well-spread values.
    @inlinable
    public static func finalise(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A uniformly chosen element; `nil` only for an empty collection.
    public mutating func pick<C: Collection>(_ items: C) -> C.Element? {
        guard !items.isEmpty else { return nil }
        let offset = index(below: items.count)
        return items[items.index(items.startIndex, offsetBy: offset)]
    }

    /// A uniform index in `0..<count` (Lemire's multiply-shift with rejection, via the
    /// standard library, which is exact for any generator).
    public mutating func index(below count: Int) -> Int {
        Int.random(in: 0..<count, using: &self)
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < p
    }
}
