import GRDB
import Testing
@testable import Phone

@Suite struct FilesAppTests {
    let app = FilesApp()

    @Test func browseFoldersFirstAndDownloadsHoldMailAttachments() throws {
        let probe = try AppProbe()
        let root = try probe.screen(app, app.home)
        #expect(root.title == "Internal storage")
        #expect(AppProbe.rows(root, id: "folder").map(\.title) == ["DCIM", "Documents", "Download", "Movies", "Music", "Pictures", "Recordings"])
        let download = try probe.int("SELECT id FROM files WHERE name = 'Download' AND parent_id IS NULL")
        let files = AppProbe.rows(try probe.screen(app, ScreenRef("folder", id: download)), id: "file")
        let attachments = Set(try probe.rows("SELECT DISTINCT attachment FROM mail_messages WHERE attachment != ''").map { $0["attachment"] as String })
        #expect(files.filter { attachments.contains($0.title) }.count == 14)
        let taxes = try probe.int("SELECT id FROM files WHERE name = 'Taxes'")
        #expect(AppProbe.texts(try probe.screen(app, ScreenRef("folder", id: taxes))).contains("/Documents/Taxes"))
    }

    @Test func renameChecksTheName() throws {
        let probe = try AppProbe()
        let resume = try probe.int("SELECT id FROM files WHERE name = 'Resume.pdf'")
        let form = ScreenRef("rename", id: resume)
        #expect(AppProbe.defaults(try probe.screen(app, form))["name"] == "Resume.pdf")
        #expect(try probe.perform(app, Command("rename", id: resume), on: form, typed: ["name": ""]) == [.toast("Enter a name")])
        #expect(try probe.perform(app, Command("rename", id: resume), on: form, typed: ["name": "a/b"]) == [.toast("A name cannot contain /")])
        #expect(try probe.perform(app, Command("rename", id: resume), on: form, typed: ["name": "LEASE AGREEMENT.pdf"])
                == [.toast("This folder already has an item named LEASE AGREEMENT.pdf")])
        #expect(try probe.perform(app, Command("rename", id: resume), on: form, typed: ["name": "CV 2026.pdf"]) == [.back, .toast("Renamed to CV 2026.pdf")])
        #expect(try probe.string("SELECT name FROM files WHERE id = ?", [resume]) == "CV 2026.pdf")
    }

    @Test func moveThroughTheFolderChooser() throws {
        let probe = try AppProbe()
        let resume = try probe.int("SELECT id FROM files WHERE name = 'Resume.pdf'")
        let documents = try probe.int("SELECT id FROM files WHERE name = 'Documents'")
        let taxes = try probe.int("SELECT id FROM files WHERE name = 'Taxes'")
        var chooser = ScreenRef("move", ["id": String(resume)])
        guard let into = AppProbe.rows(try probe.screen(app, chooser), id: "folder").first(where: { $0.title == "Documents" }),
              case .run(let browse) = into.tap else { Issue.record("no Documents"); return }
        #expect(try probe.perform(app, browse, on: chooser) == [.replace(ScreenRef("move", ["id": String(resume), "to": String(documents)]))])
        chooser = ScreenRef("move", ["id": String(resume), "to": String(documents)])
        #expect(try probe.perform(app, Command("move_here", ["id": String(resume), "to": String(documents)]), on: chooser) == [.toast("It is already in this folder")])
        chooser = ScreenRef("move", ["id": String(resume), "to": String(taxes)])
        guard case .run(let here) = AppProbe.tap(try probe.screen(app, chooser), id: "move_here") else { Issue.record("no Move here"); return }
        #expect(try probe.perform(app, here, on: chooser) == [.back, .toast("Moved to /Documents/Taxes")])
        #expect(try probe.int("SELECT parent_id FROM files WHERE id = ?", [resume]) == taxes)
        // A folder cannot go into itself or below it.
        let into_self = ScreenRef("move", ["id": String(documents), "to": String(taxes)])
        #expect(try probe.perform(app, Command("move_here", ["id": String(documents), "to": String(taxes)]), on: into_self) == [.toast("A folder cannot be moved into itself")])
    }

    @Test func deleteAFolderDeletesItsContents() throws {
        let probe = try AppProbe()
        let pictures = try probe.int("SELECT id FROM files WHERE name = 'Pictures'")
        let inside = try probe.int("SELECT COUNT(*) FROM files WHERE parent_id IN (SELECT id FROM files WHERE parent_id = ?)", [pictures])
        #expect(inside > 10)
        let before = try probe.int("SELECT COUNT(*) FROM files")
        let root = try probe.screen(app, app.home)
        guard let row = AppProbe.rows(root, id: "folder").first(where: { $0.title == "Pictures" }),
              let delete = AppProbe.confirmed(AppProbe.item(row.longPress, "Delete")) else { Issue.record("no delete"); return }
        #expect(try probe.perform(app, delete, on: app.home) == [.toast("Deleted Pictures")])
        #expect(try probe.int("SELECT COUNT(*) FROM files") == before - inside - 3)
    }

    @Test func newFolderAndSearch() throws {
        let probe = try AppProbe()
        let documents = try probe.int("SELECT id FROM files WHERE name = 'Documents'")
        let form = ScreenRef("new_folder", ["parent": String(documents)])
        #expect(try probe.perform(app, Command("create_folder", ["parent": String(documents)]), on: form, typed: ["name": "taxes"])
                == [.toast("This folder already has an item named taxes")])
        #expect(try probe.perform(app, Command("create_folder", ["parent": String(documents)]), on: form, typed: ["name": "Medical"]) == [.back, .toast("Folder created")])
        #expect(try probe.int("SELECT parent_id FROM files WHERE name = 'Medical'") == documents)
        let found = AppProbe.rows(try probe.screen(app, ScreenRef("search"), typed: ["query": "tax return"]), id: "file")
        #expect(found.map(\.title) == ["2024 tax return.pdf", "2025 tax return.pdf"])
        #expect(found.allSatisfy { $0.subtitle == "/Documents/Taxes" })
    }
}
