import Foundation
import GauntletTesting
import SandboxKit
import Testing
import Vocabulary

@Suite struct ShopFlowTests {
    /// 100 instances at once, each signing in as a different customer, filling a cart and
    /// placing an order: no instance sees another's cart, order or stock change.
    @Test func hundredConcurrentInstancesStayIsolated() async throws {
        let (host, port) = try await ShopFixture.shared.host()
        let count = 100
        var instances: [String] = []
        for _ in 0..<count { instances.append(try await host.makeInstance(sandboxes: ["shop"], seed: 1)) }
        let picks = try await Pick.load(host, instance: instances[0], count: count, minimumStock: 6)
        var accounts: [Account] = []
        for index in 0..<count { accounts.append(try await Account.load(host, instance: instances[0], customerID: index + 1)) }
        let pristineOrders = try await host.int(instances[0], "SELECT COUNT(*) FROM orders")
        let frozenInstances = instances, frozenAccounts = accounts
        let numbers = try await BlockingThreads.run(count) { index in
            let shopper = SiteVisitor(port: port, site: "shop", instance: frozenInstances[index])
            try shopper.signIn(frozenAccounts[index])
            try shopper.add(picks[index], quantity: 2)
            let number = try shopper.checkout(frozenAccounts[index])
            // A cart left behind after the order, to check carts too.
            try shopper.add(picks[index], quantity: 1)
            return number
        }
        for index in 0..<count {
            let id = instances[index]
            let pick = Int64(picks[index].id)
            #expect(numbers[index] == String(100_000 + pristineOrders + 1), "every instance numbers its first new order the same")
            #expect(try await host.int(id, "SELECT COUNT(*) FROM orders") == pristineOrders + 1)
            #expect(try await host.int(id, "SELECT customer_id FROM orders WHERE number = ?", [.text(numbers[index])]) == index + 1)
            #expect(try await host.int(id, "SELECT product_id FROM order_items i JOIN orders o ON o.id = i.order_id WHERE o.number = ?", [.text(numbers[index])]) == Int(pick))
            #expect(try await host.int(id, "SELECT COUNT(*) FROM cart_items") == 1)
            #expect(try await host.int(id, "SELECT product_id FROM cart_items") == Int(pick))
            // Only this instance's product lost stock.
            #expect(try await host.int(id, "SELECT COUNT(*) FROM stock s JOIN products p ON p.id = s.product_id WHERE s.quantity != p.initial_stock") == 1)
            #expect(try await host.int(id, "SELECT p.initial_stock - s.quantity FROM stock s JOIN products p ON p.id = s.product_id WHERE p.id = ?", [.integer(pick)]) == 2)
        }
        // A fresh instance starts from pristine state.
        let fresh = try await host.makeInstance(sandboxes: ["shop"], seed: 1)
        #expect(try await host.int(fresh, "SELECT COUNT(*) FROM orders") == pristineOrders)
        #expect(try await host.int(fresh, "SELECT COUNT(*) FROM cart_items") == 0)
        #expect(try StateDiff.compute(try await host.stateReader(fresh)).isEmpty)
        let diff = try StateDiff.compute(try await host.stateReader(instances[0]))
        #expect(diff.change("orders")?.added == 1)
        // One stock row changed: the old row removed, the new one added.
        #expect(diff.change("stock") == StateDiff.TableChange(table: "stock", added: 1, removed: 1))
        #expect(diff.change("products") == nil, "the catalog is read-only")
        for id in instances { await host.dropInstance(id) }
    }

    @Test func requestLogRecordsWhatTheShopperDid() async throws {
        let (host, port) = try await ShopFixture.shared.host()
        let id = try await host.makeInstance(sandboxes: ["shop"], seed: 1)
        let pick = try await Pick.load(host, instance: id, count: 1, minimumStock: 3)[0]
        _ = try await BlockingThreads.run(1) { _ in
            let shopper = SiteVisitor(port: port, site: "shop", instance: id)
            _ = try shopper.client.get("/search?q=leather+boots&sort=price_asc")
            try shopper.add(pick, quantity: 1)
        }
        let log = try await host.requestLog(id)
        #expect(log.map { "\($0.method) \($0.path) \($0.status)" } == ["GET /search 200", "GET /product/\(pick.slug) 200", "POST /cart/add 303", "GET /cart 200"])
        #expect(log[0].query["q"] == "leather boots" && log[0].query["sort"] == "price_asc")
        #expect(log[2].form["product_id"] == String(pick.id) && log[2].form["quantity"] == "1")
        #expect(log[2].redirect == "/cart")
        #expect(log.map(\.sequence) == [1, 2, 3, 4])
    }

