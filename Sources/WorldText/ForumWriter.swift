import Vocabulary

/// Writes a forum's prose: submission titles and bodies (link and text posts), comments and
/// nested replies, about the world's products, brands, places and everyday topics, each in
/// its author's voice. Deterministic: the same generator state gives the same text.
public struct ForumWriter: Sendable {
    public enum PostKind: String, Sendable {
        case link, text
    }

    /// A submission's words. A link post's `body` is a short note or empty; the forum adds the link.
    public struct Post: Sendable, Equatable {
        public var title: String
        public var body: String
    }

    private let grammar: Grammar

    public init() {
        grammar = Grammar(Lexicon.rules).merging(Grammar(ForumGrammar.rules))
    }

    public func submission(about topic: ForumTopic, kind: PostKind, voice: Voice, rng: inout SeededGenerator) -> Post {
        let facts = topic.facts(rng: &rng)
        switch kind {
        case .text:
            let title = grammar.expand("title." + topic.key, facts: facts, voice: voice.withoutTypos, rng: &rng)
            var body = grammar.expand("body." + topic.key, facts: facts, voice: voice, rng: &rng)
            // A chatty author adds a second paragraph.
            if voice.verbosity == 3 {
                body += "\n\n" + grammar.expand("comment." + topic.key, facts: facts, voice: voice, rng: &rng)
            }
            return Post(title: Self.asTitle(title), body: body)
        case .link:
            let title = grammar.expand("linkTitle." + topic.key, facts: facts, voice: voice.withoutTypos, rng: &rng)
            let note = rng.chance(0.4) ? grammar.expand("linkNote", facts: facts, voice: voice, rng: &rng) : ""
            return Post(title: Self.asTitle(title), body: note)
        }
    }

    /// A top-level comment on a submission about `topic`.
    public func comment(on topic: ForumTopic, voice: Voice, rng: inout SeededGenerator) -> String {
        let facts = topic.facts(rng: &rng)
        var text = grammar.expand("comment." + topic.key, facts: facts, voice: voice, rng: &rng)
        if voice.verbosity >= 2, rng.chance(0.5) {
            text += " " + grammar.expand("comment." + topic.key, facts: facts, voice: voice, rng: &rng)
        }
        return text
    }

    /// A reply to `parentAuthor`'s comment (at any depth) in a thread about `topic`.
    public func reply(to parentAuthor: String, on topic: ForumTopic, voice: Voice, rng: inout SeededGenerator) -> String {
        var facts = topic.facts(rng: &rng)
        facts["parent"] = parentAuthor
        var text = grammar.expand("reply", facts: facts, voice: voice, rng: &rng)
        if voice.verbosity == 3, rng.chance(0.5) {
            text += " " + grammar.expand("comment." + topic.key, facts: facts, voice: voice, rng: &rng)
        }
        return text
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
