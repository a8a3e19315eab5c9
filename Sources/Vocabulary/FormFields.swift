/// Ordered name/value pairs from a query string or an urlencoded body.
///
/// Order and repeats are kept (a facet filter sends `brand=A&brand=B`), and the
/// request log stores them exactly as sent so checkers see what the agent did.
public struct FormFields: Sendable, Equatable, Codable {
    public var pairs: [NameValue]

    public init(pairs: [NameValue] = []) {
        self.pairs = pairs
    }

    /// Parses `a=1&b=x+y&c=%C3%A9`. Malformed escapes are kept literally rather than rejected:
    /// a sandbox must answer every request, and the log must show what arrived.
    public init(urlEncoded text: Substring) {
        var result: [NameValue] = []
        for part in text.split(separator: "&", omittingEmptySubsequences: true) {
            if let eq = part.firstIndex(of: "=") {
                result.append(NameValue(name: Self.decode(part[..<eq]), value: Self.decode(part[part.index(after: eq)...])))
            } else {
                result.append(NameValue(name: Self.decode(part), value: ""))
            }
        }
        pairs = result
    }

    public init(urlEncoded text: String) {
        self.init(urlEncoded: Substring(text))
    }

    /// The first value for `name`, or nil.
    public subscript(name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// Every value for `name`, in order.
    public func all(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value)
    }

    /// The first value, trimmed; nil when missing or blank.
    public func nonEmpty(_ name: String) -> String? {
        guard let raw = self[name] else { return nil }
        // Unicode White_Space, as Foundation's whitespacesAndNewlines: the statically
        // linked example agent uses this module, and must not pull in Foundation.
        var scalars = raw.unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return scalars.isEmpty ? nil : String(scalars)
    }

    public var isEmpty: Bool { pairs.isEmpty }

    /// Encodes back to `a=1&b=x+y`, for links that keep the current filters.
    public var urlEncoded: String {
        pairs.map { Self.encode($0.name) + "=" + Self.encode($0.value) }.joined(separator: "&")
    }

    public static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
                UInt8(ascii: "."), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "):
                out.append("+")
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out.append("%" + (hex.count == 1 ? "0" + hex : hex))
            }
        }
        return out
    }

    public static func decode(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), iterator.count >= 2,
                let value = UInt8(String(decoding: iterator.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}


extension FormFields: ExpressibleByArrayLiteral {
    public init(arrayLiteral pairs: NameValue...) {
        self.init(pairs: pairs)
    }
}

/// One name and value: a query or form field, or a task parameter.
public struct NameValue: Sendable, Hashable, Codable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    public init(name: String, value: String) {
        self.init(name, value)
    }
}
