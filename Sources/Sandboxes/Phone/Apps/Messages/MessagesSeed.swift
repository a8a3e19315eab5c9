import Foundation
import GRDB
import Vocabulary

/// SMS conversations: 64 threads (56 with contacts, 8 with unknown numbers) and over 500
/// messages in the 120 days before the clock starts. Bodies come from everyday templates
/// (plans, addresses, codes, appointments) filled with the seed's people, places and times.
enum MessagesSeed {
    static let threads = 64

    static let incoming = [
        "Are we still on for {day}?", "Running about {n} minutes late, sorry!", "Can you pick up milk on the way home?",
        "The address is {address}.", "Thanks for today, it was great to see you.", "Did you get my email about {topic}?",
        "Your dentist appointment is on {day} at {time}.", "Happy birthday! 🎉", "Call me when you get a chance.",
        "I left the keys with {name}.", "Meeting moved to {time}.", "Can you send me the photos from {day}?",
        "Dinner at {place} at {time}?", "Got it, see you there.", "The package arrived.", "How much do I owe you for {topic}?",
        "Don't forget the {topic} tomorrow.", "Your verification code is {code}.", "Let's meet at {place}.", "Sounds good!",
    ]
    static let outgoing = [
        "Yes, {day} works for me.", "On my way.", "Sure, no problem.", "I'll be there at {time}.", "Thanks!",
        "Can we do {day} instead?", "Just sent it.", "I'm at {place} now.", "Let me check and get back to you.",
        "See you soon.", "It was {amount}.", "Sorry, I missed your call.", "Perfect, thank you!", "What time works for you?",
    ]
    static let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "tomorrow", "the weekend"]
    static let places = ["Luigi's", "the café on Elm Lane", "the station", "Harbor Park", "the library", "Maple Street Bakery"]
    static let topics = ["the trip", "the rent", "the concert tickets", "the report", "the party", "the car repair"]

    static func seed(_ db: Database, _ seed: AppSeed) throws {
        var rng = seed.generator("threads")
        let people = try Row.fetchAll(db, sql: "SELECT id, first_name, phone, address FROM contacts ORDER BY id")
        var chosen: [Row] = []
        var used = Set<Int>()
        while chosen.count < 56, let person = rng.pick(people) {
            if used.insert(person["id"]).inserted { chosen.append(person) }
        }
        let threadInsert = try db.makeStatement(sql: "INSERT INTO messages_threads (id, address, contact_id, archived) VALUES (?, ?, ?, 0)")
        let messageInsert = try db.makeStatement(sql: "INSERT INTO messages (thread_id, direction, body, sent_at, read) VALUES (?, ?, ?, ?, ?)")
        var total = 0
        for thread in 1...threads {
            let person: Row? = thread <= chosen.count ? chosen[thread - 1] : nil
            let address: String = person?["phone"] ?? "+1 555-\(100 + rng.index(below: 900))-\(1000 + rng.index(below: 9000))"
            try threadInsert.execute(arguments: [thread, address, person?["id"] as Int?])
            let count = person == nil ? 1 + rng.index(below: 3) : 4 + rng.index(below: 12)
            var time = seed.clock.now - (1 + rng.index(below: 120)) * 86_400 + rng.index(below: 43_200)
            var stamps: [Int] = []
            for _ in 0..<count {
                time += 60 + rng.index(below: 2 * 86_400)
                stamps.append(min(time, seed.clock.now - 300 - rng.index(below: 600)))
            }
            stamps.sort()
            let unread = thread % 9 == 0
            for (i, stamp) in stamps.enumerated() {
                let isIncoming = person == nil || rng.chance(0.55)
                let template = rng.pick(isIncoming ? incoming : outgoing)!
                let body = fill(template, &rng, people: people)
                let read = unread && isIncoming && i == stamps.count - 1 ? 0 : 1
                try messageInsert.execute(arguments: [thread, isIncoming ? "in" : "out", body, stamp, read])
                total += 1
            }
        }
        // Top up to at least 500 with chatter in the busiest threads, after their last message.
        var thread = 1
        while total < 520 {
            let last = try Int.fetchOne(db, sql: "SELECT MAX(sent_at) FROM messages WHERE thread_id = ?", arguments: [thread]) ?? seed.clock.now
            let stamp = min(seed.clock.now - 60, last + 30 + rng.index(below: 600))
            let isIncoming = rng.chance(0.5)
            try messageInsert.execute(arguments: [thread, isIncoming ? "in" : "out", fill(rng.pick(isIncoming ? incoming : outgoing)!, &rng, people: people), stamp, 1])
            total += 1
            thread = thread % 40 + 1
        }
        let unread = try Row.fetchAll(db, sql: """
            SELECT m.thread_id, m.body, m.sent_at, COALESCE(c.first_name || ' ' || c.last_name, t.address) AS name
            FROM messages m JOIN messages_threads t ON t.id = m.thread_id LEFT JOIN contacts c ON c.id = t.contact_id
            WHERE m.read = 0 ORDER BY m.sent_at, m.id
            """)
        for row in unread {
            try db.execute(sql: "INSERT INTO phone_notifications (app, title, text, screen, posted_at) VALUES ('messages', ?, ?, ?, ?)",
                           arguments: [row["name"] as String, row["body"] as String, ScreenRef("thread", id: row["thread_id"]).description,
                                       row["sent_at"] as Int])
        }
    }

    static func fill(_ template: String, _ rng: inout SeededGenerator, people: [Row]) -> String {
        var text = template
        let hour = 8 + rng.index(below: 12)
        let values: [(String, String)] = [
            ("{day}", rng.pick(days)!), ("{n}", String(5 + rng.index(below: 25))), ("{time}", "\(hour):\(rng.chance(0.5) ? "00" : "30")"),
            ("{place}", rng.pick(places)!), ("{topic}", rng.pick(topics)!), ("{code}", String(100_000 + rng.index(below: 900_000))),
            ("{amount}", "$\(5 + rng.index(below: 120)).\(rng.chance(0.5) ? "00" : "50")"),
            ("{name}", (rng.pick(people)?["first_name"] as String?) ?? "Sam"),
            ("{address}", "\(1 + rng.index(below: 400)) \(rng.pick(ContactsSeed.streets)!), \(rng.pick(ContactsSeed.cities)!)"),
        ]
        for (key, value) in values where text.contains(key) {
            text = text.replacingOccurrences(of: key, with: value)
        }
        return text
    }
}
