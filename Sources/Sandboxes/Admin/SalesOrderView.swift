import GRDB
import SandboxKit
import Shop

/// One order: its items, totals, invoice, shipment, credit memos and comments, and the
/// actions its status allows (invoice, ship, cancel, refund, comment).
enum SalesOrderView {
    static let formFields = ["action", "carrier", "tracking_number", "amount", "reason", "body"]

    /// The shop's label, or "Closed" for an order refunded in full.
    static func statusLabel(_ status: String, refunded: Int = 0, total: Int = 0) -> String {
        if total > 0 && refunded >= total { return "Closed" }
        return OrderPages.statusLabels[status] ?? status
    }

    /// Invoicing captures the payment: the order moves from pending to processing.
    static func invoice(_ db: Database, orderID: Int, amount: Int, now: String) throws {
        try db.execute(sql: "INSERT INTO invoices (order_id, amount_cents, created_at) VALUES (?, ?, ?)", arguments: [orderID, amount, now])
        try db.execute(sql: "UPDATE orders SET status = 'processing', updated_at = ? WHERE id = ?", arguments: [now, orderID])
    }

    static func show(_ admin: inout AdminRequest, number: String, errors: [String: String] = [:], status: Int = 200) throws -> SandboxResponse {
        guard let order = try Row.fetchOne(admin.db.cachedStatement(sql: """
            SELECT o.*, c.first_name || ' ' || c.last_name AS customer_name, c.email, c.phone,
                (SELECT COALESCE(SUM(m.amount_cents), 0) FROM credit_memos m WHERE m.order_id = o.id) AS refunded
            FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.number = ?
            """), arguments: [number])
        else { throw AdminRequest.Refusal(status: 404, message: "There is no order #\(number).") }
        let id: Int = order["id"], statusCode: String = order["status"], total: Int = order["total_cents"], refunded: Int = order["refunded"]
        let items = try Row.fetchAll(admin.db, sql: "SELECT * FROM order_items WHERE order_id = ? ORDER BY id", arguments: [id]).map { row -> [String: Any] in
            let options = [row["color"] as String, row["size"] as String, row["material"] as String].filter { !$0.isEmpty }.joined(separator: ", ")
            let price: Int = row["unit_price_cents"], quantity: Int = row["quantity"]
            return ["name": row["name"] as String, "sku": row["sku"] as String, "options": options, "quantity": quantity,
                    "price": Pricing.format(price), "row_total": Pricing.format(price * quantity)]
        }
        let invoice = try Row.fetchOne(admin.db, sql: "SELECT id, amount_cents, created_at FROM invoices WHERE order_id = ?", arguments: [id]).map {
            ["id": $0["id"] as Int, "amount": Pricing.format($0["amount_cents"]), "date": ShopClock.display($0["created_at"])] as [String: Any]
        }
        let shipment = try Row.fetchOne(admin.db, sql: "SELECT carrier, tracking_number, created_at FROM shipments WHERE order_id = ?", arguments: [id]).map {
            ["carrier": $0["carrier"] as String, "tracking": $0["tracking_number"] as String, "date": ShopClock.display($0["created_at"])] as [String: Any]
        }
        let memos = try Row.fetchAll(admin.db, sql: "SELECT id, amount_cents, reason, created_at FROM credit_memos WHERE order_id = ? ORDER BY id", arguments: [id]).map {
            ["id": $0["id"] as Int, "amount": Pricing.format($0["amount_cents"]), "reason": $0["reason"] as String, "date": ShopClock.display($0["created_at"])] as [String: Any]
        }
        let comments = try Row.fetchAll(admin.db, sql: "SELECT author, body, notify_customer, created_at FROM order_comments WHERE order_id = ? ORDER BY id DESC", arguments: [id]).map {
            ["author": $0["author"] as String, "body": $0["body"] as String, "notified": ($0["notify_customer"] as Int) == 1, "date": $0["created_at"] as String] as [String: Any]
        }
        let region: String = order["ship_region"], postalCode: String = order["ship_postal_code"]
        let addressParts: [String] = [order["ship_name"], order["ship_line1"], order["ship_line2"], order["ship_city"], "\(region) \(postalCode)"]
        let address = addressParts.filter { !$0.isEmpty }.joined(separator: ", ")
        var data = AdminForm.errorData(errors, fields: formFields)
        data["number"] = number
        data["status"] = statusLabel(statusCode, refunded: refunded, total: total)
        data["placed"] = ShopClock.display(order["placed_at"])
        data["updated"] = ShopClock.display(order["updated_at"])
        data["customer_name"] = order["customer_name"] as String
        data["email"] = order["email"] as String
        data["phone"] = order["phone"] as String
        data["customer_url"] = admin.url("/customers/\(order["customer_id"] as Int)")
        data["address"] = address
        data["shipping_method"] = order["shipping_method"] as String
        data["payment"] = order["payment_detail"] as String
        data["items"] = items
        data["subtotal"] = Pricing.format(order["subtotal_cents"])
        data["discount"] = Pricing.format(order["discount_cents"])
        data["coupon"] = order["coupon_code"] as String? ?? ""
        data["has_coupon"] = (order["coupon_code"] as String?) != nil
        data["shipping"] = Pricing.format(order["shipping_cents"])
        data["tax"] = Pricing.format(order["tax_cents"])
        data["total"] = Pricing.format(total)
        data["refunded"] = Pricing.format(refunded)
        data["has_refunds"] = refunded > 0
        data["refundable"] = Pricing.format(total - refunded)
        data["invoice"] = invoice.map { $0 as Any } ?? false
        data["shipment"] = shipment.map { $0 as Any } ?? false
        data["memos"] = memos
        data["comments"] = comments
        data["can_invoice"] = statusCode == "pending"
        data["can_cancel"] = statusCode == "pending"
        data["can_ship"] = statusCode == "processing" && shipment == nil
        data["can_refund"] = invoice != nil && statusCode != "cancelled" && refunded < total
        data["confirm_cancel"] = statusCode == "pending" && admin.query["confirm"] == "cancel"
        data["carriers"] = AdminVocabulary.carriers.map { ["value": $0, "selected": $0 == admin.form["carrier"]] as [String: Any] }
        data["tracking_number"] = admin.form["tracking_number"] ?? ""
        data["amount"] = admin.form["amount"] ?? ""
        data["reason"] = admin.form["reason"] ?? ""
        data["body"] = admin.form["body"] ?? ""
        return try admin.page("order", title: "Order #\(number) | Orders | Larkspur Admin", section: "orders", data, status: status)
    }

