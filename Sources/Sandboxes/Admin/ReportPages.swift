import GRDB
import SandboxKit
import Shop
import Vocabulary

/// Reports: bestsellers and sales by period (orders not cancelled, by purchase date), search
/// terms, and low stock. Each is a table with its own filters, all checked (bad values are 400).
enum ReportPages {
    static let defaultLowStock = 5
    static let reports: [(path: String, title: String, summary: String)] = [
        ("bestsellers", "Bestsellers", "Units sold per product in a period."),
        ("sales", "Sales by period", "Orders, units and revenue per day, month or year."),
        ("search-terms", "Search terms", "What shoppers searched for, how often, and how many products matched."),
        ("low-stock", "Low stock", "Products with few units left."),
    ]

    static func index(_ admin: inout AdminRequest) throws -> SandboxResponse {
        try admin.page("reports", title: "Reports | Larkspur Admin", section: "reports", [
            "reports": reports.map { ["url": admin.url("/reports/\($0.path)"), "title": $0.title, "summary": $0.summary] as [String: Any] },
        ])
    }

    static func show(_ admin: inout AdminRequest, report: String) throws -> SandboxResponse {
        guard let entry = reports.first(where: { $0.path == report }) else {
            throw AdminRequest.Refusal(status: 404, message: "There is no report called “\(report)”.")
        }
        var data: [String: Any]
        switch report {
        case "bestsellers": data = try bestsellers(&admin)
        case "sales": data = try sales(&admin)
        case "search-terms": data = try searchTerms(&admin)
        default: data = try lowStock(&admin)
        }
        data["heading"] = entry.title
        data["summary"] = entry.summary
        data["action"] = admin.url("/reports/\(report)")
        return try admin.page("report", title: "\(entry.title) | Reports | Larkspur Admin", section: "reports", data)
    }

    /// The period filter shared by bestsellers and sales: `from` and `to` (inclusive days).
    private static func period(_ admin: AdminRequest) throws -> (conditions: String, arguments: [DatabaseValueConvertible?], fields: [[String: Any]], pairs: [NameValue]) {
        let from = try admin.date("from"), to = try admin.date("to")
        var conditions = "o.status <> 'cancelled'"
        var arguments: [DatabaseValueConvertible?] = []
        var pairs: [NameValue] = []
        if let from {
            conditions += " AND o.placed_at >= ?"
            arguments.append(from)
            pairs.append(.init(name: "from", value: from))
        }
        if let to {
            conditions += " AND o.placed_at < date(?, '+1 day')"
            arguments.append(to)
            pairs.append(.init(name: "to", value: to))
        }
        let fields: [[String: Any]] = [
            ["name": "from", "label": "From (YYYY-MM-DD)", "value": from ?? "", "is_text": true],
            ["name": "to", "label": "To (YYYY-MM-DD)", "value": to ?? "", "is_text": true],
        ]
        return (conditions, arguments, fields, pairs)
    }

    private static func bestsellers(_ admin: inout AdminRequest) throws -> [String: Any] {
        let grid = try GridPage(admin, columns: [
            .init(key: "product", label: "Product", orderSQL: "i.name"), .init(key: "sku", label: "SKU", orderSQL: "i.sku"),
            .init(key: "units", label: "Units sold", orderSQL: "units"), .init(key: "revenue", label: "Revenue", orderSQL: "revenue"),
        ], defaultSort: "units", defaultDescending: true)
        let period = try period(admin)
        let base = "FROM order_items i JOIN orders o ON o.id = i.order_id WHERE \(period.conditions) GROUP BY i.product_id"
        let total = try Int.fetchOne(admin.db, sql: "SELECT COUNT(*) FROM (SELECT 1 \(base))", arguments: StatementArguments(period.arguments)) ?? 0
        try grid.check(total: total)
        let rows = try Row.fetchAll(admin.db, sql: """
            SELECT i.product_id, i.name, i.sku, SUM(i.quantity) AS units, SUM(i.quantity * i.unit_price_cents) AS revenue \(base) \(grid.orderSQL(tie: "i.product_id"))
            """, arguments: StatementArguments(period.arguments)).map { row -> [String: Any] in
            ["cells": [GridPage.cell(row["name"], url: admin.url("/products/\(row["product_id"] as Int)")), GridPage.cell(row["sku"]),
                       GridPage.cell(String(row["units"] as Int)), GridPage.cell(Pricing.format(row["revenue"]))]]
        }
        var data = grid.templateData(admin, path: "/reports/bestsellers", filters: period.pairs, total: total, rows: rows)
        data["fields"] = period.fields
        return data
    }

