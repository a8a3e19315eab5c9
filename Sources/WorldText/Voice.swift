import Vocabulary

/// How one author writes: tone, length, spelling and a low rate of typos. Derived from the
/// author's name and the world's seed, so one person writes alike on every site.
public struct Voice: Sendable, Equatable {
    public enum Tone: String, Sendable, CaseIterable {
        case warm, measured, blunt, playful
    }

    public enum Spelling: String, Sendable {
        case american, british
    }

    public var tone: Tone
    public var spelling: Spelling
    /// 1 (terse) to 3 (chatty): how many optional sentences the author adds.
    public var verbosity: Int
    /// Share of eligible words given a typo (0 for careful writers, at most about 2%).
    public var typoRate: Double

    public init(tone: Tone, spelling: Spelling, verbosity: Int, typoRate: Double) {
        self.tone = tone
        self.spelling = spelling
        self.verbosity = min(3, max(1, verbosity))
        self.typoRate = typoRate
    }

    /// The voice of `author` in the world of `seed`.
    public init(author: String, seed: UInt64) {
        var rng = SeededGenerator(seed: seed, stream: "worldtext.voice." + author)
        tone = rng.pick(Tone.allCases) ?? .measured
        spelling = rng.chance(0.3) ? .british : .american
        verbosity = rng.pick([1, 2, 2, 2, 3, 3]) ?? 2
        typoRate = rng.chance(0.45) ? 0 : Double.random(in: 0.003...0.02, using: &rng)
    }

    /// A neutral, careful voice: a shop's own copy.
    public static let plain = Voice(tone: .measured, spelling: .american, verbosity: 2, typoRate: 0)
}
