import GRDB
import Testing
@testable import Phone

@Suite struct MailAppTests {
    let app = MailApp()

    @Test func seedsAMailboxOfContactsAndBills() throws {
        let probe = try AppProbe()
        #expect(try probe.int("SELECT COUNT(*) FROM mail_messages") >= 300)
        // Every personal or work mail from someone else comes from a contact.
        #expect(try probe.int("""
            SELECT COUNT(*) FROM mail_messages WHERE kind IN ('personal', 'work') AND from_email != ?
            AND from_email NOT IN (SELECT email FROM contacts)
            """, [SeedPerson.owner.email]) == 0)
        #expect(try probe.int("SELECT COUNT(*) FROM mail_messages WHERE kind IN ('personal', 'work') AND from_email != ?", [SeedPerson.owner.email]) > 150)
        // Bills carry their amount, which is in the body as the person reads it; their senders are not contacts.
        let bills = try probe.rows("SELECT body, amount_cents FROM mail_messages WHERE kind IN ('invoice', 'receipt') ORDER BY id")
        #expect(bills.count > 100)
        for bill in bills { #expect((bill["body"] as String).contains(Money.dollars(bill["amount_cents"]))) }
        #expect(try probe.int("SELECT COUNT(*) FROM mail_messages m JOIN contacts c ON c.email = m.from_email WHERE m.kind IN ('invoice', 'receipt')") == 0)
        // The dentist's confirmation of tomorrow's appointment gives the address.
        let confirmation = try probe.string("SELECT body FROM mail_messages WHERE kind = 'notice' ORDER BY sent_at DESC LIMIT 1") ?? ""
        #expect(confirmation.contains("214 Oak Avenue, Suite 3, Portland, OR 97205"))
        #expect(confirmation.contains("Tue, Jun 2"))
        #expect(try probe.int("SELECT MAX(sent_at) FROM mail_messages") < PhoneClock.start.now)
    }

    @Test func inboxListsNewestFirstAndOpeningMarksRead() throws {
        let probe = try AppProbe()
        let inbox = try probe.screen(app, app.home)
        #expect(inbox.title == "Inbox")
        let rows = AppProbe.rows(inbox, id: "mail")
        #expect(rows.count == (try probe.int("SELECT COUNT(*) FROM mail_messages WHERE folder_id = 1")))
        let newest = try probe.rows("SELECT id, subject, is_read FROM mail_messages WHERE folder_id = 1 ORDER BY sent_at DESC, id DESC LIMIT 1")[0]
        #expect(rows[0].subtitle == newest["subject"])
        guard case .run(let open) = rows[0].tap else { Issue.record("a mail row opens by command"); return }
        let effects = try probe.perform(app, open, on: app.home)
        #expect(effects == [.push(ScreenRef("detail", id: newest["id"]))])
        #expect(try probe.int("SELECT is_read FROM mail_messages WHERE id = ?", [newest["id"]]) == 1)
        let detail = try probe.screen(app, ScreenRef("detail", id: newest["id"]))
        #expect(AppProbe.texts(detail).contains(newest["subject"]))
        for button in ["reply", "reply_all", "forward"] { #expect(AppProbe.tap(detail, id: button) != nil) }
    }

    @Test func replySendsToTheSenderWithTheOriginalQuoted() throws {
        let probe = try AppProbe()
        let original = try probe.rows("SELECT id, from_email, subject FROM mail_messages WHERE kind = 'personal' AND folder_id = 1 ORDER BY id LIMIT 1")[0]
        let compose = ScreenRef("compose", ["mode": "reply", "id": String(original["id"] as Int)])
        let shown = AppProbe.defaults(try probe.screen(app, compose))
        #expect(shown["to"] == original["from_email"])
        #expect(shown["subject"] == "Re: " + (original["subject"] as String))
        #expect(shown["body"]?.contains("wrote:\n> ") == true)
        let effects = try probe.perform(app, Command("send"), on: compose, typed: ["body": "See you there!"])
        #expect(effects == [.back, .toast("Sent")])
        let sent = try probe.rows("SELECT * FROM mail_messages WHERE folder_id = 2 ORDER BY id DESC LIMIT 1")[0]
        #expect(sent["to_emails"] == original["from_email"] as String)
        #expect(sent["in_reply_to"] == original["id"] as Int)
        #expect(sent["body"] == "See you there!")
        #expect(sent["sent_at"] == PhoneClock.start.now)
    }

    @Test func forwardResolvesContactNamesAndRefusesStrangers() throws {
        let probe = try AppProbe()
        let invoice = try probe.int("SELECT id FROM mail_messages WHERE kind = 'invoice' ORDER BY id LIMIT 1")
        let contact = try probe.rows("SELECT first_name || ' ' || last_name AS name, email FROM contacts WHERE email != '' ORDER BY id LIMIT 1")[0]
        let compose = ScreenRef("compose", ["mode": "forward", "id": String(invoice)])
        let before = try probe.int("SELECT COUNT(*) FROM mail_messages")
        #expect(try probe.perform(app, Command("send"), on: compose, typed: ["to": "Nobody Atall"]) == [.toast("No contact named Nobody Atall has an email address")])
        #expect(try probe.perform(app, Command("send"), on: compose) == [.toast("Add at least one recipient")])
        #expect(try probe.perform(app, Command("send"), on: compose, typed: ["to": "not an address@"]) == [.toast("not an address@ is not an email address")])
        #expect(try probe.int("SELECT COUNT(*) FROM mail_messages") == before)
        #expect(try probe.perform(app, Command("send"), on: compose, typed: ["to": (contact["name"] as String).uppercased()]) == [.back, .toast("Sent")])
        let sent = try probe.rows("SELECT to_emails, subject, attachment FROM mail_messages ORDER BY id DESC LIMIT 1")[0]
        #expect(sent["to_emails"] == contact["email"] as String)
        #expect((sent["subject"] as String).hasPrefix("Fwd: Your "))
        #expect((sent["attachment"] as String).hasSuffix(".pdf"))
    }

    @Test func draftsAreSavedThenSent() throws {
        let probe = try AppProbe()
        let compose = ScreenRef("compose", ["mode": "new"])
        #expect(try probe.perform(app, Command("save_draft"), on: compose, typed: ["subject": "Plans", "body": "Half done"]) == [.back, .toast("Draft saved")])
        let draft = try probe.int("SELECT id FROM mail_messages WHERE folder_id = 3 AND subject = 'Plans'")
        let drafts = try probe.screen(app, ScreenRef("list", ["folder": "3"]))
        #expect(AppProbe.rows(drafts, id: "mail").contains { $0.tap == .push(ScreenRef("compose", ["mode": "draft", "id": String(draft)])) })
        let reopened = ScreenRef("compose", ["mode": "draft", "id": String(draft)])
        #expect(AppProbe.defaults(try probe.screen(app, reopened))["body"] == "Half done")
        #expect(try probe.perform(app, Command("send"), on: reopened, typed: ["to": "a@b.example"]) == [.back, .toast("Sent")])
        #expect(try probe.int("SELECT folder_id FROM mail_messages WHERE id = ?", [draft]) == 2)
    }

    @Test func moveDeleteAndEmptyTrash() throws {
        let probe = try AppProbe()
        let inbox = try probe.screen(app, app.home)
        let row = AppProbe.rows(inbox, id: "mail")[3]
        guard case .run(let open) = row.tap, let id = open.int("id") else { Issue.record("no mail id"); return }
        guard case .run(let move) = AppProbe.item(row.longPress, "Move to Archive") else { Issue.record("no move item"); return }
        #expect(try probe.perform(app, move, on: app.home) == [.toast("Moved to Archive")])
        #expect(try probe.int("SELECT folder_id FROM mail_messages WHERE id = ?", [id]) == MailFolder.archive)
        let detail = ScreenRef("detail", id: id)
        guard let delete = AppProbe.confirmed(AppProbe.tap(try probe.screen(app, detail), id: "delete")) else { Issue.record("no delete dialog"); return }
        #expect(try probe.perform(app, delete, on: detail) == [.back, .toast("Moved to Trash")])
        #expect(try probe.int("SELECT folder_id FROM mail_messages WHERE id = ?", [id]) == MailFolder.trash)
        let trash = ScreenRef("list", ["folder": String(MailFolder.trash)])
        guard case .menu(let menu) = AppProbe.tap(try probe.screen(app, trash), id: "more"),
              let empty = AppProbe.confirmed(menu.first { $0.label == "Empty Trash" }?.tap) else { Issue.record("no Empty Trash"); return }
        #expect(try probe.perform(app, empty, on: trash) == [.toast("Trash emptied")])
        #expect(try probe.int("SELECT COUNT(*) FROM mail_messages WHERE folder_id = ?", [MailFolder.trash]) == 0)
        #expect(AppProbe.texts(try probe.screen(app, trash)).contains("No mail in Trash."))
    }

    @Test func foldersAreCreatedRenamedAndDeleted() throws {
        let probe = try AppProbe()
        let form = ScreenRef("folder_edit")
        #expect(try probe.perform(app, Command("save_folder"), on: form, typed: ["name": "inbox"]) == [.toast("A folder named inbox already exists")])
        #expect(try probe.perform(app, Command("save_folder"), on: form, typed: ["name": "Family"]) == [.back, .toast("Folder saved")])
        let id = try probe.int("SELECT id FROM mail_folders WHERE name = 'Family'")
        #expect(AppProbe.rows(try probe.screen(app, ScreenRef("folders")), id: "folder").map(\.title).last == "Family")
        #expect(try probe.perform(app, Command("save_folder", id: MailFolder.inbox), on: ScreenRef("folder_edit", id: MailFolder.inbox), typed: ["name": "Mine"])
                == [.toast("This folder cannot be renamed")])
        let mail = try probe.int("SELECT MIN(id) FROM mail_messages WHERE folder_id = 1")
        _ = try probe.perform(app, Command("move", ["id": String(mail), "folder": String(id)]), on: app.home)
        #expect(try probe.perform(app, Command("delete_folder", id: id), on: ScreenRef("folders")) == [.toast("Folder deleted; its mail is back in the Inbox")])
        #expect(try probe.int("SELECT folder_id FROM mail_messages WHERE id = ?", [mail]) == MailFolder.inbox)
        #expect(try probe.perform(app, Command("delete_folder", id: MailFolder.sent), on: ScreenRef("folders")) == [.toast("This folder cannot be deleted")])
    }

    @Test func searchFindsBySubjectAndSenderOutsideTrash() throws {
        let probe = try AppProbe()
        let results = try probe.screen(app, ScreenRef("search"), typed: ["query": "Brightline"])
        let rows = AppProbe.rows(results, id: "mail")
        #expect(rows.count == (try probe.int("SELECT COUNT(*) FROM mail_messages WHERE folder_id != 5 AND (from_name LIKE '%Brightline%' OR subject LIKE '%Brightline%' OR body LIKE '%Brightline%' OR from_email LIKE '%Brightline%' OR to_emails LIKE '%Brightline%')")))
        #expect(rows.count >= 10)
        #expect(AppProbe.texts(try probe.screen(app, ScreenRef("search"), typed: ["query": "zzqx"])).contains("No mail matches \u{201C}zzqx\u{201D}."))
    }
}
