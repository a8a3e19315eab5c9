import GRDB

/// Mail (docs/phone-apps.md, "Mail"): folders of mail, a reader with reply, reply all and
/// forward, a composer that also keeps drafts, folder management, and search.
struct MailApp: PhoneApp {
    let id = "mail"
    let label = "Mail"
    let home = ScreenRef("list", ["folder": String(MailFolder.inbox)])
    let screens = ["list", "folders", "folder_edit", "detail", "compose", "search"]
    let schema = MailStore.schema

    func seed(_ db: Database, _ seed: AppSeed) throws {
        let now = CivilTime(seconds: seed.clock.now)
        let contacts = try SeedPerson.contacts(db).filter { !$0.email.isEmpty }
        let charges = Charge.generate(seed: seed.seed, now: now)
        let appointments = CalendarSeed.appointments(now: now)
        let result = MailSeed(seed: seed, now: now, owner: .owner, contacts: contacts).generate(charges: charges, appointments: appointments)
        try MailStore.insert(folders: MailFolder.seeded, mails: result.mails, into: db)
    }

    func screen(_ ref: ScreenRef, _ context: ScreenContext) throws -> Screen {
        switch ref.name {
        case "folders": return try folders(context)
        case "folder_edit": return try folderEdit(ref.int("id"), context)
        case "detail": return try detail(ref.int("id") ?? 0, context)
        case "compose": return try MailComposer(ref: ref, db: context.db).screen(context)
        case "search": return try search(context)
        default: return try list(ref.int("folder") ?? MailFolder.inbox, context)
        }
    }

    func perform(_ command: Command, _ context: CommandContext) throws -> [Effect] {
        let db = context.db
        switch command.name {
        case "open":
            try db.execute(sql: "UPDATE mail_messages SET is_read = 1 WHERE id = ?", arguments: [command.int("id")])
            return [.push(ScreenRef("detail", id: command.int("id") ?? 0))]
        case "show_folder":
            return [.back, .replace(ScreenRef("list", ["folder": command["folder"] ?? "1"]))]
        case "star":
            try db.execute(sql: "UPDATE mail_messages SET is_starred = 1 - is_starred WHERE id = ?", arguments: [command.int("id")])
            return []
        case "mark_unread":
            try db.execute(sql: "UPDATE mail_messages SET is_read = 1 - is_read WHERE id = ?", arguments: [command.int("id")])
            return [.toast("Marked as \(try Bool.fetchOne(db, sql: "SELECT is_read FROM mail_messages WHERE id = ?", arguments: [command.int("id")]) == true ? "read" : "unread")")]
        case "move":
            guard let folder = try String.fetchOne(db, sql: "SELECT name FROM mail_folders WHERE id = ?", arguments: [command.int("folder")]) else {
                return [.toast("That folder no longer exists")]
            }
            try db.execute(sql: "UPDATE mail_messages SET folder_id = ? WHERE id = ?", arguments: [command.int("folder"), command.int("id")])
            return [.toast("Moved to \(folder)")] + (command["from"] == "detail" ? [.back] : [])
        case "delete":
            let folder = try Int.fetchOne(db, sql: "SELECT folder_id FROM mail_messages WHERE id = ?", arguments: [command.int("id")])
            if folder == MailFolder.trash || folder == MailFolder.drafts {
                try db.execute(sql: "DELETE FROM mail_messages WHERE id = ?", arguments: [command.int("id")])
                return (command["from"] == "detail" ? [.back] : []) + [.toast(folder == MailFolder.drafts ? "Draft discarded" : "Deleted forever")]
            }
            try db.execute(sql: "UPDATE mail_messages SET folder_id = ? WHERE id = ?", arguments: [MailFolder.trash, command.int("id")])
            return (command["from"] == "detail" ? [.back] : []) + [.toast("Moved to Trash")]
        case "empty_trash":
            try db.execute(sql: "DELETE FROM mail_messages WHERE folder_id = ?", arguments: [MailFolder.trash])
            return [.toast("Trash emptied")]
        case "save_folder": return try saveFolder(command.int("id"), context)
        case "delete_folder":
            guard let id = command.int("id"), try Bool.fetchOne(db, sql: "SELECT is_system FROM mail_folders WHERE id = ?", arguments: [id]) == false else {
                return [.toast("This folder cannot be deleted")]
            }
            try db.execute(sql: "UPDATE mail_messages SET folder_id = ? WHERE folder_id = ?", arguments: [MailFolder.inbox, id])
            try db.execute(sql: "DELETE FROM mail_folders WHERE id = ?", arguments: [id])
            return [.toast("Folder deleted; its mail is back in the Inbox")]
        case "send", "save_draft": return try MailComposer(ref: context.ref, db: db).perform(command, context)
        default: return [.toast("Mail cannot \(command.name)")]
        }
    }

