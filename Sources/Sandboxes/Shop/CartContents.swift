import GRDB
import SandboxKit

/// The lines of a cart with current prices and stock, and the coupon rules.
struct CartContents {
    struct Item {
        let id: Int
        let productID: Int
        let sku: String
        let slug: String
        let name: String
        let color: String
        let size: String
        let material: String
        let quantity: Int
        let priceCents: Int
        let stock: Int
        let departmentID: Int
    }

    let cartID: Int?
    let items: [Item]
    let couponCode: String?

    static func load(_ db: Database, cartID: Int?) throws -> CartContents {
        guard let cartID else { return CartContents(cartID: nil, items: [], couponCode: nil) }
        let items = try Row.fetchAll(db, sql: """
            SELECT i.id, i.product_id, p.sku, p.slug, p.name, i.color, i.size, i.material, i.quantity, p.price_cents, s.quantity AS stock,
                COALESCE(c.parent_id, c.id) AS department
            FROM cart_items i JOIN products p ON p.id = i.product_id JOIN main.stock s ON s.product_id = p.id
            JOIN categories c ON c.id = p.category_id WHERE i.cart_id = ? ORDER BY i.added_seq, i.id
            """, arguments: [cartID]).map {
            Item(id: $0["id"], productID: $0["product_id"], sku: $0["sku"], slug: $0["slug"], name: $0["name"], color: $0["color"],
                 size: $0["size"], material: $0["material"], quantity: $0["quantity"], priceCents: $0["price_cents"], stock: $0["stock"],
                 departmentID: $0["department"])
        }
        let coupon = try String.fetchOne(db.cachedStatement(sql: "SELECT coupon_code FROM carts WHERE id = ?"), arguments: [cartID])
        return CartContents(cartID: cartID, items: items, couponCode: coupon)
    }

    var lines: [Pricing.Line] {
        items.map { Pricing.Line(unitPriceCents: $0.priceCents, quantity: $0.quantity, departmentID: $0.departmentID) }
    }

    var subtotal: Int { items.reduce(0) { $0 + $1.priceCents * $1.quantity } }

    /// Items asking for more than is in stock, as messages.
    var stockProblems: [String] {
        items.compactMap { item in
            if item.stock == 0 { return "\(item.name) is out of stock. Remove it to continue." }
            if item.quantity > item.stock { return "Only \(item.stock) of \(item.name) in stock. Lower the quantity to continue." }
            return nil
        }
    }

    /// Loads a coupon and checks it against this cart; returns the coupon or why it does not apply.
    func checkCoupon(_ db: Database, code: String, customerID: Int?, now: String) throws -> Result<Pricing.Coupon, CouponProblem> {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM coupons WHERE code = ? COLLATE NOCASE"), arguments: [code]) else {
            return .failure(CouponProblem("The coupon code \(code) is not valid."))
        }
        let coupon = Pricing.Coupon(code: row["code"], kind: row["kind"], value: row["value"], minSubtotalCents: row["min_subtotal_cents"], categoryID: row["category_id"])
        let startsAt: String = row["starts_at"], expiresAt: String = row["expires_at"]
        if now < startsAt { return .failure(CouponProblem("The coupon \(coupon.code) is not active yet.")) }
        if now > expiresAt { return .failure(CouponProblem("The coupon \(coupon.code) expired on \(ShopClock.display(expiresAt)).")) }
        if subtotal < coupon.minSubtotalCents {
            return .failure(CouponProblem("The coupon \(coupon.code) needs a subtotal of at least \(Pricing.format(coupon.minSubtotalCents))."))
        }
        if let category = coupon.categoryID, !items.contains(where: { $0.departmentID == category }) {
            let name = try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM categories WHERE id = ?"), arguments: [category]) ?? "another department"
            return .failure(CouponProblem("The coupon \(coupon.code) applies only to \(name) items."))
        }
        if (row["once_per_customer"] as Int) != 0 {
            guard let customerID else { return .failure(CouponProblem("Sign in to use the coupon \(coupon.code).")) }
            let used = try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM coupon_redemptions WHERE code = ? AND customer_id = ?)"), arguments: [coupon.code, customerID]) ?? false
            if used { return .failure(CouponProblem("You have already used the coupon \(coupon.code).")) }
        }
        return .success(coupon)
    }

    struct CouponProblem: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    /// Template rows for the cart table.
    func itemData(basePath: String) -> [[String: Any]] {
        items.map { item in
            let options = [item.color, item.size, item.material].filter { !$0.isEmpty }.joined(separator: ", ")
            return [
                "id": item.id, "product_id": item.productID, "sku": item.sku, "slug": item.slug, "name": item.name,
                "options": options, "has_options": !options.isEmpty, "quantity": item.quantity,
                "price": Pricing.format(item.priceCents), "line_total": Pricing.format(item.priceCents * item.quantity),
                "stock_problem": item.stock == 0 ? "Out of stock" : item.quantity > item.stock ? "Only \(item.stock) left" : "",
                "has_stock_problem": item.quantity > item.stock,
            ]
        }
    }
}
