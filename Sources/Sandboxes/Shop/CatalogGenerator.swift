import GRDB
import SandboxKit
import Vocabulary
import WorldText

/// Writes the shop's read-only catalog for a seed. Each kind of data draws from its own
/// generator stream, so changing how reviews are made never moves a price.
struct CatalogGenerator {
    let seed: UInt64
    static let productsPerLeaf = 80
    static let reviewCount = 5_600

    func build(_ db: Database) throws {
        try db.execute(sql: ShopSchema.catalog)
        try writeReferenceTables(db)
        let leaves = try writeCategories(db)
        let brandIDs = try writeBrands(db)
        let products = try writeProducts(db, leaves: leaves, brandIDs: brandIDs)
        try writeReviews(db, products: products)
        try writeCoupons(db)
        try db.execute(sql: """
            INSERT INTO products_fts(rowid, name, brand, category, description)
            SELECT p.id, p.name, b.name, c.name || ' ' || COALESCE(d.name, ''), p.description
            FROM products p JOIN brands b ON b.id = p.brand_id JOIN categories c ON c.id = p.category_id
            LEFT JOIN categories d ON d.id = c.parent_id
            """)
        // Statistics for the query planner: without them it picks poor indexes for facet counts.
        try db.execute(sql: "ANALYZE")
    }

    struct LeafRow {
        let id: Int
        let departmentIndex: Int
        let leaf: ShopTaxonomy.Leaf
    }

    struct ProductRow {
        let id: Int
        /// What its description and reviews may say.
        let item: ItemFacts
        let quality: Double
        let popularity: Double
        let createdDaysAgo: Double
    }

    private func writeReferenceTables(_ db: Database) throws {
        for region in ShopTaxonomy.regions {
            try db.cachedStatement(sql: "INSERT INTO tax_rates VALUES (?, ?, ?)").execute(arguments: [region.code, region.name, region.taxBasisPoints])
        }
        try db.execute(sql: """
            INSERT INTO shipping_methods VALUES ('standard', 'Standard (5–7 business days)', 599, 7500, 5, 7, 1);
            INSERT INTO shipping_methods VALUES ('express', 'Express (2–3 business days)', 1499, NULL, 2, 3, 2);
            INSERT INTO shipping_methods VALUES ('next_day', 'Next business day', 2999, NULL, 1, 1, 3);
            """)
    }

    private func writeCategories(_ db: Database) throws -> [LeafRow] {
        var leaves: [LeafRow] = []
        var nextID = 1
        for (d, department) in ShopTaxonomy.departments.enumerated() {
            let departmentID = nextID
            nextID += 1
            try db.cachedStatement(sql: "INSERT INTO categories VALUES (?, NULL, ?, ?, ?, ?)").execute(arguments: [departmentID, department.slug, department.name, department.blurb, d + 1])
            for (l, leaf) in department.leaves.enumerated() {
                try db.cachedStatement(sql: "INSERT INTO categories VALUES (?, ?, ?, ?, ?, ?)").execute(arguments: [nextID, departmentID, leaf.slug, leaf.name, "Shop \(leaf.name.lowercased()) from \(department.brands.prefix(3).joined(separator: ", ")) and more.", l + 1])
                leaves.append(LeafRow(id: nextID, departmentIndex: d, leaf: leaf))
                nextID += 1
            }
        }
        return leaves
    }

    private func writeBrands(_ db: Database) throws -> [String: Int] {
        var ids: [String: Int] = [:]
        var names: [String] = []
        for department in ShopTaxonomy.departments {
            for brand in department.brands where !names.contains(brand) { names.append(brand) }
        }
        for (index, name) in names.enumerated() {
            ids[name] = index + 1
            try db.cachedStatement(sql: "INSERT INTO brands VALUES (?, ?, ?)").execute(arguments: [index + 1, ShopText.slug(name), name])
        }
        return ids
    }

