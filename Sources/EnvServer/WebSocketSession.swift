import HummingbirdWebSocket
import Vocabulary

/// One WebSocket connection on `/ws`: one session, opened when the socket is and closed
/// with it. Each text message is one request and gets exactly one reply, in order.
enum WebSocketSession {
    static func serve(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter, table: SessionTable) async {
        let session: EnvSession
        do {
            session = try await table.open()
        } catch {
            try? await send(EnvReply.error(error, request: nil), outbound)
            try? await outbound.close(.unknown(1013), reason: "capacity reached")  // 1013: try again later
            return
        }
        // An idle session is closed by the table's reaper; this tells the client and ends
        // the connection, which ends the loop below.
        let watchdog = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: min(table.idleTimeout / 4, .seconds(1)))
                if Task.isCancelled { return }
                if await !table.isOpen(session.id) {
                    try? await send(EnvReply.error(EnvError(.session, "the session was idle for \(table.idleTimeout) and is closed"), request: nil), outbound)
                    try? await outbound.close(.normalClosure, reason: "idle")
                    return
                }
            }
        }
        // Frames are read apart from the requests' work, so pings are answered while a
        // long step runs (a client's keepalive would otherwise give up on a busy server).
        let (requests, queue) = AsyncStream<String>.makeStream()
        let reader = Task {
            do {
                for try await message in inbound.messages(maxSize: EnvServer.maxMessageBytes) {
                    switch message {
                    case .text(let text): queue.yield(text)
                    case .binary(let buffer): queue.yield(String(buffer: buffer))
                    }
                }
            } catch {
                // The client went away mid-message; the session goes below.
            }
            queue.finish()
        }
        defer {
            watchdog.cancel()
            reader.cancel()
        }
        for await text in requests {
            guard let reply = await handle(text, session: session, table: table) else { break }
            do { try await send(reply, outbound) } catch { break }
        }
        await table.close(session.id)
    }

    /// The reply to one message, or nil for `close`.
    static func handle(_ text: String, session: EnvSession, table: SessionTable) async -> JSONValue? {
        let message: JSONValue
        do {
            message = try JSONParser.parse(text)
        } catch {
            return EnvReply.error(EnvError(.invalidJSON, "Invalid JSON: \(error)"), request: nil)
        }
        guard case .object = message else {
            return EnvReply.error(EnvError(.validation, "a message must be a JSON object with a 'type'"), request: nil)
        }
        do throws(EnvError) {
            switch message["type"]?.stringValue {
            case "reset": return EnvReply.observation(try await session.reset(message["data"] ?? .object([])), request: message)
            case "step":
                guard let data = message["data"] else { throw EnvError(.validation, "step: 'data' (the action) is required") }
                return EnvReply.observation(try await session.step(data), request: message)
            case "state":
                let snapshot = message["data"]?["snapshot"]?.boolValue ?? false
                return EnvReply.state(try await session.state(snapshot: snapshot), request: message)
            case "fork": return EnvReply.observation(try await Self.fork(session, table: table), request: message)
            case "close": return nil
            case let other:
                throw EnvError(.unknownType, "Unknown message type: \(other ?? "(none)"); this server takes reset, step, state, fork and close")
            }
        } catch {
            return EnvReply.error(error, request: message)
        }
    }

    /// A new session playing a copy of `session`'s episode, driven over HTTP (`POST /step`
    /// with the `session_id` in the reply's metadata) or adopted by another connection
    /// through a snapshot token.
    static func fork(_ session: EnvSession, table: SessionTable) async throws(EnvError) -> JSONValue {
        let (copy, shaped) = try await session.forkEpisode()
        let forked: EnvSession
        do {
            forked = try await table.open()
        } catch {
            await copy.close()
            throw error
        }
        let reply = await forked.adopt(copy, shaped: shaped)
        return EnvServer.adding(("session_id", .string(forked.id)), toObservationOf: reply)
    }

    static func send(_ reply: JSONValue, _ outbound: WebSocketOutboundWriter) async throws {
        var writer = JSONWriter()
        writer.write(reply)
        try await outbound.write(.text(writer.string))
    }
}
