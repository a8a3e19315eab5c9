import Tasks
import Vocabulary

/// Evaluates declared checks against a frozen episode.
///
/// Every check yields passed, a score and a reason. A check that cannot be evaluated
/// (missing state, SQL error, unreachable page) fails with `isError` set, so the
/// harness can tell a broken task or host from an agent's failure.
public struct CheckEvaluator: Sendable {
    public init() {}

    public func evaluate(_ check: Check, in context: CheckContext) async -> CheckResult {
        switch check {
        case .all(let checks):
            var children: [CheckResult] = []
            for c in checks { children.append(await evaluate(c, in: context)) }
            let passed = children.allSatisfy(\.passed)
            let failed = children.filter { !$0.passed }
            let score = children.isEmpty ? 1 : children.map(\.score).reduce(0, +) / Double(children.count)
            let reason = passed ? "all \(children.count) checks passed"
                : "\(failed.count) of \(children.count) checks failed: " + failed.map { "\($0.kind): \($0.reason)" }.joined(separator: "; ")
            return CheckResult(kind: "all", passed: passed, score: score, reason: reason, children: children)
        case .any(let checks):
            var children: [CheckResult] = []
            for c in checks { children.append(await evaluate(c, in: context)) }
            let winner = children.first { $0.passed }
            let score = children.map(\.score).max() ?? 0
            let reason = winner.map { "passed by \($0.kind): \($0.reason)" }
                ?? "none of \(children.count) alternatives passed: " + children.map { "\($0.kind): \($0.reason)" }.joined(separator: "; ")
            return CheckResult(kind: "any", passed: winner != nil, score: score, reason: reason, children: children)
        case .answer(let a):
            var golds: [String] = []
            let given = context.answer.map { $0.status == .ok ? $0.text : "\($0.status.rawValue): \($0.text)" }
            return answer(a, context, resolved: &golds).showing(
                expected: check.description + (golds.isEmpty ? "" : "\ngold: " + golds.map { "'\($0)'" }.joined(separator: ", ")),
                actual: given ?? "no answer")
        case .url(let u): return url(u, context).showing(expected: check.description, actual: context.finalURL ?? "no final URL")
        case .state(let s): return state(s, context)
        case .request(let r): return request(r, context)
        case .page(let p): return await page(p, context)
        case .collateral(let c): return collateral(c, context)
        }
    }

    // MARK: answer

    /// `resolved` collects the gold values that queries computed, for the page.
    private func answer(_ check: AnswerCheck, _ context: CheckContext, resolved: inout [String]) -> CheckResult {
        guard let answer = context.answer else {
            return CheckResult(kind: "answer", passed: false, reason: "the agent gave no answer")
        }
        guard answer.status == .ok else {
            return CheckResult(kind: "answer", passed: false, reason: "the agent answered with status \(answer.status.rawValue)")
        }
        if AnswerText(answer.text).isEmpty {
            return CheckResult(kind: "answer", passed: false, reason: "the answer is empty")
        }
        var reasons: [String] = []
        for matcher in check.matchers {
            let gold: [String]
            switch resolve(matcher.gold, context) {
            case .success(let values): gold = values
            case .failure(let error): return .error("answer", error.reason)
            }
            switch matcher.gold {
            case .query?, .anyOfRows?: resolved += gold
            case .literal?, nil: break
            }
            if gold.isEmpty { return .error("answer", "the gold query returned no rows") }
            if matcher.isSingleValued, gold.count != 1, !matcher.acceptsTies {
                return .error("answer", "the gold query returned \(gold.count) rows; \(matcher) needs one")
            }
            let outcome = AnswerMatching.evaluate(
                matcher, answer: answer.text, gold: AnswerMatching.Gold(values: gold, goal: context.goal))
            if !outcome.passed { return CheckResult(kind: "answer", passed: false, reason: outcome.reason) }
            reasons.append(outcome.reason)
        }
        return CheckResult(kind: "answer", passed: true, reason: reasons.joined(separator: "; "))
    }

    struct Failure: Error {
        var reason: String
    }

    private func resolve(_ gold: GoldValue?, _ context: CheckContext) -> Result<[String], Failure> {
        switch gold {
        case nil: return .success([""])
        case .literal(let values): return .success(values)
        case .query(let sql, let instance), .anyOfRows(let sql, let instance):
            guard let state = context.state else { return .failure(Failure(reason: "no state to compute the gold value from")) }
            do {
                return .success(try state.rows(sql, instance: instance).map { $0.first?.text ?? "" })
            } catch {
                return .failure(Failure(reason: "gold query failed: \(error)"))
            }
        }
    }

    // MARK: url

