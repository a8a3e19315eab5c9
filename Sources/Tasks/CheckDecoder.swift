import Vocabulary

/// Decoding of the `checks` tagged union; see docs/tasks.md for the schema.
extension TaskDecoder {
    mutating func decodeCheck(_ node: LocatedJSON, _ path: String) -> Check? {
        guard let members = node.members else {
            reader.report(node.line, path, "expected a check object such as {\"url\": …}, found \(node.typeName)")
            return nil
        }
        guard members.count == 1, let member = members.first else {
            reader.report(
                node.line, path,
                members.isEmpty ? "a check needs a kind (one of: \(Check.kinds.joined(separator: ", ")))"
                    : "a check has exactly one kind; found \(members.map(\.key).joined(separator: ", ")) (wrap several in {\"all\": […]})")
            return nil
        }
        let sub = FieldReader.join(path, member.key)
        switch member.key {
        case "all", "any":
            guard let items = reader.array(member.value, sub, nonEmpty: true) else { return nil }
            var children: [Check] = []
            var ok = true
            for (i, item) in items.enumerated() {
                if let c = decodeCheck(item, FieldReader.index(sub, i)) { children.append(c) } else { ok = false }
            }
            guard ok else { return nil }
            return member.key == "all" ? .all(children) : .any(children)
        default:
            guard Check.kinds.contains(member.key) else {
                reader.report(
                    member.value.line, sub,
                    "unknown check kind '\(member.key)' (expected one of: \(Check.kinds.joined(separator: ", ")))")
                return nil
            }
            return decodeCheckBody(kind: member.key, member.value, sub)
        }
    }

    mutating func decodeCheckBody(kind: String, _ node: LocatedJSON, _ path: String) -> Check? {
        switch kind {
        case "answer": decodeAnswer(node, path).map(Check.answer)
        case "url": decodeURL(node, path).map(Check.url)
        case "state": decodeState(node, path).map(Check.state)
        case "request": decodeRequest(node, path).map(Check.request)
        case "page": decodePage(node, path).map(Check.page)
        case "collateral": decodeCollateral(node, path).map(Check.collateral)
        default: nil
        }
    }

    // MARK: answer

    private static let answerFields = [
        "count", "currency", "date", "date_order", "exact", "list", "month", "must_exclude", "must_include", "name",
        "number", "one_of", "options", "phone", "rating", "set", "status", "tolerance",
    ]
    private static let answerMatchers = [
        "count", "currency", "date", "exact", "list", "month", "must_exclude", "must_include", "name", "number",
        "one_of", "phone", "rating", "set", "status",
    ]

