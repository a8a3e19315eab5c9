import Foundation
import GauntletTesting
import SandboxKit
import Testing
import Vocabulary

@Suite struct AdminMutationTests {
    /// Price, stock, status, a cancelled order and a rejected review, each changed in the admin,
    /// show in the shop of the same instance, and not in another instance.
    @Test func adminChangesShowInTheShop() async throws {
        let (host, port) = try await AdminFixture.shared.host()
        let instance = try await host.makeInstance(sandboxes: ["admin"], seed: 1)
        let other = try await host.makeInstance(sandboxes: ["admin", "shop"], seed: 1)
        let product = try await host.int(instance, "SELECT p.id FROM products p JOIN stock s ON s.product_id = p.id WHERE s.quantity > 10 AND p.seed_rating_count > 1 ORDER BY p.id LIMIT 1")
        let slug = try await host.text(instance, "SELECT slug FROM products WHERE id = ?", [.integer(Int64(product))])
        let material = try await host.text(instance, "SELECT material FROM products WHERE id = ?", [.integer(Int64(product))])
        let hidden = try await host.int(instance, "SELECT id FROM products WHERE id > ? ORDER BY id LIMIT 1", [.integer(Int64(product))])
        let hiddenSlug = try await host.text(instance, "SELECT slug FROM products WHERE id = ?", [.integer(Int64(hidden))])
        let hiddenName = try await host.text(instance, "SELECT name FROM products WHERE id = ?", [.integer(Int64(hidden))])
        let hiddenCategory = try await host.text(instance, "SELECT c.slug FROM products p JOIN categories c ON c.id = p.category_id WHERE p.id = ?", [.integer(Int64(hidden))])
        let review = try await host.int(instance, "SELECT id FROM reviews WHERE product_id = ? ORDER BY created_at DESC LIMIT 1", [.integer(Int64(product))])
        let reviewTitle = try await host.text(instance, "SELECT title FROM reviews WHERE id = ?", [.integer(Int64(review))])
        let reviewsBefore = try await host.int(instance, "SELECT COUNT(*) FROM reviews WHERE product_id = ?", [.integer(Int64(product))])
        let order = try await host.text(instance, "SELECT number FROM orders WHERE status = 'pending' ORDER BY id LIMIT 1")
        let owner = try await host.int(instance, "SELECT customer_id FROM orders WHERE number = ?", [.text(order)])
        let email = try await host.text(instance, "SELECT email FROM customers WHERE id = ?", [.integer(Int64(owner))])
        let password = try await host.text(instance, "SELECT password FROM customers WHERE id = ?", [.integer(Int64(owner))])
        let stockBefore = try await host.int(instance, "SELECT SUM(s.quantity) FROM stock s WHERE s.product_id IN (SELECT product_id FROM order_items i JOIN orders o ON o.id = i.order_id WHERE o.number = ?)", [.text(order)])

        try await BlockingThreads.run {
            let admin = try SiteVisitor.staff(port: port, instance: instance, username: "admin", id: 1)
            let shop = SiteVisitor(port: port, site: "shop", instance: instance)
            try admin.submit("/products/\(product)", [("status", "enabled"), ("price", "1234.56"), ("quantity", "0"), ("material", material), ("image_alt", "Front view")],
                             contains: "The product was saved.")
            let page = try shop.get("/product/\(slug)", contains: "$1,234.56")
            #expect(page.body.contains("Out of stock") || page.body.contains("out of stock"))
            try admin.submit("/products/\(hidden)", [("status", "disabled"), ("price", "10"), ("quantity", "5"), ("material", "Oak"), ("image_alt", "Side view")])
            try shop.get("/product/\(hiddenSlug)", 404)
            let listing = try shop.get("/category/\(hiddenCategory)?sort=name")
            #expect(!listing.body.contains(SiteVisitor.escape(hiddenName)))
            try admin.submit("/reviews/\(review)", [("status", "rejected"), ("back", "/reviews")], contains: "Review \(review) is now rejected.")
            let after = try shop.get("/product/\(slug)")
            #expect(!after.body.contains(SiteVisitor.escape(reviewTitle)))
            try admin.get("/orders/\(order)?confirm=cancel", contains: "Cancel order #\(order)?")
            try admin.submit("/orders/\(order)/cancel", [], contains: "has been cancelled")
            try shop.submit("/login", [("email", email), ("password", password), ("next", "/orders/\(order)")], contains: "Cancelled")
            // The other instance saw none of it.
            let untouched = SiteVisitor(port: port, site: "shop", instance: other)
            try untouched.get("/product/\(hiddenSlug)", 200)
            let otherPage = try untouched.get("/product/\(slug)")
            #expect(!otherPage.body.contains("$1,234.56"))
        }
        #expect(try await host.int(instance, "SELECT COUNT(*) FROM reviews WHERE product_id = ?", [.integer(Int64(product))]) == reviewsBefore - 1)
        #expect(try await host.int(instance, "SELECT seed_rating_count + (SELECT COUNT(*) FROM new_reviews WHERE product_id = ?) FROM products WHERE id = ?",
                                   [.integer(Int64(product)), .integer(Int64(product))]) == reviewsBefore - 1)
        #expect(try await host.int(instance, "SELECT price_cents FROM products WHERE id = ?", [.integer(Int64(product))]) == 123_456)
        #expect(try await host.int(instance, "SELECT COUNT(*) FROM products WHERE id = ?", [.integer(Int64(hidden))]) == 0)
        #expect(try await host.int(instance, "SELECT SUM(s.quantity) FROM stock s WHERE s.product_id IN (SELECT product_id FROM order_items i JOIN orders o ON o.id = i.order_id WHERE o.number = ?)", [.text(order)])
                > stockBefore)
        #expect(try await host.text(other, "SELECT status FROM orders WHERE number = ?", [.text(order)]) == "pending")
    }

    /// Invoice, ship, refund and comment on one order; mass cancel and invoice on the grid.
    @Test func orderActionsFollowTheStatus() async throws {
        let (host, port) = try await AdminFixture.shared.host()
        let instance = try await host.makeInstance(sandboxes: ["admin"], seed: 1)
        let pending = try await host.query(instance, "SELECT number FROM orders WHERE status = 'pending' ORDER BY id LIMIT 3").rows.compactMap { row -> String? in
            if case .text(let number) = row[0] { return number } else { return nil }
        }
        let delivered = try await host.text(instance, "SELECT number FROM orders WHERE status = 'delivered' ORDER BY id LIMIT 1")
        let total = try await host.int(instance, "SELECT total_cents FROM orders WHERE number = ?", [.text(pending[0])])
        try await BlockingThreads.run {
            let admin = try SiteVisitor.staff(port: port, instance: instance, username: "admin", id: 1)
            let order = pending[0]
            try admin.submit("/orders/\(order)/ship", [("carrier", "UPS"), ("tracking_number", "1Z999")], 422, contains: "Only an invoiced order")
            try admin.submit("/orders/\(order)/invoice", [], contains: "has been invoiced")
            try admin.submit("/orders/\(order)/ship", [("carrier", "Pigeon"), ("tracking_number", "x")], 422, contains: "Choose a carrier.")
            try admin.submit("/orders/\(order)/ship", [("carrier", "UPS"), ("tracking_number", "1Z999AA10123456784")], contains: "has shipped")
            try admin.submit("/orders/\(order)/cancel", [], 422, contains: "Only a pending order can be cancelled")
            try admin.submit("/orders/\(order)/refund", [("amount", "999999"), ("reason", "Damaged")], 422, contains: "Enter an amount")
            try admin.submit("/orders/\(order)/refund", [("amount", "5.00"), ("reason", "Damaged box")], contains: "A credit memo of $5.00")
            try admin.submit("/orders/\(order)/comments", [("body", "")], 422, contains: "Write a comment")
            try admin.submit("/orders/\(order)/comments", [("body", "Called the customer."), ("notify", "1")], contains: "Called the customer.")
            try admin.submit("/orders/mass", [("action", "cancel")], 422, contains: "Select at least one order.")
            try admin.submit("/orders/mass", [("action", "cancel"), ("order", pending[1]), ("order", delivered)], contains: "1 order cancelled.")
            try admin.submit("/orders/mass", [("action", "invoice"), ("order", pending[2])], contains: "1 order invoiced.")
        }
        #expect(try await host.text(instance, "SELECT status FROM orders WHERE number = ?", [.text(pending[0])]) == "shipped")
        #expect(try await host.text(instance, "SELECT carrier || ' ' || tracking_number FROM shipments s JOIN orders o ON o.id = s.order_id WHERE o.number = ?", [.text(pending[0])]) == "UPS 1Z999AA10123456784")
        #expect(try await host.int(instance, "SELECT amount_cents FROM invoices i JOIN orders o ON o.id = i.order_id WHERE o.number = ?", [.text(pending[0])]) == total)
        #expect(try await host.int(instance, "SELECT SUM(amount_cents) FROM credit_memos m JOIN orders o ON o.id = m.order_id WHERE o.number = ?", [.text(pending[0])]) == 500)
        #expect(try await host.int(instance, "SELECT notify_customer FROM order_comments c JOIN orders o ON o.id = c.order_id WHERE o.number = ?", [.text(pending[0])]) == 1)
        #expect(try await host.text(instance, "SELECT status FROM orders WHERE number = ?", [.text(pending[1])]) == "cancelled")
        #expect(try await host.text(instance, "SELECT status FROM orders WHERE number = ?", [.text(delivered)]) == "delivered")
        #expect(try await host.text(instance, "SELECT status FROM orders WHERE number = ?", [.text(pending[2])]) == "processing")
    }

    /// Forms validate on the server and re-render with errors (422); valid ones save, and a new
    /// cart price rule works in the shop's cart while a deactivated one no longer does.
    @Test func formsValidateAndSave() async throws {
        let (host, port) = try await AdminFixture.shared.host()
        let instance = try await host.makeInstance(sandboxes: ["admin"], seed: 1)
        let takenEmail = try await host.text(instance, "SELECT email FROM customers WHERE id = 2")
        let slug = try await host.text(instance, "SELECT p.slug FROM products p JOIN stock s ON s.product_id = p.id WHERE s.quantity > 5 AND p.price_cents > 6000 ORDER BY p.id LIMIT 1")
        let productID = try await host.int(instance, "SELECT id FROM products WHERE slug = ?", [.text(slug)])
        let active = try await host.text(instance, "SELECT code FROM coupon_rules WHERE kind = 'fixed' AND min_subtotal_cents <= 6000 AND category_id IS NULL AND starts_at < '2026-06-01' AND expires_at > '2026-06-02' ORDER BY code LIMIT 1")
        let options = try await host.query(instance, """
            SELECT kind, value FROM product_options o WHERE product_id = ?
            AND position = (SELECT MIN(position) FROM product_options f WHERE f.product_id = o.product_id AND f.kind = o.kind) ORDER BY kind
            """, arguments: [.integer(Int64(productID))]).rows.compactMap { row -> (String, String)? in
            guard case .text(let kind) = row[0], case .text(let value) = row[1] else { return nil }
            return (kind, value)
        }
        try await BlockingThreads.run {
            let admin = try SiteVisitor.staff(port: port, instance: instance, username: "admin", id: 1)
            let bad = try admin.submit("/products/1", [("status", "enabled"), ("price", "-4"), ("quantity", "many"), ("material", ""), ("image_alt", "x")], 422,
                                       contains: "Please correct the following")
            #expect(bad.body.contains("id=\"price-error\"") && bad.body.contains("aria-describedby=\"quantity-error\""))
            #expect(bad.body.contains("value=\"many\""))
            try admin.submit("/customers/1", [("first_name", "Emma"), ("last_name", "Miller"), ("email", takenEmail), ("phone", "12")], 422,
                             contains: "Another customer already uses this email address.")
            try admin.submit("/customers/1", [("first_name", "Emma"), ("last_name", "Miller-Stone"), ("email", "emma.stone@example.com"), ("phone", "(415) 555-0100")],
                             contains: "The customer was saved.")
            try admin.submit("/coupons", [("code", "x"), ("kind", "percent"), ("value", "200"), ("starts_at", "2026-02-30x"), ("expires_at", "")], 422,
                             contains: "Enter a code of 4 to 20 letters and digits.")
            try admin.submit("/coupons", [("code", "summer26"), ("description", "Summer sale"), ("kind", "fixed"), ("value", "7.50"), ("min_subtotal", "0"),
                                          ("department", ""), ("starts_at", "2026-05-01"), ("expires_at", "2026-08-31"), ("is_active", "1")], contains: "SUMMER26")
            try admin.submit("/coupons/\(active)", [("description", "Paused"), ("kind", "percent"), ("value", "10"), ("min_subtotal", "0"), ("starts_at", "2026-01-01"),
                                                    ("expires_at", "2026-12-31")], contains: "The rule \(active) was saved.")
            let shop = SiteVisitor(port: port, site: "shop", instance: instance)
            try shop.submit("/cart/add", [("product_id", String(productID)), ("quantity", "1")] + options)
            try shop.submit("/cart/coupon", [("code", "SUMMER26")], contains: "$7.50")
            try shop.submit("/cart/coupon", [("code", active)], 422)
        }
        #expect(try await host.text(instance, "SELECT last_name || ' ' || email || ' ' || phone FROM customers WHERE id = 1") == "Miller-Stone emma.stone@example.com (415) 555-0100")
        #expect(try await host.int(instance, "SELECT value FROM coupon_rules WHERE code = 'SUMMER26'") == 750)
        #expect(try await host.int(instance, "SELECT is_active FROM coupon_rules WHERE code = ?", [.text(active)]) == 0)
    }
}
