import Foundation
import GauntletTesting
import SandboxKit
import Testing
import Vocabulary

@Suite struct AdminPageTests {
    /// Every page type answers 200 to an administrator, with its heading.
    @Test func everyPageTypeAnswers() async throws {
        let (host, port) = try await AdminFixture.shared.host()
        let instance = try await host.makeInstance(sandboxes: ["admin"], seed: 1)
        let number = try await host.text(instance, "SELECT number FROM orders ORDER BY id LIMIT 1")
        let code = try await host.text(instance, "SELECT code FROM coupon_rules ORDER BY code LIMIT 1")
        let pages: [(String, String)] = [
            ("/dashboard", "Lifetime sales"), ("/orders", "Order list"), ("/orders?status=delivered&sort=total&dir=desc&page=2", "records found"),
            ("/orders/\(number)", "Order #\(number)"), ("/products", "Products"), ("/products?stock=out&sort=price", "Out of stock"),
            ("/products/1", "Save product"), ("/customers", "Customers"), ("/customers/7", "Save customer"), ("/reviews", "Reviews"),
            ("/reviews?status=approved&rating=1", "records found"), ("/coupons", "Cart price rules"), ("/coupons/new", "New cart price rule"),
            ("/coupons/\(code)", "Edit rule \(code)"), ("/reports", "Reports"), ("/reports/bestsellers?from=2026-01-01&to=2026-05-31", "Units sold"),
            ("/reports/sales?group=year", "Revenue"), ("/reports/search-terms", "Search query"), ("/reports/low-stock?threshold=3", "Low stock"),
        ]
        let frozen = pages
        try await BlockingThreads.run {
            let admin = try SiteVisitor.staff(port: port, instance: instance, username: "admin", id: 1)
            for (path, text) in frozen { try admin.get(path, contains: text) }
        }
    }

    /// Without a session every page leads to the sign-in form; a wrong password is a 422 form.
    @Test func signInIsRequiredAndChecked() async throws {
        let (host, port) = try await AdminFixture.shared.host()
        let instance = try await host.makeInstance(sandboxes: ["admin"], seed: 1)
        try await BlockingThreads.run {
            let visitor = SiteVisitor(port: port, site: "admin", instance: instance)
            let response = try visitor.get("/orders?status=pending", 303)
            #expect(response.header("Location") == "/login?next=%2Forders%3Fstatus%3Dpending")
            try visitor.get("/login", contains: "Sign in to the admin")
            let failed = try visitor.submit("/login", [("username", "admin"), ("password", "wrong")], 422, contains: "The user name or password is wrong.")
            #expect(failed.body.contains("aria-invalid=\"true\""))
            try visitor.submit("/login", [("username", "admin"), ("password", "Admin!0001"), ("next", "/orders?status=pending")], contains: "Order list")
            // The site's root opens the role's first section.
            #expect(try visitor.get("/", 303).header("Location") == "/dashboard")
            try visitor.submit("/logout", [], contains: "Sign in to the admin")
            try visitor.get("/dashboard", 303)
        }
    }

    /// A limited role gets the access-denied page and never the data; its posts change nothing.
    @Test func limitedRolesAreDenied() async throws {
        let (host, port) = try await AdminFixture.shared.host()
        let instance = try await host.makeInstance(sandboxes: ["admin"], seed: 1)
        let pending = try await host.text(instance, "SELECT number FROM orders WHERE status = 'pending' ORDER BY id LIMIT 1")
        let productName = try await host.text(instance, "SELECT name FROM products WHERE id = 1")
        let email = try await host.text(instance, "SELECT email FROM customers WHERE id = 1")
        try await BlockingThreads.run {
            let sales = try SiteVisitor.staff(port: port, instance: instance, username: "sales", id: 2)
            for path in ["/products", "/products/1", "/reviews", "/coupons", "/reports/bestsellers", "/reports"] {
                let page = try sales.get(path, 403, contains: "Access denied")
                #expect(!page.body.contains(SiteVisitor.escape(productName)), "\(path) shows a product to the sales role")
            }
            try sales.get("/orders", contains: "Order list")
            let catalog = try SiteVisitor.staff(port: port, instance: instance, username: "catalog", id: 3)
            for path in ["/orders", "/orders/\(pending)", "/customers", "/customers/1", "/dashboard", "/reports/sales"] {
                let page = try catalog.get(path, 403, contains: "Access denied")
                #expect(!page.body.contains(email) && !page.body.contains("#\(pending)"), "\(path) shows sales data to the catalog role")
            }
            try catalog.submit("/orders/\(pending)/cancel", [], 403)
            try catalog.get("/products/1", contains: "Save product")
            #expect(try catalog.get("/", 303).header("Location") == "/products", "the catalog role starts at its first section")
        }
        #expect(try await host.text(instance, "SELECT status FROM orders WHERE number = ?", [.text(pending)]) == "pending")
    }

