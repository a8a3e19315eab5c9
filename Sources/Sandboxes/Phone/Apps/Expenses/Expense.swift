/// One expense in the Expenses app (table `expenses`).
struct Expense: Sendable, Equatable {
    var id: Int
    var categoryID: Int
    var amountCents: Int
    var merchant: String
    var note: String
    /// "2026-05-20".
    var spentOn: String
    /// "Card", "Cash" or "Bank transfer".
    var payment: String
    /// The bill or receipt mail it was logged from, if any.
    var mailID: Int?

    static let payments = ["Card", "Cash", "Bank transfer"]
}
