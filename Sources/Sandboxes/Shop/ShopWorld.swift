import GRDB
import Vocabulary

/// What the shop's generators make for a seed, as plain values, for other sites of the same
/// world (the forum discusses these products and brands, and its users include these
/// customers). Read from the shop's own generators, so the two sites always agree.
public struct ShopWorld: Sendable {
    public struct Customer: Sendable {
        public let id: Int
        public let firstName: String
        public let lastName: String
        public let email: String
    }

    public struct Product: Sendable {
        public let id: Int
        public let sku: String
        public let slug: String
        public let name: String
        public let brand: String
        public let category: String
        public let department: String
        public let priceCents: Int

        /// The price as the shop shows it ("$1,249.00").
        public var priceText: String { Pricing.format(priceCents) }
    }

    public let customers: [Customer]
    public let brands: [String]
    public let departments: [String]
    public let products: [Product]

    /// Builds the shop's catalogue for `seed` in a private in-memory database and reads it.
    public init(seed: UInt64) throws {
        customers = CustomerNames.generate(seed: seed).map { Customer(id: $0.id, firstName: $0.first, lastName: $0.last, email: $0.email) }
        let queue = try DatabaseQueue()
        let read = try queue.write { db -> ([String], [String], [Product]) in
            try CatalogGenerator(seed: seed).build(db)
            let brands = try String.fetchAll(db, sql: "SELECT name FROM brands ORDER BY id")
            let departments = try String.fetchAll(db, sql: "SELECT name FROM categories WHERE parent_id IS NULL ORDER BY position")
            let products = try Row.fetchAll(db, sql: """
                SELECT p.id, p.sku, p.slug, p.name, b.name AS brand, c.name AS category, d.name AS department, p.price_cents
                FROM products p JOIN brands b ON b.id = p.brand_id JOIN categories c ON c.id = p.category_id
                JOIN categories d ON d.id = c.parent_id ORDER BY p.id
                """).map {
                Product(id: $0["id"], sku: $0["sku"], slug: $0["slug"], name: $0["name"], brand: $0["brand"], category: $0["category"],
                        department: $0["department"], priceCents: $0["price_cents"])
            }
            return (brands, departments, products)
        }
        (brands, departments, products) = read
    }

    /// A seeded customer's password (the rule docs/sandboxes.md documents).
    public static func password(customerID: Int) -> String {
        CustomerNames.password(id: customerID)
    }
}
