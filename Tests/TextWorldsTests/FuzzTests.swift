import SandboxKit
import Testing
@testable import TextWorlds
import Vocabulary

/// Garbage in, a clear answer out: random word salad over the game's own
/// vocabulary and names, and random bytes, never crash and never go unanswered.
@Suite struct FuzzTests {
    @Test func wordSaladAlwaysGetsAnAnswer() throws {
        for family in Family.allCases {
            let task = try TaskGenerator.generate(family, seed: 11, split: .test)
            var w = task.world
            let names = w.layout.entities.map(\.name) + w.layout.items + w.layout.rooms
            let words = CommandParser.allVerbs.sorted() + ["to", "from", "with", "using", "in", "on", ",", "the", "3", "0", "99999", "north", "[", "]", "."]
                + names.flatMap { $0.split(separator: " ").map(String.init) }
            var rng = SeededGenerator(seed: 5, stream: "fuzz-\(family.rawValue)")
            var ok = 0
            for _ in 0..<3_000 {
                let count = rng.int(0...6)
                var parts: [String] = []
                for _ in 0..<count {
                    if rng.chance(0.3), let n = rng.pick(names) { parts.append(n) } else if let x = rng.pick(words) { parts.append(x) }
                }
                let line = parts.joined(separator: " ")
                let f = w.apply(line)
                #expect(!f.text.isEmpty, "\"\(line)\" got no words")
                #expect(f.ok || f.reason != nil)
                #expect(f.text != "Nothing happens.")
                if f.ok { ok += 1 }
                if w.isWon || w.isLost { w.reset() }
            }
            #expect(ok > 0, "no random line ever worked in \(family)")
        }
    }

    @Test func randomBytesAreAnsweredToo() {
        var w = Fixtures.household()
        var rng = SeededGenerator(seed: 9)
        for _ in 0..<2_000 {
            let bytes = (0..<rng.int(0...40)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            let f = w.apply(String(decoding: bytes, as: UTF8.self))
            #expect(!f.text.isEmpty)
            #expect(f.ok || f.reason != nil)
            #expect(parseScreen(w.screenXML()) != nil, "screen broke after \(bytes)")
        }
    }
}
