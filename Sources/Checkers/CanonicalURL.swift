import Tasks
import Vocabulary

/// A URL reduced to what two equal URLs share.
///
/// - scheme and host lower-cased; the scheme's default port dropped;
/// - percent-encoding normalised: unreserved characters decoded, other escapes
///   upper-cased; `.` and `..` segments removed; an empty path is `/`;
/// - the path otherwise exact: `/cart` and `/cart/` differ (except the root);
/// - the query decoded (`+` is a space) and compared as a multiset of pairs;
/// - the fragment dropped: it never reaches the server.
public struct CanonicalURL: Sendable, Equatable, CustomStringConvertible {
    public var scheme: String
    public var host: String
    public var port: Int?
    public var path: String
    /// Decoded pairs, sorted so that equal multisets compare equal.
    public var query: [NameValue]

    public init?(_ text: String) {
        guard let schemeEnd = text.firstRange(of: "://") else { return nil }
        let scheme = text[..<schemeEnd.lowerBound].lowercased()
        guard !scheme.isEmpty, scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }) else { return nil }
        var rest = text[schemeEnd.upperBound...]
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        var authority = rest[..<authorityEnd]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        var host = String(authority)
        var port: Int?
        if let colon = authority.lastIndex(of: ":"), !authority[colon...].contains("]") {
            host = String(authority[..<colon])
            let portText = authority[authority.index(after: colon)...]
            if !portText.isEmpty {
                guard let p = Int(portText), (0...65535).contains(p) else { return nil }
                port = p
            }
        }
        guard !host.isEmpty else { return nil }
        let defaults = ["http": 80, "https": 443, "ws": 80, "wss": 443]
        if port == defaults[scheme] { port = nil }
        rest = rest[authorityEnd...]
        var pathPart = rest
        var queryPart: Substring = ""
        if let q = rest.firstIndex(of: "?") {
            pathPart = rest[..<q]
            queryPart = rest[rest.index(after: q)...]
        }
        self.scheme = scheme
        self.host = host.lowercased()
        self.port = port
        self.path = CanonicalURL.normalizePath(String(pathPart))
        self.query = CanonicalURL.parseQuery(String(queryPart))
    }

    public var description: String {
        var s = "\(scheme)://\(host)"
        if let port { s += ":\(port)" }
        s += path
        if !query.isEmpty {
            s += "?" + query.map { "\(CanonicalURL.encode($0.name))=\(CanonicalURL.encode($0.value))" }.joined(separator: "&")
        }
        return s
    }

    /// Same scheme, host and port.
    public func sameOrigin(_ other: CanonicalURL) -> Bool {
        scheme == other.scheme && host == other.host && port == other.port
    }

    /// The query without the ignored names.
    public func query(ignoring names: [String]) -> [NameValue] {
        query.filter { !names.contains($0.name) }
    }

    // MARK: - Normalisation

    /// Percent-encoding normalised and dot segments removed.
    public static func normalizePath(_ raw: String) -> String {
        let normalized = normalizeEscapes(raw.isEmpty ? "/" : raw)
        var output: [Substring] = []
        let segments = normalized.split(separator: "/", omittingEmptySubsequences: false)
        for (i, segment) in segments.enumerated() {
            if i == 0 { continue }  // before the leading "/"
            switch segment {
            case ".":
                if i == segments.count - 1 { output.append("") }
            case "..":
                if !output.isEmpty { output.removeLast() }
                if i == segments.count - 1 { output.append("") }
            default: output.append(segment)
            }
        }
        return "/" + output.joined(separator: "/")
    }

    private static func isUnreserved(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
            || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x7E
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: b - 0x30
        case 0x41...0x46: b - 0x41 + 10
        case 0x61...0x66: b - 0x61 + 10
        default: nil
        }
    }

    /// Decodes escapes of unreserved characters, upper-cases the others, and escapes
    /// raw bytes that should have been escaped (spaces, non-ASCII).
    static func normalizeEscapes(_ s: String) -> String {
        let bytes = Array(s.utf8)
        var out: [UInt8] = []
        var i = 0
        let hex = Array("0123456789ABCDEF".utf8)
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x25, i + 2 < bytes.count, let hi = hexValue(bytes[i + 1]), let lo = hexValue(bytes[i + 2]) {
                let v = hi << 4 | lo
                if isUnreserved(v) { out.append(v) } else { out += [0x25, hex[Int(hi)], hex[Int(lo)]] }
                i += 3
            } else if b <= 0x20 || b >= 0x7F || b == 0x22 || b == 0x3C || b == 0x3E || b == 0x5C || b == 0x5E
                || b == 0x60 || b == 0x7B || b == 0x7C || b == 0x7D || b == 0x25
            {
                out += [0x25, hex[Int(b >> 4)], hex[Int(b & 0x0F)]]
                i += 1
            } else {
                out.append(b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Fully decodes an `application/x-www-form-urlencoded` component.
    public static func decodeComponent(_ s: Substring) -> String {
        let bytes = Array(s.utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x2B {
                out.append(0x20)
                i += 1
            } else if bytes[i] == 0x25, i + 2 < bytes.count, let hi = hexValue(bytes[i + 1]), let lo = hexValue(bytes[i + 2]) {
                out.append(hi << 4 | lo)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func parseQuery(_ raw: String) -> [NameValue] {
        raw.split(separator: "&").compactMap { item -> NameValue? in
            guard !item.isEmpty else { return nil }
            if let eq = item.firstIndex(of: "=") {
                return NameValue(decodeComponent(item[..<eq]), decodeComponent(item[item.index(after: eq)...]))
            }
            return NameValue(decodeComponent(item), "")
        }.sorted { ($0.name, $0.value) < ($1.name, $1.value) }
    }

    static func encode(_ s: String) -> String {
        var out = ""
        let hex = Array("0123456789ABCDEF")
        for b in s.utf8 {
            if isUnreserved(b) { out.append(Character(Unicode.Scalar(b))) } else {
                out += "%" + String(hex[Int(b >> 4)]) + String(hex[Int(b & 0x0F)])
            }
        }
        return out
    }
}
