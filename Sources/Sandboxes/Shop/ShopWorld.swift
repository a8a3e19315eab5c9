import GRDB
import Vocabulary
import WorldText

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
        /// What prose about it may state: its own catalogue rows, read as WorldText reads them.
        public let facts: ItemFacts
    }

    /// A product row whose category is not in the shop's taxonomy.
    public struct UnknownCategory: Error, CustomStringConvertible {
        public let product: Int
        public let category: String
        public var description: String { "products row \(product): field category_id names '\(category)', which is not in ShopTaxonomy" }
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
            var specs: [Int: [ItemFacts.Spec]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT product_id, name, value FROM product_specs ORDER BY product_id, position") {
                specs[row["product_id"], default: []].append(ItemFacts.Spec(row["name"], row["value"]))
            }
            var options: [Int: [(kind: String, value: String)]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT product_id, kind, value FROM product_options ORDER BY product_id, position") {
                options[row["product_id"], default: []].append((row["kind"], row["value"]))
            }
            let products = try Row.fetchAll(db, sql: """
                SELECT p.id, p.sku, p.slug, p.name, p.material, b.name AS brand, c.name AS category, d.name AS department, p.price_cents
                FROM products p JOIN brands b ON b.id = p.brand_id JOIN categories c ON c.id = p.category_id
                JOIN categories d ON d.id = c.parent_id ORDER BY p.id
                """).map { row -> Product in
                let id: Int = row["id"]
                let facts = try Self.facts(seed: seed, id: id, name: row["name"], brand: row["brand"], category: row["category"], material: row["material"],
                                       priceCents: row["price_cents"], specs: specs[id] ?? [], options: options[id] ?? [])
                return Product(id: id, sku: row["sku"], slug: row["slug"], name: row["name"], brand: row["brand"], category: row["category"],
                               department: row["department"], priceCents: row["price_cents"], facts: facts)
            }
            return (brands, departments, products)
        }
        (brands, departments, products) = read
    }

    /// A product's facts from its rows, through the same `ShopProse` the shop's own descriptions
    /// and reviews use (brand histories included), so both sites say the same things about it.
    /// The kind is the subcategory noun its name ends with (a name made unique by a number
    /// ends with the noun and that number). The price is added: a forum post may say what
    /// someone paid, while the shop's copy never states one.
    static func facts(seed: UInt64, id: Int, name: String, brand: String, category: String, material: String, priceCents: Int,
                      specs: [ItemFacts.Spec], options: [(kind: String, value: String)]) throws -> ItemFacts {
        guard let department = ShopTaxonomy.departments.first(where: { $0.leaves.contains { $0.name == category } }),
              let leaf = department.leaves.first(where: { $0.name == category }) else {
            throw UnknownCategory(product: id, category: category)
        }
        let stem = name.split(separator: " ").last.map { $0.allSatisfy(\.isNumber) } == true ? String(name[..<(name.lastIndex(of: " ") ?? name.endIndex)]) : name
        let noun = leaf.nouns.filter { stem.hasSuffix($0) }.max { $0.count < $1.count } ?? category
        var facts = ShopProse(seed: seed).item(name: name, noun: noun, brand: brand, material: material, leaf: leaf, department: department,
                                               priceCents: priceCents, specs: specs.map { ($0.name, $0.value) }, options: options)
        facts.price = Pricing.format(priceCents)
        return facts
    }
}