    @Test func validationErrorsAreShownOnTheForm() async throws {
        let (host, port) = try await ShopFixture.shared.host()
        let id = try await host.makeInstance(sandboxes: ["shop"], seed: 1)
        let picks = try await Pick.load(host, instance: id, count: 400, minimumStock: 3)
        guard let withColour = picks.first(where: { !$0.color.isEmpty }) else { Issue.record("no product with colours"); return }
        let account = try await Account.load(host, instance: id, customerID: 5)
        let pages = try await BlockingThreads.run(1) { _ -> [String: LoopbackHTTPClient.Response] in
            let shopper = SiteVisitor(port: port, site: "shop", instance: id)
            var pages: [String: LoopbackHTTPClient.Response] = [:]
            pages["add"] = try shopper.client.post("/cart/add", form: [("product_id", String(withColour.id)), ("quantity", "1")])
            pages["login"] = try shopper.client.post("/login", form: [("email", account.email), ("password", "wrong-password")])
            try shopper.signIn(account)
            try shopper.add(withColour, quantity: 1)
            pages["checkout"] = try shopper.client.post("/checkout", form: [("address_id", "new"), ("full_name", ""), ("region", "ZZ"), ("postal_code", "12"),
                                                                           ("shipping_method", "standard"), ("payment_method", "card"), ("card_number", "4242 4242 4242 4241"),
                                                                           ("card_expiry", "01/24"), ("card_cvc", "1")])
            pages["coupon"] = try shopper.client.post("/cart/coupon", form: [("code", "NOPE123")])
            pages["register"] = try shopper.client.post("/register", form: [("first_name", "A"), ("last_name", "B"), ("email", account.email), ("password", "short"), ("confirm_password", "other")])
            return pages
        }[0]
        #expect(pages["add"]?.status == 422)
        #expect(pages["add"]?.body.contains("Choose a colour.") == true)
        #expect(pages["add"]?.body.contains("aria-invalid=\"true\"") == true)
        #expect(pages["login"]?.status == 422)
        #expect(pages["login"]?.body.contains("Incorrect email address or password.") == true)
        let checkout = pages["checkout"]?.body ?? ""
        #expect(pages["checkout"]?.status == 422)
        for message in ["Enter the recipient&#39;s full name.", "Choose a state we ship to.", "Enter a 5-digit ZIP code.", "Enter a valid card number.",
                        "This card has expired.", "Enter the 3- or 4-digit security code.", "role=\"alert\""] {
            #expect(checkout.contains(message) || checkout.contains(message.replacingOccurrences(of: "&#39;", with: "'")), "checkout page lacks \(message)")
        }
        #expect(pages["coupon"]?.status == 422)
        #expect(pages["coupon"]?.body.contains("The coupon code NOPE123 is not valid.") == true)
        #expect(pages["register"]?.status == 422)
        #expect(pages["register"]?.body.contains("An account with this email address already exists.") == true)
        #expect(pages["register"]?.body.contains("The passwords do not match.") == true)
        // Nothing was ordered, and no account was created.
        #expect(try await host.int(id, "SELECT COUNT(*) FROM orders WHERE placed_at > '2026-06-01 12:00:00'") == 0)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM customers") == 240)
    }

