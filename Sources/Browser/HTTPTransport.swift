import CCurl
import Dispatch
import Synchronization

/// One HTTP connection's worth of libcurl: a reused easy handle (keep-alive), its
/// in-memory cookie jar, and the instance header that routes every request.
///
/// Transfers block, so they run on a dispatch queue of their own and never on
/// Swift's cooperative pool: on a 2-core machine that pool has two threads, and
/// the sandbox server in the same process needs them to answer.
public final class HTTPTransport: Sendable {
    private let easy: Mutex<EasyHandle>
    private let queue = DispatchQueue(label: "gauntlet.browser.http")
    /// Sent on every request; the agent never sees or controls it.
    public let instanceHeader: String?

    /// A sandbox on loopback answers in milliseconds; a request this slow means it is stuck.
    public static let defaultTimeoutMilliseconds = 10_000

    /// - Parameters:
    ///   - instance: the sandbox instance this browser belongs to (`X-Gauntlet-Instance`).
    ///   - timeoutMilliseconds: a request that takes longer fails with a clear error.
    public init(instance: String?, timeoutMilliseconds: Int = HTTPTransport.defaultTimeoutMilliseconds) throws(BrowserError) {
        Curl.initialize()
        guard let handle = curl_easy_init() else { throw BrowserError.transport("libcurl could not create a handle") }
        easy = Mutex(EasyHandle(handle: handle, timeout: timeoutMilliseconds))
        instanceHeader = instance.map { "X-Gauntlet-Instance: \($0)" }
    }

    deinit {
        easy.withLock { curl_easy_cleanup($0.handle) }
    }

    /// The cookie jar, one Netscape-format line per cookie (libcurl's `CURLINFO_COOKIELIST`).
    public func cookies() -> [String] {
        easy.withLock { easy in
            var list: UnsafeMutablePointer<curl_slist>?
            guard gauntlet_curl_getinfo_slist(easy.handle, CURLINFO_COOKIELIST, &list) == CURLE_OK else { return [] }
            defer { curl_slist_free_all(list) }
            var lines: [String] = []
            var node = list
            while let current = node {
                if let data = current.pointee.data { lines.append(String(cString: data)) }
                node = current.pointee.next
            }
            return lines
        }
    }

    /// Adds cookies in the form `cookies()` gives (which turns the cookie engine on).
    public func addCookies(_ lines: [String]) {
        easy.withLock { easy in
            for line in lines { gauntlet_curl_setopt_string(easy.handle, CURLOPT_COOKIELIST, line) }
        }
    }

    public func perform(_ request: HTTPRequest) async throws(BrowserError) -> HTTPResponse {
        let result: Result<HTTPResponse, BrowserError> = await withCheckedContinuation { continuation in
            queue.async {
                let outcome = self.easy.withLock { $0.perform(request, instanceHeader: self.instanceHeader) }
                continuation.resume(returning: outcome)
            }
        }
        return try result.get()
    }
}

public struct HTTPRequest: Sendable, Equatable {
    public enum Method: String, Sendable { case get = "GET", post = "POST" }
    public var method: Method
    public var url: WebURL
    /// `application/x-www-form-urlencoded` body, for POST.
    public var body: [UInt8]

    public init(method: Method = .get, url: WebURL, body: [UInt8] = []) {
        self.method = method
        self.url = url
        self.body = body
    }
}

public struct HTTPResponse: Sendable, Equatable {
    public var status: Int
    /// Header names lower-cased, in arrival order.
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(status: Int, headers: [(name: String, value: String)], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    public func header(_ name: String) -> String? {
        headers.last { $0.name == name }?.value
    }

    public static func == (a: HTTPResponse, b: HTTPResponse) -> Bool {
        a.status == b.status && a.body == b.body && a.headers.elementsEqual(b.headers) { $0 == $1 }
    }
}

enum Curl {
    private static let initialized: Bool = {
        curl_global_init(Int(CURL_GLOBAL_DEFAULT))
        return true
    }()

    static func initialize() {
        _ = initialized
    }
}

/// The easy handle and what one transfer collects. Only touched under the Mutex.
struct EasyHandle {
    let handle: UnsafeMutableRawPointer
    let timeout: Int

