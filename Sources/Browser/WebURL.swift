import Foundation

/// An absolute http URL, parsed once: what the browser fetches and the allow-list judges.
public struct WebURL: Sendable, Hashable, CustomStringConvertible {
    public let scheme: String
    public let host: String
    public let port: Int
    /// Path and query as sent on the request line, e.g. `/search?q=red`.
    public let target: String
    public var string: String { "\(scheme)://\(host):\(port)\(target)" }
    public var description: String { string }
    public var origin: Origin { Origin(host: host, port: port) }

    public var path: String { String(target.prefix { $0 != "?" && $0 != "#" }) }

    /// Parses an absolute URL; nil unless it is `http://host[:port]/…`.
    public init?(_ string: String) {
        guard let url = URL(string: string), let parsed = WebURL(url: url) else { return nil }
        self = parsed
    }

    init?(url: URL) {
        guard let scheme = url.scheme?.lowercased(), let host = url.host?.lowercased(), !host.isEmpty else { return nil }
        self.scheme = scheme
        self.host = host
        port = url.port ?? (scheme == "https" ? 443 : 80)
        let components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        var target = components?.percentEncodedPath ?? "/"
        if target.isEmpty { target = "/" }
        if let query = components?.percentEncodedQuery { target += "?" + query }
        self.target = target
    }

    /// `reference` resolved against this URL, as a browser resolves an href.
    public func resolve(_ reference: String) -> URL? {
        URL(string: reference.trimmingCharacters(in: .whitespacesAndNewlines), relativeTo: URL(string: string))?.absoluteURL
    }

    /// This URL with its query replaced, for GET form submissions.
    func replacingQuery(_ query: String) -> WebURL {
        WebURL(scheme: scheme, host: host, port: port, target: path + (query.isEmpty ? "" : "?" + query))
    }

    private init(scheme: String, host: String, port: Int, target: String) {
        self.scheme = scheme
        self.host = host
        self.port = port
        self.target = target
    }
}

public struct Origin: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public init(host: String, port: Int) {
        self.host = host.lowercased()
        self.port = port
    }
    public var description: String { "http://\(host):\(port)" }
}
