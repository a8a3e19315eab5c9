import GRDB
import SandboxKit
import Vocabulary

/// Writes the shop's per-instance tables and their seeded rows: accounts, address books,
/// two years of order history, and stock.
struct InstanceStateGenerator {
    let seed: UInt64

    func build(_ db: Database) throws {
        try db.execute(sql: ShopSchema.instance)
        try db.execute(sql: "INSERT INTO stock (product_id, quantity) SELECT id, initial_stock FROM products ORDER BY id")
        var rng = SeededGenerator(seed: seed, stream: "shop.accounts")
        let customers = CustomerNames.generate(seed: seed)
        var addressesByCustomer: [Int: [AddressRow]] = [:]
        var addressID = 0
        for customer in customers {
            let joined = ShopClock.daysBefore(Double.random(in: 740...1400, using: &rng))
            let phone = "(\(Int.random(in: 201...989, using: &rng))) 555-\(Int.random(in: 1000...9999, using: &rng))"
            try db.cachedStatement(sql: "INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?, ?)").execute(arguments: [customer.id, customer.email, CustomerNames.password(id: customer.id), customer.first, customer.last, phone, joined])
            let count = rng.pick([1, 1, 1, 2, 2, 3]) ?? 1
            var rows: [AddressRow] = []
            for index in 0..<count {
                addressID += 1
                let region = rng.pick(ShopTaxonomy.regions) ?? ShopTaxonomy.regions[0]
                let city = rng.pick(region.cities) ?? region.cities[0]
                let row = AddressRow(
                    id: addressID, name: index == 0 ? "\(customer.first) \(customer.last)" : "\(rng.pick(ShopTaxonomy.firstNames) ?? "Sam") \(customer.last)",
                    line1: "\(Int.random(in: 10...9899, using: &rng)) \(rng.pick(ShopTaxonomy.streets) ?? "Main Street")",
                    line2: rng.chance(0.3) ? "Apt \(Int.random(in: 1...40, using: &rng))" : "",
                    city: city.0, region: region.code, postalCode: city.1 + String(format: "%02d", Int.random(in: 1...99, using: &rng)), phone: phone)
                try db.cachedStatement(sql: "INSERT INTO addresses VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'US', ?, ?)").execute(arguments: [row.id, customer.id, row.name, row.line1, row.line2, row.city, row.region, row.postalCode, row.phone, index == 0])
                rows.append(row)
            }
            addressesByCustomer[customer.id] = rows
        }
        try writeOrders(db, customers: customers, addresses: addressesByCustomer, rng: &rng)
    }

    struct AddressRow {
        let id: Int
        let name, line1, line2, city, region, postalCode, phone: String
    }

    private struct Draft {
        let customerID: Int
        let daysAgo: Double
        let address: AddressRow
        let lines: [(productID: Int, sku: String, name: String, color: String, size: String, material: String, quantity: Int, price: Int, department: Int)]
        let shipping: String
        let payment: (String, String)
    }

    private func writeOrders(_ db: Database, customers: [CustomerNames], addresses: [Int: [AddressRow]], rng: inout SeededGenerator) throws {
        let products = try Row.fetchAll(db, sql: """
            SELECT p.id, p.sku, p.name, p.price_cents, COALESCE(c.parent_id, c.id) AS department
            FROM products p JOIN categories c ON c.id = p.category_id ORDER BY p.id
            """)
        let options = try Row.fetchAll(db, sql: "SELECT product_id, kind, value FROM product_options ORDER BY product_id, position")
        var optionsByProduct: [Int: [(String, String)]] = [:]
        for row in options {
            optionsByProduct[row["product_id"], default: []].append((row["kind"], row["value"]))
        }
        let methods = try Row.fetchAll(db, sql: "SELECT code, name, price_cents, free_over_cents FROM shipping_methods ORDER BY position").map {
            Pricing.ShippingMethod(code: $0["code"], name: $0["name"], priceCents: $0["price_cents"], freeOverCents: $0["free_over_cents"])
        }
        let cards = [("card", "Visa ending in 4242"), ("card", "Mastercard ending in 5454"), ("card", "Amex ending in 0005"), ("paypal", "PayPal")]
        var drafts: [Draft] = []
        for customer in customers {
            let orderCount = rng.pick([0, 1, 2, 3, 3, 4, 5, 6, 8, 10]) ?? 2
            for _ in 0..<orderCount {
                var lines: [(productID: Int, sku: String, name: String, color: String, size: String, material: String, quantity: Int, price: Int, department: Int)] = []
                var chosen: [Int] = []
                for _ in 0..<(rng.pick([1, 1, 2, 2, 3, 4]) ?? 1) {
                    guard let product = rng.pick(products) else { continue }
                    let id: Int = product["id"]
                    if chosen.contains(id) { continue }
                    chosen.append(id)
                    let productOptions = optionsByProduct[id] ?? []
                    func choose(_ kind: String) -> String {
                        rng.pick(productOptions.filter { $0.0 == kind }.map(\.1)) ?? ""
                    }
                    lines.append((id, product["sku"], product["name"], choose("color"), choose("size"), choose("material"),
                                  rng.pick([1, 1, 1, 1, 2, 3]) ?? 1, product["price_cents"], product["department"]))
                }
                guard !lines.isEmpty, let address = rng.pick(addresses[customer.id] ?? []) else { continue }
                drafts.append(Draft(
                    customerID: customer.id, daysAgo: Double.random(in: 0.2...729, using: &rng), address: address, lines: lines,
                    shipping: rng.pick(["standard", "standard", "standard", "express", "next_day"]) ?? "standard",
                    payment: rng.pick(cards) ?? cards[0]))
            }
        }
        // Order numbers rise with time, as in a real shop.
        drafts.sort { ($0.daysAgo, $0.customerID) > ($1.daysAgo, $1.customerID) }
        var itemID = 0
        for (index, draft) in drafts.enumerated() {
            let orderID = index + 1
            let method = methods.first { $0.code == draft.shipping }
            let rate = ShopTaxonomy.regions.first { $0.code == draft.address.region }?.taxBasisPoints ?? 0
            let totals = Pricing.totals(
                lines: draft.lines.map { Pricing.Line(unitPriceCents: $0.price, quantity: $0.quantity, departmentID: $0.department) },
                coupon: nil, shipping: method, taxBasisPoints: rate)
            let status: String
            if draft.daysAgo > 14 { status = rng.chance(0.06) ? "cancelled" : "delivered" }
            else if draft.daysAgo > 5 { status = "shipped" }
            else if draft.daysAgo > 2 { status = "processing" }
            else { status = "pending" }
            let placed = ShopClock.daysBefore(draft.daysAgo)
            let updated = status == "pending" ? placed : ShopClock.daysBefore(max(0.1, draft.daysAgo - min(draft.daysAgo * 0.5, 6)))
            try db.cachedStatement(sql: "INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'US')").execute(arguments: [orderID, String(100_000 + orderID), draft.customerID, status, placed, updated, totals.subtotal, totals.discount,
                            totals.shipping, totals.tax, totals.total, draft.shipping, draft.payment.0, draft.payment.1,
                            draft.address.name, draft.address.line1, draft.address.line2, draft.address.city, draft.address.region, draft.address.postalCode])
            for line in draft.lines {
                itemID += 1
                try db.cachedStatement(sql: "INSERT INTO order_items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").execute(arguments: [itemID, orderID, line.productID, line.sku, line.name, line.color, line.size, line.material, line.quantity, line.price])
            }
        }
    }
}

import Foundation
