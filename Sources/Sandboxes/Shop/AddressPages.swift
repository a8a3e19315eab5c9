import GRDB
import SandboxKit

/// The address book.
enum AddressPages {
    static func list(_ shop: inout ShopRequest, problems: [String: String] = [:], status: Int = 200) throws -> SandboxResponse {
        guard let customer = shop.customer else { return shop.signInRedirect(next: "/account/addresses") }
        let addresses = try Row.fetchAll(shop.db.cachedStatement(sql: "SELECT * FROM addresses WHERE customer_id = ? ORDER BY is_default DESC, id"), arguments: [customer.id]).map(addressData)
        let input = shop.request.isPost ? AddressInput(form: shop.form) : AddressInput()
        return try shop.page("addresses", title: "Address book | Larkspur Market", [
            "addresses": addresses, "has_addresses": !addresses.isEmpty,
            "address": input.templateData(errors: problems), "has_errors": !problems.isEmpty,
            "error_list": FormRules.ordered(problems, fields: FormRules.addressFields),
        ], status: status)
    }

    static func addressData(_ row: Row) -> [String: Any] {
        [
            "id": row["id"] as Int, "full_name": row["full_name"] as String, "line1": row["line1"] as String, "line2": row["line2"] as String,
            "city": row["city"] as String, "region": row["region"] as String, "postal_code": row["postal_code"] as String,
            "phone": row["phone"] as String, "is_default": (row["is_default"] as Int) != 0,
        ]
    }

    static func create(_ shop: inout ShopRequest) throws -> SandboxResponse {
        guard let customer = shop.customer else { return shop.signInRedirect(next: "/account/addresses") }
        let input = AddressInput(form: shop.form)
        let problems = input.problems()
        if !problems.isEmpty { return try list(&shop, problems: problems, status: 422) }
        let hasAny = try Bool.fetchOne(shop.db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM addresses WHERE customer_id = ?)"), arguments: [customer.id]) ?? false
        let makeDefault = !hasAny || shop.form["is_default"] != nil
        if makeDefault { try shop.db.execute(sql: "UPDATE addresses SET is_default = 0 WHERE customer_id = ?", arguments: [customer.id]) }
        try shop.db.execute(
            sql: "INSERT INTO addresses (customer_id, full_name, line1, line2, city, region, postal_code, country, phone, is_default) VALUES (?, ?, ?, ?, ?, ?, ?, 'US', ?, ?)",
            arguments: [customer.id, input.fullName, input.line1, input.line2, input.city, input.region, input.postalCode, input.phone, makeDefault])
        try shop.setFlash("Address added.")
        return shop.redirect("/account/addresses")
    }

    static func edit(_ shop: inout ShopRequest, id: String, problems: [String: String] = [:], status: Int = 200) throws -> SandboxResponse {
        guard let customer = shop.customer else { return shop.signInRedirect(next: "/account/addresses") }
        guard let addressID = Int(id), let row = try Row.fetchOne(shop.db.cachedStatement(sql: "SELECT * FROM addresses WHERE id = ? AND customer_id = ?"), arguments: [addressID, customer.id]) else {
            return try shop.notFound("That address is not in your address book.")
        }
        var input = AddressInput()
        if shop.request.isPost {
            input = AddressInput(form: shop.form)
        } else {
            input.fullName = row["full_name"]; input.line1 = row["line1"]; input.line2 = row["line2"]; input.city = row["city"]
            input.region = row["region"]; input.postalCode = row["postal_code"]; input.phone = row["phone"]
        }
        return try shop.page("address_edit", title: "Edit address | Larkspur Market", [
            "id": addressID, "address": input.templateData(errors: problems), "has_errors": !problems.isEmpty,
            "error_list": FormRules.ordered(problems, fields: FormRules.addressFields),
        ], status: status)
    }

    static func update(_ shop: inout ShopRequest, id: String) throws -> SandboxResponse {
        guard let customer = shop.customer else { return shop.signInRedirect(next: "/account/addresses") }
        guard let addressID = Int(id), try Bool.fetchOne(shop.db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM addresses WHERE id = ? AND customer_id = ?)"), arguments: [addressID, customer.id]) ?? false else {
            return try shop.notFound("That address is not in your address book.")
        }
        let input = AddressInput(form: shop.form)
        let problems = input.problems()
        if !problems.isEmpty { return try edit(&shop, id: id, problems: problems, status: 422) }
        try shop.db.execute(
            sql: "UPDATE addresses SET full_name = ?, line1 = ?, line2 = ?, city = ?, region = ?, postal_code = ?, phone = ? WHERE id = ?",
            arguments: [input.fullName, input.line1, input.line2, input.city, input.region, input.postalCode, input.phone, addressID])
        try shop.setFlash("Address updated.")
        return shop.redirect("/account/addresses")
    }

    static func delete(_ shop: inout ShopRequest, id: String) throws -> SandboxResponse {
        guard let customer = shop.customer else { return shop.signInRedirect(next: "/account/addresses") }
        guard let addressID = Int(id), let wasDefault = try Bool.fetchOne(shop.db.cachedStatement(sql: "SELECT is_default FROM addresses WHERE id = ? AND customer_id = ?"), arguments: [addressID, customer.id]) else {
            return try shop.notFound("That address is not in your address book.")
        }
        try shop.db.execute(sql: "DELETE FROM addresses WHERE id = ?", arguments: [addressID])
        if wasDefault {
            try shop.db.execute(sql: "UPDATE addresses SET is_default = 1 WHERE id = (SELECT MIN(id) FROM addresses WHERE customer_id = ?)", arguments: [customer.id])
        }
        try shop.setFlash("Address deleted.")
        return shop.redirect("/account/addresses")
    }

    static func makeDefault(_ shop: inout ShopRequest, id: String) throws -> SandboxResponse {
        guard let customer = shop.customer else { return shop.signInRedirect(next: "/account/addresses") }
        guard let addressID = Int(id), try Bool.fetchOne(shop.db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM addresses WHERE id = ? AND customer_id = ?)"), arguments: [addressID, customer.id]) ?? false else {
            return try shop.notFound("That address is not in your address book.")
        }
        try shop.db.execute(sql: "UPDATE addresses SET is_default = (id = ?) WHERE customer_id = ?", arguments: [addressID, customer.id])
        try shop.setFlash("Default address updated.")
        return shop.redirect("/account/addresses")
    }
}