    private mutating func decodeAnswer(_ node: LocatedJSON, _ path: String) -> AnswerCheck? {
        guard let members = reader.object(node, path, allowed: TaskDecoder.answerFields) else { return nil }
        func field(_ key: String) -> LocatedJSON? { members.first { $0.key == key }?.value }
        let keys = members.map(\.key)
        guard keys.contains(where: TaskDecoder.answerMatchers.contains) else {
            reader.report(node.line, path, "an answer check needs one of: \(TaskDecoder.answerMatchers.joined(separator: ", "))")
            return nil
        }
        let errorsBefore = reader.problems.count
        var tolerance = 0.0
        if let t = field("tolerance") {
            if !keys.contains("number") && !keys.contains("currency") && !keys.contains("rating") {
                reader.report(t.line, FieldReader.join(path, "tolerance"), "tolerance applies only to number, currency and rating")
            }
            tolerance = reader.nonNegativeDouble(t, FieldReader.join(path, "tolerance")) ?? 0
        }
        var order = DateOrder.mdy
        if let o = field("date_order") {
            let p = FieldReader.join(path, "date_order")
            if !keys.contains("date") { reader.report(o.line, p, "date_order applies only to date") }
            if let raw = reader.string(o, p) {
                if let d = DateOrder(rawValue: raw) { order = d } else { reader.report(o.line, p, "expected mdy or dmy, found '\(raw)'") }
            }
        }
        if let o = field("options"), !keys.contains("one_of") {
            reader.report(o.line, FieldReader.join(path, "options"), "options applies only to one_of")
        }
        var matchers: [AnswerMatcher] = []
        for m in members where TaskDecoder.answerMatchers.contains(m.key) {
            let p = FieldReader.join(path, m.key)
            switch m.key {
            case "exact":
                if let g = gold(m.value, p, single: true) { matchers.append(.exact(g)) }
            case "must_include":
                if let g = gold(m.value, p, single: false) { matchers.append(.mustInclude(g)) }
            case "must_exclude":
                if let g = gold(m.value, p, single: false) { matchers.append(.mustExclude(g)) }
            case "number":
                if let g = gold(m.value, p, single: true, literal: GoldFormat.number) {
                    matchers.append(.number(g, tolerance: tolerance))
                }
            case "currency":
                if let g = gold(m.value, p, single: true, literal: GoldFormat.currency) {
                    matchers.append(.currency(g, tolerance: tolerance))
                }
            case "count":
                if let g = gold(m.value, p, single: true, literal: GoldFormat.count) { matchers.append(.count(g)) }
            case "rating":
                if let g = gold(m.value, p, single: true, literal: GoldFormat.number) {
                    matchers.append(.rating(g, tolerance: tolerance))
                }
            case "phone":
                if let g = gold(m.value, p, single: true, literal: GoldFormat.phone) { matchers.append(.phone(g)) }
            case "name":
                if let g = gold(m.value, p, single: true) { matchers.append(.name(g)) }
            case "status":
                if let g = gold(m.value, p, single: true) { matchers.append(.status(g)) }
            case "date":
                if let g = gold(m.value, p, single: true, literal: GoldFormat.date) { matchers.append(.date(g, order: order)) }
            case "month":
                if let g = gold(m.value, p, single: true, literal: GoldFormat.month) { matchers.append(.month(g)) }
            case "set":
                if let g = gold(m.value, p, single: false) { matchers.append(.set(g)) }
            case "list":
                if let g = gold(m.value, p, single: false) { matchers.append(.list(g)) }
            case "one_of":
                guard let accepted = textArray(m.value, p, nonEmpty: true) else { continue }
                var options: [String] = []
                if let o = field("options") {
                    let op = FieldReader.join(path, "options")
                    options = textArray(o, op, nonEmpty: true) ?? []
                    for a in accepted where !options.contains(a) {
                        reader.report(o.line, op, "must include every one_of value; '\(a)' is missing")
                    }
                }
                matchers.append(.oneOf(accepted: accepted, options: options))
            default: break
            }
        }
        return reader.problems.count == errorsBefore ? AnswerCheck(matchers: matchers) : nil
    }

    /// A gold value: a literal (string, number, or array of them) or `{"query": …, "instance": …}`;
    /// a single-value matcher's query may add `"any_of_rows": true` when its gold can tie.
    private mutating func gold(
        _ node: LocatedJSON, _ path: String, single: Bool, literal check: ((String) -> String?)? = nil
    ) -> GoldValue? {
        switch node.value {
        case .string, .int, .double:
            guard let v = scalarText(node, path) else { return nil }
            if let check, let reason = check(v) {
                reader.report(node.line, path, reason)
                return nil
            }
            return .literal([v])
        case .array:
            let items = node.elements ?? []
            if single {
                reader.report(node.line, path, "expected one value, found an array")
                return nil
            }
            if items.isEmpty {
                reader.report(node.line, path, "must not be empty")
                return nil
            }
            var values: [String] = []
            var ok = true
            for (i, item) in items.enumerated() {
                if let v = scalarText(item, FieldReader.index(path, i)) { values.append(v) } else { ok = false }
            }
            return ok ? .literal(values) : nil
        case .object:
            guard let members = reader.object(node, path, allowed: ["any_of_rows", "instance", "query"], required: ["query"]) else {
                return nil
            }
            var instance = InstanceSide.final
            if let i = members.first(where: { $0.key == "instance" })?.value {
                instance = self.instance(i, FieldReader.join(path, "instance")) ?? .final
            }
            var anyOfRows = false
            if let a = members.first(where: { $0.key == "any_of_rows" })?.value {
                let ap = FieldReader.join(path, "any_of_rows")
                anyOfRows = reader.bool(a, ap) ?? false
                if anyOfRows && !single {
                    reader.report(a.line, ap, "any_of_rows applies only to single-value matchers; this one already reads every row")
                    return nil
                }
            }
            guard let q = members.first(where: { $0.key == "query" })?.value,
                let sql = text(q, FieldReader.join(path, "query"), sql: true)
            else { return nil }
            return anyOfRows ? .anyOfRows(sql: sql, instance: instance) : .query(sql: sql, instance: instance)
        default:
            reader.report(node.line, path, "expected a string, number, array or {\"query\": …}, found \(node.typeName)")
            return nil
        }
    }

    private mutating func scalarText(_ node: LocatedJSON, _ path: String) -> String? {
        switch node.value {
        case .string: return text(node, path)
        case .int, .double: return node.numberText
        default:
            reader.report(node.line, path, "expected a string or number, found \(node.typeName)")
            return nil
        }
    }

