import Foundation
import GauntletTesting
import Tasks
import Testing
import Vocabulary

@Suite struct TaskLoaderTests {
    let loader = TaskLoader(knownSandboxes: ["shop", "admin"])

    static let valid = """
        {
          "id": "shop/cheapest-017",
          "revision": 1,
          "sandboxes": ["shop"],
          "start": "shop:/",
          "goal": "Add two {color} {category} to the cart.",
          "params": {"color": "red", "category": "sneakers", "qty": 2},
          "seed": 17,
          "split": "dev",
          "template": "cheapest",
          "limits": {"steps": 25},
          "checks": [
            {"state": {"query": "SELECT sku, qty FROM cart_items",
                       "expect_query": "SELECT sku, {qty} FROM products WHERE color = {color} AND category = {category} ORDER BY price LIMIT 1",
                       "expect_instance": "initial"}},
            {"any": [{"url": "shop:/cart"}, {"request": {"method": "POST", "path": "/cart/add", "form": {"qty": "{qty}"}, "status": 303}}]}
          ],
          "key_nodes": [{"name": "category", "url": {"path_prefix": "shop:/category/{category}"}}],
          "oracle": ["click '{category}'", "stop"]
        }
        """

    /// Oracle steps, every SQL (checks, gold queries, key nodes) and every location (start,
    /// URL checks, key nodes) are kept with their line and field, parameters filled in, for
    /// the checks only the sandbox can make.
    @Test func statementsKeepTheirLineAndField() throws {
        let withKeyNodeSQL = TaskLoaderTests.valid.replacingOccurrences(
            of: #"{"name": "category", "url""#,
            with: #"{"state": {"query": "SELECT count(*) FROM carts", "expect": [[1]]}}, {"name": "category", "url""#)
        let task = try #require(loader.parseTask(withKeyNodeSQL, file: "t.json").task)
        #expect(task.statements.map { "\($0.line) \($0.field): \($0.text)" } == [
            "5 start: shop:/",
            "13 checks[0].state.query: SELECT sku, qty FROM cart_items",
            "14 checks[0].state.expect_query: SELECT sku, 2 FROM products WHERE color = 'red' AND category = 'sneakers' ORDER BY price LIMIT 1",
            "16 checks[1].any[0].url: shop:/cart",
            "18 key_nodes[0].state.query: SELECT count(*) FROM carts",
            "18 key_nodes[1].url.path_prefix: shop:/category/sneakers",
            "19 oracle[0]: click 'sneakers'",
            "19 oracle[1]: stop",
        ])
        #expect(task.statements.map(\.kind) == [.location, .sql, .sql, .location, .sql, .location, .action, .action])
    }

    /// The scripted user: intents with keywords and a reply (parameters filled in); every
    /// malformed part is reported with its line and field.
    @Test func aScriptedUserIsReadStrictly() throws {
        let scripted = TaskLoaderTests.valid.replacingOccurrences(
            of: #""template": "cheapest","#,
            with: #""template": "cheapest", "user": {"intents": [{"keywords": ["colour"], "reply": "I like {color}."}]},"#)
        let task = try #require(loader.parseTask(scripted, file: "t.json").task)
        #expect(task.user == ScriptedUser(intents: [.init(keywords: ["colour"], reply: "I like red.")]))
        #expect(task.user?.reply(to: "Which COLOUR do you want?") == "I like red.")
        #expect(task.user?.reply(to: "How many?") == ScriptedUser.unknownReply)
        let broken = TaskLoaderTests.valid.replacingOccurrences(
            of: #""template": "cheapest","#,
            with: "\"template\": \"cheapest\",\n\"user\": {\"intents\": [{\"keywords\": [], \"reply\": \"x\"}, {\"keywords\": [\"a\"], \"answer\": \"y\"}]},")
        let result = loader.parseTask(broken, file: "t.json")
        #expect(result.task == nil)
        #expect(result.problems.map(\.description) == [
            "t.json:11: user.intents[0].keywords: must not be empty",
            "t.json:11: user.intents[1].answer: unknown field (expected one of: keywords, reply)",
            "t.json:11: user.intents[1].reply: missing required field",
        ])
    }

    @Test func aParameterNothingUsesIsAProblem() {
        let unused = TaskLoaderTests.valid.replacingOccurrences(of: #""qty": 2}"#, with: #""qty": 2, "size": 9}"#)
        let result = loader.parseTask(unused, file: "t.json")
        #expect(result.task == nil)
        #expect(result.problems.map(\.description) == ["t.json:7: params.size: declared but not used in the goal, checks, key nodes or oracle"])
    }

    @Test func validTaskLoadsWithParamsFilledIn() throws {
        let suite = try TempSuite()
        try suite.write("suite.json", TempSuite.suiteJSON)
        try suite.write("cheapest-017.json", TaskLoaderTests.valid)
        let result = loader.loadSuite(directory: suite.directory)
        #expect(result.problems.isEmpty, "\(result.problems)")
        let loaded = try #require(result.suite)
        #expect(loaded.name == "shop")
        #expect(loaded.splits == ["dev", "test"])
        let task = try #require(loaded.tasks.first)
        #expect(task.goal == "Add two red sneakers to the cart.")
        #expect(task.goalTemplate == "Add two {color} {category} to the cart.")
        #expect(task.param("qty") == "2")
        #expect(task.oracle == ["click 'sneakers'", "stop"])
        #expect(task.limits == Limits(steps: 25, episodeSeconds: 120, stepSeconds: 60))
        #expect(task.split == "dev")
        #expect(task.template == "cheapest")
        #expect(task.expectedStatus == .ok)
        guard case .state(let state) = task.checks[0], case .query(let sql, let side) = state.expect else {
            Issue.record("first check is not a state check with expect_query")
            return
        }
        #expect(sql == "SELECT sku, 2 FROM products WHERE color = 'red' AND category = 'sneakers' ORDER BY price LIMIT 1")
        #expect(side == .initial)
        #expect(state.instance == .final)
        guard case .any(let alternatives) = task.checks[1], case .request(let request) = alternatives[1] else {
            Issue.record("second check is not any[…, request]")
            return
        }
        #expect(request.form == [NameValue("qty", "2")])
        #expect(task.keyNodes == [KeyNode(name: "category", check: .url(URLCheck(target: .pathPrefix("shop:/category/sneakers"))))])
        #expect(task.checksum.count == 64)
        #expect(loaded.checksum.count == 64)
    }

    @Test func checksumIgnoresFormattingButNotContent() throws {
        let a = loader.parseTask(TaskLoaderTests.valid, file: "a.json").task
        // Same content, keys reordered and no whitespace.
        let root = try JSONParser.parse(TaskLoaderTests.valid)
        var members = try #require(root.members)
        members.reverse()
        let reordered = JSONWriter.encode(.object(members))
        let b = loader.parseTask(reordered, file: "b.json").task
        let c = loader.parseTask(TaskLoaderTests.valid.replacingOccurrences(of: "\"seed\": 17", with: "\"seed\": 18"), file: "c.json").task
        #expect(a?.checksum != nil)
        #expect(a?.checksum == b?.checksum)
        #expect(a?.checksum != c?.checksum)
    }

    /// Every problem in one file is reported, each with file, line, field and reason.
    @Test func brokenTaskReportsEveryProblem() throws {
        let suite = try TempSuite()
        try suite.write("suite.json", TempSuite.suiteJSON)
        let path = try suite.write("broken.json", """
            {
              "id": "Shop/Broken",
              "revision": 0,
              "sandboxes": ["shop", "fourm"],
              "start": "admin:/",
              "goal": "Buy a {colour} {category}.",
              "params": {"category": "boots"},
              "seed": -1,
              "split": "train",
              "limits": {"steps": "thirty", "step_secs": 5},
              "checks": [
                {"answer": {"must_include": ["red"], "tolerance": 0.1}},
                {"url": {"equals": "http://shop.localhost:8080/cart"}},
                {"url": {"equals": "shop:/cart", "ignore_query": "utm"}},
                {"state": {"query": "SELECT 1"}},
                {"request": {"method": "FETCH", "path": "cart/add", "status": 999}},
                {"page": {"url": "shop:/cart", "xpath": "//td", "equals": "2", "count": 1}},
                {"collateral": {"allow": "carts"}},
                {"answer": {"number": "twelve-ish"}},
                {"answer": {"date": "05/03/2024"}},
                {"shell": "rm -rf /"},
                {"url": "shop:/a", "answer": {"exact": "x"}}
              ],
              "key_nodes": [{"request": {"path": "/cart/add", "absent": true}}, {"name": "x"}],
              "oracle": [],
              "notes": "unknown field"
            }
            """)
        let result = loader.loadSuite(directory: suite.directory)
        #expect(result.suite?.tasks.isEmpty == true)
        let expected = [
            "\(path):2: id: 'Shop/Broken' must be lower-case letters, digits, '-', '_', '.' and '/' separators",
            "\(path):3: revision: must be at least 1, found 0",
            "\(path):4: sandboxes[1]: unknown sandbox 'fourm' (known: admin, shop)",
            "\(path):5: start: sandbox 'admin' is not in the task's sandboxes (shop, fourm)",
            "\(path):6: goal: unknown parameter {colour} (params are: category)",
            "\(path):8: seed: expected a non-negative integer below 2^63, found -1",
            "\(path):9: split: unknown split 'train' (the suite's splits are dev, test)",
            "\(path):10: limits.step_secs: unknown field (expected one of: episode_seconds, step_seconds, steps)",
            "\(path):10: limits.steps: expected an integer, found a string",
            "\(path):12: checks[0].answer.tolerance: tolerance applies only to number, currency and rating",
            "\(path):13: checks[1].url.equals: 'http://shop.localhost:8080/cart' is not a sandbox location; write e.g. shop:/cart",
            "\(path):14: checks[2].url.ignore_query: expected an array, found a string",
            "\(path):15: checks[3].state: a state check needs exactly one of expect, expect_query",
            "\(path):16: checks[4].request.method: expected one of DELETE, GET, HEAD, PATCH, POST, PUT, found 'FETCH'",
            "\(path):16: checks[4].request.path: expected a path starting with '/' and without a query, found 'cart/add'",
            "\(path):16: checks[4].request.status: must be at most 599, found 999",
            "\(path):17: checks[5].page: a page check has at most one of count, equals, exists, includes; found equals, count",
            "\(path):18: checks[6].collateral.allow: expected an array, found a string",
            "\(path):19: checks[7].answer.number: 'twelve-ish' is not a number",
            "\(path):20: checks[8].answer.date: '05/03/2024' is not an ISO date (YYYY-MM-DD)",
            "\(path):21: checks[9].shell: unknown check kind 'shell' (expected one of: all, any, answer, collateral, page, request, state, url)",
            "\(path):22: checks[10]: a check has exactly one kind; found url, answer (wrap several in {\"all\": […]})",
            "\(path):24: key_nodes[0].request.absent: a key node is reached when something happens; absent belongs in checks",
            "\(path):24: key_nodes[1]: a key node needs one of: page, request, state, url",
            "\(path):25: oracle: must not be empty",
            "\(path):26: notes: unknown field (expected one of: answer, checks, goal, id, key_nodes, limits, oracle, oracles, params, revision, sandboxes, seed, split, start, template, user)",
        ]
        let got = result.problems.map(\.description)
        #expect(got == expected)
        for (g, e) in zip(got, expected) where g != e {
            Issue.record("got \(g)\nexpected \(e)")
        }
    }

    @Test func duplicateIDsAreReportedWithBothFiles() throws {
        let suite = try TempSuite()
        try suite.write("suite.json", TempSuite.suiteJSON)
        let first = try suite.write("a.json", TaskLoaderTests.valid)
        let second = try suite.write("b.json", TaskLoaderTests.valid)
        let result = loader.loadSuite(directory: suite.directory)
        #expect(result.problems.map(\.description) == ["\(second):2: id: duplicate id 'shop/cheapest-017', already used by \(first)"])
        #expect(result.suite?.tasks.count == 1)
    }

    @Test func invalidJSONGivesLineAndColumn() throws {
        let suite = try TempSuite()
        try suite.write("suite.json", TempSuite.suiteJSON)
        let path = try suite.write("bad.json", "{\n  \"id\": \"x\",\n  \"revision\": 1\n  \"seed\": 2\n}")
        let result = loader.loadSuite(directory: suite.directory)
        #expect(result.problems.map(\.description) == ["\(path):4: invalid JSON: expected ',' or '}' (column 3)"])
    }

    @Test func missingFieldsAndBadSuiteFile() throws {
        let suite = try TempSuite()
        let suitePath = try suite.write("suite.json", #"{"name": "market", "version": 1, "description": ""}"#)
        let taskPath = try suite.write("t.json", #"{"id": "shop/t"}"#)
        let result = loader.loadSuite(directory: suite.directory)
        #expect(result.suite == nil)
        #expect(result.problems.map(\.description) == [
            "\(suitePath):1: name: the suite is named 'market' but lives in folder 'shop'",
            "\(suitePath):1: version: expected a string, found a number",
            "\(suitePath):1: description: must not be empty",
            "\(taskPath):1: checks: missing required field",
            "\(taskPath):1: goal: missing required field",
            "\(taskPath):1: oracle: missing required field",
            "\(taskPath):1: revision: missing required field",
            "\(taskPath):1: sandboxes: missing required field",
            "\(taskPath):1: seed: missing required field",
            "\(taskPath):1: start: missing required field",
        ])
    }

    /// Alternative oracles load like `oracle`, parameters filled in and each step located
    /// at `oracles[i][j]`; their faults name that field and line.
    @Test func alternativeOraclesAreLoadedAndLocated() throws {
        let two = TaskLoaderTests.valid.replacingOccurrences(
            of: #""oracle": ["click '{category}'", "stop"]"#,
            with: #""oracle": ["click '{category}'", "stop"],\#n  "oracles": [["goto [shop:/category/{category}]", "stop"]]"#)
        let task = try #require(loader.parseTask(two, file: "t.json").task)
        #expect(task.alternativeOracles == [["goto [shop:/category/sneakers]", "stop"]])
        #expect(task.statements.filter { $0.field.hasPrefix("oracles") }.map { "\($0.line) \($0.field)" } == ["20 oracles[0][0]", "20 oracles[0][1]"])
        let broken = TaskLoaderTests.valid.replacingOccurrences(
            of: #""oracle": ["click '{category}'", "stop"]"#,
            with: #""oracle": ["stop"],\#n  "oracles": [[],\#n ["stop", 3],\#n "stop"]"#)
        #expect(loader.parseTask(broken, file: "t.json").problems.map(\.description) == [
            "t.json:20: oracles[0]: must not be empty",
            "t.json:21: oracles[1][1]: expected a string, found a number",
            "t.json:22: oracles[2]: expected an array, found a string",
        ])
    }

    @Test func infeasibleTasksMayHaveNoChecksButNoAnswerChecks() {
        let base = #"{"id": "s/t", "revision": 1, "sandboxes": ["shop"], "start": "shop:/", "goal": "g", "seed": 1, "oracle": ["stop"], "answer": {"status": "infeasible"}, "checks": CHECKS}"#
        let ok = loader.parseTask(base.replacingOccurrences(of: "CHECKS", with: "[]"), file: "t.json")
        #expect(ok.problems.isEmpty)
        #expect(ok.task?.expectedStatus == .infeasible)
        let bad = loader.parseTask(base.replacingOccurrences(of: "CHECKS", with: #"[{"answer": {"exact": "x"}}]"#), file: "t.json")
        #expect(bad.problems.map(\.description) == ["t.json:1: checks[0]: an answer check cannot pass when the expected answer status is infeasible"])
        let unknown = loader.parseTask(base.replacingOccurrences(of: "infeasible", with: "impossible").replacingOccurrences(of: "CHECKS", with: "[]"), file: "t.json")
        #expect(unknown.problems.map(\.reason) == ["unknown status 'impossible' (expected one of: ok, not_found, infeasible, permission_denied, action_not_allowed, data_validation)"])
    }

    /// A task that changes state must check every detail its goal names.
    @Test func aGoalDetailNoCheckNamesIsAProblem() {
        let unchecked = TaskLoaderTests.valid.replacingOccurrences(of: " AND category = {category}", with: "")
        let result = loader.parseTask(unchecked, file: "t.json")
        #expect(result.task == nil)
        #expect(result.problems.map(\.description) == [
            "t.json:12: checks: the goal names {category} but no check does: a task that changes state must check every detail its goal names",
        ])
        // A task that only answers may leave details to its answer's gold.
        let answerOnly = #"{"id": "s/t", "revision": 1, "sandboxes": ["shop"], "start": "shop:/", "goal": "Price of {p}?", "params": {"p": "x"}, "seed": 1, "oracle": ["stop [{p}]"], "checks": [{"answer": {"currency": "$1"}}]}"#
        #expect(loader.parseTask(answerOnly, file: "t.json").problems.isEmpty)
    }

    @Test func collateralAllowsTablesOrRowsAndColumns() throws {
        let base = #"{"id": "s/t", "revision": 1, "sandboxes": ["shop"], "start": "shop:/", "goal": "g {e}", "params": {"e": "a@b.c"}, "seed": 1, "oracle": ["stop [{e}]"], "checks": [{"answer": {"exact": "x"}}, {"collateral": {"allow": ALLOW}}]}"#
        let task = try #require(loader.parseTask(base.replacingOccurrences(
            of: "ALLOW", with: #"["carts", {"table": "customers", "rows": "email = {e}", "update": ["phone"]}]"#), file: "t.json").task)
        #expect(task.checks[1] == .collateral(CollateralCheck(allow: [
            .anyChange("carts"), CollateralAllowance(table: "customers", rows: "email = 'a@b.c'", update: ["phone"], insert: false, delete: false),
        ])))
        // The predicate is prepared by the audit like any other SQL of the task.
        #expect(task.statements.map(\.text) == ["shop:/", "SELECT 1 FROM \"customers\" WHERE email = 'a@b.c'", "stop [a@b.c]"])
        let nothing = loader.parseTask(base.replacingOccurrences(of: "ALLOW", with: #"[{"table": "customers"}]"#), file: "t.json")
        #expect(nothing.problems.map(\.description) == ["t.json:1: checks[1].collateral.allow[0]: allows nothing: name the columns in update, or set insert or delete"])
    }

    @Test func duplicateIDsAcrossSuites() throws {
        let a = try TempSuite(name: "shop")
        try a.write("suite.json", TempSuite.suiteJSON)
        try a.write("t.json", TaskLoaderTests.valid)
        let otherDir = a.root + "/admin"
        try FileManager.default.createDirectory(atPath: otherDir, withIntermediateDirectories: true)
        try Data(TempSuite.suiteJSON.replacingOccurrences(of: "\"shop\"", with: "\"admin\"").utf8)
            .write(to: URL(fileURLWithPath: otherDir + "/suite.json"))
        try Data(TaskLoaderTests.valid.utf8).write(to: URL(fileURLWithPath: otherDir + "/t.json"))
        let result = loader.loadAll(directory: a.root)
        #expect(result.suites.map(\.name) == ["admin", "shop"])
        #expect(result.problems.map(\.description) == [
            "\(a.directory)/t.json:2: id: duplicate id 'shop/cheapest-017', already used by \(otherDir)/t.json"
        ])
    }

    @Test func shippedExamplesAreValid() throws {
        let root = Checkout.path("examples/tasks")
        let result = TaskLoader(knownSandboxes: ["shop"]).loadAll(directory: root)
        #expect(result.problems.isEmpty, "\(result.problems.map(\.description))")
        let demo = try #require(result.suites.first)
        #expect(demo.tasks.count == 4)
        #expect(demo.tasks(inSplit: "dev").count == 2)
        #expect(demo.tasks.contains { $0.expectedStatus == .actionNotAllowed })
    }
}
