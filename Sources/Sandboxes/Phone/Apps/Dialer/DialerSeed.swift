import GRDB

/// The call log: 220 calls over the 90 days before the clock starts, four in five with a
/// contact, the rest with numbers the address book does not know.
enum DialerSeed {
    static let count = 220

    static func seed(_ db: Database, _ seed: AppSeed) throws {
        var rng = seed.generator("calls")
        let people = try Row.fetchAll(db, sql: "SELECT id, phone FROM contacts ORDER BY id")
        var times: [Int] = []
        for _ in 0..<count { times.append(seed.clock.now - 600 - rng.index(below: 90 * 86_400)) }
        times.sort()
        let insert = try db.makeStatement(sql: """
            INSERT INTO dialer_calls (number, contact_id, direction, started_at, duration_s) VALUES (?, ?, ?, ?, ?)
            """)
        for started in times {
            var number: String
            var contact: Int?
            if rng.chance(0.8), let person = rng.pick(people) {
                number = person["phone"]
                contact = person["id"]
            } else {
                number = "+1 555-\(100 + rng.index(below: 900))-\(1000 + rng.index(below: 9000))"
            }
            let roll = rng.index(below: 10)
            let direction = roll < 4 ? "incoming" : roll < 8 ? "outgoing" : "missed"
            let duration = direction == "missed" ? 0 : 15 + rng.index(below: 1800)
            try insert.execute(arguments: [number, contact, direction, started, duration])
        }
    }
}