    // MARK: Screens

    private func list(_ folderID: Int, _ context: ScreenContext) throws -> Screen {
        let folders = try MailStore.folders(context.db)
        guard let folder = folders.first(where: { $0.id == folderID }) else {
            return Screen(title: "Mail", body: [.text("This folder no longer exists.", id: "empty")])
        }
        let mails = try Row.fetchAll(context.db, sql: "SELECT \(MailStore.columns) FROM mail_messages WHERE folder_id = ? ORDER BY sent_at DESC, id DESC",
                                     arguments: [folderID]).map(MailStore.mail)
        var body: [Widget] = mails.map { mailRow($0, folders: folders, context) }
        if body.isEmpty { body = [.text("No mail in \(folder.name).", id: "empty")] }
        var menu = [MenuItem("Folders", .push(ScreenRef("folders")))]
        if folderID == MailFolder.trash, !mails.isEmpty {
            menu.append(MenuItem("Empty Trash", .dialog(.confirm("Empty Trash?", message: "\(mails.count) mails will be deleted forever.", confirm: "Empty", Command("empty_trash")))))
        }
        return Screen(
            title: folder.name,
            actions: [
                .icon("Folders", id: "folders", tap: .push(ScreenRef("folders"))),
                .icon("Search mail", id: "search", tap: .push(ScreenRef("search"))),
                .icon("More options", id: "more", tap: .menu(menu)),
            ],
            body: body,
            fab: .icon("Compose", id: "compose", tap: .push(ScreenRef("compose", ["mode": "new"]))))
    }

    private func mailRow(_ mail: Mail, folders: [MailFolder], _ context: ScreenContext) -> Widget {
        let outgoing = mail.folderID == MailFolder.sent || mail.folderID == MailFolder.drafts
        let who = outgoing ? "To: " + mail.to : mail.fromName
        let open: Tap = mail.folderID == MailFolder.drafts
            ? .push(ScreenRef("compose", ["mode": "draft", "id": String(mail.id)])) : .run(Command("open", id: mail.id))
        var menu = [MenuItem(mail.isRead ? "Mark as unread" : "Mark as read", .run(Command("mark_unread", id: mail.id))),
                    MenuItem(mail.isStarred ? "Remove star" : "Star", .run(Command("star", id: mail.id)))]
        for folder in folders where folder.id != mail.folderID && folder.id != MailFolder.drafts && folder.id != MailFolder.sent {
            menu.append(MenuItem("Move to \(folder.name)", .run(Command("move", ["id": String(mail.id), "folder": String(folder.id)]))))
        }
        menu.append(MenuItem("Delete", .dialog(deleteDialog(mail, from: "list"))))
        return .row(ListRow("mail", title: (mail.isRead ? "" : "● ") + who, subtitle: mail.subject,
                            detail: (mail.isStarred ? "★ " : "") + context.clock.short(mail.sentAt), tap: open, longPress: .menu(menu)))
    }

    private func deleteDialog(_ mail: Mail, from: String) -> Dialog {
        let forever = mail.folderID == MailFolder.trash
        return .confirm(forever ? "Delete forever?" : "Move to Trash?", message: mail.subject, confirm: "Delete",
                        Command("delete", ["id": String(mail.id), "from": from]))
    }

    private func folders(_ context: ScreenContext) throws -> Screen {
        let unread = try Row.fetchAll(context.db, sql: "SELECT folder_id, COUNT(*) AS n FROM mail_messages WHERE is_read = 0 GROUP BY folder_id ORDER BY folder_id")
        var counts: [Int: Int] = [:]
        for row in unread { counts[row["folder_id"]] = row["n"] }
        let body: [Widget] = try MailStore.folders(context.db).map { folder in
            var menu: [MenuItem] = []
            if !folder.isSystem {
                menu = [MenuItem("Rename", .push(ScreenRef("folder_edit", id: folder.id))),
                        MenuItem("Delete", .dialog(.confirm("Delete folder \(folder.name)?", message: "Its mail moves back to the Inbox.", confirm: "Delete",
                                                            Command("delete_folder", id: folder.id))))]
            }
            return .row(ListRow("folder", title: folder.name, detail: counts[folder.id].map(String.init) ?? "",
                                tap: .run(Command("show_folder", ["folder": String(folder.id)])), longPress: menu.isEmpty ? nil : .menu(menu)))
        }
        return Screen(title: "Folders", body: body, fab: .icon("New folder", id: "new_folder", tap: .push(ScreenRef("folder_edit"))))
    }