    private func writeProducts(_ db: Database, leaves: [LeafRow], brandIDs: [String: Int]) throws -> [ProductRow] {
        var rng = SeededGenerator(seed: seed, stream: "shop.products")
        var textRNG = SeededGenerator(seed: seed, stream: "shop.descriptions")
        let prose = ShopProse(seed: seed)
        let describer = DescriptionWriter()
        var products: [ProductRow] = []
        var usedNames = Set<String>()
        var id = 0
        for leafRow in leaves {
            let leaf = leafRow.leaf
            let department = ShopTaxonomy.departments[leafRow.departmentIndex]
            for index in 0..<Self.productsPerLeaf {
                id += 1
                var name = "", brand = "", material = "", noun = "", adjective = ""
                for attempt in 0..<30 {
                    brand = rng.pick(department.brands) ?? ""
                    adjective = rng.pick(ShopTaxonomy.adjectives) ?? ""
                    material = rng.pick(leaf.materials) ?? ""
                    noun = rng.pick(leaf.nouns) ?? ""
                    name = "\(brand) \(adjective) \(material) \(noun)"
                    if attempt == 29 { name += " \(index + 2)" }
                    if !usedNames.contains(name) { break }
                }
                usedNames.insert(name)
                let sku = "\(leaf.code)-\(1001 + index)"
                // Log-uniform prices look like real catalogues: many cheap items, few expensive ones.
                let low = Double(leaf.priceRange.lowerBound), high = Double(leaf.priceRange.upperBound)
                let dollars = Int(exp(Double.random(in: log(low)...log(high), using: &rng)))
                let ending = rng.pick([99, 99, 99, 0, 50, 95]) ?? 99
                let price = max(dollars, 2) * 100 + ending - (ending == 0 ? 0 : 100)
                let compareAt: Int? = rng.chance(0.18) ? (price * Int.random(in: 112...145, using: &rng) / 100) / 100 * 100 + 99 : nil
                let daysAgo = Double.random(in: 1...730, using: &rng)
                let stockRoll = Double.random(in: 0..<1, using: &rng)
                let stock = stockRoll < 0.07 ? 0 : stockRoll < 0.2 ? Int.random(in: 1...5, using: &rng) : Int.random(in: 6...150, using: &rng)
                let quality = Double.random(in: 2.6...4.9, using: &rng)
                let popularity = Double.random(in: 0.15...3.0, using: &rng)
                // The template description this replaced drew five picks here; drawing them still keeps
                // every later price, stock level and specification as it was.
                for count in [3, 8, 4, 4, 4] { _ = rng.index(below: count) }
                var options: [(kind: String, value: String)] = []
                if leaf.hasColors {
                    let count = Int.random(in: 1...5, using: &rng)
                    var colors: [String] = []
                    while colors.count < count, let color = rng.pick(ShopTaxonomy.colors) {
                        if !colors.contains(color) { colors.append(color) }
                    }
                    options += colors.map { ("color", $0) }
                }
                if let sizes = leaf.sizes {
                    let start = Int.random(in: 0...max(0, sizes.count - 3), using: &rng)
                    let end = Int.random(in: min(sizes.count - 1, start + 2)...(sizes.count - 1), using: &rng)
                    options += sizes[start...end].map { ("size", $0) }
                }
                if leaf.materialIsOption {
                    var materials = [material]
                    let extra = Int.random(in: 1...2, using: &rng)
                    while materials.count < extra + 1, let other = rng.pick(leaf.materials) {
                        if !materials.contains(other) { materials.append(other) }
                    }
                    options += materials.map { ("material", $0) }
                }
                var specs: [(String, String)] = [("Brand", brand), ("Model", sku), ("Material", leaf.materialIsOption ? "Choice of finish" : material)]
                for (specName, values) in leaf.specs {
                    specs.append((specName, rng.pick(values) ?? ""))
                }
                let weight = String(format: "%.1f kg", Double.random(in: Self.weightRange(leaf), using: &rng))
                // A kind whose own specifications give its weight (tents) keeps that one row.
                if !leaf.specs.contains(where: { $0.0 == "Weight" }) { specs.append(("Weight", weight)) }
                specs.append(("Warranty", rng.pick(["1 year", "1 year", "2 years", "3 years", "Lifetime"]) ?? "1 year"))
                specs.append(("Country of origin", rng.pick(["Portugal", "Vietnam", "USA", "Italy", "Japan", "Mexico", "Taiwan", "Germany"]) ?? "USA"))
                let item = prose.item(name: name, noun: noun, brand: brand, material: material, leaf: leaf, department: department,
                                      priceCents: price, specs: specs, options: options)
                let description = describer.description(of: item, rng: &textRNG)
                try db.cachedStatement(sql: "INSERT INTO products VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 0, 0)").execute(arguments: [id, sku, ShopText.slug(name) + "-" + sku.lowercased(), name, brandIDs[brand], leafRow.id, price, compareAt,
                                ShopClock.daysBefore(daysAgo), description, material, stock])
                for (position, option) in options.enumerated() {
                    try db.cachedStatement(sql: "INSERT INTO product_options VALUES (?, ?, ?, ?)").execute(arguments: [id, option.kind, option.value, position + 1])
                }
                for (offset, spec) in specs.enumerated() {
                    try db.cachedStatement(sql: "INSERT INTO product_specs VALUES (?, ?, ?, ?)").execute(arguments: [id, offset + 1, spec.0, spec.1])
                }
                products.append(ProductRow(id: id, item: item, quality: quality, popularity: popularity, createdDaysAgo: daysAgo))
            }
        }
        // Featured: popular products that are in stock, chosen deterministically.
        try db.execute(sql: """
            UPDATE products SET featured = 1 WHERE id IN (
                SELECT id FROM products WHERE initial_stock > 0 ORDER BY (id * 7919) % 2003 LIMIT 24)
            """)
        return products
    }

