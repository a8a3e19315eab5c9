import Foundation
import GauntletTesting
import SandboxKit
import Testing
import Vocabulary

@Suite struct SandboxHostTests {
    @Test func formFieldsKeepOrderRepeatsAndEscapes() {
        let fields = FormFields(urlEncoded: "brand=a&brand=b+c&q=caf%C3%A9&empty=&bad=%ZZ")
        #expect(fields.all("brand") == ["a", "b c"])
        #expect(fields["q"] == "café")
        #expect(fields["empty"] == "")
        #expect(fields.nonEmpty("empty") == nil)
        #expect(fields["bad"] == "%ZZ")
        #expect(FormFields(urlEncoded: fields.urlEncoded) == fields)
    }

    @Test func routesBySubdomainAndPrefixAndLogsRequests() async throws {
        let host = try await SandboxHost(sandboxes: [NotesSandbox()], home: try NotesSandbox.makeHome(), poolSize: 2)
        let port = try await host.start()
        defer { Task { await host.stop() } }
        let id = try await host.makeInstance(sandboxes: ["notes"], seed: 7)
        let result = try await BlockingThreads.run(1) { _ in
            let byHost = LoopbackHTTPClient(port: port, hostName: "notes.localhost", instanceID: id)
            let page = try byHost.get("/")
            let posted = try byHost.submit("/notes", form: [("body", "hello <world>")])
            let invalid = try byHost.post("/notes", form: [("body", "  ")])
            let byPrefix = LoopbackHTTPClient(port: port, hostName: "127.0.0.1", instanceID: id)
            let prefixed = try byPrefix.submit("/notes/notes", form: [("body", "via prefix")])
            let bare = try byPrefix.get("/notes")
            let unknown = try LoopbackHTTPClient(port: port, hostName: "notes.localhost", instanceID: "nope").get("/")
            return [page.status, posted.post.status, posted.page.status, invalid.status, prefixed.post.status, bare.status, unknown.status,
                    posted.page.body.contains("hello &lt;world&gt;") ? 1 : 0, prefixed.post.header("Location") == "/notes/" ? 1 : 0]
        }[0]
        #expect(result == [200, 303, 200, 422, 303, 303, 404, 1, 1])
        let log = try await host.requestLog(id)
        #expect(log.map(\.method) == ["GET", "POST", "GET", "POST", "POST", "GET"])
        #expect(log.map(\.status) == [200, 303, 200, 422, 303, 200])
        #expect(log.map(\.sequence) == [1, 2, 3, 4, 5, 6])
        #expect(log[1].path == "/notes" && log[1].form["body"] == "hello <world>" && log[1].redirect == "/")
        #expect(log[4].path == "/notes" && log[4].redirect == "/notes/")
        // The default instance saw none of it.
        #expect(try await host.requestLog(SandboxHost.defaultInstanceID).isEmpty)
        let rows = try await host.query(id, "SELECT body FROM notes_notes ORDER BY id DESC LIMIT 2")
        #expect(rows.rows == [[.text("via prefix")], [.text("hello <world>")]])
    }

    @Test func instancesStartPristineAndDiffAgainstTheirSnapshot() async throws {
        let host = try await SandboxHost(sandboxes: [NotesSandbox()], home: try NotesSandbox.makeHome(), poolSize: 3)
        let a = try await host.makeInstance(sandboxes: ["notes"], seed: 3)
        let b = try await host.makeInstance(sandboxes: ["notes"], seed: 3)
        #expect(a != b)
        let port = try await host.start()
        defer { Task { await host.stop() } }
        _ = try await BlockingThreads.run(1) { _ in
            let client = LoopbackHTTPClient(port: port, hostName: "notes.localhost", instanceID: a)
            _ = try client.post("/notes", form: [("body", "new")])
            _ = try client.post("/notes/delete", form: [])
        }
        let diff = try StateDiff.compute(try await host.stateReader(a))
        #expect(diff.changes == [StateDiff.TableChange(table: "notes_notes", added: 1, removed: 1)])
        #expect(try StateDiff.compute(try await host.stateReader(b)).isEmpty)
        #expect(try await host.query(b, "SELECT COUNT(*) FROM notes_notes").rows == [[.integer(3)]])
        // TEMP views joining the catalog work on every connection.
        #expect(try await host.query(b, "SELECT COUNT(*) FROM notes_note_topics").rows == [[.integer(3)]])
        // Export and re-import reproduce the state, for offline re-scoring.
        let image = try await host.exportState(a)
        let copy = try await host.importInstance(image, sandboxes: ["notes"], seed: 3)
        #expect(try await host.query(copy, "SELECT body FROM notes_notes ORDER BY id").rows == (try await host.query(a, "SELECT body FROM notes_notes ORDER BY id").rows))
        await host.dropInstance(a)
        await #expect(throws: SandboxError.unknownInstance(a)) { try await host.requestLog(a) }
        // Queries are read-only.
        await #expect(throws: (any Error).self) { try await host.query(b, "DELETE FROM notes_notes") }
    }