    /// Identities come from the session: a forged form cannot send a message as someone
    /// else or pay from someone else's PayPal; a guest's message is nobody's account's.
    @Test func identitiesComeFromTheSessionNotTheForm() async throws {
        let (host, port) = try await ShopFixture.shared.host()
        let id = try await host.makeInstance(sandboxes: ["shop"], seed: 1)
        let pick = try await Pick.load(host, instance: id, count: 1, minimumStock: 3)[0]
        let account = try await Account.load(host, instance: id, customerID: 5)
        let other = try await Account.load(host, instance: id, customerID: 2)
        let message = [("topic", "other"), ("message", "Where is my parcel, please?")]
        _ = try await BlockingThreads.run(1) { _ in
            let shopper = SiteVisitor(port: port, site: "shop", instance: id)
            try shopper.expect(shopper.client.post("/contact", form: [("name", "Guest Person"), ("email", other.email)] + message), 303, "guest message")
            try shopper.signIn(account)
            try shopper.expect(shopper.client.get("/contact"), 200, "contact form", contains: "Sending as")
            try shopper.expect(shopper.client.post("/contact", form: [("name", "Someone Else"), ("email", other.email)] + message), 303, "forged message")
            try shopper.add(pick, quantity: 1)
            let (post, _) = try shopper.client.submit("/checkout", form: [("address_id", String(account.addressID)), ("shipping_method", "standard"),
                                                                           ("payment_method", "paypal"), ("paypal_email", other.email)])
            try shopper.expect(post, 303, "checkout details")
            try shopper.expect(shopper.client.post("/checkout/place", form: []), 303, "place order")
        }
        let senders = try await host.query(id, "SELECT customer_id, email FROM contact_messages ORDER BY id").rows
        #expect(senders == [[.null, .text(other.email)], [.integer(Int64(account.id)), .text(account.email)]])
        #expect(try await host.text(id, "SELECT payment_detail FROM orders ORDER BY id DESC LIMIT 1") == "PayPal (\(account.email))")
    }

    @Test func couponsTaxShippingCancelAndReorderAgree() async throws {
        let (host, port) = try await ShopFixture.shared.host()
        let id = try await host.makeInstance(sandboxes: ["shop"], seed: 1)
        let account = try await Account.load(host, instance: id, customerID: 9)
        let welcome = try await host.text(id, "SELECT code FROM coupons WHERE code LIKE 'WELCOME%'")
        let expired = try await host.text(id, "SELECT code FROM coupons WHERE expires_at < '2026-06-01'")
        // Something over the coupon's $50 minimum.
        let pick = try await Pick.load(host, instance: id, count: 2_000, minimumStock: 5).first { _ in true }!
        let price = try await host.int(id, "SELECT price_cents FROM products WHERE id = ?", [.integer(Int64(pick.id))])
        let quantity = max(1, 6_000 / price + 1)
        let stockBefore = try await host.int(id, "SELECT quantity FROM stock WHERE product_id = ?", [.integer(Int64(pick.id))])
        guard quantity <= min(stockBefore, 99) else { Issue.record("test product too cheap for its stock"); return }
        let result = try await BlockingThreads.run(1) { _ -> (String, Int, Int, Int) in
            let shopper = SiteVisitor(port: port, site: "shop", instance: id)
            try shopper.signIn(account)
            try shopper.add(pick, quantity: quantity)
            let expiredReply = try shopper.client.post("/cart/coupon", form: [("code", expired.lowercased())])
            let applied = try shopper.client.submit("/cart/coupon", form: [("code", welcome.lowercased())])
            try shopper.expect(applied.page, 200, "cart with coupon", contains: "Applied: <strong>\(welcome)</strong>")
            let number = try shopper.checkout(account, method: "standard")
            let cancel = try shopper.client.submit("/orders/\(number)/cancel", form: [])
            try shopper.expect(cancel.page, 200, "cancelled order", contains: "Cancelled")
            let again = try shopper.client.post("/orders/\(number)/cancel", form: [])
            let reorder = try shopper.client.submit("/orders/\(number)/reorder", form: [])
            try shopper.expect(reorder.page, 200, "cart after reorder", contains: pick.name)
            return (number, expiredReply.status, again.status, cancel.post.status)
        }[0]
        #expect(result.1 == 422)
        #expect(result.2 == 422, "a cancelled order cannot be cancelled again")
        #expect(result.3 == 303)
        let order: [SQLValue] = [.text(result.0)]
        let subtotal = try await host.int(id, "SELECT subtotal_cents FROM orders WHERE number = ?", order)
        let percent = try await host.int(id, "SELECT value FROM coupons WHERE code = ?", [.text(welcome)])
        #expect(subtotal == price * quantity)
        #expect(try await host.int(id, "SELECT discount_cents FROM orders WHERE number = ?", order) == (subtotal * percent + 50) / 100)
        let afterDiscount = subtotal - (subtotal * percent + 50) / 100
        #expect(try await host.int(id, "SELECT shipping_cents FROM orders WHERE number = ?", order) == (afterDiscount >= 7_500 ? 0 : 599))
        let rate = try await host.int(id, "SELECT rate_basis_points FROM tax_rates t JOIN orders o ON o.ship_region = t.region WHERE o.number = ?", order)
        #expect(try await host.int(id, "SELECT tax_cents FROM orders WHERE number = ?", order) == (afterDiscount * rate + 5_000) / 10_000)
        #expect(try await host.text(id, "SELECT status FROM orders WHERE number = ?", order) == "cancelled")
        #expect(try await host.int(id, "SELECT quantity FROM stock WHERE product_id = ?", [.integer(Int64(pick.id))]) == stockBefore, "cancelling restocks")
        #expect(try await host.int(id, "SELECT quantity FROM cart_items WHERE product_id = ?", [.integer(Int64(pick.id))]) == quantity)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM coupon_redemptions") == 0, "a cancelled order gives the coupon back")
    }

