import GRDB
import SandboxKit
import Shop
import Vocabulary

/// The orders grid: filters, sorting, paging, and mass actions (cancel, invoice).
enum SalesOrderGrid {
    static let columns: [GridPage.Column] = [
        .init(key: "number", label: "Order", orderSQL: "o.number"),
        .init(key: "date", label: "Purchase date", orderSQL: "o.placed_at"),
        .init(key: "customer", label: "Bill-to name", orderSQL: "c.last_name || ' ' || c.first_name"),
        .init(key: "email", label: "Customer email", orderSQL: "c.email"),
        .init(key: "status", label: "Status", orderSQL: "o.status"),
        .init(key: "total", label: "Grand total", orderSQL: "o.total_cents"),
    ]
    static let statuses = ["pending", "processing", "shipped", "delivered", "cancelled"]
    static let actions = ["cancel": "Cancel", "invoice": "Invoice"]

    static func show(_ admin: inout AdminRequest, problem: String? = nil, status: Int = 200) throws -> SandboxResponse {
        let grid = try GridPage(admin, columns: columns, defaultSort: "date", defaultDescending: true)
        let text = admin.query.nonEmpty("q") ?? ""
        let statusFilter = try admin.choice("status", statuses, fallback: "")
        let from = try admin.date("from"), to = try admin.date("to")
        var filters = GridFilters()
        filters.add("q", text, "(o.number LIKE ? OR c.first_name || ' ' || c.last_name LIKE ? OR c.email LIKE ?)", Array(repeating: "%\(text)%", count: 3))
        filters.add("status", statusFilter, "o.status = ?", [statusFilter])
        filters.add("from", from ?? "", "o.placed_at >= ?", [from])
        filters.add("to", to ?? "", "o.placed_at < date(?, '+1 day')", [to])
        let from_ = "FROM orders o JOIN customers c ON c.id = o.customer_id \(filters.whereSQL)"
        let total = try Int.fetchOne(admin.db, sql: "SELECT COUNT(*) \(from_)", arguments: filters.statementArguments) ?? 0
        try grid.check(total: total)
        let rows = try Row.fetchAll(admin.db, sql: """
            SELECT o.number, o.placed_at, c.first_name || ' ' || c.last_name AS name, c.email, o.status, o.total_cents,
                (SELECT COALESCE(SUM(m.amount_cents), 0) FROM credit_memos m WHERE m.order_id = o.id) AS refunded
            \(from_) \(grid.orderSQL(tie: "o.id"))
            """, arguments: filters.statementArguments).map { row -> [String: Any] in
            let number: String = row["number"]
            return [
                "select": number, "select_label": "Select order \(number)",
                "cells": [
                    GridPage.cell(number, url: admin.url("/orders/\(number)")), GridPage.cell(ShopClock.display(row["placed_at"])),
                    GridPage.cell(row["name"]), GridPage.cell(row["email"]),
                    GridPage.cell(SalesOrderView.statusLabel(row["status"], refunded: row["refunded"], total: row["total_cents"])),
                    GridPage.cell(Pricing.format(row["total_cents"])),
                ],
            ]
        }
        var data = grid.templateData(admin, path: "/orders", filters: filters.pairs, total: total, rows: rows)
        data["q"] = text
        data["from"] = from ?? ""
        data["to"] = to ?? ""
        data["status_options"] = statuses.map { ["value": $0, "label": SalesOrderView.statusLabel($0), "selected": $0 == statusFilter] as [String: Any] }
        data["mass_actions"] = actions.keys.sorted().map { ["value": $0, "label": actions[$0] ?? $0] as [String: Any] }
        data["selectable"] = true
        if let problem { data["problem"] = problem }
        return try admin.page("orders", title: "Orders | Larkspur Admin", section: "orders", data, status: status)
    }

    /// Applies `action` to the selected orders that allow it; the flash says which did not.
    static func massAction(_ admin: inout AdminRequest) throws -> SandboxResponse {
        let numbers = admin.form.all("order").filter { !$0.isEmpty }
        guard let action = admin.form.nonEmpty("action"), actions[action] != nil else {
            return try show(&admin, problem: "Choose an action for the selected orders.", status: 422)
        }
        guard !numbers.isEmpty else {
            return try show(&admin, problem: "Select at least one order.", status: 422)
        }
        var done: [String] = []
        var skipped: [String] = []
        for number in numbers {
            guard let order = try Row.fetchOne(admin.db.cachedStatement(sql: "SELECT id, status, total_cents FROM orders WHERE number = ?"), arguments: [number]),
                order["status"] as String == "pending"
            else {
                skipped.append(number)
                continue
            }
            if action == "cancel" {
                try OrderCancellation.cancel(admin.db, orderID: order["id"], now: admin.now)
            } else {
                try SalesOrderView.invoice(admin.db, orderID: order["id"], amount: order["total_cents"], now: admin.now)
            }
            done.append(number)
        }
        let verb = action == "cancel" ? "cancelled" : "invoiced"
        var message = "\(done.count) order\(done.count == 1 ? "" : "s") \(verb)."
        if !skipped.isEmpty {
            message += " Not \(verb) (only pending orders can be): \(skipped.map { "#\($0)" }.joined(separator: ", "))."
        }
        try admin.setFlash(message)
        return admin.redirect("/orders")
    }
}
