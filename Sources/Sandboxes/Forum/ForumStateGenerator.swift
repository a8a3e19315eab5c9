import GRDB
import SandboxKit
import Shop
import Vocabulary
import WorldText

/// Writes the forum's per-instance tables and their seeded rows: subscriptions and private
/// messages (the catalogue is attached, so users and forums are read from it).
struct ForumStateGenerator {
    let seed: UInt64
    static let messageCount = 900

    func build(_ db: Database) throws {
        try db.execute(sql: ForumSchema.instance)
        var rng = SeededGenerator(seed: seed, stream: "forum.subscriptions")
        let users = try Int.fetchAll(db, sql: "SELECT id FROM forum_users ORDER BY id")
        let usernames = try String.fetchAll(db, sql: "SELECT username FROM forum_users ORDER BY id")
        let forums = try Row.fetchAll(db, sql: "SELECT f.id, f.title, (SELECT COUNT(*) FROM seed_submissions s WHERE s.forum_id = f.id) AS posts FROM forums f ORDER BY f.id")
        let weights = forums.map { Double($0["posts"] as Int) + 20 }
        let total = weights.reduce(0, +)
        for user in users {
            var chosen: [Int] = []
            for _ in 0..<Int.random(in: 2...10, using: &rng) {
                var roll = Double.random(in: 0..<total, using: &rng)
                var index = 0
                while index < weights.count - 1, roll >= weights[index] { roll -= weights[index]; index += 1 }
                let forum: Int = forums[index]["id"]
                if !chosen.contains(forum) { chosen.append(forum) }
            }
            for forum in chosen.sorted() {
                try db.cachedStatement(sql: "INSERT INTO subscriptions VALUES (?, ?, ?)").execute(arguments: [user, forum, ShopClock.daysBefore(Double.random(in: 1...700, using: &rng))])
            }
        }
        var messages = SeededGenerator(seed: seed, stream: "forum.messages")
        let prose = ForumProse(seed: seed)
        var drafts: [(sender: Int, recipient: Int, subject: String, body: String, daysAgo: Double)] = []
        for _ in 0..<Self.messageCount {
            let sender = messages.pick(users) ?? 1
            var recipient = messages.pick(users) ?? 2
            if recipient == sender { recipient = sender % users.count + 1 }
            let subject = messages.pick(forums).map { $0["title"] as String } ?? "the forum"
            let text = prose.message(about: .everyday(EverydayTopic(name: subject, phrases: [subject.lowercased()])), author: usernames[sender - 1], rng: &messages)
            drafts.append((sender, recipient, text.subject, text.body, Double.random(in: 0.05...700, using: &messages)))
        }
        // Message ids rise with time.
        drafts.sort { ($0.daysAgo, $0.sender) > ($1.daysAgo, $1.sender) }
        for (index, draft) in drafts.enumerated() {
            try db.cachedStatement(sql: "INSERT INTO private_messages VALUES (?, ?, ?, ?, ?, ?)").execute(arguments: [
                index + 1, draft.sender, draft.recipient, draft.subject, draft.body, ShopClock.daysBefore(draft.daysAgo),
            ])
        }
    }
}