    @Test func searchFiltersSortingAndPagination() async throws {
        let (host, port) = try await ShopFixture.shared.host()
        let id = try await host.makeInstance(sandboxes: ["shop"], seed: 1)
        let brand = try await host.text(id, "SELECT b.slug FROM brands b JOIN products p ON p.brand_id = b.id JOIN categories c ON c.id = p.category_id WHERE c.slug = 'sneakers' GROUP BY b.id ORDER BY b.slug LIMIT 1")
        let brandCount = try await host.int(id, "SELECT COUNT(*) FROM products p JOIN brands b ON b.id = p.brand_id JOIN categories c ON c.id = p.category_id WHERE c.slug = 'sneakers' AND b.slug = ?", [.text(brand)])
        let pages = try await BlockingThreads.run(1) { _ -> [String] in
            let client = SiteVisitor(port: port, site: "shop", instance: id).client
            return [
                try client.get("/search?q=leather+boots").body,
                try client.get("/category/footwear?sort=price_asc&page=2").body,
                try client.get("/category/sneakers?brand=\(brand)").body,
                try client.get("/category/sneakers?sort=price_desc&max_price=100").body,
            ]
        }[0]
        let firstResult = pages[0].range(of: "class=\"product-name\"").map { String(pages[0][$0.upperBound...].prefix(200)) } ?? ""
        #expect(firstResult.contains("Leather") && firstResult.contains("Boots"), "best match first: \(firstResult)")
        #expect(pages[1].contains("Showing 25–48 of 320 products"))
        #expect(pages[1].contains("aria-current=\"page\">2</a>"))
        #expect(pages[2].contains("of \(brandCount) products") || pages[2].contains("Showing 1–\(brandCount) of \(brandCount) products"))
        let prices = pages[3].components(separatedBy: "<strong>$").dropFirst().compactMap { Double($0.prefix { $0 != "<" }.replacingOccurrences(of: ",", with: "")) }
        #expect(!prices.isEmpty && prices == prices.sorted(by: >) && prices.allSatisfy { $0 <= 100 })
        for page in pages {
            for landmark in ["<header", "<main", "<footer", "aria-label=\"Departments\"", "<label for=\"site-search\""] {
                #expect(page.contains(landmark))
            }
        }
    }

