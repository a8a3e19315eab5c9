/// A mail folder (table `mail_folders`). The system folders come first and cannot be
/// renamed or deleted; the owner's own folders follow.
struct MailFolder: Sendable, Equatable {
    let id: Int
    let name: String
    let position: Int
    let isSystem: Bool

    static let inbox = 1, sent = 2, drafts = 3, archive = 4, trash = 5, receipts = 6, travel = 7

    /// Seeded folders, by id.
    static let seeded: [MailFolder] = [
        MailFolder(id: inbox, name: "Inbox", position: 1, isSystem: true),
        MailFolder(id: sent, name: "Sent", position: 2, isSystem: true),
        MailFolder(id: drafts, name: "Drafts", position: 3, isSystem: true),
        MailFolder(id: archive, name: "Archive", position: 4, isSystem: true),
        MailFolder(id: trash, name: "Trash", position: 5, isSystem: true),
        MailFolder(id: receipts, name: "Receipts", position: 6, isSystem: false),
        MailFolder(id: travel, name: "Travel", position: 7, isSystem: false),
    ]
}
