import GRDB
import SandboxKit
import Shop
import Vocabulary

/// The customers grid and customer edit (name, email, phone), with the customer's orders.
enum CustomerAdminPages {
    static let columns: [GridPage.Column] = [
        .init(key: "id", label: "ID", orderSQL: "c.id"),
        .init(key: "name", label: "Name", orderSQL: "c.last_name || ' ' || c.first_name"),
        .init(key: "email", label: "Email", orderSQL: "c.email"),
        .init(key: "phone", label: "Phone", orderSQL: nil),
        .init(key: "since", label: "Customer since", orderSQL: "c.created_at"),
        .init(key: "orders", label: "Orders", orderSQL: "order_count"),
    ]
    static let fields = ["first_name", "last_name", "email", "phone"]

    static func grid(_ admin: inout AdminRequest) throws -> SandboxResponse {
        let grid = try GridPage(admin, columns: columns, defaultSort: "id", defaultDescending: false)
        let text = admin.query.nonEmpty("q") ?? ""
        var filters = GridFilters()
        filters.add("q", text, "(c.first_name || ' ' || c.last_name LIKE ? OR c.email LIKE ? OR c.phone LIKE ?)", Array(repeating: "%\(text)%", count: 3))
        let total = try Int.fetchOne(admin.db, sql: "SELECT COUNT(*) FROM customers c \(filters.whereSQL)", arguments: filters.statementArguments) ?? 0
        try grid.check(total: total)
        let rows = try Row.fetchAll(admin.db, sql: """
            SELECT c.id, c.first_name || ' ' || c.last_name AS name, c.email, c.phone, c.created_at,
                (SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.id) AS order_count
            FROM customers c \(filters.whereSQL) \(grid.orderSQL(tie: "c.id"))
            """, arguments: filters.statementArguments).map { row -> [String: Any] in
            let id: Int = row["id"]
            return ["cells": [
                GridPage.cell(String(id)), GridPage.cell(row["name"], url: admin.url("/customers/\(id)")), GridPage.cell(row["email"]),
                GridPage.cell(row["phone"]), GridPage.cell(ShopClock.display(row["created_at"])), GridPage.cell(String(row["order_count"] as Int)),
            ]]
        }
        var data = grid.templateData(admin, path: "/customers", filters: filters.pairs, total: total, rows: rows)
        data["q"] = text
        return try admin.page("customers", title: "Customers | Larkspur Admin", section: "customers", data)
    }

    static func edit(_ admin: inout AdminRequest, id: Int, errors: [String: String] = [:], status: Int = 200) throws -> SandboxResponse {
        guard let customer = try Row.fetchOne(admin.db.cachedStatement(sql: "SELECT * FROM customers WHERE id = ?"), arguments: [id]) else {
            throw AdminRequest.Refusal(status: 404, message: "There is no customer with the id \(id).")
        }
        let submitted = !errors.isEmpty
        var data = AdminForm.errorData(errors, fields: fields)
        for field in fields {
            data[field] = submitted ? admin.form[field] ?? "" : customer[field] as String
        }
        data["id"] = id
        data["name"] = "\(customer["first_name"] as String) \(customer["last_name"] as String)"
        data["since"] = ShopClock.display(customer["created_at"])
        data["orders"] = try Row.fetchAll(admin.db, sql: "SELECT number, status, placed_at, total_cents FROM orders WHERE customer_id = ? ORDER BY placed_at DESC, id DESC",
                                          arguments: [id]).map {
            ["number": $0["number"] as String, "url": admin.url("/orders/\($0["number"] as String)"), "status": SalesOrderView.statusLabel($0["status"]),
             "date": ShopClock.display($0["placed_at"]), "total": Pricing.format($0["total_cents"])] as [String: Any]
        }
        data["addresses"] = try Row.fetchAll(admin.db, sql: "SELECT full_name, line1, line2, city, region, postal_code, is_default FROM addresses WHERE customer_id = ? ORDER BY id",
                                             arguments: [id]).map { row -> [String: Any] in
            let region: String = row["region"], postalCode: String = row["postal_code"]
            let parts: [String] = [row["full_name"], row["line1"], row["line2"], row["city"], "\(region) \(postalCode)"]
            return ["text": parts.filter { !$0.isEmpty }.joined(separator: ", "), "default": row["is_default"] as Bool]
        }
        return try admin.page("customer_edit", title: "\(data["name"] as? String ?? "") | Customers | Larkspur Admin", section: "customers", data, status: status)
    }

    static func save(_ admin: inout AdminRequest, id: Int) throws -> SandboxResponse {
        guard try Bool.fetchOne(admin.db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM customers WHERE id = ?)"), arguments: [id]) == true else {
            throw AdminRequest.Refusal(status: 404, message: "There is no customer with the id \(id).")
        }
        var errors: [String: String] = [:]
        let first = admin.form.nonEmpty("first_name") ?? "", last = admin.form.nonEmpty("last_name") ?? ""
        let email = admin.form.nonEmpty("email") ?? "", phone = admin.form.nonEmpty("phone") ?? ""
        if first.isEmpty || first.count > 60 { errors["first_name"] = "Enter a first name (at most 60 characters)." }
        if last.isEmpty || last.count > 60 { errors["last_name"] = "Enter a last name (at most 60 characters)." }
        if !AdminForm.isEmail(email) {
            errors["email"] = "Enter an email address like name@example.com."
        } else if try Bool.fetchOne(admin.db, sql: "SELECT EXISTS (SELECT 1 FROM customers WHERE email = ? AND id <> ?)", arguments: [email, id]) == true {
            errors["email"] = "Another customer already uses this email address."
        }
        let digits = phone.filter(\.isNumber)
        if digits.count < 7 || digits.count > 15 || !phone.allSatisfy({ $0.isNumber || " ()+-.".contains($0) }) {
            errors["phone"] = "Enter a phone number of 7 to 15 digits."
        }
        guard errors.isEmpty else { return try edit(&admin, id: id, errors: errors, status: 422) }
        try admin.db.execute(sql: "UPDATE customers SET first_name = ?, last_name = ?, email = ?, phone = ? WHERE id = ?", arguments: [first, last, email, phone, id])
        try admin.setFlash("The customer was saved.")
        return admin.redirect("/customers/\(id)")
    }
}