    @Test func reviewsWishlistAndAddressBook() async throws {
        let (host, port) = try await ShopFixture.shared.host()
        let id = try await host.makeInstance(sandboxes: ["shop"], seed: 1)
        let pick = try await Pick.load(host, instance: id, count: 1, minimumStock: 1)[0]
        let account = try await Account.load(host, instance: id, customerID: 3)
        let before = try await host.int(id, "SELECT COUNT(*) FROM reviews WHERE product_id = ?", [.integer(Int64(pick.id))])
        let statuses = try await BlockingThreads.run(1) { _ -> [Int] in
            let shopper = SiteVisitor(port: port, site: "shop", instance: id)
            let anonymous = try shopper.client.post("/product/\(pick.slug)/reviews", form: [("rating", "5")])
            try shopper.signIn(account)
            let short = try shopper.client.post("/product/\(pick.slug)/reviews", form: [("rating", "4"), ("title", "Nice"), ("body", "too short")])
            let good = try shopper.client.submit("/product/\(pick.slug)/reviews", form: [("rating", "2"), ("title", "Scratched on arrival"), ("body", "The finish was scratched when it arrived, sadly.")])
            try shopper.expect(good.page, 200, "product page with review", contains: "Scratched on arrival")
            let wish = try shopper.client.submit("/wishlist/add", form: [("product_id", String(pick.id))])
            try shopper.expect(wish.page, 200, "wishlist", contains: pick.name)
            let badAddress = try shopper.client.post("/account/addresses", form: [("full_name", "Kim Lee"), ("line1", "1 Elm Street"), ("city", "Austin"), ("region", "TX"), ("postal_code", "7870")])
            let address = try shopper.client.submit("/account/addresses", form: [("full_name", "Kim Lee"), ("line1", "1 Elm Street"), ("city", "Austin"), ("region", "TX"), ("postal_code", "78701"), ("is_default", "1")])
            try shopper.expect(address.page, 200, "address book", contains: "1 Elm Street")
            return [anonymous.status, short.status, good.post.status, badAddress.status, address.post.status,
                    short.body.contains("Write at least 20 characters") ? 1 : 0, badAddress.body.contains("Enter a 5-digit ZIP code.") ? 1 : 0]
        }[0]
        #expect(statuses == [303, 422, 303, 422, 303, 1, 1])
        #expect(try await host.int(id, "SELECT COUNT(*) FROM reviews WHERE product_id = ?", [.integer(Int64(pick.id))]) == before + 1)
        #expect(try await host.int(id, "SELECT rating FROM new_reviews WHERE customer_id = 3") == 2)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM wishlist_items WHERE customer_id = 3 AND product_id = ?", [.integer(Int64(pick.id))]) == 1)
        #expect(try await host.int(id, "SELECT COUNT(*) FROM addresses WHERE customer_id = 3 AND is_default = 1") == 1)
        #expect(try await host.text(id, "SELECT line1 FROM addresses WHERE customer_id = 3 AND is_default = 1") == "1 Elm Street")
        let diff = try StateDiff.compute(try await host.stateReader(id))
        #expect(diff.changes.map(\.table) == ["addresses", "new_reviews", "sessions", "wishlist_items"])
    }

    /// The same requests against two fresh instances of a seed give byte-identical pages and
    /// state: session tokens, timestamps and order numbers come from the instance, not the clock.
    @Test func sameTrajectorySamePagesAndState() async throws {
        let (host, port) = try await ShopFixture.shared.host()
        let first = try await host.makeInstance(sandboxes: ["shop"], seed: 1)
        let second = try await host.makeInstance(sandboxes: ["shop"], seed: 1)
        let pick = try await Pick.load(host, instance: first, count: 1, minimumStock: 4)[0]
        let account = try await Account.load(host, instance: first, customerID: 11)
        let bodies = try await BlockingThreads.run(2) { index -> [String] in
            let shopper = SiteVisitor(port: port, site: "shop", instance: index == 0 ? first : second)
            try shopper.signIn(account)
            try shopper.add(pick, quantity: 1)
            let number = try shopper.checkout(account)
            return [try shopper.client.get("/orders/\(number)").body, try shopper.client.get("/cart").body, shopper.client.cookies.description]
        }
        #expect(bodies[0] == bodies[1])
        #expect(try await host.exportState(first) == (try await host.exportState(second)))
    }
}
