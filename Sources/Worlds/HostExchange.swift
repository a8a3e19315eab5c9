import Browser
import SandboxKit

/// How a world session that needs no browser (a text game, the phone) reaches its sandbox:
/// over HTTP, or, when the host runs in the same process (the harness, the env server), by
/// calling it directly, which skips the per-step hand-offs between libcurl's thread, the
/// socket and the server's threads. Both go through the same routing, handler and request log.
public enum HostExchange: Sendable {
    case http(HTTPTransport)
    case inProcess(SandboxHost, instance: String)

    /// Direct when `instance` names its host, else a fresh HTTP client.
    public init(_ instance: WorldInstance) throws(WorldFailure) {
        if let host = instance.host {
            self = .inProcess(host, instance: instance.id)
            return
        }
        do {
            self = .http(try HTTPTransport(instance: instance.id))
        } catch {
            throw .sandbox("cannot start an HTTP client: \(error)")
        }
    }

    public func perform(_ request: HTTPRequest) async throws(BrowserError) -> HTTPResponse {
        try await exchange(request).response
    }

    /// The response and, in process, the handler's `SandboxResponse.attachment` (nil over HTTP).
    public func exchange(_ request: HTTPRequest) async throws(BrowserError) -> (response: HTTPResponse, attachment: (any Sendable)?) {
        switch self {
        case .http(let transport):
            return (try await transport.perform(request), nil)
        case .inProcess(let host, let instance):
            let target = request.url.target
            let query = target.firstIndex(of: "?").map { String(target[target.index(after: $0)...]) } ?? ""
            let response = await host.respond(
                method: request.method.rawValue, authority: "\(request.url.host):\(request.url.port)", path: request.url.path,
                rawQuery: query, instanceID: instance, body: String(decoding: request.body, as: UTF8.self))
            let http = HTTPResponse(status: response.status, headers: response.headers.map { ($0.0.lowercased(), $0.1) }, body: response.body)
            return (http, response.attachment)
        }
    }
}
