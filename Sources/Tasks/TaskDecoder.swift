import Digest
import Vocabulary

/// Turns one task file's JSON into a `TaskDefinition`, collecting every problem.
struct TaskDecoder {
    static let fields = [
        "answer", "checks", "goal", "id", "key_nodes", "limits", "oracle", "oracles", "params", "revision",
        "sandboxes", "seed", "split", "start", "template", "user",
    ]
    static let requiredFields = ["checks", "goal", "id", "oracle", "revision", "sandboxes", "seed", "start"]

    var reader: FieldReader
    /// Sandbox names that exist; nil when the caller cannot tell (then names are not checked).
    let knownSandboxes: [String]?
    let suite: SuiteHeader?
    var xpathProblem: (@Sendable (String) -> String?)?
    var params: [ParameterTemplate.Parameter] = []
    /// The line of each parameter's value, to report one that nothing uses.
    var paramLines: [String: Int] = [:]
    /// Parameters some field refers to.
    var usedParams: Set<String> = []
    var statements: [LocatedStatement] = []
    var taskSandboxes: [String] = []

    init(file: String, knownSandboxes: [String]?, suite: SuiteHeader?) {
        reader = FieldReader(file: file)
        self.knownSandboxes = knownSandboxes
        self.suite = suite
    }

    mutating func decode(_ root: LocatedJSON) -> TaskDefinition? {
        guard let members = reader.object(root, "", allowed: TaskDecoder.fields, required: TaskDecoder.requiredFields)
        else { return nil }
        func field(_ key: String) -> LocatedJSON? { members.first { $0.key == key }?.value }

        // Parameters first: every other string may refer to them.
        if let node = field("params") { decodeParams(node) }

        let id = field("id").flatMap { decodeID($0) }
        let revision = field("revision").flatMap { reader.int($0, "revision", min: 1) }
        if let node = field("sandboxes") { taskSandboxes = decodeSandboxes(node) ?? [] }
        let start = field("start").flatMap { node -> String? in
            guard let s = text(node, "start") else { return nil }
            return checkLocation(s, node, "start") ? s : nil
        }
        var goalTemplate: String?
        var goal: String?
        if let node = field("goal"), let raw = reader.string(node, "goal") {
            goalTemplate = raw
            goal = render(raw, node, "goal")
        }
        let seed = field("seed").flatMap { reader.uint64($0, "seed") }
        let split = field("split").flatMap { decodeSplit($0) }
        let template = field("template").flatMap { reader.string($0, "template") }
        var limits = Limits()
        if let node = field("limits") { limits = reader.limits(node, "limits") ?? Limits() }
        var status = AnswerStatus.ok
        var statusKnown = true
        if let node = field("answer") {
            if let s = decodeExpectedAnswer(node) { status = s } else { statusKnown = false }
        }

        var checks: [Check]?
        // Parameters the checks name, kept apart to find goal details no check looks at.
        let usedBeforeChecks = usedParams
        usedParams = []
        var checksNode: LocatedJSON?
        if let node = field("checks"), let items = reader.array(node, "checks") {
            checksNode = node
            var decoded: [Check] = []
            var ok = true
            for (i, item) in items.enumerated() {
                if let c = decodeCheck(item, FieldReader.index("checks", i)) { decoded.append(c) } else { ok = false }
            }
            if items.isEmpty && status == .ok && statusKnown {
                reader.report(node.line, "checks", "must not be empty: a task whose answer status is ok needs a check")
            }
            if status != .ok {
                for (i, c) in decoded.enumerated() where c.containsAnswerCheck {
                    reader.report(
                        items[i].line, FieldReader.index("checks", i),
                        "an answer check cannot pass when the expected answer status is \(status.rawValue)")
                }
            }
            checks = ok ? decoded : nil
        }
        let checkedParams = usedParams
        usedParams.formUnion(usedBeforeChecks)
        if let checks, let goalTemplate, let checksNode, status == .ok, checks.contains(where: \.containsStateCheck) {
            // A mutation whose checks ignore a detail of the goal passes with that detail wrong.
            for name in Set(ParameterTemplate.placeholders(in: goalTemplate)).sorted() where !checkedParams.contains(name) {
                reader.report(
                    checksNode.line, "checks",
                    "the goal names {\(name)} but no check does: a task that changes state must check every detail its goal names")
            }
        }
        var keyNodes: [KeyNode] = []
        var keyNodesOK = true
        if let node = field("key_nodes") {
            if let decoded = decodeKeyNodes(node) { keyNodes = decoded } else { keyNodesOK = false }
        }
        let oracle = field("oracle").flatMap { decodeOracle($0, "oracle") }
        var user: ScriptedUser?
        if let node = field("user") { user = decodeUser(node) }
        var alternatives: [[String]] = []
        var alternativesOK = true
        if let node = field("oracles") {
            if let decoded = decodeAlternativeOracles(node) { alternatives = decoded } else { alternativesOK = false }
        }
        for p in params where !usedParams.contains(p.name) {
            reader.report(
                paramLines[p.name], FieldReader.join("params", p.name),
                "declared but not used in the goal, checks, key nodes or oracle")
        }

        guard reader.problems.isEmpty, let id, let revision, let start, let goalTemplate, let goal, let seed,
            let checks, keyNodesOK, let oracle, alternativesOK
        else { return nil }
        let suiteLimits = suite?.limits ?? Limits()
        return TaskDefinition(
            id: id, revision: revision, sandboxes: taskSandboxes, start: start, goalTemplate: goalTemplate,
            goal: goal, params: params.map { NameValue($0.name, $0.value) }, seed: seed, split: split,
            template: template, limits: limits.over(suiteLimits).over(.harnessDefault), expectedStatus: status,
            checks: checks, keyNodes: keyNodes, oracle: oracle, alternativeOracles: alternatives, file: reader.file,
            checksum: SHA256.hex(root.value.canonicalText), statements: statements.sorted { $0.line < $1.line }, user: user)
    }

