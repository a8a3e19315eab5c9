import GRDB
import Vocabulary

/// The seeded address book: 160 people with phone numbers, most with an email, some with
/// a company and an address. Other apps (Messages, Dialer, Mail) draw their people from it.
enum ContactsSeed {
    static let count = 160

    static let firstNames = [
        "Emma", "Liam", "Olivia", "Noah", "Ava", "Elijah", "Sophia", "Lucas", "Mia", "Mateo", "Amelia", "Levi",
        "Harper", "Ethan", "Evelyn", "James", "Aria", "Diego", "Chloe", "Hiro", "Priya", "Omar", "Fatima", "Wei",
        "Ingrid", "Tomasz", "Aisha", "Kofi", "Lena", "Marco", "Nadia", "Rafael", "Sven", "Yuki", "Zara", "Bruno",
        "Camille", "Dmitri", "Esme", "Farid", "Grace", "Hugo", "Iris", "Jonas", "Kira", "Leo", "Maya", "Nico",
    ]
    static let lastNames = [
        "Miller", "Garcia", "Chen", "Okafor", "Novak", "Lopez", "Schmidt", "Tanaka", "Patel", "Rossi", "Kowalski",
        "Nguyen", "Johansson", "Haddad", "Silva", "Murphy", "Dubois", "Ivanova", "Kim", "Fischer", "Mensah",
        "Larsen", "Moreau", "Sato", "Khan", "Brennan", "Costa", "Weber", "Ortiz", "Lindqvist",
    ]
    static let companies = [
        "Northwind Traders", "Bluebird Dental", "Harbor Health", "Cedar & Pine Law", "Fernway Logistics",
        "Quartz Studio", "Maple Street Bakery", "Orbit Telecom", "Summit Realty", "Riverside Clinic",
    ]
    static let streets = ["Oak Street", "Maple Avenue", "Harbor Road", "Elm Lane", "Cedar Court", "Hill Road", "Park Row"]
    static let cities = ["Springfield", "Riverton", "Lakeside", "Fairview", "Milton"]

    static func seed(_ db: Database, _ seed: AppSeed) throws {
        var rng = seed.generator("people")
        var taken = Set<String>()
        let insert = try db.makeStatement(sql: """
            INSERT INTO contacts (id, first_name, last_name, phone, email, company, address, birthday, starred, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for id in 1...count {
            var first = rng.pick(firstNames)!
            var last = rng.pick(lastNames)!
            while taken.contains(first + " " + last) {
                first = rng.pick(firstNames)!
                last = rng.pick(lastNames)!
            }
            taken.insert(first + " " + last)
            let phone = "+1 555-\(100 + rng.index(below: 900))-\(1000 + rng.index(below: 9000))"
            let email = rng.chance(0.8) ? "\(first.lowercased()).\(last.lowercased())@example.com" : ""
            let company = rng.chance(0.3) ? rng.pick(companies)! : ""
            let address = rng.chance(0.4)
                ? "\(1 + rng.index(below: 400)) \(rng.pick(streets)!), \(rng.pick(cities)!)" : ""
            let birthday = rng.chance(0.3)
                ? "\(1960 + rng.index(below: 45))-\(PhoneClock.pad(1 + rng.index(below: 12)))-\(PhoneClock.pad(1 + rng.index(below: 28)))" : ""
            let starred = rng.chance(0.1) ? 1 : 0
            let created = seed.clock.now - (1 + rng.index(below: 700)) * 86_400
            try insert.execute(arguments: [id, first, last, phone, email, company, address, birthday, starred, created])
        }
    }
}
