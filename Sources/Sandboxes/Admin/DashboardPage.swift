import GRDB
import SandboxKit
import Shop

/// The dashboard: lifetime figures, the latest orders, bestsellers and top search terms.
enum DashboardPage {
    /// Revenue counts every order not cancelled, less what was refunded.
    static let revenueSQL = """
        SELECT COALESCE(SUM(total_cents), 0) - (SELECT COALESCE(SUM(amount_cents), 0) FROM credit_memos),
            COUNT(*) FROM orders WHERE status <> 'cancelled'
        """

    static func show(_ admin: inout AdminRequest) throws -> SandboxResponse {
        let revenue = try Row.fetchOne(admin.db, sql: revenueSQL)
        let sales: Int = revenue?[0] ?? 0
        let count: Int = revenue?[1] ?? 0
        let figures: [[String: Any]] = [
            ["label": "Lifetime sales", "value": Pricing.format(sales)],
            ["label": "Average order", "value": Pricing.format(count == 0 ? 0 : sales / count)],
            ["label": "Orders", "value": String(try Int.fetchOne(admin.db, sql: "SELECT COUNT(*) FROM orders") ?? 0)],
            ["label": "Pending orders", "value": String(try Int.fetchOne(admin.db, sql: "SELECT COUNT(*) FROM orders WHERE status = 'pending'") ?? 0)],
            ["label": "Customers", "value": String(try Int.fetchOne(admin.db, sql: "SELECT COUNT(*) FROM customers") ?? 0)],
            ["label": "Products low in stock", "value": String(try Int.fetchOne(admin.db, sql: "SELECT COUNT(*) FROM stock WHERE quantity <= \(ReportPages.defaultLowStock)") ?? 0)],
        ]
        let latest = try Row.fetchAll(admin.db, sql: """
            SELECT o.number, c.first_name || ' ' || c.last_name AS name, o.status, o.total_cents, o.placed_at
            FROM orders o JOIN customers c ON c.id = o.customer_id ORDER BY o.placed_at DESC, o.id DESC LIMIT 5
            """).map { row -> [String: Any] in
            ["number": row["number"] as String, "url": admin.url("/orders/\(row["number"] as String)"), "name": row["name"] as String,
             "status": SalesOrderView.statusLabel(row["status"]), "total": Pricing.format(row["total_cents"]), "date": ShopClock.display(row["placed_at"])]
        }
        let bestsellers = try Row.fetchAll(admin.db, sql: """
            SELECT i.sku, i.name, SUM(i.quantity) AS units FROM order_items i JOIN orders o ON o.id = i.order_id
            WHERE o.status <> 'cancelled' GROUP BY i.product_id ORDER BY units DESC, i.product_id LIMIT 5
            """).map { ["sku": $0["sku"] as String, "name": $0["name"] as String, "units": $0["units"] as Int] as [String: Any] }
        let terms = try Row.fetchAll(admin.db, sql: "SELECT query, uses FROM search_terms ORDER BY uses DESC, id LIMIT 5").map {
            ["query": $0["query"] as String, "uses": $0["uses"] as Int] as [String: Any]
        }
        return try admin.page("dashboard", title: "Dashboard | Larkspur Admin", section: "dashboard", [
            "figures": figures, "latest": latest, "bestsellers": bestsellers, "terms": terms,
        ])
    }
}
