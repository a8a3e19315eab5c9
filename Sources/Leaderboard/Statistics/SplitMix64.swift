/// SplitMix64 (Steele, Lea and Flood, 2014): a small, fast, seeded generator.
///
/// Confidence intervals must be reproducible: the same database gives the same report
/// on every machine, so bootstrap resampling never touches a global or system RNG.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform index in `0..<count` (Lemire's multiply-shift with rejection, via the
    /// standard library, which is exact for any generator).
    mutating func index(below count: Int) -> Int {
        Int.random(in: 0..<count, using: &self)
    }
}
