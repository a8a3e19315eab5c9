import Vocabulary

/// Writes a forum's prose: submission titles and bodies (link and text posts), comments and
/// nested replies, about the world's products, brands, places and everyday topics, each in
/// its author's voice. Deterministic: the same generator state gives the same text.
public struct ForumWriter: Sendable {
    public enum PostKind: String, Sendable {
        case link, text
    }

    /// A submission's words. A link post's `body` is a short note or empty; the forum adds the link.
    public typealias Post = TitledText

    private let grammar: Grammar

    public init() {
        grammar = Grammar(Lexicon.rules).merging(Grammar(ReviewGrammar.rules)).merging(Grammar(ForumGrammar.rules))
    }

    public func submission(about topic: ForumTopic, kind: PostKind, voice: Voice, rng: inout SeededGenerator) -> Post {
        let facts = Self.facts(of: topic, rng: &rng)
        switch kind {
        case .text:
            let title = grammar.expand("title." + topic.key, facts: facts, voice: voice.withoutTypos, rng: &rng)
            var body = grammar.expand("body." + topic.key, facts: facts, voice: voice, rng: &rng)
            // A chatty author adds a second paragraph.
            if voice.verbosity == 3 {
                body += "\n\n" + comment(on: topic, voice: voice, rng: &rng)
            }
            return Post(title: Self.asTitle(title), body: body)
        case .link:
            let title = grammar.expand("linkTitle." + topic.key, facts: facts, voice: voice.withoutTypos, rng: &rng)
            let note = rng.chance(0.4) ? grammar.expand("linkNote", facts: facts, voice: voice, rng: &rng) : ""
            return Post(title: Self.asTitle(title), body: note)
        }
    }

    /// What a comment said, for replies to answer: who wrote it, the one aspect it judged
    /// ("the cotton", "sizing"; nil when it judged none) and whether it was for or against.
    public struct Gist: Sendable, Equatable {
        public var author: String
        public var aspect: String?
        public var positive: Bool

        public init(author: String, aspect: String? = nil, positive: Bool = true) {
            self.author = author
            self.aspect = aspect
            self.positive = positive
        }
    }

    /// A comment's words and its gist.
    public struct Comment: Sendable, Equatable {
        public var text: String
        public var gist: Gist
    }

    /// Where a comment stands on its topic.
    enum Stance: String {
        case pos, neg, mix

        static func draw(_ rng: inout SeededGenerator) -> Stance {
            let roll = Double.random(in: 0..<1, using: &rng)
            return roll < 0.5 ? .pos : roll < 0.72 ? .neg : .mix
        }

        /// The stances of the aspects it judges: one or two, both ways when mixed.
        func aspects(verbosity: Int, rng: inout SeededGenerator) -> [Bool] {
            switch self {
            case .pos: verbosity == 3 ? [true, true] : [true]
            case .neg: verbosity == 3 ? [false, false] : [false]
            case .mix: rng.chance(0.5) ? [true, false] : [false, true]
            }
        }
    }

    /// A top-level comment on a submission about `topic`.
    public func comment(on topic: ForumTopic, voice: Voice, rng: inout SeededGenerator) -> String {
        comment(on: topic, by: "", voice: voice, rng: &rng).text
    }

    /// A top-level comment by `author`: an opening that takes a stance, concrete remarks in
    /// that stance (a product's material, size, colour, specification rows, value; a brand's,
    /// place's or everyday topic's particulars) and sometimes advice.
    public func comment(on topic: ForumTopic, by author: String, voice: Voice, rng: inout SeededGenerator) -> Comment {
        let facts = Self.facts(of: topic, rng: &rng)
        let stance = Stance.draw(&rng)
        var gist = Gist(author: author, positive: stance != .neg)
        var sentences: [String] = []
        switch topic {
        case .product(let item):
            sentences.append(grammar.expand("pc.open." + stance.rawValue, facts: facts, voice: voice, rng: &rng))
            for (offset, positive) in stance.aspects(verbosity: voice.verbosity, rng: &rng).enumerated() where offset == 0 || rng.chance(0.6) {
                guard let remark = aspectRemark(item, facts: facts, positive: positive, voice: voice, rng: &rng) else { continue }
                sentences.append(remark.text)
                if gist.aspect == nil, let aspect = remark.aspect { gist = Gist(author: author, aspect: aspect, positive: positive) }
            }
            if voice.verbosity >= 2, rng.chance(0.45) {
                sentences.append(grammar.expand("pc.advice." + stance.rawValue, facts: facts, voice: voice, rng: &rng))
            }
        case .brand, .place, .everyday:
            let prefix = Self.commentPrefix(topic)
            sentences.append(grammar.expand(prefix + "." + stance.rawValue, facts: facts, voice: voice, rng: &rng))
            for positive in stance.aspects(verbosity: voice.verbosity, rng: &rng) where rng.chance(0.55) {
                sentences.append(grammar.expand(prefix + "." + (positive ? "pos" : "neg"), facts: facts, voice: voice, rng: &rng))
            }
            if case .everyday = topic, rng.chance(0.3) {
                sentences.append(grammar.expand("dayTip", facts: facts, voice: voice, rng: &rng))
            }
        }
        return Comment(text: Self.joined(sentences), gist: gist)
    }

