import Vocabulary

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import SandboxKit

/// A minimal blocking HTTP/1.1 client over one keep-alive loopback socket, with a cookie jar.
///
/// For tests and the sandbox and text-game benchmarks (the harness's real browser is libcurl). It blocks
/// the calling thread, so call it from a dedicated `Thread`, never from the Swift
/// concurrency pool, where blocking would starve the server it talks to.
public final class LoopbackHTTPClient {
    public struct Response: Sendable {
        public var status: Int
        public var headers: [(String, String)]
        public var body: String
        public func header(_ name: String) -> String? {
            headers.first { $0.0.lowercased() == name.lowercased() }?.1
        }
    }

    public let port: Int
    /// The Host header sent, e.g. `shop.localhost:PORT`.
    public let authority: String
    public let instanceID: String?
    public private(set) var cookies: [String: String] = [:]
    private var socket: Int32 = -1
    private var buffer: [UInt8] = []

    public init(port: Int, hostName: String, instanceID: String?) {
        self.port = port
        self.authority = "\(hostName):\(port)"
        self.instanceID = instanceID
    }

    deinit {
        if socket >= 0 { close(socket) }
    }

    public func get(_ target: String) throws -> Response {
        try send(method: "GET", target: target, form: nil)
    }

    public func post(_ target: String, form: [(String, String)]) throws -> Response {
        try send(method: "POST", target: target, form: form.map { FormFields.encode($0.0) + "=" + FormFields.encode($0.1) }.joined(separator: "&"))
    }

    /// POSTs and, on a 303, GETs the `Location` (Post/Redirect/Get as a browser does).
    public func submit(_ target: String, form: [(String, String)]) throws -> (post: Response, page: Response) {
        let posted = try post(target, form: form)
        guard (301...303).contains(posted.status), let location = posted.header("Location") else { return (posted, posted) }
        return (posted, try get(location))
    }

    public func send(method: String, target: String, form: String?) throws -> Response {
        // A fragment never goes on the wire.
        let target = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? target
        do {
            return try exchange(method: method, target: target, form: form)
        } catch {
            // A server may close an idle keep-alive connection: reconnect once.
            disconnect()
            return try exchange(method: method, target: target, form: form)
        }
    }

    private func exchange(method: String, target: String, form: String?) throws -> Response {
        if socket < 0 { try connectSocket() }
        var head = "\(method) \(target) HTTP/1.1\r\nHost: \(authority)\r\nConnection: keep-alive\r\n"
        if let instanceID { head += "\(SandboxHost.instanceHeader): \(instanceID)\r\n" }
        if !cookies.isEmpty {
            head += "Cookie: " + cookies.keys.sorted().map { "\($0)=\(cookies[$0] ?? "")" }.joined(separator: "; ") + "\r\n"
        }
        let body = Array((form ?? "").utf8)
        if form != nil {
            head += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.count)\r\n"
        }
        head += "\r\n"
        try writeAll(Array(head.utf8) + body)
        return try readResponse(method: method)
    }

    private func connectSocket() throws {
        #if canImport(Glibc)
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw SandboxError.server("socket() failed: errno \(errno)") }
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard rc == 0 else {
            close(fd)
            throw SandboxError.server("connect to 127.0.0.1:\(port) failed: errno \(errno)")
        }
        socket = fd
        buffer = []
    }

    private func disconnect() {
        if socket >= 0 { close(socket) }
        socket = -1
        buffer = []
    }

    private func writeAll(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(socket, $0.baseAddress, $0.count) }
            guard n > 0 else { throw SandboxError.server("write failed: errno \(errno)") }
            offset += n
        }
    }

    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { read(socket, $0.baseAddress, $0.count) }
        guard n > 0 else { throw SandboxError.server("connection closed") }
        buffer.append(contentsOf: chunk[0..<n])
    }

    private func readLine() throws -> String {
        while true {
            if let index = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(buffer[..<index])
                buffer.removeFirst(index + 1)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            try fill()
        }
    }

    private func readBytes(_ count: Int) throws -> [UInt8] {
        while buffer.count < count { try fill() }
        let bytes = Array(buffer[..<count])
        buffer.removeFirst(count)
        return bytes
    }

    private func readResponse(method: String) throws -> Response {
        let statusLine = try readLine()
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else { throw SandboxError.server("bad status line: \(statusLine)") }
        var headers: [(String, String)] = []
        while true {
            let line = try readLine()
            if line.isEmpty { break }
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.append((String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        let response = Response(status: status, headers: headers, body: "")
        var body: [UInt8] = []
        if let length = response.header("Content-Length").flatMap(Int.init) {
            body = try readBytes(length)
        } else if response.header("Transfer-Encoding")?.lowercased() == "chunked" {
            while true {
                let sizeLine = try readLine()
                let size = Int(sizeLine.split(separator: ";").first.map(String.init) ?? "", radix: 16) ?? 0
                if size == 0 { _ = try readLine(); break }
                body += try readBytes(size)
                _ = try readLine()
            }
        }
        for (name, value) in headers where name.lowercased() == "set-cookie" {
            let pair = value.split(separator: ";").first ?? ""
            if let eq = pair.firstIndex(of: "=") {
                let cookieName = String(pair[..<eq]).trimmingCharacters(in: .whitespaces)
                let cookieValue = String(pair[pair.index(after: eq)...])
                if value.lowercased().contains("max-age=0") { cookies[cookieName] = nil } else { cookies[cookieName] = cookieValue }
            }
        }
        if response.header("Connection")?.lowercased() == "close" { disconnect() }
        return Response(status: status, headers: headers, body: String(decoding: body, as: UTF8.self))
    }
}
