import Vocabulary
import WorldText

/// The forum's one door to the world's text generator: every generated title, post, comment,
/// reply and message comes from WorldText's `ForumWriter`, in its author's voice (the same
/// voice the person has on every site of the world).
struct ForumProse {
    let seed: UInt64
    private let writer = ForumWriter()

    init(seed: UInt64) {
        self.seed = seed
    }

    func voice(_ author: String) -> Voice {
        Voice(author: author, seed: seed)
    }

    func submission(about topic: ForumTopic, link: Bool, author: String, rng: inout SeededGenerator) -> ForumWriter.Post {
        writer.submission(about: topic, kind: link ? .link : .text, voice: voice(author), rng: &rng)
    }

    func comment(on topic: ForumTopic, author: String, rng: inout SeededGenerator) -> ForumWriter.Comment {
        writer.comment(on: topic, by: author, voice: voice(author), rng: &rng)
    }

    func reply(to parent: ForumWriter.Gist, on topic: ForumTopic, author: String, rng: inout SeededGenerator) -> ForumWriter.Comment {
        writer.reply(to: parent, on: topic, by: author, voice: voice(author), rng: &rng)
    }

    /// A private message: a post's title as its subject and a comment as its text.
    func message(about topic: ForumTopic, author: String, rng: inout SeededGenerator) -> (subject: String, body: String) {
        let subject = writer.submission(about: topic, kind: .link, voice: voice(author), rng: &rng).title
        return (subject, writer.comment(on: topic, voice: voice(author), rng: &rng))
    }
}
