import Foundation
import GRDB
import Testing
@testable import Phone

@Suite struct NotesAppTests {
    let app = NotesApp()

    @Test func listShowsPinnedFirstThenRecent() throws {
        let probe = try AppProbe()
        #expect(try probe.int("SELECT COUNT(*) FROM notes") >= 40)
        let rows = AppProbe.rows(try probe.screen(app, app.home), id: "note")
        let expected = try probe.rows("SELECT title, pinned FROM notes ORDER BY pinned DESC, updated_at DESC, id DESC")
        #expect(rows.map(\.title) == expected.map { (($0["pinned"] as Int) == 1 ? "📌 " : "") + ($0["title"] as String) })
        let recipes = AppProbe.rows(try probe.screen(app, ScreenRef("list", ["folder": "3"])), id: "note")
        #expect(recipes.count == 6)
    }

    @Test func markdownCheckBoxesToggleTheirLine() throws {
        let probe = try AppProbe()
        let id = try probe.int("SELECT MIN(id) FROM notes WHERE body LIKE '%- [ ] %'")
        let detail = ScreenRef("detail", id: id)
        let screen = try probe.screen(app, detail)
        guard case .run(let check) = AppProbe.tap(screen, id: "check") else { Issue.record("no check box"); return }
        let before = try probe.string("SELECT body FROM notes WHERE id = ?", [id]) ?? ""
        _ = try probe.perform(app, check, on: detail)
        let after = try probe.string("SELECT body FROM notes WHERE id = ?", [id]) ?? ""
        #expect(after != before)
        #expect(NoteMarkdown.toggling(after, line: check.int("line") ?? -1) == before)
        #expect(NoteMarkdown.toggling("# Title\n- [ ] a", line: 0) == nil)
        #expect(NoteMarkdown.toggling("# Title\n  - [x] a", line: 1) == "# Title\n  - [ ] a")
    }

    @Test func newNoteEditMovePinAndDelete() throws {
        let probe = try AppProbe()
        let form = ScreenRef("edit", ["folder": "2"])
        #expect(AppProbe.defaults(try probe.screen(app, form))["folder"] == "Work")
        #expect(try probe.perform(app, Command("save"), on: form, typed: ["body": "x"]) == [.toast("Enter a title")])
        let effects = try probe.perform(app, Command("save"), on: form, typed: ["title": "Standup", "body": "# Standup\n- [ ] demo"])
        let id = try probe.int("SELECT id FROM notes WHERE title = 'Standup'")
        #expect(effects == [.replace(ScreenRef("detail", id: id)), .toast("Note saved")])
        #expect(try probe.int("SELECT folder_id FROM notes WHERE id = ?", [id]) == 2)
        let detail = ScreenRef("detail", id: id)
        let more = AppProbe.tap(try probe.screen(app, detail), id: "more")
        guard case .run(let move) = AppProbe.item(more, "Move to Travel"), case .run(let pin) = AppProbe.item(more, "Pin") else {
            Issue.record("menu items"); return
        }
        #expect(try probe.perform(app, move, on: detail) == [.toast("Moved to Travel")])
        #expect(try probe.perform(app, pin, on: detail) == [.toast("Pinned")])
        #expect(try probe.rows("SELECT folder_id, pinned FROM notes WHERE id = ?", [id])[0]["folder_id"] == 4)
        #expect(AppProbe.rows(try probe.screen(app, app.home), id: "note").first?.title == "📌 Standup")
        _ = try probe.perform(app, Command("save", id: id), on: ScreenRef("edit", id: id), typed: ["title": "Daily standup"])
        #expect(try probe.string("SELECT title FROM notes WHERE id = ?", [id]) == "Daily standup")
        guard let delete = AppProbe.confirmed(AppProbe.item(AppProbe.tap(try probe.screen(app, detail), id: "more"), "Delete")) else { Issue.record("delete"); return }
        #expect(try probe.perform(app, delete, on: detail) == [.back, .toast("Note deleted")])
        #expect(try probe.int("SELECT COUNT(*) FROM notes WHERE id = ?", [id]) == 0)
    }

    @Test func foldersAndSearch() throws {
        let probe = try AppProbe()
        #expect(try probe.perform(app, Command("save_folder"), on: ScreenRef("folder_edit"), typed: ["name": "recipes"]) == [.toast("A folder named recipes already exists")])
        #expect(try probe.perform(app, Command("save_folder"), on: ScreenRef("folder_edit"), typed: ["name": "Ideas"]) == [.back, .toast("Folder saved")])
        let folders = AppProbe.rows(try probe.screen(app, ScreenRef("folders")), id: "folder")
        #expect(folders.map(\.title) == ["All notes", "Ideas", "Personal", "Recipes", "Shopping", "Travel", "Work"])
        guard let delete = AppProbe.confirmed(AppProbe.item(folders[3].longPress, "Delete")) else { Issue.record("no delete"); return }
        _ = try probe.perform(app, delete, on: ScreenRef("folders"))
        #expect(try probe.int("SELECT COUNT(*) FROM notes WHERE folder_id = 3") == 0)
        let found = AppProbe.rows(try probe.screen(app, ScreenRef("search"), typed: ["query": "pinecone"]), id: "note")
        #expect(found.map(\.title).map { $0.replacingOccurrences(of: "📌 ", with: "") } == ["Wi-Fi at the cabin"])
    }
}