    /// A seeded review before its words: who, which product (an index into the products), how many stars, when.
    struct ReviewDraft {
        let id: Int
        let product: Int
        let customerID: Int?
        let author: String
        let rating: Int
        let daysAgo: Double
        let verified: Bool
    }

    private func writeReviews(_ db: Database, products: [ProductRow]) throws {
        var rng = SeededGenerator(seed: seed, stream: "shop.reviews")
        let customers = CustomerNames.generate(seed: seed)
        var cumulative: [Double] = []
        var total = 0.0
        for product in products {
            total += product.popularity
            cumulative.append(total)
        }
        var drafts: [ReviewDraft] = []
        for reviewID in 1...Self.reviewCount {
            let target = Double.random(in: 0..<total, using: &rng)
            var low = 0, high = cumulative.count - 1
            while low < high {
                let mid = (low + high) / 2
                if cumulative[mid] > target { high = mid } else { low = mid + 1 }
            }
            let product = products[low]
            let noise = Double.random(in: -1...1, using: &rng) + Double.random(in: -1...1, using: &rng)
            let rating = min(5, max(1, Int((product.quality + noise).rounded())))
            var customerID: Int? = nil
            var author: String
            if rng.chance(0.6), let customer = rng.pick(customers) {
                customerID = customer.id
                author = "\(customer.first) \(customer.last.prefix(1))."
            } else {
                author = "\(rng.pick(ShopTaxonomy.firstNames) ?? "Sam") \(rng.pick(ShopTaxonomy.lastNames)?.prefix(1) ?? "K")."
            }
            // The template text this replaced drew three picks here; drawing them still keeps every
            // later rating, author and date as it was.
            for count in [5, 3, 3] { _ = rng.index(below: count) }
            let daysAgo = Double.random(in: 0.5..<max(1, product.createdDaysAgo), using: &rng)
            drafts.append(ReviewDraft(
                id: reviewID, product: low, customerID: customerID, author: author, rating: rating, daysAgo: daysAgo,
                verified: customerID != nil && rng.chance(0.8)))
        }
        // Words last, product by product and oldest first, so a review can answer earlier ones.
        var textRNG = SeededGenerator(seed: seed, stream: "shop.review-text")
        let writer = ReviewWriter()
        var texts: [Int: ReviewWriter.Review] = [:]
        let byProduct = Dictionary(grouping: drafts, by: \.product)
        for index in products.indices {
            guard let reviews = byProduct[index]?.sorted(by: { ($0.daysAgo, $1.id) > ($1.daysAgo, $0.id) }) else { continue }
            let written = writer.reviews(of: products[index].item, drafts: reviews.map {
                ReviewWriter.Draft(author: $0.author, voice: Voice(author: $0.customerID.map { "shop.customer.\($0)" } ?? $0.author, seed: seed), rating: $0.rating)
            }, rng: &textRNG)
            for (draft, text) in zip(reviews, written) { texts[draft.id] = text }
        }
        for draft in drafts {
            let text = texts[draft.id]
            try db.cachedStatement(sql: "INSERT INTO seed_reviews VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").execute(arguments: [draft.id, products[draft.product].id, draft.customerID, draft.author, draft.rating, text?.title ?? "", text?.body ?? "", ShopClock.daysBefore(draft.daysAgo), draft.verified])
        }
        try db.execute(sql: """
            UPDATE products SET seed_rating_sum = COALESCE((SELECT SUM(rating) FROM seed_reviews r WHERE r.product_id = products.id), 0),
                seed_rating_count = (SELECT COUNT(*) FROM seed_reviews r WHERE r.product_id = products.id)
            """)
    }

