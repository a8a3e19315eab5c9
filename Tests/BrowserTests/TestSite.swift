import Browser
import Hummingbird
import HTTPTypes
import NIOCore
import ServiceLifecycle

/// A small real site on a free loopback port, for driving the browser in tests.
enum TestSite {
    static let form = """
        <html><head><title>Form</title></head><body>
        <a href="/echo?from=link">Echo link</a>
        <a href="/redirect">Redirecting link</a>
        <a href="/redirect-out">Escape link</a>
        <a href="file:///etc/passwd">File link</a>
        <form method="post" action="/submit">
          <input type="hidden" name="csrf" value="t0k3n">
          <label for="name">Name</label><input id="name" name="name" value="Ada">
          <label for="pw">Password</label><input id="pw" name="pw" type="password">
          <label><input type="checkbox" name="news" value="yes"> Newsletter</label>
          <label><input type="checkbox" name="terms" checked> Terms</label>
          <fieldset><legend>Shipping</legend>
            <label><input type="radio" name="ship" value="std" checked> Standard</label>
            <label><input type="radio" name="ship" value="exp"> Express</label>
          </fieldset>
          <label for="size">Size</label>
          <select id="size" name="size"><option value="s">Small</option><option value="m">Medium</option></select>
          <label for="note">Note</label><textarea id="note" name="note"></textarea>
          <input name="locked" value="x" disabled aria-label="Locked">
          <button type="submit" name="go" value="save">Save</button>
          <button type="submit" name="go" value="draft">Save draft</button>
          <button type="button">Script only</button>
        </form>
        <form action="/echo"><label for="q">Search</label><input id="q" name="q"></form>
        <p>footer</p>
        </body></html>
        """

    static func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/") { _, _ in html(form) }
        router.post("/submit") { request, _ in
            let body = try await request.body.collect(upTo: 1 << 20)
            return html("<html><head><title>Submitted</title></head><body><p>\(String(buffer: body))</p></body></html>")
        }
        router.get("/echo") { request, _ in
            html("<html><head><title>Echo</title></head><body><p>query: \(request.uri.query ?? "")</p></body></html>")
        }
        router.get("/redirect") { _, _ in Response.redirect(to: "/echo?from=redirect", type: .found) }
        router.get("/redirect-out") { _, _ in Response.redirect(to: "http://example.invalid/steal", type: .found) }
        router.post("/post-redirect") { _, _ in Response.redirect(to: "/echo?from=post", type: .normal) }
        router.get("/instance") { request, _ in
            let instance = request.headers[.init("X-Gauntlet-Instance")!] ?? "none"
            return html("<html><head><title>Instance</title></head><body><p>instance: \(instance)</p></body></html>")
        }
        router.get("/login") { _, _ in
            var response = html("<html><body><p>logged in</p></body></html>")
            response.setCookie(.init(name: "session", value: "abc123", path: "/"))
            return response
        }
        router.get("/whoami") { request, _ in
            html("<html><body><p>session: \(request.cookies["session"]?.value ?? "none")</p></body></html>")
        }
        router.get("/long") { _, _ in
            html("<html><body>" + (0..<300).map { "<p>line \($0)</p>" }.joined() + "</body></html>")
        }
        router.get("/missing") { _, _ in
            Response(status: .notFound, headers: [.contentType: "text/html"],
                     body: .init(byteBuffer: ByteBuffer(string: "<html><head><title>Not found</title></head><body><h1>404</h1></body></html>")))
        }
        return router
    }

    static func html(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// Runs the site, hands `body` a browser allowed onto it, then shuts it down.
    static func withBrowser(instance: String? = nil, _ body: @Sendable (inout Browser, Origin) async throws -> Void) async throws {
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            }
        )
        // Stopped by a graceful shutdown, as SandboxKit's server is: cancelling the task
        // instead makes Hummingbird log "Waiting on child channel: CancellationError()" and
        // "Server shutdown error: Already closed" as errors in a passing test run.
        let server = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [], logger: app.logger))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            var iterator = ports.makeAsyncIterator()
            let port = await iterator.next() ?? 0
            let origin = Origin(host: "site.localhost", port: port)
            // These tests check what the browser does, not how fast: in a full, parallel test
            // run on two cores the site's handlers can wait for the cooperative pool far longer
            // than an episode's request timeout, so they get a generous one.
            var browser = try Browser(policy: OriginPolicy(sandboxes: ["site": origin]), instance: instance,
                                      timeoutMilliseconds: 300_000)
            do {
                try await body(&browser, origin)
            } catch {
                await server.triggerGracefulShutdown()
                throw error
            }
            await server.triggerGracefulShutdown()
            try await group.waitForAll()
        }
    }
}
