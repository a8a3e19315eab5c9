import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdWebSocket
import Logging
import ServiceLifecycle
import Vocabulary

/// `gauntlet env-server`: OpenEnv's wire protocol over the harness's episodes
/// (docs/env-server.md). Sessions live on WebSocket `/ws` (messages `reset`, `step`,
/// `state`, `close`); `/health`, `/metadata` and `/schema` describe the server; the
/// stateless `POST /reset` and `POST /step` play an episode over plain HTTP, naming the
/// session in each step.
public actor EnvServer {
    public struct Configuration: Sendable {
        public var capacity: Int
        public var idleTimeout: Duration
        public init(capacity: Int, idleTimeout: Duration) {
            self.capacity = capacity
            self.idleTimeout = idleTimeout
        }
    }

    /// The largest message either side may send: observations of long pages with their
    /// JSON tree run to megabytes.
    static let maxMessageBytes = 1 << 24

    private let table: SessionTable
    private let context: EnvContext
    private var task: Task<Void, Error>?
    private var reaper: Task<Void, Never>?
    private var group: ServiceGroup?

    public init(context: EnvContext, configuration: Configuration) {
        self.context = context
        table = SessionTable(capacity: configuration.capacity, idleTimeout: configuration.idleTimeout, context: context)
    }

    /// Live sessions, WebSocket and HTTP alike.
    public var sessionCount: Int { get async { await table.count } }

    /// Starts serving on `host:port` (0 picks a free port) and returns the bound port.
    public func start(host: String = "127.0.0.1", port: Int) async throws -> Int {
        let table = self.table
        let router = Router()
        router.get("/health") { _, _ in Self.json(.object([("status", .string("healthy"))])) }
        router.get("/metadata") { [context] _, _ in Self.json(EnvSchemas.metadata(context, capacity: table.capacity)) }
        router.get("/schema") { _, _ in Self.json(EnvSchemas.all) }
        router.post("/reset") { request, _ in
            await Self.stateless(request) { body throws(EnvError) in
                let session = try await table.open()
                do throws(EnvError) {
                    var reply = try await session.reset(body)
                    reply = Self.adding(("session_id", .string(session.id)), toObservationOf: reply)
                    return reply
                } catch {
                    await table.close(session.id)
                    throw error
                }
            }
        }
        router.post("/step") { request, _ in
            await Self.stateless(request) { body throws(EnvError) in
                guard let id = body["session_id"]?.stringValue else {
                    throw EnvError(.validation, "step: 'session_id' (from the reset's observation metadata) is required")
                }
                guard let action = body["action"] else { throw EnvError(.validation, "step: 'action' is required") }
                return try await table.session(id).step(action)
            }
        }
        router.post("/state") { request, _ in
            await Self.stateless(request) { body throws(EnvError) in
                guard let id = body["session_id"]?.stringValue else { throw EnvError(.validation, "state: 'session_id' is required") }
                return try await table.session(id).state(snapshot: body["snapshot"]?.boolValue ?? false)
            }
        }
        router.post("/fork") { request, _ in
            await Self.stateless(request) { body throws(EnvError) in
                guard let id = body["session_id"]?.stringValue else { throw EnvError(.validation, "fork: 'session_id' is required") }
                return try await WebSocketSession.fork(try await table.session(id), table: table)
            }
        }
        router.post("/close") { request, _ in
            await Self.stateless(request) { body throws(EnvError) in
                guard let id = body["session_id"]?.stringValue else { throw EnvError(.validation, "close: 'session_id' is required") }
                await table.close(id)
                return .object([("closed", .string(id))])
            }
        }

        router.post("/mcp") { [context] request, _ in await Self.mcp(request, table: table, catalog: context.catalog) }
        router.delete("/mcp") { request, _ in
            if let id = request.headers[Self.mcpSessionHeader] { await table.close(id) }
            return Response(status: .noContent)
        }

        let sockets = Router(context: BasicWebSocketRequestContext.self)
        sockets.ws("/ws") { inbound, outbound, _ in
            await WebSocketSession.serve(inbound: inbound, outbound: outbound, table: table)
        }

        var logger = Logger(label: "gauntlet.env-server")
        logger.logLevel = .warning
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router,
            server: .http1WebSocketUpgrade(
                webSocketRouter: sockets,
                configuration: .init(ws: .init(maxFrameSize: Self.maxMessageBytes, autoPing: .disabled))),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port)),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            },
            logger: logger)
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(services: [app], gracefulShutdownSignals: [], logger: logger))
        self.group = group
        task = Task {
            defer { continuation.finish() }
            try await group.run()
        }
        let period = min(table.idleTimeout / 2, .seconds(5))
        reaper = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: period)
                await table.reap()
            }
        }
        for await bound in ports { return bound }
        _ = try await task?.value
        throw EnvError(.session, "the env server could not listen on \(host):\(port)")
    }

    /// An MCP client on a new session (`gauntlet mcp` has one, on stdio).
    public func mcpConnection() async throws(EnvError) -> MCPConnection {
        MCPConnection(session: try await table.open(), catalog: context.catalog)
    }

    public func stop() async {
        reaper?.cancel()
        await group?.triggerGracefulShutdown()
        _ = try? await task?.value
        task = nil
        group = nil
    }

    // MARK: HTTP

    /// MCP's streamable HTTP transport, answering in JSON: `initialize` opens a session
    /// and names it in this header; every later message carries it.
    static let mcpSessionHeader = HTTPField.Name("Mcp-Session-Id")!

    static func mcp(_ request: Request, table: SessionTable, catalog: TaskCatalog) async -> Response {
        var request = request
        guard let buffer = try? await request.collectBody(upTo: maxMessageBytes) else { return Response(status: .badRequest) }
        let text = String(buffer: buffer)
        let connection: MCPConnection
        var headers: HTTPFields = [:]
        do throws(EnvError) {
            if let id = request.headers[mcpSessionHeader] {
                connection = MCPConnection(session: try await table.session(id), catalog: catalog)
            } else {
                guard (try? JSONParser.parse(text))?["method"]?.stringValue == "initialize" else {
                    return json(MCPConnection.error(nil, code: -32600, "no \(mcpSessionHeader) header: send initialize first"), status: .badRequest)
                }
                connection = MCPConnection(session: try await table.open(), catalog: catalog)
                headers[mcpSessionHeader] = connection.session.id
            }
        } catch {
            return json(MCPConnection.error(nil, code: -32000, error.description), status: error.code == .capacity ? .serviceUnavailable : .notFound)
        }
        guard let reply = await connection.handle(text) else { return Response(status: .accepted, headers: headers) }
        var response = json(reply)
        response.headers.append(contentsOf: headers)
        return response
    }

    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        var writer = JSONWriter()
        writer.write(value)
        return Response(status: status, headers: [.contentType: "application/json"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: writer.bytes)))
    }

    /// A stateless route: the body as JSON, the answer or a typed error with its HTTP status.
    static func stateless(_ request: Request, _ handle: (JSONValue) async throws(EnvError) -> JSONValue) async -> Response {
        var request = request
        let body: JSONValue
        do {
            let buffer = try await request.collectBody(upTo: maxMessageBytes)
            body = buffer.readableBytes == 0 ? .object([]) : try JSONParser.parse(bytes: Array(buffer.readableBytesView))
        } catch {
            return json(EnvReply.error(EnvError(.invalidJSON, "the body is not JSON: \(error)"), request: nil)["data"] ?? .null,
                        status: .badRequest)
        }
        do throws(EnvError) {
            return json(try await handle(body))
        } catch {
            let status: HTTPResponse.Status = switch error.code {
            case .invalidJSON, .unknownType: .badRequest
            case .validation: .unprocessableContent
            case .capacity: .serviceUnavailable
            case .session: .notFound
            case .execution: .internalServerError
            }
            return json(EnvReply.error(error, request: nil)["data"] ?? .null, status: status)
        }
    }

    /// `reply` with one more member in its observation's metadata.
    static func adding(_ member: (String, JSONValue), toObservationOf reply: JSONValue) -> JSONValue {
        guard case .object(var top) = reply, let o = top.firstIndex(where: { $0.0 == "observation" }),
              case .object(var observation) = top[o].1, let m = observation.firstIndex(where: { $0.0 == "metadata" }),
              case .object(var metadata) = observation[m].1
        else { return reply }
        metadata.append(member)
        observation[m].1 = .object(metadata)
        top[o].1 = .object(observation)
        return .object(top)
    }
}
