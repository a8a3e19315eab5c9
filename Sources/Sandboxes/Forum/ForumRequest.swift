import GRDB
import SandboxKit
import Shop
import Vocabulary

/// One request inside the forum: its session, signed-in user, and page rendering.
/// Lives for the duration of the instance's write transaction.
struct ForumRequest: SiteRequest {
    static let sessions = SessionTable(table: "forum_sessions", accountColumn: "user_id", cookieName: "forum_session", tokenStream: "forum.session")
    static let pageSize = 25

    var visit: SiteVisit
    private(set) var user: User?

    struct User {
        let id: Int
        let username: String
    }

    init(_ visit: SiteVisit) throws {
        self.visit = visit
        if let userID = visit.session.accountID {
            user = try Self.loadUser(visit.db, id: userID)
        }
    }

    static func loadUser(_ db: Database, id: Int) throws -> User? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT id, username FROM forum_users WHERE id = ?"), arguments: [id]).map {
            User(id: $0["id"], username: $0["username"])
        }
    }

    var now: String { ShopClock.now(sequence: context.sequence) }

    mutating func signIn(_ userID: Int) throws {
        try visit.session.signIn(userID, db, context: context)
        user = try Self.loadUser(db, id: userID)
    }

    mutating func signOut() throws {
        try visit.session.signOut(db)
        user = nil
    }

    /// A malformed parameter answers with the 400 page.
    func errorPage(for error: any Error) throws -> SandboxResponse? {
        guard let bad = error as? BadRequest else { return nil }
        return try badRequest(bad.message)
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
        var layout: [String: Any] = [
            "title": title + " | Larkspur Community",
            "search_query": data["search_query"] as? String ?? "",
        ]
        if let user {
            let unread = try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM private_messages WHERE recipient_id = ?"), arguments: [user.id]) ?? 0
            layout["user"] = ["username": user.username, "messages": unread] as [String: Any]
        }
        return try render(template, data, inLayout: layout, status: status)
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
