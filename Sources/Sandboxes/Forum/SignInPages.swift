import GRDB
import SandboxKit

/// Signing in (by username or email) and out. Seeded users' passwords follow `ForumAccounts`.
enum SignInPages {
    static func form(_ forum: inout ForumRequest, error: String? = nil, status: Int = 200) throws -> SandboxResponse {
        var data: [String: Any] = ["next": safeNext(forum.request.isPost ? forum.form["next"] : forum.query["next"]), "login": forum.form["login"] ?? ""]
        if let error { data["error"] = error }
        return try forum.page("login", title: "Sign in", data, status: status)
    }

    /// Only paths on this site: never an absolute URL elsewhere.
    static func safeNext(_ value: String?) -> String {
        guard let value, value.hasPrefix("/"), !value.hasPrefix("//") else { return "/" }
        return value
    }

    static func signIn(_ forum: inout ForumRequest) throws -> SandboxResponse {
        let login = ForumInput.trimmed(forum.form, "login")
        let password = forum.form["password"] ?? ""
        if login.isEmpty || password.isEmpty { return try form(&forum, error: "Enter your username or email and your password.", status: 422) }
        guard let row = try Row.fetchOne(forum.db.cachedStatement(sql: "SELECT id, password FROM forum_users WHERE username = ? OR email = ?"), arguments: [login, login]),
            row["password"] as String == password
        else { return try form(&forum, error: "That username or email and password do not match.", status: 422) }
        try forum.signIn(row["id"])
        return forum.redirect(safeNext(forum.form["next"]))
    }

    static func signOut(_ forum: inout ForumRequest) throws -> SandboxResponse {
        try forum.signOut()
        return forum.redirect("/")
    }
}