    func perform(_ request: HTTPRequest, instanceHeader: String?) -> Result<HTTPResponse, BrowserError> {
        let h = handle
        var collected = Collected()
        var headerList: UnsafeMutablePointer<curl_slist>?
        var resolveList: UnsafeMutablePointer<curl_slist>?
        defer {
            curl_slist_free_all(headerList)
            curl_slist_free_all(resolveList)
        }
        if let instanceHeader { headerList = curl_slist_append(headerList, instanceHeader) }
        // Sandboxes are served as NAME.localhost; say where that is rather than ask DNS.
        if request.url.host.hasSuffix(".localhost") || request.url.host == "localhost" {
            resolveList = curl_slist_append(resolveList, "\(request.url.host):\(request.url.port):127.0.0.1")
        }
        let code: CURLcode = request.url.string.withCString { url in
            request.body.withUnsafeBufferPointer { body in
                withUnsafeMutablePointer(to: &collected) { sink in
                    gauntlet_curl_setopt_string(h, CURLOPT_URL, url)
                    gauntlet_curl_setopt_long(h, CURLOPT_NOSIGNAL, 1)
                    gauntlet_curl_setopt_long(h, CURLOPT_FOLLOWLOCATION, 0)
                    gauntlet_curl_setopt_long(h, CURLOPT_TIMEOUT_MS, timeout)
                    gauntlet_curl_setopt_long(h, CURLOPT_TCP_NODELAY, 1)
                    gauntlet_curl_setopt_string(h, CURLOPT_PROTOCOLS_STR, "http")
                    // An empty file name turns on the in-memory cookie engine.
                    gauntlet_curl_setopt_string(h, CURLOPT_COOKIEFILE, "")
                    gauntlet_curl_setopt_slist(h, CURLOPT_HTTPHEADER, headerList)
                    gauntlet_curl_setopt_slist(h, CURLOPT_RESOLVE, resolveList)
                    gauntlet_curl_setopt_write(h, CURLOPT_WRITEFUNCTION, { pointer, size, count, sink in
                        let length = size * count
                        guard let pointer, let sink else { return 0 }
                        let collected = sink.assumingMemoryBound(to: Collected.self)
                        guard collected.pointee.body.count + length <= Collected.maxBody else { return 0 }
                        pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
                            collected.pointee.body.append(contentsOf: UnsafeBufferPointer(start: $0, count: length))
                        }
                        return length
                    })
                    gauntlet_curl_setopt_pointer(h, CURLOPT_WRITEDATA, sink)
                    gauntlet_curl_setopt_write(h, CURLOPT_HEADERFUNCTION, { pointer, size, count, sink in
                        let length = size * count
                        guard let pointer, let sink else { return 0 }
                        let collected = sink.assumingMemoryBound(to: Collected.self)
                        pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
                            collected.pointee.addHeaderLine(UnsafeBufferPointer(start: $0, count: length))
                        }
                        return length
                    })
                    gauntlet_curl_setopt_pointer(h, CURLOPT_HEADERDATA, sink)
                    switch request.method {
                    case .get:
                        gauntlet_curl_setopt_long(h, CURLOPT_HTTPGET, 1)
                    case .post:
                        gauntlet_curl_setopt_long(h, CURLOPT_POST, 1)
                        gauntlet_curl_setopt_long(h, CURLOPT_POSTFIELDSIZE, body.count)
                        gauntlet_curl_setopt_pointer(h, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: body.baseAddress ?? UnsafePointer(bitPattern: 1)!))
                    }
                    return curl_easy_perform(h)
                }
            }
        }
        guard code == CURLE_OK else {
            if code == CURLE_WRITE_ERROR, collected.body.count >= Collected.maxBody - 65_536 {
                return .failure(.transport("\(request.url.string): the response is larger than \(Collected.maxBody / 1_048_576) MiB"))
            }
            let message = String(cString: curl_easy_strerror(code))
            return .failure(.transport("\(request.method.rawValue) \(request.url.string): \(message)"))
        }
        var status = 0
        gauntlet_curl_getinfo_long(h, CURLINFO_RESPONSE_CODE, &status)
        return .success(HTTPResponse(status: status, headers: collected.headers, body: collected.body))
    }
}

/// What one transfer's callbacks write into.
struct Collected {
    /// Pages beyond this are refused rather than parsed: no sandbox serves them.
    static let maxBody = 32 * 1_048_576
    var body: [UInt8] = []
    var headers: [(name: String, value: String)] = []

    mutating func addHeaderLine(_ line: UnsafeBufferPointer<UInt8>) {
        if line.starts(with: Array("HTTP/".utf8)) {
            headers.removeAll()  // a new response (after 100-continue): start over
            return
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return }
        // Trim as bytes: "\r\n" is one Character to Swift, so a Character set would miss it.
        var start = colon + 1
        var end = line.count
        while start < end, [9, 10, 13, 32].contains(line[start]) { start += 1 }
        while end > start, [9, 10, 13, 32].contains(line[end - 1]) { end -= 1 }
        let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
        headers.append((name, String(decoding: line[start..<end], as: UTF8.self)))
    }
}
