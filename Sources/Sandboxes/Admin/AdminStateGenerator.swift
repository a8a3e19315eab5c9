import GRDB
import Shop
import Vocabulary

/// Writes the admin's per-instance tables from the seed and the shop's state (built first,
/// since the admin builds on the shop): staff accounts, the invoices and shipments the
/// seeded orders' statuses imply, the coupons as editable rules, and the search-terms log.
struct AdminStateGenerator {
    let seed: UInt64

    /// Staff accounts: username, name, role. Passwords are `Admin!` and the id in four digits.
    static let staff: [(username: String, name: String, role: String)] = [
        ("admin", "Morgan Reyes", "administrator"),
        ("sales", "Priya Natarajan", "sales"),
        ("catalog", "Tomas Lindqvist", "catalog"),
    ]

    static func password(id: Int) -> String {
        "Admin!" + String(repeating: "0", count: max(0, 4 - String(id).count)) + String(id)
    }

    func build(_ db: Database) throws {
        try db.execute(sql: AdminSchema.instance)
        for (index, member) in Self.staff.enumerated() {
            try db.execute(sql: "INSERT INTO admin_users VALUES (?, ?, ?, ?, ?, ?)", arguments: [
                index + 1, member.username, Self.password(id: index + 1), member.name, "\(member.username)@larkspur.example", member.role,
            ])
        }
        // Seeded orders past `pending` were invoiced when placed, and shipped ones shipped a day later.
        try db.execute(sql: """
            INSERT INTO invoices (order_id, amount_cents, created_at)
            SELECT id, total_cents, placed_at FROM orders WHERE status IN ('processing', 'shipped', 'delivered') ORDER BY id
            """)
        var rng = SeededGenerator(seed: seed, stream: "admin.shipments")
        let shipped = try Row.fetchAll(db, sql: "SELECT id, placed_at FROM orders WHERE status IN ('shipped', 'delivered') ORDER BY id")
        for row in shipped {
            let carrier = rng.pick(AdminVocabulary.carriers) ?? AdminVocabulary.carriers[0]
            let tracking = "1Z" + String(rng.next() % 1_000_000_000_000, radix: 10)
            try db.execute(sql: "INSERT INTO shipments (order_id, carrier, tracking_number, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [row["id"] as Int, carrier, tracking, row["placed_at"] as String])
        }
        try db.execute(sql: """
            INSERT INTO coupon_rules SELECT code, description, kind, value, min_subtotal_cents, category_id, starts_at, expires_at,
                once_per_customer, 1 FROM shop_catalog.coupons ORDER BY code
            """)
        try writeSearchTerms(db)
    }

    /// What shoppers searched for: product words, brands and category names, some with typos
    /// that find nothing, with use counts and result counts from the catalogue's search index.
    private func writeSearchTerms(_ db: Database) throws {
        var rng = SeededGenerator(seed: seed, stream: "admin.search-terms")
        let brands = try String.fetchAll(db, sql: "SELECT lower(name) FROM shop_catalog.brands ORDER BY id")
        let categories = try String.fetchAll(db, sql: "SELECT lower(name) FROM shop_catalog.categories WHERE parent_id IS NOT NULL ORDER BY id")
        var terms: [String] = []
        for _ in 0..<60 {
            let term: String
            switch rng.next() % 4 {
            case 0: term = rng.pick(brands) ?? "lamp"
            case 1: term = rng.pick(categories) ?? "lamp"
            case 2: term = "\(rng.pick(AdminVocabulary.searchColors) ?? "red") \(rng.pick(categories) ?? "lamp")"
            default: term = rng.pick(AdminVocabulary.misspellings) ?? "shooes"
            }
            if !terms.contains(term) { terms.append(term) }
        }
        for (index, term) in terms.enumerated() {
            let words = term.split { !($0.isLetter || $0.isNumber) }.map { "\"\($0)\"" }.joined(separator: " ")
            let results = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM shop_catalog.products_fts WHERE products_fts MATCH ?", arguments: [words]) ?? 0
            let uses = 1 + Int(rng.next() % 240)
            let last = ShopClock.daysBefore(Double(rng.next() % 60) + Double(rng.next() % 86_400) / 86_400)
            try db.execute(sql: "INSERT INTO search_terms VALUES (?, ?, ?, ?, ?)", arguments: [index + 1, term, uses, results, last])
        }
    }
}
