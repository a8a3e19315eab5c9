import GRDB
import SandboxKit

/// The signed-in customer's wishlist.
enum WishlistPages {
    static func show(_ shop: inout ShopRequest) throws -> SandboxResponse {
        guard let customer = shop.customer else { return shop.signInRedirect(next: "/wishlist") }
        let items = try Row.fetchAll(shop.db, sql: """
            \(ProductListing.cardSelect) FROM wishlist_items w JOIN products p ON p.id = w.product_id JOIN brands b ON b.id = p.brand_id
            JOIN main.stock s ON s.product_id = p.id WHERE w.customer_id = ? ORDER BY w.added_seq DESC, w.id DESC
            """, arguments: [customer.id]).map { ProductListing.card($0, basePath: shop.context.basePath) }
        return try shop.page("wishlist", title: "Your wishlist | Larkspur Market", ["items": items, "has_items": !items.isEmpty])
    }

    static func add(_ shop: inout ShopRequest) throws -> SandboxResponse {
        guard let productID = shop.form.nonEmpty("product_id").flatMap({ Int($0) }),
            let slug = try String.fetchOne(shop.db.cachedStatement(sql: "SELECT slug FROM products WHERE id = ?"), arguments: [productID])
        else {
            return try shop.notFound("That product is not in our catalogue.")
        }
        guard let customer = shop.customer else { return shop.signInRedirect(next: "/product/\(slug)") }
        try shop.db.execute(sql: "INSERT OR IGNORE INTO wishlist_items (customer_id, product_id, added_seq) VALUES (?, ?, ?)", arguments: [customer.id, productID, shop.context.sequence])
        try shop.setFlash("Saved to your wishlist.")
        return shop.redirect("/wishlist")
    }

    static func remove(_ shop: inout ShopRequest) throws -> SandboxResponse {
        guard let customer = shop.customer else { return shop.signInRedirect(next: "/wishlist") }
        let productID = shop.form.nonEmpty("product_id").flatMap { Int($0) } ?? -1
        try shop.db.execute(sql: "DELETE FROM wishlist_items WHERE customer_id = ? AND product_id = ?", arguments: [customer.id, productID])
        try shop.setFlash("Removed from your wishlist.")
        return shop.redirect("/wishlist")
    }
}