    private func url(_ check: URLCheck, _ context: CheckContext) -> CheckResult {
        let location: String
        switch check.target {
        case .equals(let l), .pathPrefix(let l): location = l
        }
        guard let resolved = context.resolve(location), let expected = CanonicalURL(resolved) else {
            return .error("url", "cannot resolve '\(location)': no base URL for its sandbox")
        }
        guard let finalText = context.finalURL else {
            return CheckResult(kind: "url", passed: false, reason: "no final URL")
        }
        guard let actual = CanonicalURL(finalText) else {
            return CheckResult(kind: "url", passed: false, reason: "final URL '\(finalText)' is not a valid URL")
        }
        guard actual.sameOrigin(expected) else {
            return CheckResult(kind: "url", passed: false, reason: "final URL \(actual) is on another origin than \(expected)")
        }
        switch check.target {
        case .equals:
            guard actual.path == expected.path else {
                return CheckResult(kind: "url", passed: false, reason: "path \(actual.path) is not \(expected.path)")
            }
            let got = actual.query(ignoring: check.ignoreQuery)
            let want = expected.query(ignoring: check.ignoreQuery)
            guard CanonicalURL.sameQuery(got, want) else {
                let show = { (q: [NameValue]) in q.isEmpty ? "(none)" : q.map { "\($0.name)=\($0.value)" }.joined(separator: "&") }
                return CheckResult(kind: "url", passed: false, reason: "query \(show(got)) is not \(show(want))")
            }
            return CheckResult(kind: "url", passed: true, reason: "final URL is \(expected)")
        case .pathPrefix:
            let prefix = expected.path.hasSuffix("/") ? expected.path : expected.path + "/"
            if actual.path == expected.path || actual.path.hasPrefix(prefix) {
                return CheckResult(kind: "url", passed: true, reason: "final path \(actual.path) is under \(expected.path)")
            }
            return CheckResult(kind: "url", passed: false, reason: "final path \(actual.path) is not under \(expected.path)")
        }
    }

    // MARK: state

    private func state(_ check: StateCheck, _ context: CheckContext) -> CheckResult {
        guard let state = context.state else { return .error("state", "no state to query").showing(expected: check.description, actual: nil) }
        let got: [[SQLValue]]
        let want: [[SQLValue]]
        do {
            got = try state.rows(check.query, instance: check.instance)
        } catch {
            return .error("state", "query failed: \(error)").showing(expected: check.description, actual: nil)
        }
        switch check.expect {
        case .rows(let rows): want = rows
        case .query(let sql, let instance):
            do {
                want = try state.rows(sql, instance: instance)
            } catch {
                return .error("state", "expect_query failed: \(error)")
                    .showing(expected: check.description, actual: StateComparison.show(got, limit: StateComparison.shownOnPages))
            }
        }
        let equal: Bool
        if check.ordered {
            equal = got.count == want.count && zip(got, want).allSatisfy(StateComparison.rowsMatch)
        } else {
            equal = StateComparison.sorted(got).elementsEqual(StateComparison.sorted(want), by: StateComparison.rowsMatch)
        }
        var expected = check.description
        if case .query = check.expect { expected += "\n= " + StateComparison.show(want, limit: StateComparison.shownOnPages) }
        let actual = StateComparison.show(got, limit: StateComparison.shownOnPages)
        if equal {
            return CheckResult(kind: "state", passed: true, reason: "\(got.count) row(s) as expected")
                .showing(expected: expected, actual: actual)
        }
        return CheckResult(
            kind: "state", passed: false,
            reason: "rows \(StateComparison.show(got)) differ from expected \(StateComparison.show(want))"
        ).showing(expected: expected, actual: actual)
    }

    // MARK: request

    private func request(_ check: RequestCheck, _ context: CheckContext) -> CheckResult {
        let wantPath = CanonicalURL.normalizePath(check.path)
        let matches = context.requests.filter { RequestMatching.matches($0, check, wantPath: wantPath) }
        let description = RequestMatching.describe(check)
        let none = "none of \(context.requests.count) requests"
        if check.absent {
            if let first = matches.first {
                return CheckResult(kind: "request", passed: false, reason: "\(description) happened: \(RequestMatching.describe(first))")
                    .showing(expected: check.description, actual: RequestMatching.describe(first))
            }
            return CheckResult(kind: "request", passed: true, reason: "no \(description) in \(context.requests.count) requests")
                .showing(expected: check.description, actual: none)
        }
        if let first = matches.first {
            return CheckResult(kind: "request", passed: true, reason: "\(description) happened: \(RequestMatching.describe(first))")
                .showing(expected: check.description, actual: RequestMatching.describe(first))
        }
        let near = context.requests.last {
            CanonicalURL.normalizePath($0.path) == wantPath && (check.sandbox == nil || $0.sandbox == check.sandbox)
        }
        let hint = near.map { "; nearest: \(RequestMatching.describe($0))" } ?? ""
        return CheckResult(kind: "request", passed: false, reason: "no \(description) in \(context.requests.count) requests\(hint)")
            .showing(expected: check.description, actual: none + hint)
    }

