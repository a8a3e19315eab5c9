import Vocabulary

/// A request as a sandbox sees it: the path is relative to the sandbox's origin, whatever
/// way (subdomain or path prefix) it arrived.
public struct SandboxRequest: Sendable {
    public var method: String
    public var path: String
    public var query: FormFields
    public var form: FormFields
    public var cookies: [String: String]

    public init(method: String, path: String, query: FormFields = FormFields(), form: FormFields = FormFields(), cookies: [String: String] = [:]) {
        self.method = method
        self.path = path
        self.query = query
        self.form = form
        self.cookies = cookies
    }

    public var isPost: Bool { method == "POST" }

    /// Parses a `Cookie:` header value.
    public static func parseCookies(_ header: String?) -> [String: String] {
        guard let header else { return [:] }
        var cookies: [String: String] = [:]
        for part in header.split(separator: ";") {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard let eq = trimmed.firstIndex(of: "=") else { continue }
            cookies[String(trimmed[..<eq])] = String(trimmed[trimmed.index(after: eq)...])
        }
        return cookies
    }
}

import Foundation
