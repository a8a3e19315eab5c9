import GRDB

/// Files (docs/phone-apps.md, "Files"): browse folders, see a file's details, and rename,
/// move (through a folder chooser) and delete files and folders; create folders; search by name.
struct FilesApp: PhoneApp {
    let id = "files"
    let label = "Files"
    let home = ScreenRef("folder")
    let screens = ["folder", "detail", "rename", "new_folder", "move", "search"]
    let schema = FileStore.schema

    func seed(_ db: Database, _ seed: AppSeed) throws {
        // Mail is seeded first: the Download folder holds its latest attachments.
        let attachments = try String.fetchAll(db, sql: """
            SELECT attachment FROM mail_messages WHERE attachment != '' AND folder_id != \(MailFolder.sent) ORDER BY sent_at, id
            """)
        try FileStore.insert(FilesSeed(seed: seed, now: CivilTime(seconds: seed.clock.now)).generate(attachments: attachments), into: db)
    }

    func screen(_ ref: ScreenRef, _ context: ScreenContext) throws -> Screen {
        switch ref.name {
        case "detail": return try detail(ref.int("id") ?? 0, context)
        case "rename": return try rename(ref.int("id") ?? 0, context)
        case "new_folder":
            return Screen(title: "New folder", body: [
                .field(Field("name", hint: "Folder name", value: context.value("name"))),
                .button("Create", id: "create", tap: .run(Command("create_folder", ref.int("parent").map { ["parent": String($0)] } ?? [:]))),
            ], bodyID: "form")
        case "move": return try move(ref, context)
        case "search": return try search(context)
        default: return try folder(ref.int("id"), context)
        }
    }

    func perform(_ command: Command, _ context: CommandContext) throws -> [Effect] {
        let db = context.db
        switch command.name {
        case "browse":
            var args = ["id": command["id"] ?? ""]
            if let to = command["to"] { args["to"] = to }
            return [.replace(ScreenRef("move", args))]
        case "rename":
            guard let entry = try FileStore.entry(command.int("id"), db) else { return [.toast("This item no longer exists")] }
            let name = context.field("name")
            if let problem = try Self.problem(with: name, in: entry.parentID, except: entry.id, db) { return [.toast(problem)] }
            try db.execute(sql: "UPDATE files SET name = ?, modified_at = ? WHERE id = ?", arguments: [name, context.clock.now, entry.id])
            return [.back, .toast("Renamed to \(name)")]
        case "create_folder":
            let name = context.field("name"), parent = command.int("parent")
            if let problem = try Self.problem(with: name, in: parent, except: nil, db) { return [.toast(problem)] }
            try db.execute(sql: "INSERT INTO files (parent_id, name, is_folder, size_bytes, modified_at) VALUES (?, ?, 1, 0, ?)",
                           arguments: [parent, name, context.clock.now])
            return [.back, .toast("Folder created")]
        case "move_here":
            guard let entry = try FileStore.entry(command.int("id"), db) else { return [.toast("This item no longer exists")] }
            let target = command.int("to")
            if target == entry.parentID { return [.toast("It is already in this folder")] }
            if let target, entry.isFolder, try FileStore.subtree(entry.id, db).contains(target) {
                return [.toast("A folder cannot be moved into itself")]
            }
            if try FileStore.isTaken(entry.name, in: target, except: entry.id, db) {
                return [.toast("This folder already has an item named \(entry.name)")]
            }
            try db.execute(sql: "UPDATE files SET parent_id = ? WHERE id = ?", arguments: [target, entry.id])
            return [.back, .toast("Moved to \(try FileStore.path(target, db))")]
        case "delete":
            guard let entry = try FileStore.entry(command.int("id"), db) else { return [] }
            let ids = entry.isFolder ? try FileStore.subtree(entry.id, db) : [entry.id]
            for id in ids.reversed() { try db.execute(sql: "DELETE FROM files WHERE id = ?", arguments: [id]) }
            return (command["from"] == "detail" ? [.back] : []) + [.toast("Deleted \(entry.name)")]
        default: return [.toast("Files cannot \(command.name)")]
        }
    }

    /// Why `name` cannot be used in `parent`, or nil.
    private static func problem(with name: String, in parent: Int?, except: Int?, _ db: Database) throws -> String? {
        if name.isEmpty { return "Enter a name" }
        if name.contains("/") { return "A name cannot contain /" }
        if name == "." || name == ".." { return "\(name) is not a valid name" }
        if try FileStore.isTaken(name, in: parent, except: except, db) { return "This folder already has an item named \(name)" }
        return nil
    }

    // MARK: Screens

    private func folder(_ id: Int?, _ context: ScreenContext) throws -> Screen {
        var title = "Internal storage"
        if let id {
            guard let folder = try FileStore.entry(id, context.db), folder.isFolder else {
                return Screen(title: "Files", body: [.text("This folder no longer exists.", id: "empty")])
            }
            title = folder.name
        }
        let children = try FileStore.children(of: id, context.db)
        var counts: [Int: Int] = [:]
        for row in try Row.fetchAll(context.db, sql: "SELECT parent_id, COUNT(*) AS n FROM files WHERE parent_id IN (SELECT id FROM files WHERE parent_id IS ? AND is_folder = 1) GROUP BY parent_id ORDER BY parent_id", arguments: [id]) {
            counts[row["parent_id"]] = row["n"]
        }
        var body: [Widget] = children.map { entryRow($0, subtitle: $0.isFolder ? "Folder · \(counts[$0.id] ?? 0) items" : nil, context) }
        if body.isEmpty { body = [.text("This folder is empty.", id: "empty")] }
        return Screen(
            title: title,
            actions: [
                .icon("Search files", id: "search", tap: .push(ScreenRef("search"))),
                .icon("More options", id: "more", tap: .menu([MenuItem("New folder", .push(ScreenRef("new_folder", id.map { ["parent": String($0)] } ?? [:])))])),
            ],
            header: [.text(try FileStore.path(id, context.db), id: "path", style: .caption)],
            body: body)
    }

