import GRDB
import SandboxKit
import Vocabulary

/// One request inside the shop: its session, signed-in customer, and page rendering.
/// Lives for the duration of the instance's write transaction.
struct ShopRequest {
    static let cookieName = "shop_session"
    static let pageSize = 24

    let request: SandboxRequest
    let context: SandboxContext
    let db: Database
    private(set) var sessionToken: String?
    private(set) var customer: Customer?
    private var setCookie: String?
    private var flash: String?

    struct Customer {
        let id: Int
        let firstName: String
        let lastName: String
        let email: String
    }

    init(request: SandboxRequest, context: SandboxContext, db: Database) throws {
        self.request = request
        self.context = context
        self.db = db
        if let token = request.cookies[Self.cookieName],
            let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT customer_id, flash FROM sessions WHERE token = ?"), arguments: [token])
        {
            sessionToken = token
            let flashText: String = row["flash"]
            if !flashText.isEmpty {
                flash = flashText
                // A flash message shows once.
                try db.execute(sql: "UPDATE sessions SET flash = '' WHERE token = ?", arguments: [token])
            }
            if let customerID: Int = row["customer_id"] {
                customer = try Self.loadCustomer(db, id: customerID)
            }
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
    var form: FormFields { request.form }
    var query: FormFields { request.query }

    func url(_ path: String) -> String { context.basePath + path }

    /// The session token, creating the session (and its cookie) on first need.
    mutating func ensureSession() throws -> String {
        if let sessionToken { return sessionToken }
        var rng = SeededGenerator(seed: context.seed ^ UInt64(context.sequence) &* SeededGenerator.gamma, stream: "shop.session")
        let token = String(rng.next(), radix: 16) + String(rng.next(), radix: 16)
        try db.execute(sql: "INSERT INTO sessions (token, customer_id, flash, created_seq) VALUES (?, NULL, '', ?)", arguments: [token, context.sequence])
        sessionToken = token
        setCookie = token
        return token
    }

    mutating func setFlash(_ message: String) throws {
        let token = try ensureSession()
        try db.execute(sql: "UPDATE sessions SET flash = ? WHERE token = ?", arguments: [message, token])
    }

    mutating func signIn(_ customerID: Int) throws {
        let token = try ensureSession()
        try db.execute(sql: "UPDATE sessions SET customer_id = ? WHERE token = ?", arguments: [customerID, token])
        customer = try Self.loadCustomer(db, id: customerID)
    }

    mutating func signOut() throws {
        guard let token = sessionToken else { return }
        try db.execute(sql: "UPDATE sessions SET customer_id = NULL WHERE token = ?", arguments: [token])
        try db.execute(sql: "DELETE FROM checkout_drafts WHERE session_token = ?", arguments: [token])
        customer = nil
    }

    func finish(_ response: SandboxResponse) -> SandboxResponse {
        guard let setCookie else { return response }
        return response.settingCookie(Self.cookieName, setCookie)
    }

    func redirect(_ path: String) -> SandboxResponse {
        .redirect(to: url(path))
    }

    /// The sign-in page, coming back to `next` afterwards (for pages that need a customer).
    func signInRedirect(next: String) -> SandboxResponse {
        redirect("/login?next=" + FormFields.encode(next))
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
        var data = data
        data["base"] = context.basePath
        let content = try context.templates.render(template, data)
        let departments = try Row.fetchAll(db.cachedStatement(sql: "SELECT slug, name FROM categories WHERE parent_id IS NULL ORDER BY position")).map {
            ["slug": $0["slug"] as String, "name": $0["name"] as String] as [String: Any]
        }
        var layout: [String: Any] = [
            "base": context.basePath,
            "title": title,
            "content": content,
            "departments": departments,
            "cart_count": try cartCount(),
            "search_query": data["search_query"] as? String ?? "",
        ]
        if let customer {
            layout["customer"] = ["first_name": customer.firstName, "email": customer.email]
        }
        if let flash { layout["flash"] = flash }
        return .html(try context.templates.render("layout", layout), status: status)
    }

    func notFound(_ message: String = "We couldn't find that page.") throws -> SandboxResponse {
        try page("not_found", title: "Page not found", ["message": message], status: 404)
    }
}