    private mutating func textArray(_ node: LocatedJSON, _ path: String, nonEmpty: Bool) -> [String]? {
        guard let items = reader.array(node, path, nonEmpty: nonEmpty) else { return nil }
        var out: [String] = []
        var ok = true
        for (i, item) in items.enumerated() {
            if let s = scalarText(item, FieldReader.index(path, i)) { out.append(s) } else { ok = false }
        }
        return ok ? out : nil
    }

    private mutating func instance(_ node: LocatedJSON, _ path: String) -> InstanceSide? {
        guard let raw = reader.string(node, path) else { return nil }
        guard let side = InstanceSide(rawValue: raw) else {
            reader.report(node.line, path, "expected initial or final, found '\(raw)'")
            return nil
        }
        return side
    }

    // MARK: url

    private mutating func decodeURL(_ node: LocatedJSON, _ path: String) -> URLCheck? {
        if node.stringValue != nil {
            guard let s = text(node, path), checkLocation(s, node, path) else { return nil }
            return URLCheck(target: .equals(s))
        }
        guard let members = reader.object(node, path, allowed: ["equals", "ignore_query", "path_prefix"]) else {
            return nil
        }
        let targets = members.filter { $0.key == "equals" || $0.key == "path_prefix" }
        guard targets.count == 1, let t = targets.first else {
            reader.report(node.line, path, "a url check needs exactly one of equals, path_prefix")
            return nil
        }
        let tp = FieldReader.join(path, t.key)
        guard let location = text(t.value, tp), checkLocation(location, t.value, tp) else { return nil }
        var ignore: [String] = []
        if let i = members.first(where: { $0.key == "ignore_query" }) {
            guard let names = reader.stringArray(i.value, FieldReader.join(path, "ignore_query")) else { return nil }
            ignore = names
        }
        return URLCheck(target: t.key == "equals" ? .equals(location) : .pathPrefix(location), ignoreQuery: ignore)
    }

    // MARK: state

    private mutating func decodeState(_ node: LocatedJSON, _ path: String) -> StateCheck? {
        guard let members = reader.object(
                node, path, allowed: ["expect", "expect_instance", "expect_query", "instance", "ordered", "query"],
                required: ["query"])
        else { return nil }
        func field(_ key: String) -> LocatedJSON? { members.first { $0.key == key }?.value }
        let before = reader.problems.count
        let query = field("query").flatMap { text($0, FieldReader.join(path, "query"), sql: true) }
        let side = field("instance").flatMap { instance($0, FieldReader.join(path, "instance")) } ?? .final
        let ordered = field("ordered").flatMap { reader.bool($0, FieldReader.join(path, "ordered")) } ?? false
        var expectation: StateCheck.Expectation?
        switch (field("expect"), field("expect_query")) {
        case (nil, nil), (.some, .some):
            reader.report(node.line, path, "a state check needs exactly one of expect, expect_query")
        case (let e?, nil):
            if let ei = field("expect_instance") {
                reader.report(ei.line, FieldReader.join(path, "expect_instance"), "expect_instance applies only to expect_query")
            }
            expectation = rows(e, FieldReader.join(path, "expect")).map(StateCheck.Expectation.rows)
        case (nil, let q?):
            let ei = field("expect_instance").flatMap { instance($0, FieldReader.join(path, "expect_instance")) }
            if let sql = text(q, FieldReader.join(path, "expect_query"), sql: true) {
                expectation = .query(sql: sql, instance: ei ?? .final)
            }
        }
        guard reader.problems.count == before, let query, let expectation else { return nil }
        return StateCheck(query: query, instance: side, expect: expectation, ordered: ordered)
    }

    private mutating func rows(_ node: LocatedJSON, _ path: String) -> [[SQLValue]]? {
        guard let items = reader.array(node, path) else { return nil }
        var out: [[SQLValue]] = []
        var ok = true
        for (i, item) in items.enumerated() {
            let rp = FieldReader.index(path, i)
            guard let cells = reader.array(item, rp, nonEmpty: true) else {
                ok = false
                continue
            }
            var row: [SQLValue] = []
            for (j, cell) in cells.enumerated() {
                let cp = FieldReader.index(rp, j)
                switch cell.value {
                case .null: row.append(.null)
                case .bool(let b): row.append(.integer(b ? 1 : 0))
                case .int(let i): row.append(.integer(i))
                case .double(let d): row.append(.real(d))
                case .string:
                    if let s = text(cell, cp, allowEmpty: true) { row.append(.text(s)) } else { ok = false }
                default:
                    reader.report(cell.line, cp, "expected a string, number, boolean or null, found \(cell.typeName)")
                    ok = false
                }
            }
            out.append(row)
        }
        return ok ? out : nil
    }

