import GRDB
import SandboxKit
import Shop
import Vocabulary

/// Cart price rules: every coupon the shop accepts (`coupon_rules`, seeded from the
/// catalogue's coupons), new rules, edits and deactivation. The shop reads the active ones.
enum CouponRulePages {
    static let columns: [GridPage.Column] = [
        .init(key: "code", label: "Coupon code", orderSQL: "r.code"),
        .init(key: "description", label: "Rule", orderSQL: "r.description"),
        .init(key: "kind", label: "Action", orderSQL: "r.kind"),
        .init(key: "value", label: "Discount", orderSQL: nil),
        .init(key: "min", label: "Minimum subtotal", orderSQL: "r.min_subtotal_cents"),
        .init(key: "from", label: "From", orderSQL: "r.starts_at"),
        .init(key: "to", label: "To", orderSQL: "r.expires_at"),
        .init(key: "active", label: "Status", orderSQL: "r.is_active"),
    ]
    static let kinds = [("percent", "Percent of subtotal"), ("fixed", "Fixed amount off"), ("free_shipping", "Free shipping")]
    static let fields = ["code", "description", "kind", "value", "min_subtotal", "department", "starts_at", "expires_at"]

    static func discount(kind: String, value: Int) -> String {
        switch kind {
        case "percent": "\(value)%"
        case "fixed": Pricing.format(value)
        default: "Free shipping"
        }
    }

    static func grid(_ admin: inout AdminRequest) throws -> SandboxResponse {
        let grid = try GridPage(admin, columns: columns, defaultSort: "code", defaultDescending: false)
        let total = try Int.fetchOne(admin.db, sql: "SELECT COUNT(*) FROM coupon_rules") ?? 0
        try grid.check(total: total)
        let rows = try Row.fetchAll(admin.db, sql: "SELECT * FROM coupon_rules r \(grid.orderSQL(tie: "r.code"))").map { row -> [String: Any] in
            let code: String = row["code"]
            return ["cells": [
                GridPage.cell(code, url: admin.url("/coupons/\(FormFields.encode(code))")), GridPage.cell(row["description"]),
                GridPage.cell(kinds.first { $0.0 == row["kind"] as String }?.1 ?? ""), GridPage.cell(discount(kind: row["kind"], value: row["value"])),
                GridPage.cell(Pricing.format(row["min_subtotal_cents"])), GridPage.cell(ShopClock.display(row["starts_at"])),
                GridPage.cell(ShopClock.display(row["expires_at"])), GridPage.cell((row["is_active"] as Bool) ? "Active" : "Inactive"),
            ]]
        }
        return try admin.page("coupons", title: "Cart Price Rules | Larkspur Admin", section: "coupons",
                              grid.templateData(admin, path: "/coupons", filters: [], total: total, rows: rows))
    }

    /// The form for a new rule (`code` nil) or an existing one.
    static func form(_ admin: inout AdminRequest, code: String?, errors: [String: String] = [:], status: Int = 200) throws -> SandboxResponse {
        var values: [String: String] = [:]
        var active = true
        if let code {
            guard let rule = try Row.fetchOne(admin.db.cachedStatement(sql: "SELECT * FROM coupon_rules WHERE code = ?"), arguments: [code]) else {
                throw AdminRequest.Refusal(status: 404, message: "There is no cart price rule with the code “\(code)”.")
            }
            let kind: String = rule["kind"], value: Int = rule["value"]
            values = [
                "code": rule["code"], "description": rule["description"], "kind": kind,
                "value": kind == "fixed" ? AdminForm.dollars(value) : kind == "percent" ? String(value) : "",
                "min_subtotal": AdminForm.dollars(rule["min_subtotal_cents"]), "department": (rule["category_id"] as Int?).map(String.init) ?? "",
                "starts_at": String((rule["starts_at"] as String).prefix(10)), "expires_at": String((rule["expires_at"] as String).prefix(10)),
            ]
            active = rule["is_active"]
        }
        if !errors.isEmpty {
            for field in fields { values[field] = admin.form[field] ?? "" }
            active = admin.form["is_active"] == "1"
        }
        var data = AdminForm.errorData(errors, fields: fields)
        for field in fields { data[field] = values[field] ?? "" }
        data["is_new"] = code == nil
        data["action"] = admin.url(code.map { "/coupons/\(FormFields.encode($0))" } ?? "/coupons")
        data["is_active"] = active
        data["once_per_customer"] = errors.isEmpty ? false : admin.form["once_per_customer"] == "1"
        if let code, errors.isEmpty {
            data["once_per_customer"] = try Bool.fetchOne(admin.db, sql: "SELECT once_per_customer FROM coupon_rules WHERE code = ?", arguments: [code]) ?? false
        }
        data["kinds"] = kinds.map { ["value": $0.0, "label": $0.1, "selected": $0.0 == values["kind"]] as [String: Any] }
        data["departments"] = try Row.fetchAll(admin.db, sql: "SELECT id, name FROM categories WHERE parent_id IS NULL ORDER BY position").map {
            ["value": String($0["id"] as Int), "label": $0["name"] as String, "selected": String($0["id"] as Int) == values["department"]] as [String: Any]
        }
        let heading = code.map { "Edit rule \($0)" } ?? "New cart price rule"
        data["heading"] = heading
        return try admin.page("coupon_edit", title: "\(heading) | Larkspur Admin", section: "coupons", data, status: status)
    }