    @Test func seedsChangeCatalogsButNotTheirShape() async throws {
        let host = try await SandboxHost(sandboxes: [NotesSandbox()], home: try NotesSandbox.makeHome(), poolSize: 1)
        let one = try await host.makeInstance(sandboxes: ["notes"], seed: 1)
        let again = try await host.makeInstance(sandboxes: ["notes"], seed: 1)
        let two = try await host.makeInstance(sandboxes: ["notes"], seed: 2)
        let sql = "SELECT group_concat(name) FROM (SELECT name FROM notes_topics ORDER BY id)"
        #expect(try await host.query(one, sql) == (try await host.query(again, sql)))
        #expect(try await host.query(one, sql) != (try await host.query(two, sql)))
        await #expect(throws: SandboxError.unknownSandbox("shop")) { try await host.makeInstance(sandboxes: ["shop"], seed: 1) }
    }

    /// One instance covering two sandboxes: each origin reaches its own tables in the same
    /// database; an instance of one sandbox refuses requests for the other.
    @Test func multiSandboxInstanceSharesOneDatabase() async throws {
        let host = try await SandboxHost(
            sandboxes: [NotesSandbox(name: "alpha"), NotesSandbox(name: "beta")], home: try NotesSandbox.makeHome(names: ["alpha", "beta"]), poolSize: 1)
        let port = try await host.start()
        defer { Task { await host.stop() } }
        let both = try await host.makeInstance(sandboxes: ["beta", "alpha"], seed: 5)
        let alphaOnly = try await host.makeInstance(sandboxes: ["alpha"], seed: 5)
        let statuses = try await BlockingThreads.run(1) { _ in
            [
                try LoopbackHTTPClient(port: port, hostName: "alpha.localhost", instanceID: both).post("/notes", form: [("body", "from alpha")]).status,
                try LoopbackHTTPClient(port: port, hostName: "beta.localhost", instanceID: both).post("/notes", form: [("body", "from beta")]).status,
                try LoopbackHTTPClient(port: port, hostName: "beta.localhost", instanceID: alphaOnly).get("/").status,
                try LoopbackHTTPClient(port: port, hostName: "gamma.localhost", instanceID: both).get("/").status,
            ]
        }[0]
        #expect(statuses == [303, 303, 404, 404])
        // One database: a query joins both sandboxes' tables.
        let joined = try await host.query(both, "SELECT (SELECT body FROM alpha_notes ORDER BY id DESC LIMIT 1) || ' + ' || (SELECT body FROM beta_notes ORDER BY id DESC LIMIT 1)")
        #expect(joined.rows == [[.text("from alpha + from beta")]])
        #expect(try await host.requestLog(both).map(\.sandbox) == ["alpha", "beta"])
        #expect(try await host.query(alphaOnly, "SELECT COUNT(*) FROM alpha_notes").rows == [[.integer(3)]])
    }

    /// Two sandboxes naming one table cannot share an instance: the host refuses, naming both
    /// sandboxes and the table, whether the table is in their state or their catalogs.
    @Test func sandboxesSharingATableNameAreRefused() async throws {
        let home = try NotesSandbox.makeHome(names: ["alpha", "beta", "gamma"])
        let host = try await SandboxHost(
            sandboxes: [NotesSandbox(name: "alpha"), NotesSandbox(name: "beta", notesTable: "alpha_notes"), NotesSandbox(name: "gamma", topicsTable: "alpha_topics")],
            home: home, poolSize: 0)
        await #expect(throws: SandboxError.tableClash(table: "alpha_notes", first: "alpha", second: "beta")) {
            try await host.makeInstance(sandboxes: ["alpha", "beta"], seed: 77)
        }
        await #expect(throws: SandboxError.tableClash(table: "alpha_topics", first: "alpha", second: "gamma")) {
            try await host.makeInstance(sandboxes: ["alpha", "gamma"], seed: 77)
        }
        let message = SandboxError.tableClash(table: "messages", first: "forum", second: "phone").description
        #expect(message.contains("'forum'") && message.contains("'phone'") && message.contains("'messages'"))
        // Each of them alone is fine.
        _ = try await host.makeInstance(sandboxes: ["beta"], seed: 77)
    }

    @Test func missingSandboxesHomeIsAClearError() {
        #expect(throws: SandboxError.self) { try SandboxHome.locate(environment: ["GAUNTLET_HOME": "/nonexistent/gauntlet"]) }
    }
}
