import Foundation
import GRDB
import GauntletTesting
import SandboxKit
import Vocabulary

/// A tiny sandbox for testing the kit alone: a read-only catalog of topics and a mutable notes table.
struct NotesSandbox: Sandbox {
    /// Two of these with different names make a multi-sandbox host; tables carry the name.
    var name: String = "notes"
    /// The mutable table's name (`<name>_notes` unless given, to make two sandboxes clash).
    var notesTable: String? = nil
    /// The catalog's table's name (`<name>_topics` unless given).
    var topicsTable: String? = nil
    var title: String { "Notes (\(name))" }
    private var notes: String { notesTable ?? "\(name)_notes" }
    private var topics: String { topicsTable ?? "\(name)_topics" }
    var dataVersion: Int { 1 }

    func buildCatalog(_ db: Database, seed: UInt64) throws {
        try db.execute(sql: "CREATE TABLE \(topics) (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
        var rng = SeededGenerator(seed: seed, stream: "topics")
        for id in 1...20 {
            try db.execute(sql: "INSERT INTO \(topics) VALUES (?, ?)", arguments: [id, "topic-\(rng.next() % 1000)"])
        }
    }

    func buildInstanceState(_ db: Database, seed: UInt64) throws {
        try db.execute(sql: "CREATE TABLE \(notes) (id INTEGER PRIMARY KEY, topic_id INTEGER NOT NULL, body TEXT NOT NULL)")
        try db.execute(sql: "INSERT INTO \(notes) (topic_id, body) SELECT id, 'seeded ' || name FROM \(name)_catalog.\(topics) WHERE id <= 3")
    }

    var connectionSetupSQL: [String] { ["CREATE TEMP VIEW \(name)_note_topics AS SELECT n.id, t.name FROM main.\(notes) n JOIN \(name)_catalog.\(topics) t ON t.id = n.topic_id"] }
    var sessionTables: [String] { [] }

    func handle(_ request: SandboxRequest, context: SandboxContext) async throws -> SandboxResponse {
        switch (request.method, request.path) {
        case ("GET", "/"):
            let table = notes
            let bodies = try await context.db.read { db in try String.fetchAll(db, sql: "SELECT body FROM \(table) ORDER BY id") }
            return .html(try context.templates.render("page", ["notes": bodies, "base": context.basePath]))
        case ("POST", "/notes"):
            guard let body = request.form.nonEmpty("body") else {
                return .html(try context.templates.render("page", ["error": "Write something.", "notes": [String]()]), status: 422)
            }
            try await context.transaction { db in try db.execute(sql: "INSERT INTO \(notes) (topic_id, body) VALUES (1, ?)", arguments: [body]) }
            return .redirect(to: context.url("/"))
        case ("POST", "/notes/delete"):
            try await context.transaction { db in try db.execute(sql: "DELETE FROM \(notes) WHERE id = 1") }
            return .redirect(to: context.url("/"))
        default:
            return .text("not found", status: 404)
        }
    }

    /// A sandboxes directory holding this sandbox's one template.
    static func makeHome(names: [String] = ["notes"]) throws -> String {
        let home = URL(fileURLWithPath: TemporaryFolder.path("notes"))
        for name in names { try writeTemplate(home.appendingPathComponent("\(name)/templates")) }
        return home.path
    }

    private static func writeTemplate(_ templates: URL) throws {
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try """
            <!doctype html><html lang="en"><head><title>Notes</title></head><body><main><h1>Notes</h1>
            {{#error}}<p role="alert">{{error}}</p>{{/error}}<ul>{{#notes}}<li>{{.}}</li>{{/notes}}</ul></main></body></html>
            """.write(to: templates.appendingPathComponent("page.mustache"), atomically: true, encoding: .utf8)
    }
}
