/// A deterministic random number generator owned by whoever needs one.
///
/// Gauntlet never touches a global RNG: the same seed must give the same data,
/// tasks and trajectories on every machine and every run. SplitMix64 is small,
/// fast, has a 2^64 period and passes BigCrush, which is plenty for generating
/// catalogues, worlds and random agents. Foundation's generators are not seedable.
public struct SeededGenerator: RandomNumberGenerator, Sendable, Equatable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for one named stream under a seed, so that adding draws to one
    /// stream (say, reviews) does not shift another (say, prices).
    public init(seed: UInt64, stream: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a, stable across runs unlike Hasher
        for byte in stream.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        state = seed ^ hash
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A uniformly chosen element; `nil` only for an empty collection.
    public mutating func pick<C: Collection>(_ items: C) -> C.Element? {
        guard !items.isEmpty else { return nil }
        let offset = Int.random(in: 0..<items.count, using: &self)
        return items[items.index(items.startIndex, offsetBy: offset)]
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < p
    }
}