    private func entryRow(_ entry: FileEntry, subtitle: String?, _ context: ScreenContext) -> Widget {
        let delete = Dialog.confirm("Delete \(entry.name)?", message: entry.isFolder ? "The folder and everything in it will be deleted." : "",
                                    confirm: "Delete", Command("delete", ["id": String(entry.id), "from": "list"]))
        return .row(ListRow(
            entry.isFolder ? "folder" : "file", title: entry.name,
            subtitle: subtitle ?? FileEntry.kind(of: entry.name) + " · " + FileEntry.sizeLabel(entry.sizeBytes),
            detail: context.clock.short(entry.modifiedAt),
            tap: .push(entry.isFolder ? ScreenRef("folder", id: entry.id) : ScreenRef("detail", id: entry.id)),
            longPress: .menu([MenuItem("Rename", .push(ScreenRef("rename", id: entry.id))),
                              MenuItem("Move", .push(ScreenRef("move", ["id": String(entry.id)]))),
                              MenuItem("Delete", .dialog(delete))])))
    }

    private func detail(_ id: Int, _ context: ScreenContext) throws -> Screen {
        guard let entry = try FileStore.entry(id, context.db) else {
            return Screen(title: "File", body: [.text("This item no longer exists.", id: "empty")])
        }
        let delete = Dialog.confirm("Delete \(entry.name)?", message: entry.isFolder ? "The folder and everything in it will be deleted." : "",
                                    confirm: "Delete", Command("delete", ["id": String(id), "from": "detail"]))
        return Screen(title: entry.name, body: [
            .text(entry.name, id: "name", style: .title),
            .row(ListRow("kind", title: entry.isFolder ? "Folder" : FileEntry.kind(of: entry.name), subtitle: "Type")),
            .row(ListRow("size", title: FileEntry.sizeLabel(entry.sizeBytes), subtitle: "Size")),
            .row(ListRow("modified", title: PhoneClock.date(entry.modifiedAt) + " " + PhoneClock.time(entry.modifiedAt), subtitle: "Modified")),
            .row(ListRow("location", title: try FileStore.path(entry.parentID, context.db), subtitle: "Location")),
            .hstack([
                .button("Rename", id: "rename", tap: .push(ScreenRef("rename", id: id))),
                .button("Move", id: "move", tap: .push(ScreenRef("move", ["id": String(id)]))),
                .button("Delete", id: "delete", tap: .dialog(delete)),
            ]),
        ], bodyID: "details")
    }

    private func rename(_ id: Int, _ context: ScreenContext) throws -> Screen {
        let entry = try FileStore.entry(id, context.db)
        return Screen(title: "Rename", body: [
            .field(Field("name", hint: "Name", value: context.value("name", entry?.name ?? ""))),
            .button("Save", id: "save", tap: .run(Command("rename", id: id))),
        ], bodyID: "form")
    }

    /// The folder chooser: `move?id=<item>&to=<folder>` (no `to`: the top level).
    private func move(_ ref: ScreenRef, _ context: ScreenContext) throws -> Screen {
        guard let entry = try FileStore.entry(ref.int("id"), context.db) else {
            return Screen(title: "Move", body: [.text("This item no longer exists.", id: "empty")])
        }
        let target = ref.int("to")
        var body: [Widget] = []
        if let target, let folder = try FileStore.entry(target, context.db) {
            var up = ["id": String(entry.id)]
            if let parent = folder.parentID { up["to"] = String(parent) }
            body.append(.row(ListRow("up", title: "Up one level", tap: .run(Command("browse", up)))))
        }
        for child in try FileStore.children(of: target, context.db) where child.isFolder && child.id != entry.id {
            body.append(.row(ListRow("folder", title: child.name, tap: .run(Command("browse", ["id": String(entry.id), "to": String(child.id)])))))
        }
        var here = ["id": String(entry.id)]
        if let target { here["to"] = String(target) }
        return Screen(title: "Move \(entry.name)",
                      header: [.text("To: " + (try FileStore.path(target, context.db)), id: "path", style: .caption),
                               .button("Move here", id: "move_here", tap: .run(Command("move_here", here)))],
                      body: body)
    }

    private func search(_ context: ScreenContext) throws -> Screen {
        let query = context.value("query")
        var body: [Widget] = []
        if !query.isEmpty {
            let entries = try Row.fetchAll(context.db, sql: "SELECT \(FileStore.columns) FROM files WHERE name LIKE ? ORDER BY name COLLATE NOCASE, id",
                                           arguments: ["%" + query + "%"]).map(FileStore.entry)
            body = try entries.map { entryRow($0, subtitle: try FileStore.path($0.parentID, context.db), context) }
            if body.isEmpty { body = [.text("No files match \u{201C}\(query)\u{201D}.", id: "empty")] }
        }
        return Screen(title: "Search", header: [.field(Field("query", hint: "Search files", value: query))], body: body)
    }
}