    /// POST /orders/<number>/<action>: invoice, ship, cancel, refund or comment.
    static func act(_ admin: inout AdminRequest, number: String, action: String) throws -> SandboxResponse {
        guard let order = try Row.fetchOne(admin.db.cachedStatement(sql: """
            SELECT id, status, total_cents, (SELECT COALESCE(SUM(m.amount_cents), 0) FROM credit_memos m WHERE m.order_id = orders.id) AS refunded,
                EXISTS (SELECT 1 FROM invoices i WHERE i.order_id = orders.id) AS invoiced, EXISTS (SELECT 1 FROM shipments s WHERE s.order_id = orders.id) AS shipped
            FROM orders WHERE number = ?
            """), arguments: [number])
        else { throw AdminRequest.Refusal(status: 404, message: "There is no order #\(number).") }
        let id: Int = order["id"], status: String = order["status"], total: Int = order["total_cents"], refunded: Int = order["refunded"]
        let label = statusLabel(status).lowercased()
        var errors: [String: String] = [:]
        switch action {
        case "invoice":
            guard status == "pending" else { return try refuse(&admin, number, "Only a pending order can be invoiced; this order is \(label).") }
            try invoice(admin.db, orderID: id, amount: total, now: admin.now)
            try admin.setFlash("Order #\(number) has been invoiced.")
        case "ship":
            guard status == "processing", !(order["shipped"] as Bool) else {
                return try refuse(&admin, number, "Only an invoiced order that has not shipped can be shipped; this order is \(label).")
            }
            let carrier = admin.form.nonEmpty("carrier") ?? ""
            let tracking = admin.form.nonEmpty("tracking_number") ?? ""
            if !AdminVocabulary.carriers.contains(carrier) { errors["carrier"] = "Choose a carrier." }
            if tracking.count < 6 || tracking.count > 40 || !tracking.allSatisfy({ $0.isLetter || $0.isNumber }) {
                errors["tracking_number"] = "Enter a tracking number of 6 to 40 letters and digits."
            }
            guard errors.isEmpty else { return try show(&admin, number: number, errors: errors, status: 422) }
            try admin.db.execute(sql: "INSERT INTO shipments (order_id, carrier, tracking_number, created_at) VALUES (?, ?, ?, ?)", arguments: [id, carrier, tracking, admin.now])
            try admin.db.execute(sql: "UPDATE orders SET status = 'shipped', updated_at = ? WHERE id = ?", arguments: [admin.now, id])
            try admin.setFlash("Order #\(number) has shipped.")
        case "cancel":
            guard status == "pending" else { return try refuse(&admin, number, "Only a pending order can be cancelled; this order is \(label).") }
            try OrderCancellation.cancel(admin.db, orderID: id, now: admin.now)
            try admin.setFlash("Order #\(number) has been cancelled.")
        case "refund":
            guard order["invoiced"] as Bool, status != "cancelled", refunded < total else {
                return try refuse(&admin, number, "Only an invoiced order with an amount left to refund can be refunded.")
            }
            let amount = admin.form.nonEmpty("amount").flatMap(AdminForm.cents)
            let reason = admin.form.nonEmpty("reason") ?? ""
            if let amount, amount > 0, amount <= total - refunded {} else {
                errors["amount"] = "Enter an amount from $0.01 to \(Pricing.format(total - refunded))."
            }
            if reason.isEmpty || reason.count > 500 { errors["reason"] = "Give a reason for the refund (at most 500 characters)." }
            guard errors.isEmpty, let amount else { return try show(&admin, number: number, errors: errors, status: 422) }
            try admin.db.execute(sql: "INSERT INTO credit_memos (order_id, amount_cents, reason, created_at) VALUES (?, ?, ?, ?)", arguments: [id, amount, reason, admin.now])
            try admin.db.execute(sql: "UPDATE orders SET updated_at = ? WHERE id = ?", arguments: [admin.now, id])
            try admin.setFlash("A credit memo of \(Pricing.format(amount)) was created for order #\(number).")
        case "comments":
            let body = admin.form.nonEmpty("body") ?? ""
            if body.isEmpty || body.count > 2000 { errors["body"] = "Write a comment (at most 2,000 characters)." }
            guard errors.isEmpty else { return try show(&admin, number: number, errors: errors, status: 422) }
            try admin.db.execute(sql: "INSERT INTO order_comments (order_id, author, body, notify_customer, created_at) VALUES (?, ?, ?, ?, ?)",
                                 arguments: [id, admin.user?.name ?? "", body, admin.form["notify"] == "1", admin.now])
            try admin.setFlash("Your comment was added to order #\(number).")
        default:
            throw AdminRequest.Refusal(status: 404, message: "Orders have no action “\(action)”.")
        }
        return admin.redirect("/orders/\(number)")
    }

    /// An action the order's status does not allow: the order page again, with the reason, as 422.
    private static func refuse(_ admin: inout AdminRequest, _ number: String, _ message: String) throws -> SandboxResponse {
        try show(&admin, number: number, errors: ["action": message], status: 422)
    }
}