    // MARK: request

    private static let methods = ["DELETE", "GET", "HEAD", "PATCH", "POST", "PUT"]

    private mutating func decodeRequest(_ node: LocatedJSON, _ path: String) -> RequestCheck? {
        guard let members = reader.object(
                node, path, allowed: ["absent", "form", "method", "path", "query", "redirect", "sandbox", "status"],
                required: ["path"])
        else { return nil }
        let before = reader.problems.count
        var check = RequestCheck(path: "/")
        for m in members {
            let p = FieldReader.join(path, m.key)
            switch m.key {
            case "sandbox":
                if let s = reader.string(m.value, p), !taskSandboxes.isEmpty, !taskSandboxes.contains(s) {
                    reader.report(m.value.line, p, "sandbox '\(s)' is not in the task's sandboxes (\(taskSandboxes.joined(separator: ", ")))")
                } else {
                    check.sandbox = m.value.stringValue
                }
            case "method":
                if let s = reader.string(m.value, p) {
                    if TaskDecoder.methods.contains(s) { check.method = s } else {
                        reader.report(m.value.line, p, "expected one of \(TaskDecoder.methods.joined(separator: ", ")), found '\(s)'")
                    }
                }
            case "path":
                if let s = text(m.value, p) {
                    if s.hasPrefix("/") && !s.contains("?") { check.path = s } else {
                        reader.report(m.value.line, p, "expected a path starting with '/' and without a query, found '\(s)'")
                    }
                }
            case "query": check.query = fields(m.value, p) ?? []
            case "form": check.form = fields(m.value, p) ?? []
            case "status": check.status = reader.int(m.value, p, min: 100, max: 599)
            case "redirect":
                if let s = text(m.value, p) {
                    if s.hasPrefix("/") { check.redirect = s } else {
                        reader.report(m.value.line, p, "expected a path starting with '/', found '\(s)'")
                    }
                }
            case "absent": check.absent = reader.bool(m.value, p) ?? false
            default: break
            }
        }
        if !check.absent, !members.contains(where: { $0.key == "status" }) {
            // A request is evidence only as the sandbox answered it: a 303 to the sign-in page
            // is not the order page, a 422 is not an applied coupon.
            reader.report(node.line, path, "a request check needs the status it must have been answered with (e.g. 200, 303, 422)")
        }
        return reader.problems.count == before ? check : nil
    }

    private mutating func fields(_ node: LocatedJSON, _ path: String) -> [NameValue]? {
        guard let members = node.members else {
            reader.report(node.line, path, "expected an object of field name to value, found \(node.typeName)")
            return nil
        }
        var out: [NameValue] = []
        for m in members {
            if let v = scalarText(m.value, FieldReader.join(path, m.key)) { out.append(NameValue(m.key, v)) }
        }
        return out
    }

    // MARK: page

    private mutating func decodePage(_ node: LocatedJSON, _ path: String) -> PageCheck? {
        guard let members = reader.object(
                node, path, allowed: ["count", "equals", "exists", "includes", "url", "xpath"], required: ["url", "xpath"])
        else { return nil }
        func field(_ key: String) -> LocatedJSON? { members.first { $0.key == key }?.value }
        let before = reader.problems.count
        let url = field("url").flatMap { n -> String? in
            guard let s = text(n, FieldReader.join(path, "url")) else { return nil }
            return checkLocation(s, n, FieldReader.join(path, "url")) ? s : nil
        }
        let xpath = field("xpath").flatMap { n -> String? in
            guard let x = text(n, FieldReader.join(path, "xpath")) else { return nil }
            if let problem = xpathProblem?(x) {
                reader.report(n.line, FieldReader.join(path, "xpath"), problem)
                return nil
            }
            return x
        }
        let assertions = members.filter { ["count", "equals", "exists", "includes"].contains($0.key) }
        var assertion = PageCheck.Assertion.exists
        if assertions.count > 1 {
            reader.report(node.line, path, "a page check has at most one of count, equals, exists, includes; found \(assertions.map(\.key).joined(separator: ", "))")
        } else if let a = assertions.first {
            let p = FieldReader.join(path, a.key)
            switch a.key {
            case "count": if let n = reader.int(a.value, p, min: 0) { assertion = .count(n) }
            case "equals": if let s = scalarTextAllowEmpty(a.value, p) { assertion = .equals(s) }
            case "includes": if let s = scalarText(a.value, p) { assertion = .includes(s) }
            default:
                if let b = reader.bool(a.value, p) {
                    assertion = b ? .exists : .count(0)
                }
            }
        }
        guard reader.problems.count == before, let url, let xpath else { return nil }
        return PageCheck(url: url, xpath: xpath, assertion: assertion)
    }

