import GRDB
import SandboxKit

/// Staff sign-in and sign-out.
enum SignInPages {
    static func form(_ admin: inout AdminRequest, errors: [String: String] = [:], username: String = "", status: Int = 200) throws -> SandboxResponse {
        var data = AdminForm.errorData(errors, fields: ["username", "password"])
        data["username"] = username
        data["next"] = safeNext(admin.form["next"] ?? admin.query["next"])
        return try admin.page("login", title: "Sign in | Larkspur Admin", section: "", data, status: status)
    }

    static func signIn(_ admin: inout AdminRequest) throws -> SandboxResponse {
        let username = admin.form.nonEmpty("username") ?? ""
        let password = admin.form["password"] ?? ""
        var errors: [String: String] = [:]
        if username.isEmpty { errors["username"] = "Enter your user name." }
        if password.isEmpty { errors["password"] = "Enter your password." }
        if errors.isEmpty {
            if let user = try Row.fetchOne(admin.db.cachedStatement(sql: "SELECT id, role FROM admin_users WHERE username = ? AND password = ?"), arguments: [username, password]) {
                try admin.signIn(user["id"])
                let next = safeNext(admin.form["next"])
                return admin.redirect(next.isEmpty ? AdminVocabulary.startPage(user["role"]) : next)
            }
            errors["password"] = "The user name or password is wrong."
        }
        return try form(&admin, errors: errors, username: username, status: 422)
    }

    static func signOut(_ admin: inout AdminRequest) throws -> SandboxResponse {
        try admin.signOut()
        return admin.redirect("/login")
    }

    /// Only a path inside the admin, never another site.
    private static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//") else { return "" }
        return next
    }
}
