import GRDB
import SandboxKit

/// The cart: quantities, removal, coupons.
enum CartPages {
    static func show(_ shop: inout ShopRequest, couponError: String? = nil, cartError: String? = nil, status: Int = 200) throws -> SandboxResponse {
        let cart = try CartContents.load(shop.db, cartID: try shop.cartID())
        var coupon: Pricing.Coupon?
        var couponProblem = couponError
        if let code = cart.couponCode {
            switch try cart.checkCoupon(shop.db, code: code, customerID: shop.customer?.id, now: shop.now) {
            case .success(let valid): coupon = valid
            case .failure(let problem): couponProblem = couponProblem ?? problem.message + " It was not applied."
            }
        }
        let standard = try shippingMethods(shop.db).first
        let totals = Pricing.totals(lines: cart.lines, coupon: coupon, shipping: standard, taxBasisPoints: 0)
        var data: [String: Any] = [
            "items": cart.itemData(basePath: shop.context.basePath),
            "has_items": !cart.items.isEmpty,
            "subtotal": Pricing.format(totals.subtotal),
            "discount": Pricing.format(totals.discount),
            "has_discount": totals.discount > 0 || coupon?.kind == "free_shipping",
            "shipping": totals.shipping == 0 ? "Free" : Pricing.format(totals.shipping),
            "estimated_total": Pricing.format(totals.subtotal - totals.discount + totals.shipping),
            "free_shipping_threshold": Pricing.format(standard?.freeOverCents ?? 0),
            "stock_problems": cart.stockProblems,
            "has_stock_problems": !cart.stockProblems.isEmpty,
            "coupon_input": shop.request.isPost ? (shop.form["code"] ?? "") : "",
        ]
        if let coupon {
            let description = try String.fetchOne(shop.db.cachedStatement(sql: "SELECT description FROM coupons WHERE code = ?"), arguments: [coupon.code]) ?? ""
            data["coupon"] = ["code": coupon.code, "description": description]
        }
        if let couponProblem {
            data["coupon_error"] = couponProblem
        }
        if let cartError {
            data["cart_error"] = cartError
        }
        return try shop.page("cart", title: "Your cart | Larkspur Market", data, status: status)
    }

    static func shippingMethods(_ db: Database) throws -> [Pricing.ShippingMethod] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT code, name, price_cents, free_over_cents FROM shipping_methods ORDER BY position")).map {
            Pricing.ShippingMethod(code: $0["code"], name: $0["name"], priceCents: $0["price_cents"], freeOverCents: $0["free_over_cents"])
        }
    }

    static func update(_ shop: inout ShopRequest) throws -> SandboxResponse {
        guard let cartID = try shop.cartID(), let itemID = shop.form.nonEmpty("item_id").flatMap({ Int($0) }),
            let row = try Row.fetchOne(shop.db, sql: """
                SELECT i.id, p.name, s.quantity AS stock FROM cart_items i JOIN products p ON p.id = i.product_id
                JOIN main.stock s ON s.product_id = p.id WHERE i.id = ? AND i.cart_id = ?
                """, arguments: [itemID, cartID])
        else {
            return try shop.notFound("That item is not in your cart.")
        }
        guard let quantity = shop.form.nonEmpty("quantity").flatMap({ Int($0) }), (0...99).contains(quantity) else {
            return try show(&shop, cartError: "Enter a quantity from 0 to 99.", status: 422)
        }
        let stock: Int = row["stock"]
        if quantity == 0 {
            try shop.db.execute(sql: "DELETE FROM cart_items WHERE id = ?", arguments: [itemID])
            try shop.setFlash("Removed \(row["name"] as String) from your cart.")
        } else if quantity > stock {
            return try show(&shop, cartError: "Only \(stock) of \(row["name"] as String) in stock.", status: 422)
        } else {
            try shop.db.execute(sql: "UPDATE cart_items SET quantity = ? WHERE id = ?", arguments: [quantity, itemID])
            try shop.setFlash("Updated the quantity of \(row["name"] as String) to \(quantity).")
        }
        return shop.redirect("/cart")
    }

    static func remove(_ shop: inout ShopRequest) throws -> SandboxResponse {
        if let cartID = try shop.cartID(), let itemID = shop.form.nonEmpty("item_id").flatMap({ Int($0) }),
            let name = try String.fetchOne(shop.db.cachedStatement(sql: "SELECT p.name FROM cart_items i JOIN products p ON p.id = i.product_id WHERE i.id = ? AND i.cart_id = ?"), arguments: [itemID, cartID])
        {
            try shop.db.execute(sql: "DELETE FROM cart_items WHERE id = ?", arguments: [itemID])
            try shop.setFlash("Removed \(name) from your cart.")
        }
        return shop.redirect("/cart")
    }

    static func applyCoupon(_ shop: inout ShopRequest) throws -> SandboxResponse {
        guard let code = shop.form.nonEmpty("code") else {
            return try show(&shop, couponError: "Enter a coupon code.", status: 422)
        }
        let cart = try CartContents.load(shop.db, cartID: try shop.cartID())
        guard let cartID = cart.cartID, !cart.items.isEmpty else {
            return try show(&shop, couponError: "Add something to your cart before applying a coupon.", status: 422)
        }
        switch try cart.checkCoupon(shop.db, code: code, customerID: shop.customer?.id, now: shop.now) {
        case .failure(let problem):
            return try show(&shop, couponError: problem.message, status: 422)
        case .success(let coupon):
            try shop.db.execute(sql: "UPDATE carts SET coupon_code = ? WHERE id = ?", arguments: [coupon.code, cartID])
            try shop.setFlash("Coupon \(coupon.code) applied.")
            return shop.redirect("/cart")
        }
    }

    static func removeCoupon(_ shop: inout ShopRequest) throws -> SandboxResponse {
        if let cartID = try shop.cartID() {
            try shop.db.execute(sql: "UPDATE carts SET coupon_code = NULL WHERE id = ?", arguments: [cartID])
            try shop.setFlash("Coupon removed.")
        }
        return shop.redirect("/cart")
    }
}
