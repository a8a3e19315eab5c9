/// One-line, human-readable forms of checks, for `gauntlet tasks show` and reports.
extension Check: CustomStringConvertible {
    public var description: String {
        switch self {
        case .all(let cs): "all(" + cs.map(\.description).joined(separator: ", ") + ")"
        case .any(let cs): "any(" + cs.map(\.description).joined(separator: ", ") + ")"
        case .answer(let a): "answer " + a.matchers.map(\.description).joined(separator: " and ")
        case .url(let u): "url " + u.description
        case .state(let s): s.description
        case .request(let r): r.description
        case .page(let p): p.description
        case .collateral(let c): "collateral allows [" + c.allow.map(\.description).joined(separator: ", ") + "]"
        }
    }
}

extension GoldValue: CustomStringConvertible {
    public var description: String {
        switch self {
        case .literal(let v): v.count == 1 ? "'\(v[0])'" : "[" + v.map { "'\($0)'" }.joined(separator: ", ") + "]"
        case .query(let sql, let instance): "query(\(instance.rawValue): \(sql))"
        case .anyOfRows(let sql, let instance): "any row of query(\(instance.rawValue): \(sql))"
        }
    }
}

extension AnswerMatcher: CustomStringConvertible {
    public var description: String {
        switch self {
        case .exact(let g): "exact \(g)"
        case .mustInclude(let g): "must_include \(g)"
        case .mustExclude(let g): "must_exclude \(g)"
        case .oneOf(let accepted, let options):
            "one_of [" + accepted.joined(separator: ", ") + "]"
                + (options.isEmpty ? "" : " of [" + options.joined(separator: ", ") + "]")
        case .number(let g, let t): "number \(g)" + (t > 0 ? " ± \(t)" : "")
        case .currency(let g, let t): "currency \(g)" + (t > 0 ? " ± \(t)" : "")
        case .count(let g): "count \(g)"
        case .rating(let g, let t): "rating \(g)" + (t > 0 ? " ± \(t)" : "")
        case .phone(let g): "phone \(g)"
        case .name(let g): "name \(g)"
        case .status(let g): "status \(g)"
        case .date(let g, let order): "date \(g) (\(order.rawValue))"
        case .month(let g): "month \(g)"
        case .set(let g): "set \(g)"
        case .list(let g): "list \(g)"
        }
    }
}

extension URLCheck: CustomStringConvertible {
    public var description: String {
        let target = switch target {
        case .equals(let u): "equals \(u)"
        case .pathPrefix(let u): "under \(u)"
        }
        return ignoreQuery.isEmpty ? target : target + " ignoring " + ignoreQuery.joined(separator: ", ")
    }
}

extension StateCheck: CustomStringConvertible {
    public var description: String {
        let expected = switch expect {
        case .rows(let rows): "[" + rows.map { "[" + $0.map(\.description).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
        case .query(let sql, let instance): "query(\(instance.rawValue): \(sql))"
        }
        return "state(\(instance.rawValue): \(query)) = \(expected)" + (ordered ? " in order" : "")
    }
}

extension RequestCheck: CustomStringConvertible {
    public var description: String {
        var s = (absent ? "no request " : "request ") + (method ?? "*") + " " + (sandbox.map { $0 + ":" } ?? "") + path
        let fields = query + form
        if !fields.isEmpty { s += " with " + fields.map { "\($0.name)=\($0.value)" }.joined(separator: ", ") }
        if let status { s += " → \(status)" }
        if let redirect { s += " to \(redirect)" }
        return s
    }
}

extension PageCheck: CustomStringConvertible {
    public var description: String {
        let a = switch assertion {
        case .exists: "exists"
        case .count(let n): "count = \(n)"
        case .equals(let s): "= '\(s)'"
        case .includes(let s): "includes '\(s)'"
        }
        return "page \(url) \(xpath) \(a)"
    }
}

extension CollateralAllowance: CustomStringConvertible {
    /// `carts`, or `addresses where customer_id = 7: update is_default` for a narrower one.
    public var description: String {
        if isWholeTable { return table }
        var parts: [String] = []
        if let update { parts.append(update.isEmpty ? "no update" : "update " + update.joined(separator: " ")) }
        if insert { parts.append("insert") }
        if delete { parts.append("delete") }
        return table + (rows.map { " where " + $0 } ?? "") + ": " + parts.joined(separator: ", ")
    }
}
