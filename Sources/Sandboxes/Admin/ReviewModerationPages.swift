import GRDB
import SandboxKit
import Shop
import Vocabulary

/// Review moderation: every review (seeded and written in the shop) with its status; a
/// rejected review leaves the shop's product page and its rating (`review_moderation`).
enum ReviewModerationPages {
    static let columns: [GridPage.Column] = [
        .init(key: "id", label: "ID", orderSQL: "r.id"),
        .init(key: "date", label: "Created", orderSQL: "r.created_at"),
        .init(key: "product", label: "Product", orderSQL: "p.name COLLATE NOCASE"),
        .init(key: "author", label: "Nickname", orderSQL: "r.author"),
        .init(key: "title", label: "Title", orderSQL: "r.title"),
        .init(key: "rating", label: "Rating", orderSQL: "r.rating"),
        .init(key: "status", label: "Status", orderSQL: "r.status"),
        .init(key: "action", label: "Action", orderSQL: nil),
    ]

    static func grid(_ admin: inout AdminRequest) throws -> SandboxResponse {
        let grid = try GridPage(admin, columns: columns, defaultSort: "date", defaultDescending: true)
        let text = admin.query.nonEmpty("q") ?? ""
        let status = try admin.choice("status", ["approved", "rejected"], fallback: "")
        let rating = try admin.integer("rating", in: 1...5, fallback: 0)
        var filters = GridFilters()
        filters.add("q", text, "(p.name LIKE ? OR p.sku LIKE ? OR r.title LIKE ? OR r.author LIKE ?)", Array(repeating: "%\(text)%", count: 4))
        filters.add("status", status, "r.status = ?", [status])
        filters.add("rating", rating > 0 ? String(rating) : "", "r.rating = ?", [rating])
        let from = "FROM admin_reviews r JOIN admin_products p ON p.id = r.product_id \(filters.whereSQL)"
        let total = try Int.fetchOne(admin.db, sql: "SELECT COUNT(*) \(from)", arguments: filters.statementArguments) ?? 0
        try grid.check(total: total)
        let back = admin.url("/reviews") + (admin.query.isEmpty ? "" : "?" + admin.query.urlEncoded)
        let rows = try Row.fetchAll(admin.db, sql: "SELECT r.id, r.created_at, p.id AS product_id, p.name, r.author, r.title, r.rating, r.status \(from) \(grid.orderSQL(tie: "r.id"))",
                                    arguments: filters.statementArguments).map { row -> [String: Any] in
            let id: Int = row["id"], current: String = row["status"]
            return [
                "cells": [
                    GridPage.cell(String(id)), GridPage.cell(ShopClock.display(row["created_at"])),
                    GridPage.cell(row["name"], url: admin.url("/products/\(row["product_id"] as Int)")), GridPage.cell(row["author"]),
                    GridPage.cell(row["title"]), GridPage.cell("\(row["rating"] as Int) of 5"), GridPage.cell(current == "approved" ? "Approved" : "Rejected"),
                ],
                "moderate": [
                    "action": admin.url("/reviews/\(id)"), "back": back, "status": current == "approved" ? "rejected" : "approved",
                    "label": current == "approved" ? "Reject" : "Approve", "aria_label": "\(current == "approved" ? "Reject" : "Approve") review \(id)",
                ] as [String: Any],
            ]
        }
        var data = grid.templateData(admin, path: "/reviews", filters: filters.pairs, total: total, rows: rows)
        data["q"] = text
        data["status_options"] = [("approved", "Approved"), ("rejected", "Rejected")].map { ["value": $0.0, "label": $0.1, "selected": $0.0 == status] as [String: Any] }
        data["rating_options"] = (1...5).map { ["value": $0, "selected": $0 == rating] as [String: Any] }
        return try admin.page("reviews", title: "Reviews | Larkspur Admin", section: "reviews", data)
    }

    /// POST /reviews/<id>: `status` = approved or rejected; back to the grid the form came from.
    static func moderate(_ admin: inout AdminRequest, id: Int) throws -> SandboxResponse {
        guard let review = try Row.fetchOne(admin.db.cachedStatement(sql: "SELECT product_id, rating FROM admin_reviews WHERE id = ?"), arguments: [id]) else {
            throw AdminRequest.Refusal(status: 404, message: "There is no review with the id \(id).")
        }
        guard let status = admin.form["status"], status == "approved" || status == "rejected" else {
            throw AdminRequest.Refusal(status: 400, message: "A review's status is approved or rejected.")
        }
        try admin.db.execute(sql: """
            INSERT INTO review_moderation (review_id, product_id, rating, status, moderated_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (review_id) DO UPDATE SET status = excluded.status, moderated_at = excluded.moderated_at
            """, arguments: [id, review["product_id"] as Int, review["rating"] as Int, status, admin.now])
        try admin.setFlash("Review \(id) is now \(status).")
        let back = admin.form["back"] ?? ""
        let base = admin.url("/reviews")
        return .redirect(to: back.hasPrefix(base) ? back : base)
    }
}