    private func writeCoupons(_ db: Database) throws {
        var rng = SeededGenerator(seed: seed, stream: "shop.coupons")
        let departments = ShopTaxonomy.departments
        var used = Set<String>()
        func code(_ word: String, _ number: Int?) -> String {
            var candidate = word + (number.map(String.init) ?? "")
            var suffix = 2
            while used.contains(candidate) {
                candidate = word + (number.map(String.init) ?? "") + "X\(suffix)"
                suffix += 1
            }
            used.insert(candidate)
            return candidate
        }
        let active = (ShopClock.daysBefore(200), ShopClock.daysBefore(-180))
        func insert(_ code: String, _ description: String, _ kind: String, _ value: Int, _ minimum: Int, _ category: Int?, _ window: (String, String), _ once: Bool) throws {
            try db.cachedStatement(sql: "INSERT INTO coupons VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").execute(arguments: [code, description, kind, value, minimum, category, window.0, window.1, once])
        }
        let welcome = Int.random(in: 10...15, using: &rng)
        try insert(code("WELCOME", welcome), "\(welcome)% off orders of $50 or more", "percent", welcome, 5_000, nil, active, true)
        let fixed = rng.pick([10, 15, 20, 25]) ?? 20
        let fixedMin = fixed * 800
        try insert(code(rng.pick(["SAVE", "THANKS", "VIP"]) ?? "SAVE", fixed), "$\(fixed) off orders of \(Pricing.format(fixedMin)) or more", "fixed", fixed * 100, fixedMin, nil, active, false)
        let shipMin = rng.pick([2_500, 3_500, 4_000]) ?? 3_500
        try insert(code("FREESHIP", nil), "Free shipping on orders of \(Pricing.format(shipMin)) or more", "free_shipping", 0, shipMin, nil, active, false)
        for _ in 0..<3 {
            let index = Int.random(in: 0..<departments.count, using: &rng)
            let percent = rng.pick([15, 20, 25]) ?? 20
            let word = departments[index].slug.split(separator: "-").first.map { $0.uppercased() } ?? "DEPT"
            try insert(code(word, percent), "\(percent)% off \(departments[index].name)", "percent", percent, 0, Self.departmentID(index), active, false)
        }
        let expiredPercent = rng.pick([20, 25, 30]) ?? 25
        try insert(code(rng.pick(["SPRING", "FLASH", "HOLIDAY"]) ?? "SPRING", expiredPercent), "\(expiredPercent)% off everything (ended)", "percent", expiredPercent,
                   0, nil, (ShopClock.daysBefore(60), ShopClock.daysBefore(5)), false)
        let futurePercent = rng.pick([30, 35, 40]) ?? 35
        try insert(code(rng.pick(["SUMMER", "WEEKEND", "FRESH"]) ?? "SUMMER", futurePercent), "\(futurePercent)% off (starts soon)", "percent", futurePercent,
                   0, nil, (ShopClock.daysBefore(-20), ShopClock.daysBefore(-40)), false)
        let smallFixed = rng.pick([5, 7, 10]) ?? 5
        try insert(code("THANKS", smallFixed), "$\(smallFixed) off your next order of $30 or more", "fixed", smallFixed * 100, 3_000, nil, active, true)
    }

    /// Plausible shipping weights by kind of product.
    static func weightRange(_ leaf: ShopTaxonomy.Leaf) -> ClosedRange<Double> {
        switch leaf.code {
        case "CR", "BC": 4...28
        case "DK": 15...45
        case "TN": 1...7
        case "MN": 2.5...9
        case "CW", "LP", "SP", "BD": 0.8...6
        case "JK", "BT": 0.6...2.2
        case "HP", "CH", "KB": 0.05...1.2
        default: 0.1...1.5
        }
    }

    /// Category id of the department at `index` (departments and leaves are numbered in order).
    static func departmentID(_ index: Int) -> Int {
        var id = 1
        for department in ShopTaxonomy.departments.prefix(index) { id += 1 + department.leaves.count }
        return id
    }
}

import Foundation
