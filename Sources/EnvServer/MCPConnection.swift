import Vocabulary

/// One MCP client: JSON-RPC 2.0 messages (`initialize`, `tools/list`, `tools/call`,
/// `ping`, notifications) over one session. Transports (stdio lines, `/mcp` posts)
/// hand each message here and send back what it returns.
public struct MCPConnection: Sendable {
    /// Handshake versions this server speaks; a client asking for another gets the newest.
    static let versions = ["2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25"]

    public let session: EnvSession
    let catalog: TaskCatalog

    init(session: EnvSession, catalog: TaskCatalog) {
        self.session = session
        self.catalog = catalog
    }

    /// The reply to one message, or nil for a notification (no `id`).
    public func handle(_ text: String) async -> JSONValue? {
        let message: JSONValue
        do {
            message = try JSONParser.parse(text)
        } catch {
            return Self.error(nil, code: -32700, "Parse error: \(error)")
        }
        let id = message["id"]
        guard let method = message["method"]?.stringValue else {
            return id == nil ? nil : Self.error(id, code: -32600, "Invalid request: no 'method'")
        }
        guard let id, !id.isNull else { return nil }
        let params = message["params"] ?? .object([])
        switch method {
        case "initialize":
            let asked = params["protocolVersion"]?.stringValue ?? ""
            return Self.result(id, .object([
                ("protocolVersion", .string(Self.versions.contains(asked) ? asked : Self.versions.last!)),
                ("capabilities", .object([("tools", .object([("listChanged", .bool(false))]))])),
                ("serverInfo", .object([("name", .string("gauntlet")), ("version", .string("1"))])),
                ("instructions", .string("Start an episode with start_episode, act until done, then answer.")),
            ]))
        case "ping":
            return Self.result(id, .object([]))
        case "tools/list":
            return Self.result(id, .object([("tools", MCPTools.list)]))
        case "tools/call":
            guard let name = params["name"]?.stringValue else { return Self.error(id, code: -32602, "tools/call: 'name' is required") }
            return Self.result(id, await MCPTools.call(name, params["arguments"] ?? .object([]), session: session, catalog: catalog))
        default:
            return Self.error(id, code: -32601, "Method not found: \(method)")
        }
    }

    static func result(_ id: JSONValue, _ result: JSONValue) -> JSONValue {
        .object([("jsonrpc", .string("2.0")), ("id", id), ("result", result)])
    }

    static func error(_ id: JSONValue?, code: Int, _ message: String) -> JSONValue {
        .object([("jsonrpc", .string("2.0")), ("id", id ?? .null),
                 ("error", .object([("code", .int(Int64(code))), ("message", .string(message))]))])
    }
}
