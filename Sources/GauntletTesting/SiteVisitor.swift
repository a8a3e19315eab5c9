import Foundation

/// A scripted visitor of one website over a real loopback HTTP connection: requests whose status
/// and page text are checked, failing with the step that went wrong and what the page held.
/// Each site's tests add their own flows (signing in, checking out) in an extension.
public struct SiteVisitor {
    public let client: LoopbackHTTPClient

    /// A visitor of `site` (its subdomain, e.g. "shop") on `instance`.
    public init(port: Int, site: String, instance: String) {
        client = LoopbackHTTPClient(port: port, hostName: "\(site).localhost", instanceID: instance)
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String

        public init(description: String) {
            self.description = description
        }
    }

    /// `response`, after checking its status and that the page holds `text` (as written or as
    /// the templates escape it).
    @discardableResult
    public func expect(_ response: LoopbackHTTPClient.Response, _ status: Int, _ step: String, contains text: String? = nil) throws -> LoopbackHTTPClient.Response {
        guard response.status == status else {
            throw Failure(description: "\(step): status \(response.status), expected \(status); body starts \(response.body.prefix(400))")
        }
        if let text, !response.body.contains(text), !response.body.contains(Self.escape(text)) {
            throw Failure(description: "\(step): page lacks \"\(text)\"")
        }
        return response
    }

    @discardableResult
    public func get(_ path: String, _ status: Int = 200, contains text: String? = nil) throws -> LoopbackHTTPClient.Response {
        try expect(client.get(path), status, "GET \(path)", contains: text)
    }

    /// POSTs a form; a 303 is followed and the page it leads to returned (checked for `text`),
    /// any other answer is checked and returned itself.
    @discardableResult
    public func submit(_ path: String, _ form: [(String, String)], _ status: Int = 303, contains text: String? = nil) throws -> LoopbackHTTPClient.Response {
        let (post, page) = try client.submit(path, form: form)
        try expect(post, status, "POST \(path)")
        return try expect(page, status == 303 ? 200 : status, "after POST \(path)", contains: text)
    }

    /// `text` as the sites' templates write it in a page.
    public static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "'", with: "&#39;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