    private static func sales(_ admin: inout AdminRequest) throws -> [String: Any] {
        let group = try admin.choice("group", ["day", "month", "year"], fallback: "month")
        let key = ["day": "substr(o.placed_at, 1, 10)", "month": "substr(o.placed_at, 1, 7)", "year": "substr(o.placed_at, 1, 4)"][group] ?? ""
        let grid = try GridPage(admin, columns: [
            .init(key: "period", label: "Period", orderSQL: "period"), .init(key: "orders", label: "Orders", orderSQL: "orders"),
            .init(key: "units", label: "Units", orderSQL: "units"), .init(key: "revenue", label: "Revenue", orderSQL: "revenue"),
        ], defaultSort: "period", defaultDescending: true)
        let period = try period(admin)
        let base = "FROM orders o WHERE \(period.conditions) GROUP BY \(key)"
        let total = try Int.fetchOne(admin.db, sql: "SELECT COUNT(*) FROM (SELECT 1 \(base))", arguments: StatementArguments(period.arguments)) ?? 0
        try grid.check(total: total)
        let rows = try Row.fetchAll(admin.db, sql: """
            SELECT \(key) AS period, COUNT(*) AS orders, SUM((SELECT SUM(quantity) FROM order_items i WHERE i.order_id = o.id)) AS units,
                SUM(o.total_cents) AS revenue \(base) \(grid.orderSQL(tie: "period"))
            """, arguments: StatementArguments(period.arguments)).map { row -> [String: Any] in
            ["cells": [GridPage.cell(row["period"]), GridPage.cell(String(row["orders"] as Int)), GridPage.cell(String(row["units"] as Int? ?? 0)),
                       GridPage.cell(Pricing.format(row["revenue"]))]]
        }
        var data = grid.templateData(admin, path: "/reports/sales", filters: period.pairs + [.init(name: "group", value: group)], total: total, rows: rows)
        data["fields"] = period.fields + [[
            "name": "group", "label": "Show by", "is_select": true,
            "options": ["day", "month", "year"].map { ["value": $0, "label": $0.capitalized, "selected": $0 == group] as [String: Any] },
        ]]
        return data
    }

    private static func searchTerms(_ admin: inout AdminRequest) throws -> [String: Any] {
        let grid = try GridPage(admin, columns: [
            .init(key: "query", label: "Search query", orderSQL: "query"), .init(key: "uses", label: "Uses", orderSQL: "uses"),
            .init(key: "results", label: "Results", orderSQL: "results"), .init(key: "last", label: "Last used", orderSQL: "last_used_at"),
        ], defaultSort: "uses", defaultDescending: true)
        let total = try Int.fetchOne(admin.db, sql: "SELECT COUNT(*) FROM search_terms") ?? 0
        try grid.check(total: total)
        let rows = try Row.fetchAll(admin.db, sql: "SELECT * FROM search_terms \(grid.orderSQL(tie: "id"))").map { row -> [String: Any] in
            ["cells": [GridPage.cell(row["query"]), GridPage.cell(String(row["uses"] as Int)), GridPage.cell(String(row["results"] as Int)),
                       GridPage.cell(ShopClock.display(row["last_used_at"]))]]
        }
        return grid.templateData(admin, path: "/reports/search-terms", filters: [], total: total, rows: rows)
    }

    private static func lowStock(_ admin: inout AdminRequest) throws -> [String: Any] {
        let threshold = try admin.integer("threshold", in: 0...1000, fallback: defaultLowStock)
        let grid = try GridPage(admin, columns: [
            .init(key: "product", label: "Product", orderSQL: "p.name COLLATE NOCASE"), .init(key: "sku", label: "SKU", orderSQL: "p.sku"),
            .init(key: "quantity", label: "Quantity", orderSQL: "s.quantity"),
        ], defaultSort: "quantity", defaultDescending: false)
        let base = "FROM admin_products p JOIN main.stock s ON s.product_id = p.id WHERE s.quantity <= ?"
        let total = try Int.fetchOne(admin.db, sql: "SELECT COUNT(*) \(base)", arguments: [threshold]) ?? 0
        try grid.check(total: total)
        let rows = try Row.fetchAll(admin.db, sql: "SELECT p.id, p.name, p.sku, s.quantity \(base) \(grid.orderSQL(tie: "p.id"))", arguments: [threshold]).map { row -> [String: Any] in
            ["cells": [GridPage.cell(row["name"], url: admin.url("/products/\(row["id"] as Int)")), GridPage.cell(row["sku"]), GridPage.cell(String(row["quantity"] as Int))]]
        }
        var data = grid.templateData(admin, path: "/reports/low-stock", filters: threshold == defaultLowStock ? [] : [.init(name: "threshold", value: String(threshold))],
                                     total: total, rows: rows)
        data["fields"] = [["name": "threshold", "label": "At most this many units", "value": String(threshold), "is_text": true] as [String: Any]]
        return data
    }
}
