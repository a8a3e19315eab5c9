import GRDB
import SandboxKit
import Vocabulary

/// Checkout: address, shipping and payment form; review; place order.
enum CheckoutPages {
    static func show(_ shop: inout ShopRequest, problems: [String: String] = [:], status: Int = 200) throws -> SandboxResponse {
        guard let customer = shop.customer else { return shop.signInRedirect(next: "/checkout") }
        let cart = try CartContents.load(shop.db, cartID: try shop.cartID())
        if cart.items.isEmpty { return shop.redirect("/cart") }
        let form = shop.request.isPost ? shop.form : FormFields()
        let addresses = try Row.fetchAll(shop.db.cachedStatement(sql: "SELECT * FROM addresses WHERE customer_id = ? ORDER BY is_default DESC, id"), arguments: [customer.id])
        let defaultChoice = addresses.first.map { String($0["id"] as Int) } ?? "new"
        let chosenAddress = form["address_id"] ?? defaultChoice
        let methods = try CartPages.shippingMethods(shop.db)
        let chosenMethod = form["shipping_method"] ?? "standard"
        let chosenPayment = form["payment_method"] ?? "card"
        let data: [String: Any] = [
            "addresses": addresses.map { row -> [String: Any] in
                let id: Int = row["id"]
                return ["id": id, "checked": String(id) == chosenAddress, "is_default": (row["is_default"] as Int) != 0,
                        "text": AddressInput.text([row["full_name"], row["line1"], row["line2"], row["city"], "\(row["region"] as String) \(row["postal_code"] as String)"])]
            },
            "new_address_checked": chosenAddress == "new",
            "address": AddressInput(form: form).templateData(errors: problems),
            "save_address": form["save_address"] != nil,
            "methods": methods.map { method -> [String: Any] in
                let free = method.freeOverCents.map { " (free over \(Pricing.format($0)))" } ?? ""
                return ["code": method.code, "name": method.name, "price": Pricing.format(method.priceCents) + free, "checked": method.code == chosenMethod]
            },
            "card_checked": chosenPayment == "card", "paypal_checked": chosenPayment == "paypal",
            "card_name": form["card_name"] ?? "", "card_number": form["card_number"] ?? "", "card_expiry": form["card_expiry"] ?? "",
            "paypal_email": customer.email,
            "errors": problems, "has_errors": !problems.isEmpty,
            "error_list": FormRules.ordered(problems, fields: ["address_id"] + FormRules.addressFields + ["shipping_method", "payment_method", "card_name", "card_number", "card_expiry", "card_cvc"]),
            "items": cart.itemData(basePath: shop.context.basePath),
            "subtotal": Pricing.format(cart.subtotal),
        ]
        return try shop.page("checkout", title: "Checkout | Larkspur Market", data, status: status)
    }