    /// A reply to `parentAuthor`'s comment (at any depth) in a thread about `topic`.
    public func reply(to parentAuthor: String, on topic: ForumTopic, voice: Voice, rng: inout SeededGenerator) -> String {
        reply(to: Gist(author: parentAuthor), on: topic, by: "", voice: voice, rng: &rng).text
    }

    /// A reply by `author` to the comment `parent` summarises: it agrees or disagrees with what
    /// the parent said (about the same aspect, when the parent judged one), or asks the parent
    /// something, then adds the replier's own experience.
    public func reply(to parent: Gist, on topic: ForumTopic, by author: String, voice: Voice, rng: inout SeededGenerator) -> Comment {
        var facts = Self.facts(of: topic, rng: &rng)
        facts["parent"] = parent.author
        var sentences: [String] = []
        let roll = Double.random(in: 0..<1, using: &rng)
        if roll < 0.18 {
            // A question to the parent, sometimes answered in the same breath by the replier's own case.
            sentences.append(grammar.expand("reply.question", facts: facts, voice: voice, rng: &rng))
            if rng.chance(0.4) { sentences.append(grammar.expand("reply.answer", facts: facts, voice: voice, rng: &rng)) }
            return Comment(text: Self.keepingCase(of: parent.author, in: Self.joined(sentences)), gist: Gist(author: author, positive: parent.positive))
        }
        let agrees = roll < 0.65
        let positive = agrees == parent.positive
        var gist = Gist(author: author, aspect: parent.aspect, positive: positive)
        if let aspect = parent.aspect, rng.chance(0.6) {
            var local = facts
            local["other"] = parent.author
            local["aspect"] = voice.spelling == .british ? Spelling.british[aspect] ?? aspect : aspect
            let rule = switch (parent.positive, agrees) {
            case (true, true): "rev.ref.agree"
            case (false, true): "rev.ref.agreeBad"
            case (false, false): "rev.ref.disagree"
            case (true, false): "rev.ref.disagreeBad"
            }
            sentences.append(grammar.expand(rule, facts: local, voice: voice, rng: &rng))
        } else {
            sentences.append(grammar.expand(agrees ? "reply.agree" : "reply.disagree", facts: facts, voice: voice, rng: &rng))
        }
        let more = voice.verbosity == 1 ? 1 : 2
        for _ in 0..<more where rng.chance(0.7) {
            if case .product(let item) = topic {
                if let remark = aspectRemark(item, facts: facts, positive: positive, voice: voice, rng: &rng) {
                    sentences.append(remark.text)
                    if gist.aspect == nil { gist.aspect = remark.aspect }
                }
            } else {
                sentences.append(grammar.expand(Self.commentPrefix(topic) + "." + (positive ? "pos" : "neg"), facts: facts, voice: voice, rng: &rng))
            }
        }
        return Comment(text: Self.keepingCase(of: parent.author, in: Self.joined(sentences)), gist: gist)
    }

    /// The text with `name` as written wherever a sentence start capitalised it: a username
    /// keeps its case ("jayden_m6 has it", not "Jayden_m6").
    static func keepingCase(of name: String, in text: String) -> String {
        guard let first = name.first, first.isLowercase else { return text }
        return text.replacingOccurrences(of: first.uppercased() + name.dropFirst(), with: name)
    }

    /// One concrete remark about a product, for or against: one of the review aspects (the
    /// same rules its reviews use) or another of the forum's remarks in that stance.
    private func aspectRemark(_ item: ItemFacts, facts: Facts, positive: Bool, voice: Voice, rng: inout SeededGenerator) -> (text: String, aspect: String?)? {
        let aspects = ReviewWriter.availableAspects(item, facts: facts)
        guard rng.chance(0.4), let aspect = rng.pick(aspects) else {
            let text = grammar.expand("pc.more." + (positive ? "pos" : "neg"), facts: facts, voice: voice, rng: &rng)
            return text.isEmpty ? nil : (text, nil)
        }
        let text = grammar.expand("rev.\(aspect.rule).\(positive ? "pos" : "neg")", facts: aspect.bind(facts), voice: voice, rng: &rng)
        return text.isEmpty ? nil : (text, aspect.noun(facts))
    }

    /// The topic's facts, with a town the writer mentions (a name: no typos) and the colour
    /// and size a product's commenter owns.
    static func facts(of topic: ForumTopic, rng: inout SeededGenerator) -> Facts {
        var facts = topic.facts(rng: &rng)
        facts["town"] = rng.pick(PlaceFacts.towns)?.name
        if case .product(let item) = topic {
            facts["myColor"] = rng.pick(item.colors)?.lowercased()
            facts["mySize"] = rng.pick(item.sizes)
        }
        return facts
    }

    static func commentPrefix(_ topic: ForumTopic) -> String {
        switch topic {
        case .product: "pc"
        case .brand: "bc"
        case .place: "lc"
        case .everyday: "dc"
        }
    }

    static func joined(_ sentences: [String]) -> String {
        sentences.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// A title has no closing full stop (questions keep their mark).
    static func asTitle(_ text: String) -> String {
        text.hasSuffix(".") ? String(text.dropLast()) : text
    }
}

extension Voice {
    /// Titles are read over before posting: the same voice without typos.
    var withoutTypos: Voice {
        Voice(tone: tone, spelling: spelling, verbosity: verbosity, typoRate: 0)
    }
}