    /// `"user": {"intents": [{"keywords": ["…"], "reply": "…"}]}`: the scripted user who
    /// answers `ask_user` (docs/tasks.md). Replies may name parameters.
    private mutating func decodeUser(_ node: LocatedJSON) -> ScriptedUser? {
        guard let members = reader.object(node, "user", allowed: ["intents"], required: ["intents"]),
            let list = members.first(where: { $0.key == "intents" })?.value,
            let items = reader.array(list, "user.intents", nonEmpty: true)
        else { return nil }
        var intents: [ScriptedUser.Intent] = []
        for (i, item) in items.enumerated() {
            let path = FieldReader.index("user.intents", i)
            guard let fields = reader.object(item, path, allowed: ["keywords", "reply"], required: ["keywords", "reply"]) else { continue }
            let keywords = fields.first { $0.key == "keywords" }.flatMap { reader.stringArray($0.value, FieldReader.join(path, "keywords"), nonEmpty: true) }
            let reply = fields.first { $0.key == "reply" }.flatMap { member -> String? in
                guard let raw = reader.string(member.value, FieldReader.join(path, "reply")) else { return nil }
                return render(raw, member.value, FieldReader.join(path, "reply"))
            }
            if let keywords, let reply { intents.append(ScriptedUser.Intent(keywords: keywords, reply: reply)) }
        }
        return intents.count == items.count ? ScriptedUser(intents: intents) : nil
    }

    // MARK: - Top-level fields

    private mutating func decodeParams(_ node: LocatedJSON) {
        guard let members = node.members else {
            reader.report(node.line, "params", "expected an object of name to value, found \(node.typeName)")
            return
        }
        for m in members {
            let path = FieldReader.join("params", m.key)
            guard ParameterTemplate.placeholders(in: "{\(m.key)}") == [m.key] else {
                reader.report(m.value.line, path, "a parameter name must be letters, digits and _, not starting with a digit")
                continue
            }
            paramLines[m.key] = m.value.line
            switch m.value.value {
            case .string(let s): params.append(.init(name: m.key, value: s, isNumber: false))
            case .int, .double: params.append(.init(name: m.key, value: m.value.numberText ?? "", isNumber: true))
            case .bool(let b): params.append(.init(name: m.key, value: b ? "true" : "false", isNumber: false))
            default: reader.report(m.value.line, path, "expected a string, number or boolean, found \(m.value.typeName)")
            }
        }
    }