    private func folderEdit(_ id: Int?, _ context: ScreenContext) throws -> Screen {
        let stored = try id.flatMap { try String.fetchOne(context.db, sql: "SELECT name FROM mail_folders WHERE id = ?", arguments: [$0]) } ?? ""
        return Screen(title: id == nil ? "New folder" : "Rename folder", body: [
            .field(Field("name", hint: "Folder name", value: context.value("name", stored))),
            .button("Save", id: "save", tap: .run(Command("save_folder", id.map { ["id": String($0)] } ?? [:]))),
        ], bodyID: "form")
    }

    private func detail(_ id: Int, _ context: ScreenContext) throws -> Screen {
        guard let mail = try MailStore.mail(id, context.db) else {
            return Screen(title: "Mail", body: [.text("This mail no longer exists.", id: "empty")])
        }
        let folders = try MailStore.folders(context.db)
        var body: [Widget] = [
            .text(mail.subject, id: "subject", style: .title),
            .row(ListRow("from", title: mail.fromName, subtitle: mail.fromEmail, detail: PhoneClock.date(mail.sentAt) + " " + PhoneClock.time(mail.sentAt))),
            .text("To: " + mail.to, id: "to", style: .caption),
        ]
        if !mail.cc.isEmpty { body.append(.text("Cc: " + mail.cc, id: "cc", style: .caption)) }
        for paragraph in mail.body.split(separator: "\n\n", omittingEmptySubsequences: true) {
            body.append(.text(String(paragraph), id: "body"))
        }
        if !mail.attachment.isEmpty { body.append(.row(ListRow("attachment", title: mail.attachment, subtitle: "Attachment"))) }
        body.append(.hstack([
            .button("Reply", id: "reply", tap: .push(ScreenRef("compose", ["mode": "reply", "id": String(id)]))),
            .button("Reply all", id: "reply_all", tap: .push(ScreenRef("compose", ["mode": "reply_all", "id": String(id)]))),
            .button("Forward", id: "forward", tap: .push(ScreenRef("compose", ["mode": "forward", "id": String(id)]))),
        ]))
        var menu = [MenuItem("Mark as unread", .run(Command("mark_unread", id: id)))]
        for folder in folders where folder.id != mail.folderID && folder.id != MailFolder.drafts && folder.id != MailFolder.sent {
            menu.append(MenuItem("Move to \(folder.name)", .run(Command("move", ["id": String(id), "folder": String(folder.id), "from": "detail"]))))
        }
        return Screen(
            title: folders.first { $0.id == mail.folderID }?.name ?? "Mail",
            actions: [
                .icon(mail.isStarred ? "Unstar" : "Star", id: "star", tap: .run(Command("star", id: id))),
                .icon("Delete", id: "delete", tap: .dialog(deleteDialog(mail, from: "detail"))),
                .icon("More options", id: "more", tap: .menu(menu)),
            ],
            body: body, bodyID: "message")
    }

    private func search(_ context: ScreenContext) throws -> Screen {
        let query = context.value("query")
        var body: [Widget] = []
        if !query.isEmpty {
            let pattern = "%" + query + "%"
            let folders = try MailStore.folders(context.db)
            let mails = try Row.fetchAll(context.db, sql: """
                SELECT \(MailStore.columns) FROM mail_messages
                WHERE folder_id != ? AND (from_name LIKE ? OR from_email LIKE ? OR to_emails LIKE ? OR subject LIKE ? OR body LIKE ?)
                ORDER BY sent_at DESC, id DESC
                """, arguments: [MailFolder.trash, pattern, pattern, pattern, pattern, pattern]).map(MailStore.mail)
            body = mails.isEmpty ? [.text("No mail matches \u{201C}\(query)\u{201D}.", id: "empty")] : mails.map { mailRow($0, folders: folders, context) }
        }
        return Screen(title: "Search", header: [.field(Field("query", hint: "Search mail", value: query))], body: body)
    }

    // MARK: Commands

    private func saveFolder(_ id: Int?, _ context: CommandContext) throws -> [Effect] {
        let name = context.field("name")
        guard !name.isEmpty else { return [.toast("Enter a folder name")] }
        if try Bool.fetchOne(context.db, sql: "SELECT 1 FROM mail_folders WHERE name = ? AND id IS NOT ?", arguments: [name, id]) == true {
            return [.toast("A folder named \(name) already exists")]
        }
        if let id {
            guard try Bool.fetchOne(context.db, sql: "SELECT is_system FROM mail_folders WHERE id = ?", arguments: [id]) == false else {
                return [.toast("This folder cannot be renamed")]
            }
            try context.db.execute(sql: "UPDATE mail_folders SET name = ? WHERE id = ?", arguments: [name, id])
        } else {
            try context.db.execute(sql: "INSERT INTO mail_folders (name, position, is_system) VALUES (?, (SELECT MAX(position) + 1 FROM mail_folders), 0)", arguments: [name])
        }
        return [.back, .toast("Folder saved")]
    }
}
