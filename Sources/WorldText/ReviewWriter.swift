import Vocabulary

/// Writes a product's reviews, oldest first, each from its rating and the item's facts in its
/// author's voice. A review praises or criticises concrete aspects (material, fit, colour,
/// a specification row, use, brand, value) as its rating implies, and some refer to an
/// earlier review by name ("Like Emma M., I found the cotton great").
public struct ReviewWriter: Sendable {
    /// What the shop decided about one review before its words.
    public struct Draft: Sendable, Equatable {
        public var author: String
        public var voice: Voice
        /// 1 to 5 stars.
        public var rating: Int
        public init(author: String, voice: Voice, rating: Int) {
            self.author = author
            self.voice = voice
            self.rating = min(5, max(1, rating))
        }
    }

    public typealias Review = TitledText

    /// What a review talked about, for later reviews to refer to.
    struct Remark {
        let author: String
        let aspect: String
        let positive: Bool
    }

    private let grammar: Grammar

    public init() {
        grammar = Grammar(Lexicon.rules).merging(Grammar(ReviewGrammar.rules))
    }

    /// The reviews of `item` for `drafts`, in the same (oldest-first) order.
    public func reviews(of item: ItemFacts, drafts: [Draft], rng: inout SeededGenerator) -> [Review] {
        var remarks: [Remark] = []
        var result: [Review] = []
        for draft in drafts {
            var facts = item.facts(rng: &rng)
            facts["myColor"] = rng.pick(item.colors)?.lowercased()
            facts["mySize"] = rng.pick(item.sizes)
            let voice = draft.voice
            let rating = draft.rating
            let (good, bad) = Self.aspectCounts(rating: rating, verbosity: voice.verbosity, rng: &rng)
            var sentences = [grammar.expand("rev.open.\(rating)", facts: facts, voice: voice, rng: &rng)]
            var aspects = Self.availableAspects(item, facts: facts)
            var said: [Remark] = []
            for positive in Array(repeating: true, count: good) + Array(repeating: false, count: bad) {
                guard !aspects.isEmpty else { break }
                let aspect = aspects.remove(at: rng.index(below: aspects.count))
                let local = aspect.bind(facts)
                // A four-star review's complaint is a small one, not a remark others answer.
                let gripe = rating == 4 && !positive
                let rule = gripe ? "rev.gripe" : "rev.\(aspect.rule).\(positive ? "pos" : "neg")"
                let text = grammar.expand(rule, facts: local, voice: voice, rng: &rng)
                guard !text.isEmpty else { continue }
                sentences.append(text)
                if !gripe, let noun = aspect.noun(facts) { said.append(Remark(author: draft.author, aspect: noun, positive: positive)) }
            }
            // Refer to an earlier reviewer about what they said.
            if let earlier = remarks.filter({ $0.author != draft.author }).last, rng.chance(0.35) {
                var local = facts
                local["other"] = earlier.author
                local["aspect"] = voice.spelling == .british ? Spelling.british[earlier.aspect] ?? earlier.aspect : earlier.aspect
                let agreeing = (rating >= 4) == earlier.positive
                let rule = switch (earlier.positive, agreeing) {
                case (true, true): "rev.ref.agree"
                case (false, true): "rev.ref.agreeBad"
                case (false, false): "rev.ref.disagree"
                case (true, false): "rev.ref.disagreeBad"
                }
                sentences.insert(grammar.expand(rule, facts: local, voice: voice, rng: &rng), at: min(1, sentences.count))
            }
            if voice.verbosity >= 2, rng.chance(0.6) {
                sentences.append(grammar.expand("rev.close.\(rating)", facts: facts, voice: voice, rng: &rng))
            }
            remarks.append(contentsOf: said)
            let title = grammar.expand("rev.title.\(rating)", facts: facts, voice: voice.withoutTypos, rng: &rng)
            result.append(Review(title: ForumWriter.asTitle(title), body: sentences.filter { !$0.isEmpty }.joined(separator: " ")))
        }
        return result
    }

    enum Aspect {
        case material, fit, color, use, brand, value, durability
        case spec(ItemFacts.Spec)

        var rule: String {
            switch self {
            case .material: "material"
            case .fit: "fit"
            case .color: "color"
            case .use: "use"
            case .brand: "brand"
            case .value: "value"
            case .durability: "durability"
            case .spec: "spec"
            }
        }

        /// `facts` with the specification row this aspect judges, if it judges one.
        func bind(_ facts: Facts) -> Facts {
            guard case .spec(let row) = self else { return facts }
            var local = facts
            local["specName"] = row.name.lowercased()
            local["specValue"] = row.value
            return local
        }

        /// How a later reviewer names it ("the cotton", "the battery life"), in American spelling.
        func noun(_ facts: Facts) -> String? {
            switch self {
            case .material: facts["material"]
            case .fit: "sizing"
            case .color: "color"
            case .spec(let row): row.name.lowercased()
            case .durability: "build quality"
            case .use, .brand, .value: nil
            }
        }
    }

    static func availableAspects(_ item: ItemFacts, facts: Facts) -> [Aspect] {
        var aspects: [Aspect] = [.use, .brand, .value, .durability]
        if facts.has("material") { aspects.append(.material) }
        if facts.has("mySize") { aspects.append(.fit) }
        if facts.has("myColor") { aspects.append(.color) }
        // Rows a reviewer can judge by use: measured values ("30 h"), not words, identifiers or the warranty.
        for row in item.specs where !["Model", "Warranty", "Weight"].contains(row.name) && row.value.contains(where: \.isNumber) {
            aspects.append(.spec(row))
        }
        return aspects
    }

    /// How many aspects a review of `rating` stars praises and criticises: only five and four
    /// stars praise without a complaint, only one and two complain without praise.
    static func aspectCounts(rating: Int, verbosity: Int, rng: inout SeededGenerator) -> (Int, Int) {
        let extra = verbosity >= 3 ? 1 : 0
        switch rating {
        case 5: return (1 + rng.index(below: 2) + extra, 0)
        case 4: return (1 + extra, rng.index(below: 2))
        case 3: return (1, 1 + extra - (verbosity == 1 ? 1 : 0))
        case 2: return (0, 1 + extra)
        default: return (0, 1 + rng.index(below: 2) + extra - (verbosity == 1 ? 1 : 0))
        }
    }
}
