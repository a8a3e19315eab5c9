import Testing
import Vocabulary
import WorldText

@Suite struct ForumWriterTests {
    static let brand = BrandFacts(name: "Northwind", seed: 1, specialties: ["hard-wearing basics"])
    static let item = ItemFacts(
        name: "Northwind Classic Cotton T-Shirt", kind: "T-Shirt", category: "T-Shirts", department: "Clothing", brand: brand,
        material: "Cotton", priceBand: .budget, specs: [.init("Warranty", "2 years")], uses: Uses.of(category: "T-Shirts"))
    static let topics: [ForumTopic] = [
        .product(item), .brand(brand), .place(PlaceFacts.outings[0]), .everyday(EverydayTopic.all[0]),
    ]

    func thread(seed: UInt64) -> [String] {
        let writer = ForumWriter()
        var rng = SeededGenerator(seed: seed, stream: "test.forum")
        var out: [String] = []
        for (index, topic) in Self.topics.enumerated() {
            let voice = Voice(author: "author\(index)", seed: seed)
            let post = writer.submission(about: topic, kind: index % 2 == 0 ? .text : .link, voice: voice, rng: &rng)
            out += [post.title, post.body]
            out.append(writer.comment(on: topic, voice: Voice(author: "commenter", seed: seed), rng: &rng))
            out.append(writer.reply(to: "Sam K.", on: topic, voice: Voice(author: "replier", seed: seed), rng: &rng))
        }
        return out
    }

    @Test func theSameSeedWritesTheSameThread() {
        #expect(thread(seed: 7) == thread(seed: 7))
        #expect(thread(seed: 7) != thread(seed: 8))
    }

    @Test func everyPartIsWrittenAndNoSlotIsLeftOpen() {
        for seed: UInt64 in 1...40 {
            let texts = thread(seed: seed)
            for (index, text) in texts.enumerated() where index % 4 != 1 {
                #expect(!text.isEmpty, "seed \(seed) part \(index)")
            }
            for text in texts {
                #expect(!text.contains("{") && !text.contains("[") && !text.contains("  "), "\(text)")
            }
        }
    }

    @Test func productPostsNameTheProductVerbatim() {
        let writer = ForumWriter()
        var rng = SeededGenerator(seed: 3)
        var named = 0
        for index in 0..<60 {
            let post = writer.submission(about: .product(Self.item), kind: .text, voice: Voice(author: "a\(index)", seed: 3), rng: &rng)
            if (post.title + post.body).contains(Self.item.name) { named += 1 }
        }
        #expect(named > 20)
    }
}
