import GRDB

/// Cancelling an order, the same whoever does it (the customer in the shop, staff in the admin).
public enum OrderCancellation {
    /// Marks the order cancelled at `now`, puts its items back in stock and frees its coupon
    /// for another use. The caller checks that the order may be cancelled.
    public static func cancel(_ db: Database, orderID: Int, now: String) throws {
        try db.execute(sql: "UPDATE orders SET status = 'cancelled', updated_at = ? WHERE id = ?", arguments: [now, orderID])
        try db.execute(sql: """
            UPDATE stock SET quantity = quantity + (SELECT SUM(i.quantity) FROM order_items i WHERE i.order_id = ? AND i.product_id = stock.product_id)
            WHERE product_id IN (SELECT product_id FROM order_items WHERE order_id = ?)
            """, arguments: [orderID, orderID])
        try db.execute(sql: "DELETE FROM coupon_redemptions WHERE order_id = ?", arguments: [orderID])
    }
}
