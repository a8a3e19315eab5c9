import Testing
import Vocabulary

@Suite struct SeededGeneratorTests {
    @Test func sameSeedGivesSameSequence() {
        var a = SeededGenerator(seed: 42)
        var b = SeededGenerator(seed: 42)
        let xs = (0..<100).map { _ in a.next() }
        let ys = (0..<100).map { _ in b.next() }
        #expect(xs == ys)
    }

    @Test func knownFirstValueIsStableAcrossReleases() {
        // SplitMix64 reference value for seed 0: if this changes, every generated
        // catalogue and task changes with it.
        var g = SeededGenerator(seed: 0)
        #expect(g.next() == 0xe220_a839_7b1d_cdaf)
    }

    @Test func streamsAreIndependent() {
        var a = SeededGenerator(seed: 7, stream: "prices")
        var b = SeededGenerator(seed: 7, stream: "reviews")
        #expect(a.next() != b.next())
    }

    @Test func shuffleIsDeterministic() {
        var a = SeededGenerator(seed: 3)
        var b = SeededGenerator(seed: 3)
        #expect(Array(0..<50).shuffled(using: &a) == Array(0..<50).shuffled(using: &b))
        #expect(Array(0..<50).shuffled(using: &a) != Array(0..<50))
    }
}