    static func save(_ admin: inout AdminRequest, code existing: String?) throws -> SandboxResponse {
        if let existing, try Bool.fetchOne(admin.db, sql: "SELECT EXISTS (SELECT 1 FROM coupon_rules WHERE code = ?)", arguments: [existing]) != true {
            throw AdminRequest.Refusal(status: 404, message: "There is no cart price rule with the code “\(existing)”.")
        }
        var errors: [String: String] = [:]
        let code = existing ?? (admin.form.nonEmpty("code") ?? "").uppercased()
        if existing == nil {
            if code.count < 4 || code.count > 20 || !code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                errors["code"] = "Enter a code of 4 to 20 letters and digits."
            } else if try Bool.fetchOne(admin.db, sql: "SELECT EXISTS (SELECT 1 FROM coupon_rules WHERE code = ?)", arguments: [code]) == true {
                errors["code"] = "A rule with this code already exists."
            }
        }
        let description = admin.form.nonEmpty("description") ?? ""
        if description.isEmpty || description.count > 120 { errors["description"] = "Describe the rule in at most 120 characters." }
        let kind = admin.form["kind"] ?? ""
        var value = 0
        switch kind {
        case "percent":
            if let percent = admin.form.nonEmpty("value").flatMap({ AdminForm.integer($0, in: 1...90) }) { value = percent } else {
                errors["value"] = "Enter a percentage from 1 to 90."
            }
        case "fixed":
            if let cents = admin.form.nonEmpty("value").flatMap(AdminForm.cents), cents > 0 { value = cents } else {
                errors["value"] = "Enter an amount in dollars greater than zero."
            }
        case "free_shipping": value = 0
        default: errors["kind"] = "Choose what the rule does."
        }
        let minimum = admin.form.nonEmpty("min_subtotal").map(AdminForm.cents) ?? 0
        if minimum == nil { errors["min_subtotal"] = "Enter a minimum subtotal in dollars (0 for none)." }
        let departmentText = admin.form.nonEmpty("department")
        var department: Int?
        if let departmentText {
            department = Int(departmentText)
            if try department == nil || Bool.fetchOne(admin.db, sql: "SELECT EXISTS (SELECT 1 FROM categories WHERE id = ? AND parent_id IS NULL)", arguments: [department]) != true {
                errors["department"] = "Choose a department, or none."
            }
        }
        let starts = admin.form.nonEmpty("starts_at") ?? "", expires = admin.form.nonEmpty("expires_at") ?? ""
        if !AdminForm.isDate(starts) { errors["starts_at"] = "Enter the first day as YYYY-MM-DD." }
        if !AdminForm.isDate(expires) { errors["expires_at"] = "Enter the last day as YYYY-MM-DD." } else if AdminForm.isDate(starts) && expires < starts {
            errors["expires_at"] = "The last day cannot be before the first."
        }
        guard errors.isEmpty, let minimum else { return try form(&admin, code: existing, errors: errors, status: 422) }
        let arguments: [DatabaseValueConvertible?] = [
            description, kind, value, minimum, department, "\(starts) 00:00:00", "\(expires) 23:59:59",
            admin.form["once_per_customer"] == "1", admin.form["is_active"] == "1", code,
        ]
        if existing == nil {
            try admin.db.execute(sql: """
                INSERT INTO coupon_rules (description, kind, value, min_subtotal_cents, category_id, starts_at, expires_at, once_per_customer, is_active, code)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: StatementArguments(arguments))
        } else {
            try admin.db.execute(sql: """
                UPDATE coupon_rules SET description = ?, kind = ?, value = ?, min_subtotal_cents = ?, category_id = ?, starts_at = ?, expires_at = ?,
                    once_per_customer = ?, is_active = ? WHERE code = ?
                """, arguments: StatementArguments(arguments))
        }
        try admin.setFlash("The rule \(code) was saved.")
        return admin.redirect("/coupons")
    }
}
