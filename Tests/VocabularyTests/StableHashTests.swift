import Testing
import Vocabulary

/// Known values: if one changes, every episode seed, generated catalogue and
/// observation id changes with it.
@Suite struct StableHashTests {
    @Test func fnv1aKnownValues() {
        #expect(StableHash.fnv1a("") == 0xcbf2_9ce4_8422_2325)
        #expect(StableHash.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(StableHash.fnv1a("foobar") == 0x8594_4171_f739_67e8)
        #expect(StableHash.fnv1a(Array("foobar".utf8)) == StableHash.fnv1a("foobar"))
    }

    @Test func aSeedChangesTheStartingBasis() {
        #expect(StableHash.fnv1a("", seed: 7) == StableHash.offsetBasis ^ 7)
        #expect(StableHash.fnv1a("a", seed: 7) != StableHash.fnv1a("a"))
    }

    @Test func splitMix64KnownValues() {
        var g = SeededGenerator(seed: 0)
        #expect([g.next(), g.next(), g.next()] == [0xe220_a839_7b1d_cdaf, 0x6e78_9e6a_a1b9_65f4, 0x06c4_5d18_8009_454f])
        #expect(SeededGenerator.finalise(SeededGenerator.gamma) == 0xe220_a839_7b1d_cdaf)
    }

    @Test func namedStreamsAreSeededByTheStableHash() {
        var named = SeededGenerator(seed: 5, stream: "prices")
        var plain = SeededGenerator(seed: 5 ^ StableHash.fnv1a("prices"))
        #expect(named.next() == plain.next())
    }
}