    // MARK: page

    private func page(_ check: PageCheck, _ context: CheckContext) async -> CheckResult {
        var found: String?
        let result = await page(check, context, found: &found)
        return result.showing(expected: check.description, actual: found)
    }

    /// `found` receives the matched texts, for the page.
    private func page(_ check: PageCheck, _ context: CheckContext, found: inout String?) async -> CheckResult {
        guard let pages = context.pages else { return .error("page", "no page fetcher") }
        guard let url = context.resolve(check.url) else {
            return .error("page", "cannot resolve '\(check.url)': no base URL for its sandbox")
        }
        let html: [UInt8]
        do {
            html = try await pages.fetch(url: url)
        } catch {
            return .error("page", "fetching \(url) failed: \(error)")
        }
        let result: HTMLXPath.Result
        do {
            result = try HTMLXPath.evaluate(html: html, xpath: check.xpath)
        } catch {
            return .error("page", error.reason)
        }
        let texts: [String]
        switch result {
        case .nodes(let t): texts = t.map(HTMLXPath.collapse)
        case .scalar(let s): texts = [HTMLXPath.collapse(s)]
        }
        let shown = texts.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
        found = texts.isEmpty ? "nothing matches" : texts.prefix(StateComparison.shownOnPages).map { "'\($0)'" }.joined(separator: "\n")
        switch check.assertion {
        case .exists:
            return texts.isEmpty
                ? CheckResult(kind: "page", passed: false, reason: "nothing matches \(check.xpath) on \(check.url)")
                : CheckResult(kind: "page", passed: true, reason: "\(texts.count) node(s) match \(check.xpath)")
        case .count(let n):
            return CheckResult(
                kind: "page", passed: texts.count == n,
                reason: "\(texts.count) node(s) match \(check.xpath), expected \(n)")
        case .equals(let want):
            guard let first = texts.first else {
                return CheckResult(kind: "page", passed: false, reason: "nothing matches \(check.xpath) on \(check.url)")
            }
            let w = HTMLXPath.collapse(want)
            return first == w
                ? CheckResult(kind: "page", passed: true, reason: "\(check.xpath) is '\(w)'")
                : CheckResult(kind: "page", passed: false, reason: "\(check.xpath) is '\(first)', expected '\(w)' (found \(shown))")
        case .includes(let phrase):
            guard let first = texts.first else {
                return CheckResult(kind: "page", passed: false, reason: "nothing matches \(check.xpath) on \(check.url)")
            }
            let ok = !AnswerText(first).mentions(of: AnswerText(phrase)).affirmed.isEmpty
            return CheckResult(
                kind: "page", passed: ok,
                reason: ok ? "\(check.xpath) includes '\(phrase)'" : "\(check.xpath) is '\(first)', which lacks '\(phrase)'")
        }
    }

    // MARK: collateral

    private func collateral(_ check: CollateralCheck, _ context: CheckContext) -> CheckResult {
        guard let state = context.state else { return .error("collateral", "no state to diff") }
        let diff: StateDiff
        let violations: [CollateralAudit.Violation]
        do {
            diff = try context.diff ?? StateDiff.compute(state)
            violations = try CollateralAudit(state: state, allow: check.allow, sessionTables: context.sessionTables)
                .violations(in: diff)
        } catch {
            return .error("collateral", "comparing the final state with the initial one failed: \(error)")
        }
        let changed = diff.isEmpty ? "nothing changed" : diff.changes.map { "\($0.table) +\($0.added)/-\($0.removed)" }.joined(separator: ", ")
        let allowed = context.sessionTables + check.allow.map(\.description)
        let expected = "nothing else changes but: " + (allowed.isEmpty ? "nothing" : allowed.joined(separator: "; "))
        if violations.isEmpty {
            let touched = diff.changes.map(\.table)
            return CheckResult(
                kind: "collateral", passed: true,
                reason: touched.isEmpty ? "nothing changed" : "only allowed changes (\(touched.joined(separator: ", ")))"
            ).showing(expected: expected, actual: changed)
        }
        let shown = violations.prefix(StateComparison.shownOnPages).map(\.text)
        let more = violations.count > shown.count ? " … \(violations.count) in all" : ""
        return CheckResult(kind: "collateral", passed: false, reason: "unexpected changes: " + shown.joined(separator: "; ") + more)
            .showing(expected: expected, actual: changed)
    }
}

