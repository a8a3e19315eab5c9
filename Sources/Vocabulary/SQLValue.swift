/// One SQLite value: what an instance query returns and what state checks compare.
public enum SQLValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    /// SQLite compares 2 and 2.0 as equal; so do checks, since whether a column
    /// holds an integer or a real is a storage detail, not the task's meaning.
    public func matches(_ other: SQLValue) -> Bool {
        switch (self, other) {
        case (.integer(let a), .real(let b)), (.real(let b), .integer(let a)):
            return Double(a) == b
        default:
            return self == other
        }
    }

    public var description: String {
        switch self {
        case .null: "NULL"
        case .integer(let i): String(i)
        case .real(let d): SQLValue.format(d)
        case .text(let s): "'" + s.replacingOccurrences("'", with: "''") + "'"
        case .blob(let b): "x'" + b.map { byte in
            let h = String(byte, radix: 16)
            return h.count == 1 ? "0" + h : h
        }.joined() + "'"
        }
    }

    /// `name` as an SQLite identifier: double-quoted, inner quotes doubled.
    public static func quotedIdentifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences("\"", with: "\"\"") + "\""
    }

    /// The value as plain text, as an answer check sees it.
    public var text: String {
        switch self {
        case .null: ""
        case .integer(let i): String(i)
        case .real(let d): SQLValue.format(d)
        case .text(let s): s
        case .blob(let b): String(decoding: b, as: UTF8.self)
        }
    }

    /// Integral reals print without a fraction, so `2.0` reads like the `2` an author wrote.
    static func format(_ d: Double) -> String {
        if d.rounded() == d, abs(d) < 1e15 { return String(Int64(d)) }
        return String(d)
    }

    /// A key that sorts and groups equal values together, with 2 and 2.0 the same.
    public var sortKey: String {
        switch self {
        case .null: "0:"
        case .integer(let i): "1:" + SQLValue.format(Double(i))
        case .real(let d): "1:" + SQLValue.format(d)
        case .text(let s): "2:" + s
        case .blob(let b): "3:" + b.map(String.init).joined(separator: ",")
        }
    }
}

extension String {
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        out += rest
        return out
    }
}
