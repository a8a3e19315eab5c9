import GRDB

/// Notes (docs/phone-apps.md, "Notes"): Markdown notes in folders, pinned first; a note
/// shows its Markdown with working check boxes; one form for new and edited notes; folders
/// can be added, renamed and deleted; search looks in titles and bodies.
struct NotesApp: PhoneApp {
    let id = "notes"
    let label = "Notes"
    let home = ScreenRef("list")
    let screens = ["list", "folders", "folder_edit", "detail", "edit", "search"]
    let schema = NoteStore.schema

    func seed(_ db: Database, _ seed: AppSeed) throws {
        let notes = NotesSeed(seed: seed, now: CivilTime(seconds: seed.clock.now), contacts: try SeedPerson.contacts(db)).generate()
        try NoteStore.insert(folders: NoteFolder.seeded, notes: notes, into: db)
    }

    func screen(_ ref: ScreenRef, _ context: ScreenContext) throws -> Screen {
        switch ref.name {
        case "folders": return try folders(context)
        case "folder_edit": return try folderEdit(ref.int("id"), context)
        case "detail": return try detail(ref.int("id") ?? 0, context)
        case "edit": return try edit(ref, context)
        case "search": return try search(context)
        default: return try list(ref.int("folder"), context)
        }
    }

    func perform(_ command: Command, _ context: CommandContext) throws -> [Effect] {
        let db = context.db, now = context.clock.now
        switch command.name {
        case "show_folder":
            return [.back, .replace(command["folder"].map { ScreenRef("list", ["folder": $0]) } ?? ScreenRef("list"))]
        case "pin":
            try db.execute(sql: "UPDATE notes SET pinned = 1 - pinned WHERE id = ?", arguments: [command.int("id")])
            return [.toast(try Bool.fetchOne(db, sql: "SELECT pinned FROM notes WHERE id = ?", arguments: [command.int("id")]) == true ? "Pinned" : "Unpinned")]
        case "move":
            guard let name = try String.fetchOne(db, sql: "SELECT name FROM notes_folders WHERE id = ?", arguments: [command.int("folder")]) else {
                return [.toast("That folder no longer exists")]
            }
            try db.execute(sql: "UPDATE notes SET folder_id = ?, updated_at = ? WHERE id = ?", arguments: [command.int("folder"), now, command.int("id")])
            return [.toast("Moved to \(name)")]
        case "check":
            guard let note = try NoteStore.note(command.int("id"), db), let line = command.int("line"),
                  let body = NoteMarkdown.toggling(note.body, line: line) else { return [] }
            try db.execute(sql: "UPDATE notes SET body = ?, updated_at = ? WHERE id = ?", arguments: [body, now, note.id])
            return []
        case "delete":
            try db.execute(sql: "DELETE FROM notes WHERE id = ?", arguments: [command.int("id")])
            return (command["from"] == "detail" ? [.back] : []) + [.toast("Note deleted")]
        case "save": return try save(context)
        case "save_folder": return try saveFolder(command.int("id"), context)
        case "delete_folder":
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM notes_folders") ?? 0 > 1 else { return [.toast("Keep at least one folder")] }
            try db.execute(sql: "DELETE FROM notes WHERE folder_id = ?", arguments: [command.int("id")])
            try db.execute(sql: "DELETE FROM notes_folders WHERE id = ?", arguments: [command.int("id")])
            return [.toast("Folder deleted")]
        default: return [.toast("Notes cannot \(command.name)")]
        }
    }

    // MARK: Screens

    private func list(_ folderID: Int?, _ context: ScreenContext) throws -> Screen {
        let folders = try NoteStore.folders(context.db)
        var title = "All notes"
        if let folderID {
            guard let folder = folders.first(where: { $0.id == folderID }) else {
                return Screen(title: "Notes", body: [.text("This folder no longer exists.", id: "empty")])
            }
            title = folder.name
        }
        let notes = try Row.fetchAll(context.db, sql: """
            SELECT \(NoteStore.columns) FROM notes WHERE ?1 IS NULL OR folder_id = ?1 ORDER BY pinned DESC, updated_at DESC, id DESC
            """, arguments: [folderID]).map(NoteStore.note)
        var body = notes.map { noteRow($0, folders: folders, context) }
        if body.isEmpty { body = [.text("No notes here yet.", id: "empty")] }
        return Screen(
            title: title,
            actions: [.icon("Folders", id: "folders", tap: .push(ScreenRef("folders"))),
                      .icon("Search notes", id: "search", tap: .push(ScreenRef("search")))],
            body: body,
            fab: .icon("New note", id: "new_note", tap: .push(ScreenRef("edit", folderID.map { ["folder": String($0)] } ?? [:]))))
    }