extension AnswerMatcher {
    /// Matchers compared with one gold value rather than a list.
    var isSingleValued: Bool {
        switch self {
        case .exact, .number, .currency, .count, .rating, .phone, .name, .status, .date, .month: true
        case .mustInclude, .mustExclude, .oneOf, .set, .list: false
        }
    }

    /// Whether the gold is a tie, so that every row it returns is a right answer.
    var acceptsTies: Bool {
        if case .anyOfRows = gold { return true }
        return false
    }

    var gold: GoldValue? {
        switch self {
        case .exact(let g), .mustInclude(let g), .mustExclude(let g), .number(let g, _), .currency(let g, _),
            .count(let g), .rating(let g, _), .phone(let g), .name(let g), .status(let g), .date(let g, _),
            .month(let g), .set(let g), .list(let g):
            g
        case .oneOf: nil
        }
    }

    /// The matcher's key in task files, for reasons.
    var key: String {
        switch self {
        case .exact: "exact"
        case .mustInclude: "must_include"
        case .mustExclude: "must_exclude"
        case .oneOf: "one_of"
        case .number: "number"
        case .currency: "currency"
        case .count: "count"
        case .rating: "rating"
        case .phone: "phone"
        case .name: "name"
        case .status: "status"
        case .date: "date"
        case .month: "month"
        case .set: "set"
        case .list: "list"
        }
    }
}

enum StateComparison {
    static func rowsMatch(_ a: [SQLValue], _ b: [SQLValue]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.matches($1) }
    }

    static func sorted(_ rows: [[SQLValue]]) -> [[SQLValue]] {
        rows.map { ($0, StateDiff.key($0)) }.sorted { $0.1 < $1.1 }.map(\.0)
    }

    /// Rows an episode page shows of a check's expectation and result.
    static let shownOnPages = 20

    static func show(_ rows: [[SQLValue]], limit: Int = 5) -> String {
        let shown = rows.prefix(limit).map { "[" + $0.map(\.description).joined(separator: ", ") + "]" }
        return "[" + shown.joined(separator: ", ") + (rows.count > limit ? ", … \(rows.count) rows" : "") + "]"
    }
}

enum RequestMatching {
    static func matches(_ r: RequestRecord, _ c: RequestCheck, wantPath: String) -> Bool {
        if let s = c.sandbox, r.sandbox != s { return false }
        if let m = c.method, r.method.uppercased() != m { return false }
        if CanonicalURL.normalizePath(r.path) != wantPath { return false }
        if let status = c.status, r.status != status { return false }
        if let redirect = c.redirect {
            guard let location = r.redirect, redirectPath(location) == CanonicalURL.normalizePath(redirect) else { return false }
        }
        return contains(r.query.pairs, c.query) && contains(r.form.pairs, c.form)
    }

    /// Every wanted pair occurs, each matched by a distinct field of the request.
    static func contains(_ fields: [NameValue], _ wanted: [NameValue]) -> Bool {
        var remaining = fields
        for w in wanted {
            guard let i = remaining.firstIndex(where: { $0.name == w.name && $0.value == w.value }) else { return false }
            remaining.remove(at: i)
        }
        return true
    }

    /// The path of a `Location`, absolute or relative; a query in it is dropped.
    static func redirectPath(_ location: String) -> String {
        var rest = location[...]
        if let scheme = rest.firstRange(of: "://") {
            rest = rest[scheme.upperBound...]
            rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? "/"
        }
        if let q = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<q] }
        return CanonicalURL.normalizePath(String(rest))
    }

    static func describe(_ c: RequestCheck) -> String {
        var s = (c.method ?? "request") + " " + c.path
        let fields = c.query + c.form
        if !fields.isEmpty { s += " with " + fields.map { "\($0.name)=\($0.value)" }.joined(separator: ", ") }
        if let status = c.status { s += " returning \(status)" }
        if let redirect = c.redirect { s += " to \(redirect)" }
        return s
    }

    static func describe(_ r: RequestRecord) -> String {
        var s = "\(r.method) \(r.sandbox):\(r.path)"
        if !r.query.isEmpty { s += "?" + r.query.pairs.map { "\($0.name)=\($0.value)" }.joined(separator: "&") }
        if !r.form.isEmpty { s += " [" + r.form.pairs.map { "\($0.name)=\($0.value)" }.joined(separator: ", ") + "]" }
        s += " → \(r.status)"
        if let redirect = r.redirect { s += " \(redirect)" }
        return s
    }
}
