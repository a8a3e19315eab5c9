/// One note in the Notes app (table `notes`): a title and a Markdown body in a folder.
struct Note: Sendable, Equatable {
    var id: Int
    var folderID: Int
    var title: String
    /// Markdown: `#` headings, `-` lists, `- [ ]` and `- [x]` checkboxes, `**bold**`.
    var body: String
    var pinned: Bool
    /// Seconds on the phone's clock.
    var createdAt: Int
    var updatedAt: Int
}
