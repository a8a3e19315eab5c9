import SandboxKit
import Testing

@Suite struct ShopDataTests {
    @Test func catalogMeetsTheSizeAndShapeTargets() async throws {
        let (host, _) = try await ShopFixture.shared.host()
        let id = try await host.makeInstance(sandboxes: ["shop"], seed: 1)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM products") >= 2_000)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM categories WHERE parent_id IS NOT NULL") >= 25)
        // Two levels: every leaf's parent is a top-level department.
        #expect(try await host.int(id, "SELECT COUNT(*) FROM categories c JOIN categories p ON p.id = c.parent_id WHERE p.parent_id IS NOT NULL") == 0)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM products p JOIN categories c ON c.id = p.category_id WHERE c.parent_id IS NULL") == 0)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM reviews") >= 5_000)
        #expect(try await host.int(id, "SELECT COUNT(DISTINCT rating) FROM reviews") == 5)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM customers") >= 200)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM addresses a WHERE a.customer_id = c.id)") == 0)
        #expect(try await host.int(id, "SELECT CAST(julianday(MAX(placed_at)) - julianday(MIN(placed_at)) AS INTEGER) FROM orders") >= 700)
        #expect(try await host.int(id, "SELECT COUNT(DISTINCT status) FROM orders") == 5)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM stock WHERE quantity = 0") > 50)
        #expect(try await host.int(id, "SELECT COUNT(DISTINCT kind) FROM product_options") == 3)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM product_specs") >= 2_000 * 5)
        #expect(try await host.int(id, "SELECT COUNT(DISTINCT kind) FROM coupons") == 3)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM coupons WHERE category_id IS NOT NULL") >= 1)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM coupons WHERE expires_at < '2026-06-01'") >= 1)
        // Stored totals agree with the pricing rules: subtotal from items, total from parts.
        #expect(try await host.int(id, """
            SELECT COUNT(*) FROM orders o WHERE subtotal_cents != (SELECT SUM(quantity * unit_price_cents) FROM order_items i WHERE i.order_id = o.id)
                OR total_cents != subtotal_cents - discount_cents + shipping_cents + tax_cents
            """) == 0)
        #expect(try await host.int(id, "SELECT COUNT(DISTINCT name) FROM products") == (try await host.int(id, "SELECT COUNT(*) FROM products")))
    }

    @Test func sameSeedSameDataOtherSeedOtherData() async throws {
        let (host, _) = try await ShopFixture.shared.host()
        let a = try await host.makeInstance(sandboxes: ["shop"], seed: 1)
        let b = try await host.makeInstance(sandboxes: ["shop"], seed: 1)
        let c = try await host.makeInstance(sandboxes: ["shop"], seed: 2)
        let fingerprint = "SELECT group_concat(name || price_cents, '|') FROM (SELECT name, price_cents FROM products ORDER BY id LIMIT 50)"
        let orders = "SELECT group_concat(number || total_cents, '|') FROM (SELECT number, total_cents FROM orders ORDER BY id LIMIT 50)"
        #expect(try await host.text(a, fingerprint) == (try await host.text(b, fingerprint)))
        #expect(try await host.text(a, orders) == (try await host.text(b, orders)))
        #expect(try await host.text(a, fingerprint) != (try await host.text(c, fingerprint)))
        #expect(try await host.exportState(a) == (try await host.exportState(b)))
    }
}
