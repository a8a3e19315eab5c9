import Foundation
import GauntletTesting
import SandboxKit
import Shop
import Vocabulary

/// One live shop server shared by the shop tests.
enum ShopFixture {
    static let shared = SharedHost { try await SandboxHost(sandboxes: [ShopSandbox()], defaultSeed: 1, poolSize: 8) }
}

/// A product that is in stock, with the first value of each of its options.
struct Pick: Sendable {
    let id: Int
    let slug: String
    let name: String
    let color: String
    let size: String
    let material: String

    var form: [(String, String)] {
        [("product_id", String(id)), ("color", color), ("size", size), ("material", material)]
    }

    static func load(_ host: SandboxHost, instance: String, count: Int, minimumStock: Int) async throws -> [Pick] {
        let result = try await host.query(instance, """
            SELECT p.id, p.slug, p.name,
                COALESCE((SELECT value FROM product_options o WHERE o.product_id = p.id AND kind = 'color' ORDER BY position LIMIT 1), ''),
                COALESCE((SELECT value FROM product_options o WHERE o.product_id = p.id AND kind = 'size' ORDER BY position LIMIT 1), ''),
                COALESCE((SELECT value FROM product_options o WHERE o.product_id = p.id AND kind = 'material' ORDER BY position LIMIT 1), '')
            FROM products p JOIN stock s ON s.product_id = p.id WHERE s.quantity >= ? ORDER BY p.id LIMIT ?
            """, arguments: [.integer(Int64(minimumStock)), .integer(Int64(count))])
        return result.rows.map { row in
            func text(_ i: Int) -> String { if case .text(let v) = row[i] { return v } else { return "" } }
            guard case .integer(let id) = row[0] else { return Pick(id: 0, slug: "", name: "", color: "", size: "", material: "") }
            return Pick(id: Int(id), slug: text(1), name: text(2), color: text(3), size: text(4), material: text(5))
        }
    }
}

/// A customer's sign-in details and first saved address.
struct Account: Sendable {
    let id: Int
    let email: String
    let password: String
    let addressID: Int

    static func load(_ host: SandboxHost, instance: String, customerID: Int) async throws -> Account {
        Account(
            id: customerID,
            email: try await host.text(instance, "SELECT email FROM customers WHERE id = ?", [.integer(Int64(customerID))]),
            password: try await host.text(instance, "SELECT password FROM customers WHERE id = ?", [.integer(Int64(customerID))]),
            addressID: try await host.int(instance, "SELECT MIN(id) FROM addresses WHERE customer_id = ?", [.integer(Int64(customerID))]))
    }
}
