import GRDB
import SandboxKit
import Shop
import Vocabulary

/// The products grid and product edit: price, quantity, status, attributes and the image's alt text.
/// Edits land in `product_edits` (the catalogue is read-only and shared) and `stock`.
enum ProductAdminPages {
    static let columns: [GridPage.Column] = [
        .init(key: "id", label: "ID", orderSQL: "p.id"),
        .init(key: "sku", label: "SKU", orderSQL: "p.sku"),
        .init(key: "name", label: "Name", orderSQL: "p.name COLLATE NOCASE"),
        .init(key: "category", label: "Category", orderSQL: "c.name"),
        .init(key: "price", label: "Price", orderSQL: "p.price_cents"),
        .init(key: "quantity", label: "Quantity", orderSQL: "s.quantity"),
        .init(key: "status", label: "Status", orderSQL: "p.enabled"),
    ]
    static let fields = ["price", "quantity", "status", "material", "image_alt"]

    static func grid(_ admin: inout AdminRequest) throws -> SandboxResponse {
        let grid = try GridPage(admin, columns: columns, defaultSort: "id", defaultDescending: false)
        let text = admin.query.nonEmpty("q") ?? ""
        let status = try admin.choice("status", ["enabled", "disabled"], fallback: "")
        let stock = try admin.choice("stock", ["in", "out", "low"], fallback: "")
        var filters = GridFilters()
        filters.add("q", text, "(p.name LIKE ? OR p.sku LIKE ?)", ["%\(text)%", "%\(text)%"])
        filters.add("status", status, "p.enabled = ?", [status == "enabled"])
        filters.add("stock", stock, ["in": "s.quantity > 0", "out": "s.quantity = 0", "low": "s.quantity BETWEEN 1 AND \(ReportPages.defaultLowStock)"][stock] ?? "1", [])
        let from = "FROM admin_products p JOIN categories c ON c.id = p.category_id JOIN main.stock s ON s.product_id = p.id \(filters.whereSQL)"
        let total = try Int.fetchOne(admin.db, sql: "SELECT COUNT(*) \(from)", arguments: filters.statementArguments) ?? 0
        try grid.check(total: total)
        let rows = try Row.fetchAll(admin.db, sql: "SELECT p.id, p.sku, p.name, c.name AS category, p.price_cents, s.quantity, p.enabled \(from) \(grid.orderSQL(tie: "p.id"))",
                                    arguments: filters.statementArguments).map { row -> [String: Any] in
            let id: Int = row["id"]
            return ["cells": [
                GridPage.cell(String(id)), GridPage.cell(row["sku"]), GridPage.cell(row["name"], url: admin.url("/products/\(id)")),
                GridPage.cell(row["category"]), GridPage.cell(Pricing.format(row["price_cents"])), GridPage.cell(String(row["quantity"] as Int)),
                GridPage.cell((row["enabled"] as Bool) ? "Enabled" : "Disabled"),
            ]]
        }
        var data = grid.templateData(admin, path: "/products", filters: filters.pairs, total: total, rows: rows)
        data["q"] = text
        data["status_options"] = [("enabled", "Enabled"), ("disabled", "Disabled")].map { ["value": $0.0, "label": $0.1, "selected": $0.0 == status] as [String: Any] }
        data["stock_options"] = [("in", "In stock"), ("out", "Out of stock"), ("low", "Low stock")].map { ["value": $0.0, "label": $0.1, "selected": $0.0 == stock] as [String: Any] }
        return try admin.page("products", title: "Products | Larkspur Admin", section: "products", data)
    }

    static func edit(_ admin: inout AdminRequest, id: Int, errors: [String: String] = [:], status: Int = 200) throws -> SandboxResponse {
        guard let product = try Row.fetchOne(admin.db.cachedStatement(sql: """
            SELECT p.*, b.name AS brand, c.name AS category, s.quantity FROM admin_products p JOIN brands b ON b.id = p.brand_id
            JOIN categories c ON c.id = p.category_id JOIN main.stock s ON s.product_id = p.id WHERE p.id = ?
            """), arguments: [id])
        else { throw AdminRequest.Refusal(status: 404, message: "There is no product with the id \(id).") }
        let submitted = !errors.isEmpty
        func value(_ field: String, _ stored: String) -> String { submitted ? admin.form[field] ?? "" : stored }
        let enabled = submitted ? admin.form["status"] == "enabled" : product["enabled"] as Bool
        let specs = try Row.fetchAll(admin.db, sql: "SELECT name, value FROM product_specs WHERE product_id = ? ORDER BY position", arguments: [id]).map {
            ["name": $0["name"] as String, "value": $0["value"] as String] as [String: Any]
        }
        var data = AdminForm.errorData(errors, fields: fields)
        data.merge([
            "id": id, "sku": product["sku"] as String, "name": product["name"] as String, "brand": product["brand"] as String,
            "category": product["category"] as String, "shop_url": "/product/\(product["slug"] as String)",
            "price": value("price", AdminForm.dollars(product["price_cents"])),
            "quantity": value("quantity", String(product["quantity"] as Int)),
            "enabled": enabled, "material": value("material", product["material"]),
            "featured": submitted ? admin.form["featured"] == "1" : product["featured"] as Bool,
            "image_alt": value("image_alt", product["image_alt"]), "specs": specs,
        ]) { $1 }
        return try admin.page("product_edit", title: "\(product["name"] as String) | Products | Larkspur Admin", section: "products", data, status: status)
    }

    static func save(_ admin: inout AdminRequest, id: Int) throws -> SandboxResponse {
        guard try Bool.fetchOne(admin.db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM admin_products WHERE id = ?)"), arguments: [id]) == true else {
            throw AdminRequest.Refusal(status: 404, message: "There is no product with the id \(id).")
        }
        var errors: [String: String] = [:]
        let price = (admin.form.nonEmpty("price")).flatMap(AdminForm.cents)
        if price == nil || price == 0 { errors["price"] = "Enter a price in dollars greater than zero, like 24.99." }
        let quantity = admin.form.nonEmpty("quantity").flatMap { AdminForm.integer($0, in: 0...100_000) }
        if quantity == nil { errors["quantity"] = "Enter a quantity from 0 to 100000." }
        let status = admin.form["status"] ?? ""
        if status != "enabled" && status != "disabled" { errors["status"] = "Choose Enabled or Disabled." }
        let material = admin.form.nonEmpty("material") ?? ""
        if material.isEmpty || material.count > 60 { errors["material"] = "Enter the material (at most 60 characters)." }
        let alt = admin.form.nonEmpty("image_alt") ?? ""
        if alt.isEmpty || alt.count > 160 { errors["image_alt"] = "Describe the image in at most 160 characters." }
        guard errors.isEmpty, let price, let quantity else { return try edit(&admin, id: id, errors: errors, status: 422) }
        try admin.db.execute(sql: """
            INSERT INTO product_edits (product_id, price_cents, material, featured, enabled, image_alt, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (product_id) DO UPDATE SET price_cents = excluded.price_cents, material = excluded.material, featured = excluded.featured,
                enabled = excluded.enabled, image_alt = excluded.image_alt, updated_at = excluded.updated_at
            """, arguments: [id, price, material, admin.form["featured"] == "1", status == "enabled", alt, admin.now])
        try admin.db.execute(sql: "UPDATE stock SET quantity = ? WHERE product_id = ?", arguments: [quantity, id])
        try admin.setFlash("The product was saved.")
        return admin.redirect("/products/\(id)")
    }
}