    private func noteRow(_ note: Note, folders: [NoteFolder], _ context: ScreenContext) -> Widget {
        var menu = [MenuItem(note.pinned ? "Unpin" : "Pin", .run(Command("pin", id: note.id)))]
        for folder in folders where folder.id != note.folderID {
            menu.append(MenuItem("Move to \(folder.name)", .run(Command("move", ["id": String(note.id), "folder": String(folder.id)]))))
        }
        menu.append(MenuItem("Delete", .dialog(.confirm("Delete note?", message: note.title, confirm: "Delete", Command("delete", ["id": String(note.id), "from": "list"])))))
        return .row(ListRow("note", title: (note.pinned ? "📌 " : "") + note.title, subtitle: NoteMarkdown.preview(note.body),
                            detail: context.clock.short(note.updatedAt), tap: .push(ScreenRef("detail", id: note.id)), longPress: .menu(menu)))
    }

    private func folders(_ context: ScreenContext) throws -> Screen {
        var counts: [Int: Int] = [:]
        for row in try Row.fetchAll(context.db, sql: "SELECT folder_id, COUNT(*) AS n FROM notes GROUP BY folder_id ORDER BY folder_id") {
            counts[row["folder_id"]] = row["n"]
        }
        var body: [Widget] = [.row(ListRow("folder", title: "All notes", detail: String(counts.values.reduce(0, +)), tap: .run(Command("show_folder"))))]
        for folder in try NoteStore.folders(context.db) {
            let count = counts[folder.id] ?? 0
            let delete = Dialog.confirm("Delete folder \(folder.name)?", message: count == 0 ? "" : "Its \(count) notes will be deleted too.",
                                        confirm: "Delete", Command("delete_folder", id: folder.id))
            body.append(.row(ListRow("folder", title: folder.name, detail: String(count), tap: .run(Command("show_folder", ["folder": String(folder.id)])),
                                     longPress: .menu([MenuItem("Rename", .push(ScreenRef("folder_edit", id: folder.id))), MenuItem("Delete", .dialog(delete))]))))
        }
        return Screen(title: "Folders", body: body, fab: .icon("New folder", id: "new_folder", tap: .push(ScreenRef("folder_edit"))))
    }

    private func folderEdit(_ id: Int?, _ context: ScreenContext) throws -> Screen {
        let stored = try id.flatMap { try String.fetchOne(context.db, sql: "SELECT name FROM notes_folders WHERE id = ?", arguments: [$0]) } ?? ""
        return Screen(title: id == nil ? "New folder" : "Rename folder", body: [
            .field(Field("name", hint: "Folder name", value: context.value("name", stored))),
            .button("Save", id: "save", tap: .run(Command("save_folder", id.map { ["id": String($0)] } ?? [:]))),
        ], bodyID: "form")
    }

    private func detail(_ id: Int, _ context: ScreenContext) throws -> Screen {
        guard let note = try NoteStore.note(id, context.db) else {
            return Screen(title: "Note", body: [.text("This note no longer exists.", id: "empty")])
        }
        let folders = try NoteStore.folders(context.db)
        var menu = [MenuItem(note.pinned ? "Unpin" : "Pin", .run(Command("pin", id: id)))]
        for folder in folders where folder.id != note.folderID {
            menu.append(MenuItem("Move to \(folder.name)", .run(Command("move", ["id": String(id), "folder": String(folder.id)]))))
        }
        menu.append(MenuItem("Delete", .dialog(.confirm("Delete note?", message: note.title, confirm: "Delete", Command("delete", ["id": String(id), "from": "detail"])))))
        let folder = folders.first { $0.id == note.folderID }?.name ?? ""
        let body: [Widget] = [
            .text(note.title, id: "title", style: .title),
            .text("\(folder) · Edited \(PhoneClock.date(note.updatedAt)) \(PhoneClock.time(note.updatedAt))", id: "meta", style: .caption),
        ] + NoteMarkdown.widgets(note.body, note: id)
        return Screen(
            title: note.title,
            actions: [.icon("Edit note", id: "edit", tap: .push(ScreenRef("edit", id: id))), .icon("More options", id: "more", tap: .menu(menu))],
            body: body, bodyID: "note")
    }