    private mutating func scalarTextAllowEmpty(_ node: LocatedJSON, _ path: String) -> String? {
        if node.stringValue != nil { return text(node, path, allowEmpty: true) }
        return scalarText(node, path)
    }

    // MARK: collateral

    private mutating func decodeCollateral(_ node: LocatedJSON, _ path: String) -> CollateralCheck? {
        guard let members = reader.object(node, path, allowed: ["allow"], required: ["allow"]),
            let list = members.first(where: { $0.key == "allow" }),
            let items = reader.array(list.value, FieldReader.join(path, "allow"))
        else { return nil }
        var allow: [CollateralAllowance] = []
        var ok = true
        for (i, item) in items.enumerated() {
            if let a = decodeAllowance(item, FieldReader.index(FieldReader.join(path, "allow"), i)) { allow.append(a) } else { ok = false }
        }
        return ok ? CollateralCheck(allow: allow) : nil
    }

    /// A table name (any change), or `{"table", "rows", "update", "insert", "delete"}`, where
    /// only what is stated may change: no update, insert or delete unless named.
    private mutating func decodeAllowance(_ node: LocatedJSON, _ path: String) -> CollateralAllowance? {
        if node.stringValue != nil {
            return reader.string(node, path).map(CollateralAllowance.anyChange)
        }
        guard let members = reader.object(node, path, allowed: ["delete", "insert", "rows", "table", "update"], required: ["table"]) else {
            return nil
        }
        func field(_ key: String) -> LocatedJSON? { members.first { $0.key == key }?.value }
        let before = reader.problems.count
        guard let table = field("table").flatMap({ reader.string($0, FieldReader.join(path, "table")) }) else { return nil }
        var allowance = CollateralAllowance(table: table, update: [], insert: false, delete: false)
        if let r = field("rows"), let raw = reader.string(r, FieldReader.join(path, "rows")),
            let predicate = render(raw, r, FieldReader.join(path, "rows"), sql: true) {
            allowance.rows = predicate
            // Prepared by the audit like every other statement of the task.
            statements.append(LocatedStatement(
                kind: .sql, text: "SELECT 1 FROM \(SQLValue.quotedIdentifier(table)) WHERE \(predicate)",
                field: FieldReader.join(path, "rows"), line: r.line))
        }
        if let u = field("update") { allowance.update = reader.stringArray(u, FieldReader.join(path, "update"), nonEmpty: true) }
        if let i = field("insert") { allowance.insert = reader.bool(i, FieldReader.join(path, "insert")) ?? false }
        if let d = field("delete") { allowance.delete = reader.bool(d, FieldReader.join(path, "delete")) ?? false }
        if allowance.update == [] && !allowance.insert && !allowance.delete {
            reader.report(node.line, path, "allows nothing: name the columns in update, or set insert or delete")
        }
        return reader.problems.count == before ? allowance : nil
    }
}

/// Load-time checks of literal gold values, so a typo fails `validate`, not a run.
enum GoldFormat {
    static func number(_ s: String) -> String? {
        Double(s.filter { $0 != "," }) == nil ? "'\(s)' is not a number" : nil
    }

    static func currency(_ s: String) -> String? {
        var digits = ""
        for c in s where c.isNumber || c == "." || c == "-" { digits.append(c) }
        return Double(digits) == nil ? "'\(s)' is not an amount of money, e.g. 12.50 or \"$12.50\"" : nil
    }

    static func count(_ s: String) -> String? {
        guard let n = Double(s.filter { $0 != "," }), n >= 0, n.rounded() == n else {
            return "'\(s)' is not a count (a whole number such as 4)"
        }
        return nil
    }

    static func phone(_ s: String) -> String? {
        (7...15).contains(s.filter(\.isWholeNumber).count) ? nil : "'\(s)' is not a phone number (7 to 15 digits)"
    }

    static func date(_ s: String) -> String? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), (1...daysIn(month: m, year: y)).contains(d)
        else { return "'\(s)' is not an ISO date (YYYY-MM-DD)" }
        return nil
    }

    static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    static func month(_ s: String) -> String? {
        let lower = s.lowercased()
        if monthNames.contains(lower) { return nil }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, parts[0].count == 4, Int(parts[0]) != nil, let m = Int(parts[1]), (1...12).contains(m) {
            return nil
        }
        return "'\(s)' is not a month (a month name such as March, or YYYY-MM)"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