    private mutating func decodeID(_ node: LocatedJSON) -> String? {
        guard let id = reader.string(node, "id") else { return nil }
        let allowed = id.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isLowercase || ("0"..."9").contains($0) || "-_./".unicodeScalars.contains($0))
        }
        guard allowed, !id.hasPrefix("/"), !id.hasSuffix("/") else {
            reader.report(node.line, "id", "'\(id)' must be lower-case letters, digits, '-', '_', '.' and '/' separators")
            return nil
        }
        return id
    }

    private mutating func decodeSandboxes(_ node: LocatedJSON) -> [String]? {
        guard let names = reader.stringArray(node, "sandboxes", nonEmpty: true) else { return nil }
        var seen: [String] = []
        for (i, name) in names.enumerated() {
            if seen.contains(name) {
                reader.report(node.elements?[i].line, FieldReader.index("sandboxes", i), "'\(name)' is listed twice")
            }
            seen.append(name)
            if let knownSandboxes, !knownSandboxes.contains(name) {
                reader.report(
                    node.elements?[i].line, FieldReader.index("sandboxes", i),
                    "unknown sandbox '\(name)' (known: \(knownSandboxes.sorted().joined(separator: ", ")))")
            }
        }
        return names
    }

    private mutating func decodeSplit(_ node: LocatedJSON) -> String? {
        guard let split = reader.string(node, "split") else { return nil }
        if let suite, !suite.splits.contains(split) {
            let known = suite.splits.isEmpty ? "the suite declares no splits" : "the suite's splits are " + suite.splits.joined(separator: ", ")
            reader.report(node.line, "split", "unknown split '\(split)' (\(known))")
            return nil
        }
        return split
    }

    private mutating func decodeExpectedAnswer(_ node: LocatedJSON) -> AnswerStatus? {
        guard let members = reader.object(node, "answer", allowed: ["status"], required: ["status"]) else { return nil }
        guard let statusNode = members.first(where: { $0.key == "status" })?.value,
            let raw = reader.string(statusNode, "answer.status")
        else { return nil }
        guard let status = AnswerStatus(rawValue: raw) else {
            reader.report(
                statusNode.line, "answer.status",
                "unknown status '\(raw)' (expected one of: \(AnswerStatus.allCases.map(\.rawValue).joined(separator: ", ")))")
            return nil
        }
        return status
    }

    private mutating func decodeOracle(_ node: LocatedJSON, _ field: String) -> [String]? {
        guard let items = reader.array(node, field, nonEmpty: true) else { return nil }
        var actions: [String] = []
        for (i, item) in items.enumerated() {
            let path = FieldReader.index(field, i)
            if let a = text(item, path) {
                actions.append(a)
                statements.append(LocatedStatement(kind: .action, text: a, field: path, line: item.line))
            }
        }
        return actions.count == items.count ? actions : nil
    }

    /// More solutions, each held to the same checks as `oracle` (a second route, say by
    /// search and by category): a check that only one route satisfies is a check on the route.
    private mutating func decodeAlternativeOracles(_ node: LocatedJSON) -> [[String]]? {
        guard let items = reader.array(node, "oracles", nonEmpty: true) else { return nil }
        var out: [[String]] = []
        for (i, item) in items.enumerated() {
            if let steps = decodeOracle(item, FieldReader.index("oracles", i)) { out.append(steps) }
        }
        return out.count == items.count ? out : nil
    }

    private mutating func decodeKeyNodes(_ node: LocatedJSON) -> [KeyNode]? {
        guard let items = reader.array(node, "key_nodes") else { return nil }
        var nodes: [KeyNode] = []
        var ok = true
        for (i, item) in items.enumerated() {
            let path = FieldReader.index("key_nodes", i)
            guard let members = reader.object(item, path, allowed: ["name", "page", "request", "state", "url"]) else {
                ok = false
                continue
            }
            var name = path
            if let n = members.first(where: { $0.key == "name" }) {
                name = reader.string(n.value, FieldReader.join(path, "name")) ?? name
            }
            let kinds = members.filter { $0.key != "name" }
            guard kinds.count == 1, let kind = kinds.first else {
                reader.report(
                    item.line, path,
                    kinds.isEmpty ? "a key node needs one of: page, request, state, url"
                        : "a key node has exactly one of page, request, state, url; found \(kinds.map(\.key).joined(separator: ", "))")
                ok = false
                continue
            }
            guard let check = decodeCheckBody(kind: kind.key, kind.value, FieldReader.join(path, kind.key)) else {
                ok = false
                continue
            }
            if case .request(let r) = check, r.absent {
                reader.report(
                    kind.value.line, FieldReader.join(path, "request.absent"),
                    "a key node is reached when something happens; absent belongs in checks")
                ok = false
                continue
            }
            nodes.append(KeyNode(name: name, check: check))
        }
        return ok ? nodes : nil
    }

    // MARK: - Strings with parameters and sandbox locations

    /// A string field with `{param}` placeholders filled in.
    mutating func text(_ node: LocatedJSON, _ path: String, sql: Bool = false, allowEmpty: Bool = false) -> String? {
        guard let raw = reader.string(node, path, allowEmpty: allowEmpty) else { return nil }
        let out = render(raw, node, path, sql: sql)
        if sql, let out { statements.append(LocatedStatement(kind: .sql, text: out, field: path, line: node.line)) }
        return out
    }

    mutating func render(_ raw: String, _ node: LocatedJSON, _ path: String, sql: Bool = false) -> String? {
        let (out, unknown) = ParameterTemplate.render(raw, with: params, sql: sql)
        usedParams.formUnion(ParameterTemplate.placeholders(in: raw))
        guard unknown.isEmpty else {
            let names = params.map(\.name).sorted()
            let known = names.isEmpty ? "the task has no params" : "params are: " + names.joined(separator: ", ")
            for name in unknown {
                reader.report(node.line, path, "unknown parameter {\(name)} (\(known))")
            }
            return nil
        }
        return out
    }

    /// Checks a `sandbox:/path` location and reports what is wrong with it.
    mutating func checkLocation(_ location: String, _ node: LocatedJSON, _ path: String) -> Bool {
        guard let (sandbox, rest) = SandboxLocation.split(location) else {
            reader.report(node.line, path, "'\(location)' is not a sandbox location; write e.g. shop:/cart")
            return false
        }
        guard rest.hasPrefix("/") else {
            reader.report(node.line, path, "the path of '\(location)' must start with '/'")
            return false
        }
        if !taskSandboxes.isEmpty, !taskSandboxes.contains(sandbox) {
            reader.report(
                node.line, path,
                "sandbox '\(sandbox)' is not in the task's sandboxes (\(taskSandboxes.joined(separator: ", ")))")
            return false
        }
        // Kept for the audit: what the location names inside its sandbox is the world's to judge.
        statements.append(LocatedStatement(kind: .location, text: location, field: path, line: node.line))
        return true
    }
}

/// What a task needs to know about its suite while loading.
struct SuiteHeader {
    var name: String
    var splits: [String]
    var limits: Limits
}

extension Check {
    var containsStateCheck: Bool {
        switch self {
        case .state: true
        case .all(let cs), .any(let cs): cs.contains { $0.containsStateCheck }
        default: false
        }
    }

    public var containsAnswerCheck: Bool {
        switch self {
        case .answer: true
        case .all(let cs), .any(let cs): cs.contains { $0.containsAnswerCheck }
        default: false
        }
    }
}
