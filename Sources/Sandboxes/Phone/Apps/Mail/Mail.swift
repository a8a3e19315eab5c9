/// One mail in the Mail app (table `mails`).
struct Mail: Sendable, Equatable {
    enum Kind: String, Sendable, CaseIterable {
        /// From or to a contact.
        case personal, work
        /// From a merchant, about a `Charge`.
        case invoice, receipt
        /// Bulk mail and service notices (appointment confirmations, deliveries).
        case newsletter, notice
    }

    let id: Int
    var folderID: Int
    let fromName: String
    let fromEmail: String
    /// Recipients' addresses, comma-separated.
    let to: String
    let cc: String
    let subject: String
    let body: String
    /// Seconds on the phone's clock.
    let sentAt: Int
    var isRead: Bool
    var isStarred: Bool
    /// The attached file's name, or "".
    let attachment: String
    let kind: Kind
    /// The charge's amount for an invoice or receipt.
    let amountCents: Int?
    /// The mail this one answers or forwards.
    let inReplyTo: Int?
}
