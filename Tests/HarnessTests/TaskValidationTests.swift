import Foundation
import GauntletTesting
import Harness
import Testing

/// `gauntlet tasks validate` judges what only the sandbox can: oracle steps in its
/// action grammar, SQL against its schema, and parameters nothing uses. Each fault is
/// printed as `file:line: field: reason`. Through the real binary, as an author runs it.
@Suite struct TaskValidationTests {
    /// A suite `broken` of one task per fault, each written so its fault sits on a known line.
    func brokenSuite(_ only: Set<String>? = nil) throws -> String {
        let root = try TemporaryFolder.make("validate")
        let suite = root + "/broken"
        try FileManager.default.createDirectory(atPath: suite, withIntermediateDirectories: true)
        let files = [
            "suite.json": #"{"name": "broken", "version": "1", "description": "one fault per task"}"#,
            "bad-oracle.json": task(id: "bad-oracle", oracle: #"["goto [shop:/]", "clik button 'Search'", "stop [x]"]"#),
            "bad-sql.json": task(id: "bad-sql", query: "SELECT no_such_column FROM products"),
            "unused-param.json": task(id: "unused-param", params: #"{"colour": "red"}"#),
        ]
        for (name, text) in files where only?.contains(name) ?? true || name == "suite.json" { try Data(text.utf8).write(to: URL(fileURLWithPath: suite + "/" + name)) }
        return root
    }

    /// A valid shop task, one field per line: params on line 7, the state query on line 9,
    /// the oracle on line 10.
    func task(id: String, params: String = "{}", query: String = "SELECT count(*) FROM products",
              oracle: String = #"["goto [shop:/]", "stop [x]"]"#) -> String {
        """
        {
          "id": "broken/\(id)",
          "revision": 1,
          "sandboxes": ["shop"],
          "start": "shop:/",
          "goal": "Look at the shop.",
          "params": \(params),
          "seed": 1,
          "checks": [{"state": {"query": "\(query)", "expect_query": "SELECT count(*) FROM products"}}],
          "oracle": \(oracle)
        }
        """
    }

    @Test func eachFaultIsReportedAtItsFileLineAndField() async throws {
        let tasks = try brokenSuite()
        defer { try? FileManager.default.removeItem(atPath: tasks) }
        let output = try await GauntletProcess.run(["tasks", "validate", "--tasks-dir", tasks, "--sandbox", "shop"])
        #expect(output.status == 1, "\(output.stdout)\(output.stderr)")
        let lines = output.stdout.split(separator: "\n").map(String.init)
        let suite = tasks + "/broken"
        #expect(lines.contains { $0.hasPrefix("\(suite)/bad-oracle.json:10: oracle[1]: 'clik button 'Search'' does not parse in the web action space: ") },
                "\(output.stdout)")
        #expect(lines.contains { $0.hasPrefix("\(suite)/bad-sql.json:9: checks[0].state.query: the SQL does not prepare: no such column: no_such_column") },
                "\(output.stdout)")
        #expect(lines.contains("\(suite)/unused-param.json:7: params.colour: declared but not used in the goal, checks, key nodes or oracle"),
                "\(output.stdout)")
        #expect(lines.last == "3 problem(s); 0 valid task(s) in 1 usable suite(s)", "\(output.stdout)")
    }

    /// The phone's world judges what a task names inside the phone: the app and screen of
    /// its start, URL checks and key nodes, and the app of every `open_app`, each at its
    /// line and field; a task naming only what exists passes.
    @Test func phoneTasksNamingUnknownAppsOrScreensFail() async throws {
        let root = try TemporaryFolder.make("validate-phone")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let suite = root + "/gadgets"
        try FileManager.default.createDirectory(atPath: suite, withIntermediateDirectories: true)
        func task(_ id: String, start: String, url: String, app: String) -> String {
            """
            {
              "id": "gadgets/\(id)",
              "revision": 1,
              "sandboxes": ["phone"],
              "start": "\(start)",
              "goal": "Look around.",
              "seed": 1,
              "checks": [{"url": "\(url)"}],
              "key_nodes": [{"name": "list", "url": {"path_prefix": "phone:/contacts/list"}}],
              "oracle": ["open_app [\(app)]", "stop [x]"]
            }
            """
        }
        let files = [
            "suite.json": #"{"name": "gadgets", "version": "1", "description": "phone locations"}"#,
            "good.json": task("good", start: "phone:/", url: "phone:/mail/detail?id=3", app: "Phone"),
            "bad.json": task("bad", start: "phone:/fax", url: "phone:/contacts/gallery?id=1", app: "Fax"),
        ]
        for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: suite + "/" + name)) }
        let output = try await GauntletProcess.run(["tasks", "validate", "--tasks-dir", root, "--sandbox", "phone"])
        #expect(output.status == 1, "\(output.stdout)\(output.stderr)")
        let lines = output.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix(suite) }
        #expect(lines == [
            "\(suite)/bad.json:5: start: 'phone:/fax': no app 'fax' on this phone (apps: contacts, dialer, messages, settings, calendar, mail, expenses, notes, files, clock)",
            "\(suite)/bad.json:8: checks[0].url: 'phone:/contacts/gallery?id=1': Contacts has no screen 'gallery?id=1' (screens: list, detail, edit, search)",
            "\(suite)/bad.json:10: oracle[0]: 'open_app [Fax]': no app named 'Fax' on this phone "
                + "(apps: Calendar, Clock, Contacts, Expenses, Files, Mail, Messages, Notes, Phone, Settings)",
        ], "\(output.stdout)")
        #expect(output.stdout.split(separator: "\n").last == "3 problem(s); 1 valid task(s) in 1 usable suite(s)", "\(output.stdout)")
    }

    /// A task fault is the author's, not the harness's: verify reports it at its place,
    /// apart from the episodes, and does not play the task (no `sandbox_error`).
    @Test func verifyReportsTaskFaultsApartAndDoesNotPlayThem() async throws {
        let tasks = try brokenSuite(["bad-oracle.json", "bad-sql.json"])
        defer { try? FileManager.default.removeItem(atPath: tasks) }
        let output = try await GauntletProcess.run(["verify", "--tasks-dir", tasks, "--sandbox", "shop", "--json"])
        #expect(output.status == 1, "\(output.stdout)\(output.stderr)")
        let report = try JSONDecoder().decode(VerificationReport.self, from: Data(output.stdout.utf8))
        #expect(report.tasks == 2 && report.oraclePassed == 0)
        #expect(report.problems.isEmpty, "a task with a fault was played: \(report.problems)")
        let suite = tasks + "/broken"
        #expect(report.taskFaults.map { "\($0.file):\($0.line ?? 0): \($0.field)" }
                == ["\(suite)/bad-oracle.json:10: oracle[1]", "\(suite)/bad-sql.json:9: checks[0].state.query"])
    }

    @Test func theRealSuitesAndTheDemoValidateClean() async throws {
        let real = try await GauntletProcess.run(["tasks", "validate"])
        #expect(real.status == 0, "\(real.stdout)\(real.stderr)")
        #expect(real.stdout.hasPrefix("ok: "), "\(real.stdout)")
        let demo = try await GauntletProcess.run(["tasks", "validate", "--tasks-dir", "examples/tasks", "demo"])
        #expect(demo.status == 0, "\(demo.stdout)\(demo.stderr)")
        #expect(demo.stdout.hasPrefix("ok: 1 suite(s)"), "\(demo.stdout)")
    }
}