    private func edit(_ ref: ScreenRef, _ context: ScreenContext) throws -> Screen {
        let note = try NoteStore.note(ref.int("id"), context.db)
        let folders = try NoteStore.folders(context.db)
        let folderID = note?.folderID ?? ref.int("folder") ?? folders.first?.id ?? 0
        let folder = context.value("folder", folders.first { $0.id == folderID }?.name ?? "")
        return Screen(title: note == nil ? "New note" : "Edit note", body: [
            .field(Field("title", hint: "Title", value: context.value("title", note?.title ?? ""))),
            .picker("Folder", id: "folder", value: folder, tap: .menu(folders.map { MenuItem($0.name, .set(field: "folder", value: $0.name)) })),
            .field(Field("body", hint: "Note (Markdown)", value: context.value("body", note?.body ?? ""), kind: .multiline)),
            .button("Save", id: "save", tap: .run(Command("save", note.map { ["id": String($0.id)] } ?? [:]))),
        ], bodyID: "form")
    }

    private func search(_ context: ScreenContext) throws -> Screen {
        let query = context.value("query")
        var body: [Widget] = []
        if !query.isEmpty {
            let pattern = "%" + query + "%"
            let folders = try NoteStore.folders(context.db)
            let notes = try Row.fetchAll(context.db, sql: """
                SELECT \(NoteStore.columns) FROM notes WHERE title LIKE ? OR body LIKE ? ORDER BY pinned DESC, updated_at DESC, id DESC
                """, arguments: [pattern, pattern]).map(NoteStore.note)
            body = notes.isEmpty ? [.text("No notes match \u{201C}\(query)\u{201D}.", id: "empty")] : notes.map { noteRow($0, folders: folders, context) }
        }
        return Screen(title: "Search", header: [.field(Field("query", hint: "Search notes", value: query))], body: body)
    }

    // MARK: Commands

    private func save(_ context: CommandContext) throws -> [Effect] {
        let title = context.field("title")
        let body = context.fields["body"] ?? ""
        guard !title.isEmpty else { return [.toast("Enter a title")] }
        guard let folder = try Int.fetchOne(context.db, sql: "SELECT id FROM notes_folders WHERE name = ?", arguments: [context.field("folder")]) else {
            return [.toast("Pick a folder")]
        }
        let now = context.clock.now
        if let id = context.ref.int("id") {
            try context.db.execute(sql: "UPDATE notes SET title = ?, body = ?, folder_id = ?, updated_at = ? WHERE id = ?", arguments: [title, body, folder, now, id])
            return [.back, .toast("Note saved")]
        }
        try context.db.execute(sql: "INSERT INTO notes (folder_id, title, body, pinned, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)",
                               arguments: [folder, title, body, now, now])
        return [.replace(ScreenRef("detail", id: Int(context.db.lastInsertedRowID))), .toast("Note saved")]
    }

    private func saveFolder(_ id: Int?, _ context: CommandContext) throws -> [Effect] {
        let name = context.field("name")
        guard !name.isEmpty else { return [.toast("Enter a folder name")] }
        if try Bool.fetchOne(context.db, sql: "SELECT 1 FROM notes_folders WHERE name = ? AND id IS NOT ?", arguments: [name, id]) == true {
            return [.toast("A folder named \(name) already exists")]
        }
        if let id {
            try context.db.execute(sql: "UPDATE notes_folders SET name = ? WHERE id = ?", arguments: [name, id])
        } else {
            try context.db.execute(sql: "INSERT INTO notes_folders (name) VALUES (?)", arguments: [name])
        }
        return [.back, .toast("Folder saved")]
    }
}
