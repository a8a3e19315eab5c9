import GRDB
import SandboxKit
import Shop
import Vocabulary

/// One request inside the forum: its session, signed-in user, and page rendering.
/// Lives for the duration of the instance's write transaction.
struct ForumRequest {
    static let cookieName = "forum_session"
    static let pageSize = 25

    let request: SandboxRequest
    let context: SandboxContext
    let db: Database
    private(set) var sessionToken: String?
    private(set) var user: User?
    private var setCookie: String?
    private var flash: String?

    struct User {
        let id: Int
        let username: String
    }

    init(request: SandboxRequest, context: SandboxContext, db: Database) throws {
        self.request = request
        self.context = context
        self.db = db
        if let token = request.cookies[Self.cookieName],
            let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT user_id, flash FROM forum_sessions WHERE token = ?"), arguments: [token])
        {
            sessionToken = token
            let flashText: String = row["flash"]
            if !flashText.isEmpty {
                flash = flashText
                // A flash message shows once.
                try db.execute(sql: "UPDATE forum_sessions SET flash = '' WHERE token = ?", arguments: [token])
            }
            if let userID: Int = row["user_id"] {
                user = try Self.loadUser(db, id: userID)
            }
        }
    }

    static func loadUser(_ db: Database, id: Int) throws -> User? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT id, username FROM forum_users WHERE id = ?"), arguments: [id]).map {
            User(id: $0["id"], username: $0["username"])
        }
    }

    var now: String { ShopClock.now(sequence: context.sequence) }
    var form: FormFields { request.form }
    var query: FormFields { request.query }

    func url(_ path: String) -> String { context.basePath + path }

    mutating func ensureSession() throws -> String {
        if let sessionToken { return sessionToken }
        var rng = SeededGenerator(seed: context.seed ^ UInt64(context.sequence) &* SeededGenerator.gamma, stream: "forum.session")
        let token = String(rng.next(), radix: 16) + String(rng.next(), radix: 16)
        try db.execute(sql: "INSERT INTO forum_sessions (token, user_id, flash, created_seq) VALUES (?, NULL, '', ?)", arguments: [token, context.sequence])
        sessionToken = token
        setCookie = token
        return token
    }

    mutating func setFlash(_ message: String) throws {
        let token = try ensureSession()
        try db.execute(sql: "UPDATE forum_sessions SET flash = ? WHERE token = ?", arguments: [message, token])
    }

    mutating func signIn(_ userID: Int) throws {
        let token = try ensureSession()
        try db.execute(sql: "UPDATE forum_sessions SET user_id = ? WHERE token = ?", arguments: [userID, token])
        user = try Self.loadUser(db, id: userID)
    }

    mutating func signOut() throws {
        guard let token = sessionToken else { return }
        try db.execute(sql: "UPDATE forum_sessions SET user_id = NULL WHERE token = ?", arguments: [token])
        user = nil
    }

    func finish(_ response: SandboxResponse) -> SandboxResponse {
        guard let setCookie else { return response }
        return response.settingCookie(Self.cookieName, setCookie)
    }

    func redirect(_ path: String) -> SandboxResponse {
        .redirect(to: url(path))
    }

    /// The sign-in page, coming back to `next` afterwards (for pages that need a user).
    func signInRedirect(next: String) -> SandboxResponse {
        redirect("/login?next=" + FormFields.encode(next))
    }

    /// True when the signed-in user moderates `forumID`.
    func moderates(_ forumID: Int) throws -> Bool {
        guard let user else { return false }
        return try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM forum_moderators WHERE forum_id = ? AND user_id = ?)"), arguments: [forumID, user.id]) ?? false
    }

    // MARK: Query parameters

    /// A query parameter that must be one of `allowed` (the first is the default when absent).
    func choice(_ name: String, _ allowed: [String]) throws -> String {
        guard let value = query.nonEmpty(name) else { return allowed[0] }
        guard allowed.contains(value) else { throw BadRequest(message: "“\(value)” is not a valid \(name); use one of: \(allowed.joined(separator: ", ")).") }
        return value
    }

    /// The `page` parameter: a whole number from 1 (1 when absent).
    func pageNumber(_ name: String = "page") throws -> Int {
        guard let text = query.nonEmpty(name) else { return 1 }
        guard let value = Int(text), value >= 1, value <= 10_000 else { throw BadRequest(message: "“\(text)” is not a valid page number.") }
        return value
    }

    /// A request the forum cannot answer because its parameters are malformed (a 400 page).
    struct BadRequest: Error {
        let message: String
    }

    // MARK: Rendering

    /// Renders `template` inside the layout.
    func page(_ template: String, title: String, _ data: [String: Any], status: Int = 200) throws -> SandboxResponse {
        var data = data
        data["base"] = context.basePath
        let content = try context.templates.render(template, data)
        var layout: [String: Any] = [
            "base": context.basePath,
            "title": title + " | Larkspur Community",
            "content": content,
            "search_query": data["search_query"] as? String ?? "",
        ]
        if let user {
            let unread = try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM private_messages WHERE recipient_id = ?"), arguments: [user.id]) ?? 0
            layout["user"] = ["username": user.username, "messages": unread] as [String: Any]
        }
        if let flash { layout["flash"] = flash }
        return .html(try context.templates.render("layout", layout), status: status)
    }

    func notFound(_ message: String = "There is nothing here.") throws -> SandboxResponse {
        try page("error", title: "Not found", ["heading": "Page not found", "message": message], status: 404)
    }

    func badRequest(_ message: String) throws -> SandboxResponse {
        try page("error", title: "Bad request", ["heading": "Bad request", "message": message], status: 400)
    }

    func forbidden(_ message: String) throws -> SandboxResponse {
        try page("error", title: "Access denied", ["heading": "Access denied", "message": message], status: 403)
    }
}
