import GRDB
import SandboxKit
import Vocabulary

/// One request inside the shop: its session, signed-in customer, and page rendering.
/// Lives for the duration of the instance's write transaction.
struct ShopRequest: SiteRequest {
    static let sessions = SessionTable(table: "sessions", accountColumn: "customer_id", cookieName: "shop_session", tokenStream: "shop.session")
    static let pageSize = 24

    var visit: SiteVisit
    private(set) var customer: Customer?

    struct Customer {
        let id: Int
        let firstName: String
        let lastName: String
        let email: String
    }

    init(_ visit: SiteVisit) throws {
        self.visit = visit
        if let customerID = visit.session.accountID {
            customer = try Self.loadCustomer(visit.db, id: customerID)
        }
    }

    static func loadCustomer(_ db: Database, id: Int) throws -> Customer? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT id, first_name, last_name, email FROM customers WHERE id = ?"), arguments: [id]).map {
            Customer(id: $0["id"], firstName: $0["first_name"], lastName: $0["last_name"], email: $0["email"])
        }
    }

    /// Identifies the read-only catalogue (seed and data version), for caches shared by instances;
    /// nil when a sandbox sharing this instance overlays it (a `temp.products` view over
    /// `shop_catalog.products`, as the admin's product edits are), since listings can then change.
    var catalogKey: String? {
        get throws {
            let overlaid = try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM temp.sqlite_master WHERE name = 'products')")) ?? false
            return overlaid ? nil : "shop-v\(ShopSandbox().dataVersion)-s\(context.seed)"
        }
    }

    var now: String { ShopClock.now(sequence: context.sequence) }

    mutating func signIn(_ customerID: Int) throws {
        try visit.session.signIn(customerID, db, context: context)
        customer = try Self.loadCustomer(db, id: customerID)
    }

    mutating func signOut() throws {
        guard let token = sessionToken else { return }
        try visit.session.signOut(db)
        try db.execute(sql: "DELETE FROM checkout_drafts WHERE session_token = ?", arguments: [token])
        customer = nil
    }

    // MARK: Cart

    /// The current cart's id, if one exists (signed-in customers own theirs; guests' carts hang off the session).
    func cartID() throws -> Int? {
        if let customer {
            return try Int.fetchOne(db.cachedStatement(sql: "SELECT id FROM carts WHERE customer_id = ?"), arguments: [customer.id])
        }
        guard let sessionToken else { return nil }
        return try Int.fetchOne(db.cachedStatement(sql: "SELECT id FROM carts WHERE session_token = ?"), arguments: [sessionToken])
    }

    mutating func ensureCart() throws -> Int {
        if let id = try cartID() { return id }
        if let customer {
            try db.execute(sql: "INSERT INTO carts (session_token, customer_id, coupon_code) VALUES (NULL, ?, NULL)", arguments: [customer.id])
        } else {
            let token = try ensureSession()
            try db.execute(sql: "INSERT INTO carts (session_token, customer_id, coupon_code) VALUES (?, NULL, NULL)", arguments: [token])
        }
        return Int(db.lastInsertedRowID)
    }

    func cartCount() throws -> Int {
        guard let id = try cartID() else { return 0 }
        return try Int.fetchOne(db.cachedStatement(sql: "SELECT COALESCE(SUM(quantity), 0) FROM cart_items WHERE cart_id = ?"), arguments: [id]) ?? 0
    }

    // MARK: Rendering

    /// Renders `template` inside the layout.
    func page(_ template: String, title: String, _ data: [String: Any], status: Int = 200) throws -> SandboxResponse {
        let departments = try Row.fetchAll(db.cachedStatement(sql: "SELECT slug, name FROM categories WHERE parent_id IS NULL ORDER BY position")).map {
            ["slug": $0["slug"] as String, "name": $0["name"] as String] as [String: Any]
        }
        var layout: [String: Any] = [
            "title": title,
            "departments": departments,
            "cart_count": try cartCount(),
            "search_query": data["search_query"] as? String ?? "",
        ]
        if let customer {
            layout["customer"] = ["first_name": customer.firstName, "email": customer.email]
        }
        return try render(template, data, inLayout: layout, status: status)
    }

    func notFound(_ message: String = "We couldn't find that page.") throws -> SandboxResponse {
        try page("not_found", title: "Page not found", ["message": message], status: 404)
    }
}
