/// One note in the Notes app (table `notes`): a title and a Markdown body in a folder.
struct Note: Sendable, Equatable {
    var id: Int
    var folderID: Int
    var title: String
    /// Markdown: `#` headings, `-` lists, `- [ ]` and `- [x]` checkboxes, `**bold**`.
    var body: String
    var pinned: Bool
    /// "2026-05-20 18:04".
    var createdAt: String
    var updatedAt: String
}
