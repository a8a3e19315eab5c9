import Vocabulary

/// Reads typed fields out of `LocatedJSON`s, recording a `TaskProblem` for every
/// mismatch instead of throwing, so one pass reports everything wrong in a file.
struct FieldReader {
    let file: String
    var problems: [TaskProblem] = []

    init(file: String) {
        self.file = file
    }

    mutating func report(_ line: Int?, _ path: String, _ reason: String) {
        problems.append(TaskProblem(file: file, line: line, field: path, reason: reason))
    }

    static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : path + "." + key
    }

    static func index(_ path: String, _ i: Int) -> String {
        path + "[\(i)]"
    }

    /// The members of an object, after reporting unknown keys and missing required ones.
    mutating func object(
        _ node: LocatedJSON, _ path: String, allowed: [String], required: [String] = []
    ) -> [LocatedJSON.Member]? {
        guard let members = node.members else {
            report(node.line, path, "expected an object, found \(node.typeName)")
            return nil
        }
        for member in members where !allowed.contains(member.key) {
            report(
                member.value.line, FieldReader.join(path, member.key),
                "unknown field (expected one of: \(allowed.sorted().joined(separator: ", ")))")
        }
        for key in required where !members.contains(where: { $0.key == key }) {
            report(node.line, FieldReader.join(path, key), "missing required field")
        }
        return members
    }

    mutating func string(_ node: LocatedJSON, _ path: String, allowEmpty: Bool = false) -> String? {
        guard let s = node.stringValue else {
            report(node.line, path, "expected a string, found \(node.typeName)")
            return nil
        }
        if !allowEmpty && s.trimmingASCIIWhitespace().isEmpty {
            report(node.line, path, "must not be empty")
            return nil
        }
        return s
    }

    mutating func int(_ node: LocatedJSON, _ path: String, min: Int? = nil, max: Int? = nil) -> Int? {
        guard case .int(let wide) = node.value, let value = Int(exactly: wide) else {
            let found = node.typeName == "a number" ? "a non-integer number" : node.typeName
            report(node.line, path, "expected an integer, found \(found)")
            return nil
        }
        if let min, value < min {
            report(node.line, path, "must be at least \(min), found \(value)")
            return nil
        }
        if let max, value > max {
            report(node.line, path, "must be at most \(max), found \(value)")
            return nil
        }
        return value
    }

    mutating func uint64(_ node: LocatedJSON, _ path: String) -> UInt64? {
        guard case .int(let wide) = node.value, let value = UInt64(exactly: wide) else {
            report(node.line, path, "expected a non-negative integer below 2^63, found \(describe(node))")
            return nil
        }
        return value
    }

    mutating func positiveDouble(_ node: LocatedJSON, _ path: String) -> Double? {
        guard let text = node.numberText, let value = node.value.doubleValue else {
            report(node.line, path, "expected a number, found \(node.typeName)")
            return nil
        }
        guard value > 0 else {
            report(node.line, path, "must be greater than 0, found \(text)")
            return nil
        }
        return value
    }

    mutating func nonNegativeDouble(_ node: LocatedJSON, _ path: String) -> Double? {
        guard let text = node.numberText, let value = node.value.doubleValue else {
            report(node.line, path, "expected a number, found \(node.typeName)")
            return nil
        }
        guard value >= 0 else {
            report(node.line, path, "must not be negative, found \(text)")
            return nil
        }
        return value
    }

    mutating func bool(_ node: LocatedJSON, _ path: String) -> Bool? {
        guard case .bool(let b) = node.value else {
            report(node.line, path, "expected true or false, found \(node.typeName)")
            return nil
        }
        return b
    }

    mutating func array(_ node: LocatedJSON, _ path: String, nonEmpty: Bool = false) -> [LocatedJSON]? {
        guard let items = node.elements else {
            report(node.line, path, "expected an array, found \(node.typeName)")
            return nil
        }
        if nonEmpty && items.isEmpty {
            report(node.line, path, "must not be empty")
            return nil
        }
        return items
    }

    mutating func stringArray(_ node: LocatedJSON, _ path: String, nonEmpty: Bool = false) -> [String]? {
        guard let items = array(node, path, nonEmpty: nonEmpty) else { return nil }
        var out: [String] = []
        var ok = true
        for (i, item) in items.enumerated() {
            if let s = string(item, FieldReader.index(path, i)) { out.append(s) } else { ok = false }
        }
        return ok ? out : nil
    }

    mutating func limits(_ node: LocatedJSON, _ path: String) -> Limits? {
        guard let members = object(node, path, allowed: ["episode_seconds", "step_seconds", "steps"]) else {
            return nil
        }
        var limits = Limits()
        for m in members {
            let p = FieldReader.join(path, m.key)
            switch m.key {
            case "steps": limits.steps = int(m.value, p, min: 1)
            case "episode_seconds": limits.episodeSeconds = positiveDouble(m.value, p)
            case "step_seconds": limits.stepSeconds = positiveDouble(m.value, p)
            default: break
            }
        }
        return limits
    }

    private func describe(_ node: LocatedJSON) -> String {
        node.numberText ?? node.typeName
    }
}

extension String {
    func trimmingASCIIWhitespace() -> Substring {
        var s = self[...]
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" { s.removeLast() }
        return s
    }
}
