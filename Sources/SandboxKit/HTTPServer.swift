import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// The Hummingbird server in front of a `SandboxHost`.
actor HTTPServer {
    private let host: SandboxHost
    private var task: Task<Void, Error>?
    private var group: ServiceGroup?

    init(host: SandboxHost) {
        self.host = host
    }

    func start(host address: String, port: Int) async throws -> Int {
        let dispatcher = RequestDispatcher(host: host)
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let responder = CallbackResponder<BasicRequestContext> { request, _ in
            await dispatcher.respond(to: request)
        }
        var logger = Logger(label: "gauntlet.sandbox")
        logger.logLevel = .warning
        let app = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(address, port: port)),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            },
            logger: logger
        )
        let errors = ServerErrorBox()
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(services: [app], gracefulShutdownSignals: [], logger: logger))
        self.group = group
        task = Task {
            do {
                try await group.run()
            } catch {
                await errors.set(error)
                continuation.finish()
                throw error
            }
        }
        for await bound in ports {
            return bound
        }
        throw SandboxError.server("could not listen on \(address):\(port): \(await errors.error.map { "\($0)" } ?? "server stopped")")
    }

    /// Graceful: stops accepting, lets in-flight requests finish, closes idle connections.
    func stop() async {
        await group?.triggerGracefulShutdown()
        _ = try? await task?.value
        task = nil
        group = nil
    }
}

private actor ServerErrorBox {
    var error: (any Error)?
    func set(_ error: any Error) { self.error = error }
}