    /// Malformed parameters and unknown ids give a 4xx page, never a 5xx.
    @Test func malformedParametersAre4xx() async throws {
        let (host, port) = try await AdminFixture.shared.host()
        let instance = try await host.makeInstance(sandboxes: ["admin"], seed: 1)
        let cases: [(String, Int)] = [
            ("/orders?page=-1", 400), ("/orders?page=abc", 400), ("/orders?page=99999", 404), ("/orders?sort=unknown", 400), ("/orders?dir=up", 400),
            ("/orders?limit=7", 400), ("/orders?status=lost", 400), ("/orders?from=2026-13-40", 400), ("/orders/999999", 404), ("/orders/abc", 404),
            ("/products/0", 404), ("/products/abc", 404), ("/products/99999", 404), ("/products?status=maybe", 400), ("/customers/99999", 404),
            ("/customers?sort=phone", 400), ("/reviews?rating=9", 400), ("/coupons/NOPE", 404), ("/reports/nothing", 404),
            ("/reports/low-stock?threshold=-3", 400), ("/reports/sales?group=week", 400), ("/nowhere", 404), ("/orders/1/2/3", 404),
        ]
        let frozen = cases
        try await BlockingThreads.run {
            let admin = try SiteVisitor.staff(port: port, instance: instance, username: "admin", id: 1)
            for (path, status) in frozen { try admin.get(path, status) }
            try admin.submit("/orders/999999/cancel", [], 404)
            try admin.submit("/orders/999999/explode", [], 404)
            try admin.submit("/reviews/1", [("status", "maybe")], 400)
        }
    }

    /// A crawl from the start page, following every admin link (capped), reaches every page
    /// type and never gets a 5xx.
    @Test func crawlReachesEveryPageTypeWithout5xx() async throws {
        let (host, port) = try await AdminFixture.shared.host()
        let instance = try await host.makeInstance(sandboxes: ["admin"], seed: 1)
        let reached = try await BlockingThreads.run { () -> Set<String> in
            let admin = try SiteVisitor.staff(port: port, instance: instance, username: "admin", id: 1)
            var queue = ["/"], seen: Set<String> = ["/"], kinds: Set<String> = []
            var fetched = 0
            while !queue.isEmpty, fetched < 400 {
                let path = queue.removeFirst()
                var response = try admin.client.get(path)
                fetched += 1
                if response.status == 303, let location = response.header("Location") { response = try admin.client.get(location) }
                guard response.status < 500 else { throw SiteVisitor.Failure(description: "\(path) answered \(response.status)") }
                kinds.insert(Self.kind(path))
                for link in Self.links(response.body) where !seen.contains(link) && link != "/logout" {
                    seen.insert(link)
                    queue.append(link)
                }
            }
            return kinds
        }
        let expected: Set<String> = ["dashboard", "orders", "order", "products", "product", "customers", "customer", "reviews", "coupons", "coupon",
                                     "reports", "report"]
        #expect(expected.isSubset(of: reached), "not reached: \(expected.subtracting(reached).sorted())")
    }

    static func kind(_ path: String) -> String {
        let parts = path.split(separator: "?")[0].split(separator: "/").map(String.init)
        guard let first = parts.first else { return "root" }
        if parts.count == 1 { return first }
        return ["orders": "order", "products": "product", "customers": "customer", "coupons": "coupon", "reports": "report"][first] ?? first
    }

    /// Links in a page, relative to the admin, with entities decoded; other sites' links left out.
    static func links(_ html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap { part in
            guard let end = part.firstIndex(of: "\"") else { return nil }
            let link = String(part[..<end]).replacingOccurrences(of: "&amp;", with: "&")
            guard link.hasPrefix("/"), !link.hasPrefix("/static"), !link.hasPrefix("/product/") else { return nil }
            return String(link.split(separator: "#", omittingEmptySubsequences: false)[0])
        }
    }
}
