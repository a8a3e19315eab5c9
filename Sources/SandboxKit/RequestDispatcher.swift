import Foundation
import HTTPTypes
import Hummingbird
import Vocabulary

/// Routes one HTTP request to a sandbox and an instance, calls the sandbox, logs the result.
struct RequestDispatcher: Sendable {
    let host: SandboxHost
    static let instanceField = HTTPField.Name(SandboxHost.instanceHeader)!
    static let maxBody = 1 << 20

    func respond(to request: Request) async -> Response {
        let authority = request.head.authority ?? ""
        let path = request.uri.path.isEmpty ? "/" : request.uri.path
        let rawQuery = request.uri.query ?? ""
        var body = ""
        if request.method == .post {
            var request = request
            if let buffer = try? await request.collectBody(upTo: Self.maxBody) {
                body = String(buffer: buffer)
            }
        }
        let result = await dispatch(
            method: request.method.rawValue, authority: authority, path: path, rawQuery: rawQuery,
            instanceID: request.headers[Self.instanceField], cookieHeader: request.headers[.cookie], body: body)
        var fields = HTTPFields()
        for (name, value) in result.headers {
            if let fieldName = HTTPField.Name(name) { fields.append(HTTPField(name: fieldName, value: value)) }
        }
        fields[.cacheControl] = fields[.cacheControl] ?? "no-store"
        return Response(status: HTTPResponse.Status(code: result.status), headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: result.body)))
    }

    /// Transport-free dispatch (also what tests of routing call).
    func dispatch(method: String, authority: String, path: String, rawQuery: String, instanceID: String?, cookieHeader: String?, body: String) async -> SandboxResponse {
        let hostName = authority.split(separator: ":").first.map { $0.lowercased() } ?? ""
        var sandboxName: String?
        var basePath = ""
        var sandboxPath = path
        if hostName.hasSuffix(".localhost") {
            sandboxName = String(hostName.dropLast(".localhost".count).split(separator: ".").last ?? "")
        } else {
            let components = path.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: true)
            guard let first = components.first else { return indexPage() }
            let candidate = String(first)
            guard host.sandbox(named: candidate) != nil else {
                return .html(Self.errorPage(title: "Not found", message: "No sandbox is served at \(path)."), status: 404)
            }
            sandboxName = candidate
            basePath = "/" + candidate
            if components.count == 1 {
                if !path.hasSuffix("/") { return .redirect(to: basePath + "/" + (rawQuery.isEmpty ? "" : "?" + rawQuery)) }
                sandboxPath = "/"
            } else {
                sandboxPath = "/" + components[1]
            }
        }
        guard let name = sandboxName, let sandbox = host.sandbox(named: name), let templates = host.templates[name] else {
            return .html(Self.errorPage(title: "Not found", message: "No sandbox named '\(sandboxName ?? "")' is served here."), status: 404)
        }
        if sandboxPath.hasPrefix("/static/") {
            return staticFile(sandbox: name, path: String(sandboxPath.dropFirst("/static/".count)))
        }
        let id = instanceID ?? SandboxHost.defaultInstanceID
        guard let instance = await host.instanceIfPresent(id) else {
            return .text("unknown instance '\(id)' (header \(SandboxHost.instanceHeader))", status: 404)
        }
        guard instance.blueprint.sandboxNames.contains(name) else {
            return .text("instance '\(id)' does not include sandbox '\(name)'", status: 404)
        }
        let query = FormFields(urlEncoded: rawQuery)
        let form = method == "POST" ? FormFields(urlEncoded: body) : FormFields()
        let sequence = await instance.beginRequest()
        let context = SandboxContext(
            db: instance.db, basePath: basePath, authority: authority, templates: templates, sequence: sequence,
            seed: instance.blueprint.seed, instanceID: id, instance: instance)
        let request = SandboxRequest(method: method, path: sandboxPath, query: query, form: form, cookies: SandboxRequest.parseCookies(cookieHeader))
        let response: SandboxResponse
        do {
            response = try await sandbox.handle(request, context: context)
        } catch {
            response = .html(Self.errorPage(title: "Server error", message: "\(error)"), status: 500)
        }
        let entry = RequestRecord(
            sequence: sequence, unixMillis: Int64(Date().timeIntervalSince1970 * 1000), sandbox: name, method: method,
            path: sandboxPath, query: query, form: form, status: response.status, redirect: response.location)
        await instance.record(entry)
        host.report(id, entry)
        return response
    }

    private func staticFile(sandbox: String, path: String) -> SandboxResponse {
        guard !path.contains(".."), !path.hasPrefix("/") else { return .text("bad path", status: 400) }
        let file = "\(host.home)/\(sandbox)/static/\(path)"
        guard let data = FileManager.default.contents(atPath: file) else { return .text("not found", status: 404) }
        let type: String
        switch (path as NSString).pathExtension {
        case "css": type = "text/css; charset=utf-8"
        case "svg": type = "image/svg+xml"
        case "png": type = "image/png"
        case "js": type = "text/javascript"
        default: type = "application/octet-stream"
        }
        return SandboxResponse(status: 200, headers: [("Content-Type", type), ("Cache-Control", "max-age=300")], body: Array(data))
    }

    private func indexPage() -> SandboxResponse {
        let items = host.sandboxes.map { "<li><a href=\"/\($0.name)/\">\(Self.escape($0.title))</a> (<code>\($0.name).localhost</code>)</li>" }.joined()
        return .html("""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Gauntlet sandboxes</title></head>
            <body><main><h1>Gauntlet sandboxes</h1><ul>\(items)</ul></main></body></html>
            """)
    }

    static func errorPage(title: String, message: String) -> String {
        """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>\(escape(title))</title></head>
        <body><main><h1>\(escape(title))</h1><p>\(escape(message))</p></main></body></html>
        """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
