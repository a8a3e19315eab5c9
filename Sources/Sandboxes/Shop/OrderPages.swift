import GRDB
import SandboxKit

/// Order history, order detail, cancel and reorder.
public enum OrderPages {
    public static let statusLabels = ["pending": "Pending", "processing": "Processing", "shipped": "Shipped", "delivered": "Delivered", "cancelled": "Cancelled"]

    static func list(_ shop: inout ShopRequest) throws -> SandboxResponse {
        guard let customer = shop.customer else { return shop.signInRedirect(next: "/orders") }
        let orders = try Row.fetchAll(shop.db, sql: """
            SELECT o.number, o.status, o.placed_at, o.total_cents, (SELECT SUM(quantity) FROM order_items i WHERE i.order_id = o.id) AS items
            FROM orders o WHERE o.customer_id = ? ORDER BY o.placed_at DESC, o.id DESC
            """, arguments: [customer.id]).map { row -> [String: Any] in
            let status: String = row["status"]
            return ["number": row["number"] as String, "status": statusLabels[status] ?? status, "status_code": status,
                    "date": ShopClock.display(row["placed_at"]), "total": Pricing.format(row["total_cents"]), "items": row["items"] as Int? ?? 0]
        }
        return try shop.page("orders", title: "Your orders | Larkspur Market", ["orders": orders, "has_orders": !orders.isEmpty])
    }

    static func detail(_ shop: inout ShopRequest, number: String, problem: String? = nil, status: Int = 200) throws -> SandboxResponse {
        guard let customer = shop.customer else { return shop.signInRedirect(next: "/orders/\(number)") }
        guard let order = try Row.fetchOne(shop.db.cachedStatement(sql: "SELECT * FROM orders WHERE number = ? AND customer_id = ?"), arguments: [number, customer.id]) else {
            return try shop.notFound("We couldn't find order #\(number) in your account.")
        }
        let items = try Row.fetchAll(shop.db, sql: """
            SELECT i.*, p.slug FROM order_items i LEFT JOIN products p ON p.id = i.product_id WHERE i.order_id = ? ORDER BY i.id
            """, arguments: [order["id"] as Int]).map { row -> [String: Any] in
            let options = [row["color"] as String, row["size"] as String, row["material"] as String].filter { !$0.isEmpty }.joined(separator: ", ")
            let price: Int = row["unit_price_cents"], quantity: Int = row["quantity"]
            return ["name": row["name"] as String, "sku": row["sku"] as String, "slug": row["slug"] as String? ?? "", "options": options,
                    "has_options": !options.isEmpty, "quantity": quantity, "price": Pricing.format(price), "line_total": Pricing.format(price * quantity)]
        }
        let statusCode: String = order["status"]
        let method = try String.fetchOne(shop.db.cachedStatement(sql: "SELECT name FROM shipping_methods WHERE code = ?"), arguments: [order["shipping_method"] as String]) ?? (order["shipping_method"] as String)
        let data: [String: Any] = [
            "number": number, "status": statusLabels[statusCode] ?? statusCode, "status_code": statusCode,
            "placed": ShopClock.display(order["placed_at"]), "updated": ShopClock.display(order["updated_at"]),
            "items": items,
            "subtotal": Pricing.format(order["subtotal_cents"]), "discount": Pricing.format(order["discount_cents"]),
            "has_discount": (order["discount_cents"] as Int) > 0, "coupon": order["coupon_code"] as String? ?? "",
            "shipping": Pricing.format(order["shipping_cents"]), "tax": Pricing.format(order["tax_cents"]), "total": Pricing.format(order["total_cents"]),
            "method": method, "payment": order["payment_detail"] as String,
            "address": AddressInput.text([order["ship_name"], order["ship_line1"], order["ship_line2"], order["ship_city"],
                                          "\(order["ship_region"] as String) \(order["ship_postal_code"] as String)", "United States"]),
            "can_cancel": statusCode == "pending",
            "problem": problem ?? "",
        ]
        return try shop.page("order", title: "Order #\(number) | Larkspur Market", data, status: status)
    }

    static func cancel(_ shop: inout ShopRequest, number: String) throws -> SandboxResponse {
        guard let customer = shop.customer else { return shop.signInRedirect(next: "/orders/\(number)") }
        guard let order = try Row.fetchOne(shop.db.cachedStatement(sql: "SELECT id, status FROM orders WHERE number = ? AND customer_id = ?"), arguments: [number, customer.id]) else {
            return try shop.notFound("We couldn't find order #\(number) in your account.")
        }
        let status: String = order["status"]
        guard status == "pending" else {
            return try detail(&shop, number: number, problem: "Only pending orders can be cancelled; this order is \(statusLabels[status]?.lowercased() ?? status).", status: 422)
        }
        try OrderCancellation.cancel(shop.db, orderID: order["id"], now: shop.now)
        try shop.setFlash("Order #\(number) has been cancelled.")
        return shop.redirect("/orders/\(number)")
    }

    static func reorder(_ shop: inout ShopRequest, number: String) throws -> SandboxResponse {
        guard let customer = shop.customer else { return shop.signInRedirect(next: "/orders/\(number)") }
        guard let orderID = try Int.fetchOne(shop.db.cachedStatement(sql: "SELECT id FROM orders WHERE number = ? AND customer_id = ?"), arguments: [number, customer.id]) else {
            return try shop.notFound("We couldn't find order #\(number) in your account.")
        }
        let items = try Row.fetchAll(shop.db, sql: """
            SELECT i.product_id, i.name, i.color, i.size, i.material, i.quantity, s.quantity AS stock,
                COALESCE((SELECT SUM(c.quantity) FROM cart_items c JOIN carts k ON k.id = c.cart_id WHERE k.customer_id = ? AND c.product_id = i.product_id), 0) AS in_cart
            FROM order_items i JOIN main.stock s ON s.product_id = i.product_id WHERE i.order_id = ? ORDER BY i.id
            """, arguments: [customer.id, orderID])
        let cart = try shop.ensureCart()
        var added = 0
        var skipped: [String] = []
        for item in items {
            let available = (item["stock"] as Int) - (item["in_cart"] as Int)
            let quantity = min(item["quantity"] as Int, available)
            guard quantity > 0 else {
                skipped.append(item["name"])
                continue
            }
            try shop.db.execute(sql: """
                INSERT INTO cart_items (cart_id, product_id, color, size, material, quantity, added_seq) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (cart_id, product_id, color, size, material) DO UPDATE SET quantity = quantity + excluded.quantity
                """, arguments: [cart, item["product_id"] as Int, item["color"] as String, item["size"] as String, item["material"] as String, quantity, shop.context.sequence])
            added += quantity
        }
        var message = "Added \(added) item\(added == 1 ? "" : "s") from order #\(number) to your cart."
        if !skipped.isEmpty { message += " Out of stock: \(skipped.joined(separator: ", "))." }
        try shop.setFlash(message)
        return shop.redirect("/cart")
    }
}
