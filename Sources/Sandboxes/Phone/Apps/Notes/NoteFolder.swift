/// A notes folder (table `note_folders`).
struct NoteFolder: Sendable, Equatable {
    let id: Int
    let name: String

    static let seeded: [NoteFolder] = [
        NoteFolder(id: 1, name: "Personal"), NoteFolder(id: 2, name: "Work"), NoteFolder(id: 3, name: "Recipes"),
        NoteFolder(id: 4, name: "Travel"), NoteFolder(id: 5, name: "Shopping"),
    ]
}
