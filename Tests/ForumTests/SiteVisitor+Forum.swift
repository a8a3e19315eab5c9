import GauntletTesting

/// A forum member's flows.
extension SiteVisitor {
    func signIn(_ username: String, _ password: String) throws {
        try get("/login")
        try submit("/login", [("login", username), ("password", password), ("next", "/u/\(username)")], contains: username)
    }
}
