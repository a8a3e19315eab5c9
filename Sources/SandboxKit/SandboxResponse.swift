/// What a sandbox answers. Headers are ordered pairs so the wire output is deterministic.
public struct SandboxResponse: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: [UInt8]
    /// What the body was made from, for a caller in the same process (`HostExchange`) that
    /// would otherwise parse the body back (the phone's laid-out screen). HTTP never sends it.
    public var attachment: (any Sendable)?

    public init(status: Int, headers: [(String, String)] = [], body: [UInt8] = [], attachment: (any Sendable)? = nil) {
        self.status = status
        self.headers = headers
        self.body = body
        self.attachment = attachment
    }

    public static func html(_ text: String, status: Int = 200) -> SandboxResponse {
        SandboxResponse(status: status, headers: [("Content-Type", "text/html; charset=utf-8")], body: Array(text.utf8))
    }

    public static func html(_ markup: HTMLWriter, status: Int = 200) -> SandboxResponse {
        SandboxResponse(status: status, headers: [("Content-Type", "text/html; charset=utf-8")], body: markup.bytes)
    }

    public static func text(_ text: String, status: Int) -> SandboxResponse {
        SandboxResponse(status: status, headers: [("Content-Type", "text/plain; charset=utf-8")], body: Array(text.utf8))
    }

    /// Post/Redirect/Get: 303 so the browser follows with a GET.
    public static func redirect(to location: String) -> SandboxResponse {
        SandboxResponse(status: 303, headers: [("Location", location)])
    }

    public var location: String? {
        headers.first { $0.0.lowercased() == "location" }?.1
    }

    public func settingCookie(_ name: String, _ value: String, maxAge: Int? = nil) -> SandboxResponse {
        var copy = self
        var cookie = "\(name)=\(value); Path=/; HttpOnly; SameSite=Lax"
        if let maxAge { cookie += "; Max-Age=\(maxAge)" }
        copy.headers.append(("Set-Cookie", cookie))
        return copy
    }
}
