/// A JSON value: the one type for protocol messages, task files, generated tasks and
/// reports. Objects keep their members in source order; `JSONWriter` decides whether
/// they are written in that order (protocol lines) or sorted (canonical forms).
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// Integers that fit in 64 bits stay exact (seeds are 64-bit).
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// A pre-encoded fragment written verbatim: observation trees rendered by their own
    /// fast renderer, and numbers with a fixed number of decimals (`fixed`).
    case raw(RawJSON)

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.double(a), .double(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case let (.raw(a), .raw(b)): return a == b
        default: return false
        }
    }

    /// The member named `key` of an object (first occurrence), or nil.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        for (name, value) in members where name == key { return value }
        return nil
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// Integers, and doubles with no fractional part.
    public var intValue: Int64? {
        switch self {
        case .int(let i): return i
        case .double(let d) where d.rounded() == d && abs(d) < 9.0e15: return Int64(d)
        default: return nil
        }
    }

    public var doubleValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The JSON type name, for error messages.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .int, .double: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        case .raw: return "raw JSON"
        }
    }

    /// The members of an object, in source order, or nil.
    public var members: [(String, JSONValue)]? {
        if case .object(let m) = self { return m }
        return nil
    }

    /// A measurement written with exactly `decimals` digits after the point (`2.300`), so
    /// reports that print it are byte-stable whatever the shortest form of the double.
    public static func fixed(_ x: Double, decimals: Int = 3) -> JSONValue {
        guard x.isFinite else { return .null }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let units = Int((abs(x) * scale).rounded())
        let whole = units / Int(scale)
        let fraction = String(units % Int(scale))
        let sign = x < 0 && units > 0 ? "-" : ""
        let text = decimals == 0
            ? sign + String(whole)
            : sign + String(whole) + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        return .raw(RawJSON(unchecked: text))
    }
}