    static func submit(_ shop: inout ShopRequest) throws -> SandboxResponse {
        guard let customer = shop.customer else { return shop.signInRedirect(next: "/checkout") }
        let cart = try CartContents.load(shop.db, cartID: try shop.cartID())
        if cart.items.isEmpty { return shop.redirect("/cart") }
        var problems: [String: String] = [:]
        let form = shop.form
        var address = AddressInput()
        var addressID: Int?
        let choice = form.nonEmpty("address_id") ?? ""
        if choice == "new" {
            address = AddressInput(form: form)
            problems.merge(address.problems()) { $1 }
        } else if let id = Int(choice), let row = try Row.fetchOne(shop.db.cachedStatement(sql: "SELECT * FROM addresses WHERE id = ? AND customer_id = ?"), arguments: [id, customer.id]) {
            addressID = id
            address.fullName = row["full_name"]; address.line1 = row["line1"]; address.line2 = row["line2"]
            address.city = row["city"]; address.region = row["region"]; address.postalCode = row["postal_code"]; address.phone = row["phone"]
        } else {
            problems["address_id"] = "Choose a shipping address or enter a new one."
        }
        let method = form.nonEmpty("shipping_method") ?? ""
        if try !CartPages.shippingMethods(shop.db).contains(where: { $0.code == method }) {
            problems["shipping_method"] = "Choose a shipping method."
        }
        var paymentDetail = ""
        let payment = form.nonEmpty("payment_method") ?? ""
        switch payment {
        case "card":
            if form.nonEmpty("card_name") == nil { problems["card_name"] = "Enter the name on the card." }
            let digits = (form["card_number"] ?? "").filter { !$0.isWhitespace && $0 != "-" }
            if digits.count < 13 || digits.count > 19 || !digits.allSatisfy(\.isNumber) || !FormRules.luhn(digits) {
                problems["card_number"] = "Enter a valid card number."
            } else {
                paymentDetail = "\(FormRules.cardBrand(digits)) ending in \(digits.suffix(4))"
            }
            let expiry = (form["card_expiry"] ?? "").split(separator: "/").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            // The shop's clock is June 2026: a card must expire in or after that month.
            if expiry.count != 2 || !(1...12).contains(expiry[0]) {
                problems["card_expiry"] = "Enter the expiry date as MM/YY."
            } else if (2000 + expiry[1]) * 12 + expiry[0] < 2026 * 12 + 6 {
                problems["card_expiry"] = "This card has expired."
            }
            let cvc = form["card_cvc"] ?? ""
            if !(3...4).contains(cvc.count) || !cvc.allSatisfy(\.isNumber) { problems["card_cvc"] = "Enter the 3- or 4-digit security code." }
        case "paypal":
            // The signed-in customer's own account: a typed email must not pay from someone else's.
            paymentDetail = "PayPal (\(customer.email))"
        default:
            problems["payment_method"] = "Choose a payment method."
        }
        if !problems.isEmpty {
            return try show(&shop, problems: problems, status: 422)
        }
        let token = try shop.ensureSession()
        if choice == "new", form["save_address"] != nil {
            let hasAny = try Bool.fetchOne(shop.db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM addresses WHERE customer_id = ?)"), arguments: [customer.id]) ?? false
            try shop.db.execute(
                sql: "INSERT INTO addresses (customer_id, full_name, line1, line2, city, region, postal_code, country, phone, is_default) VALUES (?, ?, ?, ?, ?, ?, ?, 'US', ?, ?)",
                arguments: [customer.id, address.fullName, address.line1, address.line2, address.city, address.region, address.postalCode, address.phone, !hasAny])
            addressID = Int(shop.db.lastInsertedRowID)
        }
        try shop.db.execute(sql: """
            INSERT OR REPLACE INTO checkout_drafts VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'US', ?, ?, ?, ?)
            """, arguments: [token, addressID, address.fullName, address.line1, address.line2, address.city, address.region, address.postalCode,
                             address.phone, method, payment, paymentDetail])
        return shop.redirect("/checkout/review")
    }

    struct Quote {
        let cart: CartContents
        let draft: Row
        let coupon: Pricing.Coupon?
        let couponProblem: String?
        let method: Pricing.ShippingMethod
        let totals: Pricing.Totals
    }

    static func quote(_ shop: inout ShopRequest, customerID: Int) throws -> Quote? {
        guard let token = shop.sessionToken,
            let draft = try Row.fetchOne(shop.db.cachedStatement(sql: "SELECT * FROM checkout_drafts WHERE session_token = ?"), arguments: [token])
        else { return nil }
        let cart = try CartContents.load(shop.db, cartID: try shop.cartID())
        guard !cart.items.isEmpty, let method = try CartPages.shippingMethods(shop.db).first(where: { $0.code == (draft["shipping_method"] as String) }) else { return nil }
        var coupon: Pricing.Coupon?
        var couponProblem: String?
        if let code = cart.couponCode {
            switch try cart.checkCoupon(shop.db, code: code, customerID: customerID, now: shop.now) {
            case .success(let valid): coupon = valid
            case .failure(let problem): couponProblem = problem.message + " It was not applied."
            }
        }
        let rate = try Int.fetchOne(shop.db.cachedStatement(sql: "SELECT rate_basis_points FROM tax_rates WHERE region = ?"), arguments: [draft["ship_region"] as String]) ?? 0
        let totals = Pricing.totals(lines: cart.lines, coupon: coupon, shipping: method, taxBasisPoints: rate)
        return Quote(cart: cart, draft: draft, coupon: coupon, couponProblem: couponProblem, method: method, totals: totals)
    }

