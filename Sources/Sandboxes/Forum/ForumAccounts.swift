/// The seeded users' sign-in rule, documented in docs/sandboxes.md for task authors.
enum ForumAccounts {
    /// `Forum!` followed by the user id in four digits: user 7's password is `Forum!0007`.
    static func password(userID: Int) -> String {
        let digits = String(userID)
        return "Forum!" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
