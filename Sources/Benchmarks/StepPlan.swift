import GauntletTesting
import SandboxKit

/// The pages `bench sandbox` steps through for one sandbox, in a fixed order, and how a client
/// signs in first: the shop's category and product pages (no sign-in), or the admin's orders
/// grid (varied sorts, filters and pages) and order views, as a signed-in administrator.
struct StepPlan: Sendable {
    struct Target: Sendable {
        let kind: String
        let path: String
    }

    let targets: [Target]
    /// The kinds of page, in the order the figures list them.
    let kinds: [String]
    /// What each of the live instances serves before memory is measured.
    let memoryPaths: [String]
    /// The admin's seeded administrator, or nil for a site that needs no sign-in.
    let credentials: [(String, String)]?

    func signIn(_ client: LoopbackHTTPClient) throws {
        guard let credentials else { return }
        let response = try client.post("/login", form: credentials)
        guard response.status == 303 else { throw BenchmarkError("sign-in answered \(response.status)") }
    }

    static func make(for sandbox: String, host: SandboxHost, instance: String) async throws -> StepPlan {
        sandbox == "admin" ? try await admin(host, instance: instance) : try await shop(host, instance: instance)
    }

    private static func texts(_ host: SandboxHost, _ instance: String, _ sql: String) async throws -> [String] {
        try await host.query(instance, sql).rows.compactMap { row -> String? in
            if case .text(let text) = row[0] { return text } else { return nil }
        }
    }

    /// Category pages with varied sorts and pages, and product pages.
    private static func shop(_ host: SandboxHost, instance: String) async throws -> StepPlan {
        let categories = try await texts(host, instance, "SELECT slug FROM categories ORDER BY id")
        let products = try await texts(host, instance, "SELECT slug FROM products ORDER BY (id * 7919) % 2003 LIMIT 64")
        let sorts = ["price_asc", "price_desc", "rating", "newest", "name"]
        var targets: [Target] = []
        for index in 0..<64 {
            let slug = categories[index % max(1, categories.count)]
            targets.append(Target(kind: "category", path: "/category/\(slug)?sort=\(sorts[index % sorts.count])&page=\(1 + index % 3)"))
            targets.append(Target(kind: "product", path: "/product/\(products[index % max(1, products.count)])"))
        }
        let product = targets.first { $0.kind == "product" }?.path ?? "/"
        return StepPlan(targets: targets, kinds: ["category", "product"], memoryPaths: ["/", product, "/category/footwear?sort=rating"], credentials: nil)
    }

    /// The orders grid with every sortable column, both directions, a status filter on every
    /// fourth page and pages 1 to 4; and order views.
    private static func admin(_ host: SandboxHost, instance: String) async throws -> StepPlan {
        let numbers = try await texts(host, instance, "SELECT number FROM orders ORDER BY (id * 7919) % 1009 LIMIT 64")
        let sorts = ["number", "date", "customer", "email", "status", "total"]
        let statuses = ["pending", "processing", "shipped", "delivered"]
        var targets: [Target] = []
        for index in 0..<64 {
            var grid = "/orders?sort=\(sorts[index % sorts.count])&dir=\(index % 2 == 0 ? "asc" : "desc")&page=\(1 + index % 4)"
            if index % 4 == 3 { grid = "/orders?status=\(statuses[index / 4 % statuses.count])&sort=total&dir=desc" }
            targets.append(Target(kind: "orders", path: grid))
            targets.append(Target(kind: "order", path: "/orders/\(numbers[index % max(1, numbers.count)])"))
        }
        return StepPlan(targets: targets, kinds: ["orders", "order"], memoryPaths: ["/dashboard", "/orders", targets[1].path],
                        credentials: [("username", "admin"), ("password", "Admin!0001")])
    }
}
