import GRDB
import SandboxKit
import Shop
import Vocabulary

/// One request inside the admin: its staff session, role checks, parameters and page rendering.
/// Lives for the duration of the instance's write transaction.
struct AdminRequest: SiteRequest {
    static let sessions = SessionTable(table: "admin_sessions", accountColumn: "user_id", cookieName: "admin_session", tokenStream: "admin.session")

    var visit: SiteVisit
    private(set) var user: User?

    struct User {
        let id: Int
        let username: String
        let name: String
        let role: String
    }

    /// A malformed parameter or an unknown record: answered with a 4xx page, never data.
    struct Refusal: Error {
        let status: Int
        let message: String
    }

    init(_ visit: SiteVisit) throws {
        self.visit = visit
        if let userID = visit.session.accountID {
            user = try Row.fetchOne(visit.db.cachedStatement(sql: "SELECT id, username, name, role FROM admin_users WHERE id = ?"), arguments: [userID]).map {
                User(id: $0["id"], username: $0["username"], name: $0["name"], role: $0["role"])
            }
        }
    }

    var now: String { ShopClock.now(sequence: context.sequence) }

    func may(_ section: String) -> Bool {
        guard let user else { return false }
        return AdminVocabulary.roleSections[user.role]?.contains(section) ?? false
    }

    /// Staff get a new session on every sign-in.
    mutating func signIn(_ userID: Int) throws {
        try visit.session.create(db, context: context, accountID: userID)
    }

    mutating func signOut() throws {
        try visit.session.end(db)
        user = nil
    }

    /// A refusal answers with its 4xx page.
    func errorPage(for error: any Error) throws -> SandboxResponse? {
        guard let refusal = error as? Refusal else { return nil }
        return try self.refusal(refusal)
    }

    // MARK: Parameters

    /// An integer query parameter within `range`, `fallback` when absent or empty.
    func integer(_ name: String, in range: ClosedRange<Int>, fallback: Int) throws -> Int {
        guard let text = query.nonEmpty(name) else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw Refusal(status: 400, message: "The parameter “\(name)” must be a whole number from \(range.lowerBound) to \(range.upperBound); “\(text)” is not.")
        }
        return value
    }

    /// A query parameter that must be one of `allowed`, `fallback` when absent or empty.
    func choice(_ name: String, _ allowed: [String], fallback: String) throws -> String {
        guard let text = query.nonEmpty(name) else { return fallback }
        guard allowed.contains(text) else {
            throw Refusal(status: 400, message: "The parameter “\(name)” must be one of \(allowed.joined(separator: ", ")); “\(text)” is not.")
        }
        return text
    }

    /// A date query parameter (YYYY-MM-DD), nil when absent or empty.
    func date(_ name: String) throws -> String? {
        guard let text = query.nonEmpty(name) else { return nil }
        guard AdminForm.isDate(text) else {
            throw Refusal(status: 400, message: "The parameter “\(name)” must be a date written YYYY-MM-DD; “\(text)” is not.")
        }
        return text
    }

    /// The numeric id in a path segment, or a 404 refusal naming what was looked for.
    static func id(_ segment: String, _ what: String) throws -> Int {
        guard let id = Int(segment), id > 0 else { throw Refusal(status: 404, message: "There is no \(what) with the id “\(segment)”.") }
        return id
    }

    // MARK: Rendering

    /// Renders `template` inside the admin layout, with the menu the user's role allows.
    func page(_ template: String, title: String, section: String, _ data: [String: Any], status: Int = 200) throws -> SandboxResponse {
        var layout: [String: Any] = ["title": title]
        if let user {
            layout["user"] = ["name": user.name, "role": AdminVocabulary.roleLabels[user.role] ?? user.role]
            layout["menu"] = AdminVocabulary.sections.filter { may($0.path) }.map {
                ["url": url("/\($0.path)"), "label": $0.label, "current": $0.path == section] as [String: Any]
            }
        }
        return try render(template, data, inLayout: layout, status: status)
    }

    func refusal(_ refusal: Refusal) throws -> SandboxResponse {
        let heading = refusal.status == 404 ? "Not found" : "Bad request"
        return try page("message", title: "\(heading) | Larkspur Admin", section: "", ["heading": heading, "message": refusal.message], status: refusal.status)
    }

    /// What a role without rights to a section sees: no data, only the refusal.
    func denied() throws -> SandboxResponse {
        try page("denied", title: "Access denied | Larkspur Admin", section: "", [:], status: 403)
    }
}