    static func review(_ shop: inout ShopRequest, problems: [String] = [], status: Int = 200) throws -> SandboxResponse {
        guard let customer = shop.customer else { return shop.signInRedirect(next: "/checkout") }
        guard let quote = try quote(&shop, customerID: customer.id) else { return shop.redirect("/checkout") }
        let draft = quote.draft
        let rate = try Int.fetchOne(shop.db.cachedStatement(sql: "SELECT rate_basis_points FROM tax_rates WHERE region = ?"), arguments: [draft["ship_region"] as String]) ?? 0
        let allProblems = problems + quote.cart.stockProblems + (quote.couponProblem.map { [$0] } ?? [])
        return try shop.page("checkout_review", title: "Review your order | Larkspur Market", [
            "address": AddressInput.text([draft["ship_name"], draft["ship_line1"], draft["ship_line2"], draft["ship_city"],
                                          "\(draft["ship_region"] as String) \(draft["ship_postal_code"] as String)", "United States"]),
            "method": quote.method.name,
            "payment": draft["payment_detail"] as String,
            "items": quote.cart.itemData(basePath: shop.context.basePath),
            "subtotal": Pricing.format(quote.totals.subtotal),
            "discount": Pricing.format(quote.totals.discount),
            "has_discount": quote.totals.discount > 0,
            "coupon": quote.coupon?.code ?? "",
            "shipping": quote.totals.shipping == 0 ? "Free" : Pricing.format(quote.totals.shipping),
            "tax": Pricing.format(quote.totals.tax),
            "tax_rate": String(format: "%.3g%%", Double(rate) / 100),
            "total": Pricing.format(quote.totals.total),
            "problems": allProblems, "has_problems": !allProblems.isEmpty,
            "can_place": quote.cart.stockProblems.isEmpty,
        ], status: status)
    }

    static func place(_ shop: inout ShopRequest) throws -> SandboxResponse {
        guard let customer = shop.customer else { return shop.signInRedirect(next: "/checkout") }
        guard let quote = try quote(&shop, customerID: customer.id), let cartID = quote.cart.cartID else { return shop.redirect("/checkout") }
        if !quote.cart.stockProblems.isEmpty {
            return try review(&shop, status: 422)
        }
        let draft = quote.draft
        let orderID = (try Int.fetchOne(shop.db.cachedStatement(sql: "SELECT MAX(id) FROM orders")) ?? 0) + 1
        let number = String(100_000 + orderID)
        let totals = quote.totals
        try shop.db.execute(
            sql: "INSERT INTO orders VALUES (?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [orderID, number, customer.id, shop.now, shop.now, totals.subtotal, totals.discount, totals.shipping, totals.tax, totals.total,
                        quote.coupon?.code, quote.method.code, draft["payment_method"] as String, draft["payment_detail"] as String,
                        draft["ship_name"] as String, draft["ship_line1"] as String, draft["ship_line2"] as String, draft["ship_city"] as String,
                        draft["ship_region"] as String, draft["ship_postal_code"] as String, draft["ship_country"] as String])
        for item in quote.cart.items {
            try shop.db.execute(
                sql: "INSERT INTO order_items (order_id, product_id, sku, name, color, size, material, quantity, unit_price_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                arguments: [orderID, item.productID, item.sku, item.name, item.color, item.size, item.material, item.quantity, item.priceCents])
            try shop.db.execute(sql: "UPDATE stock SET quantity = quantity - ? WHERE product_id = ?", arguments: [item.quantity, item.productID])
        }
        if let coupon = quote.coupon {
            try shop.db.execute(sql: "INSERT INTO coupon_redemptions (code, customer_id, order_id) VALUES (?, ?, ?)", arguments: [coupon.code, customer.id, orderID])
        }
        try shop.db.execute(sql: "DELETE FROM cart_items WHERE cart_id = ?", arguments: [cartID])
        try shop.db.execute(sql: "UPDATE carts SET coupon_code = NULL WHERE id = ?", arguments: [cartID])
        try shop.db.execute(sql: "DELETE FROM checkout_drafts WHERE session_token = ?", arguments: [shop.sessionToken])
        try shop.setFlash("Thank you! Your order #\(number) has been placed.")
        return shop.redirect("/orders/\(number)")
    }
}

import Foundation
